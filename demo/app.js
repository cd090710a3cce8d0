#!/usr/bin/env node
// The demo: an order workflow built from several integrations, synthesized offline; prints the state
// machine's definition and the policy of its role. Run it with `npm run demo` (which builds lib/ first).
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('../lib');

/** The demo app: one stack with the order workflow. Exported for the tests, which lint its template. */
function buildDemoApp() {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'OrderWorkflow', { env: { account: '123456789012', region: 'us-east-1' } });

  // Existing resources, imported by name or ARN so the demo needs no AWS account.
  const scoreFn = lambda.Function.fromFunctionArn(stack, 'ScoreFn', 'arn:aws:lambda:us-east-1:123456789012:function:score-order');
  const orders = dynamodb.Table.fromTableName(stack, 'Orders', 'orders');
  const alerts = sns.Topic.fromTopicArn(stack, 'Alerts', 'arn:aws:sns:us-east-1:123456789012:order-alerts');
  const shipments = sqs.Queue.fromQueueArn(stack, 'Shipments', 'arn:aws:sqs:us-east-1:123456789012:shipments');
  const fulfilment = sfn.StateMachine.fromStateMachineArn(stack, 'Fulfilment',
    'arn:aws:states:us-east-1:123456789012:stateMachine:fulfilment');

  const score = new tasks.LambdaInvoke(stack, 'Score order', {
    lambdaFunction: scoreFn,
    payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
    resultSelector: { score: sfn.JsonPath.numberAt('$.Payload.score') },
    resultPath: '$.risk',
  });

  const save = new tasks.DynamoPutItem(stack, 'Save order', {
    table: orders,
    item: {
      orderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
      customer: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.customer')),
      status: tasks.DynamoAttributeValue.fromString('received'),
    },
    resultPath: sfn.JsonPath.DISCARD,
  });

  const alert = new tasks.SnsPublish(stack, 'Alert risk team', {
    topic: alerts,
    subject: 'High-risk order',
    message: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), score: sfn.JsonPath.numberAt('$.risk.score') }),
    messageAttributes: { severity: { value: 'high' } },
    resultPath: sfn.JsonPath.DISCARD,
  });

  const ship = new tasks.SqsSendMessage(stack, 'Queue shipment', {
    queue: shipments,
    messageBody: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
    resultPath: sfn.JsonPath.DISCARD,
  });

  const fulfil = new tasks.StepFunctionsStartExecution(stack, 'Fulfil order', {
    stateMachine: fulfilment,
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    input: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
    associateWithParent: true,
    resultPath: sfn.JsonPath.DISCARD,
  });

  const load = new tasks.DynamoGetItem(stack, 'Load final order', {
    table: orders,
    key: { orderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
    resultSelector: { order: sfn.JsonPath.objectAt('$.Item') },
    resultPath: '$.final',
  });

  const definition = score
    .next(save)
    .next(new sfn.Choice(stack, 'Risky?')
      .when(sfn.Condition.numberGreaterThan('$.risk.score', 80), alert)
      .otherwise(ship.next(fulfil).next(load)));

  const machine = new sfn.StateMachine(stack, 'StateMachine', {
    definitionBody: sfn.DefinitionBody.fromChainable(definition),
  });
  return { app, stack, machine };
}

module.exports = { buildDemoApp };

if (require.main === module) {
  const { app, stack, machine } = buildDemoApp();
  const template = app.synth().getStackByName(stack.stackName).template;
  const resolve = (value) => JSON.stringify(stack.resolve(value), null, 2);
  const machineResource = template.Resources[stack.getLogicalId(machine.node.defaultChild)];
  const policies = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');

  console.log('# State machine definition');
  console.log(renderDefinition(machineResource.Properties.DefinitionString));
  console.log('\n# Role policy');
  console.log(resolve(policies.map((p) => p.Properties.PolicyDocument)));
}

/** The definition as JSON, with each CloudFormation reference shown as `${Ref}` or `${Resource.Attr}`. */
function renderDefinition(definitionString) {
  const parts = typeof definitionString === 'string' ? [definitionString] : definitionString['Fn::Join'][1];
  const text = parts.map((part) => typeof part === 'string' ? part
    : part.Ref ? `\${${part.Ref}}` : `\${${part['Fn::GetAtt'].join('.')}}`).join('');
  return JSON.stringify(JSON.parse(text), null, 2);
}
