#!/usr/bin/env node
// The demo: an order workflow built from several integrations, synthesized offline; prints the state
// machine's definition and the policy of its role. Run it with `npm run demo` (which builds lib/ first).
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('../lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrderWorkflow', { env: { account: '123456789012', region: 'us-east-1' } });

const scoreFn = lambda.Function.fromFunctionArn(stack, 'ScoreFn', 'arn:aws:lambda:us-east-1:123456789012:function:score-order');

const score = new tasks.LambdaInvoke(stack, 'Score order', {
  lambdaFunction: scoreFn,
  payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
  resultSelector: { score: sfn.JsonPath.numberAt('$.Payload.score') },
  resultPath: '$.risk',
});

const definition = score;

const machine = new sfn.StateMachine(stack, 'StateMachine', {
  definitionBody: sfn.DefinitionBody.fromChainable(definition),
});

const template = app.synth().getStackByName(stack.stackName).template;
const resolve = (value) => JSON.stringify(stack.resolve(value), null, 2);
const machineResource = template.Resources[stack.getLogicalId(machine.node.defaultChild)];
const policies = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');

console.log('# State machine definition');
console.log(renderDefinition(machineResource.Properties.DefinitionString));
console.log('\n# Role policy');
console.log(resolve(policies.map((p) => p.Properties.PolicyDocument)));

/** The definition as JSON, with each CloudFormation reference shown as `${Ref}` or `${Resource.Attr}`. */
function renderDefinition(definitionString) {
  const parts = typeof definitionString === 'string' ? [definitionString] : definitionString['Fn::Join'][1];
  const text = parts.map((part) => typeof part === 'string' ? part
    : part.Ref ? `\${${part.Ref}}` : `\${${part['Fn::GetAtt'].join('.')}}`).join('');
  return JSON.stringify(JSON.parse(text), null, 2);
}
