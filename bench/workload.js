/**
 * The apps the benchmark builds, written once against "a tasks module" so that our library and
 * aws-cdk-lib's `aws-stepfunctions-tasks` run exactly the same code.
 *
 * INTEGRATIONS is the one list of task classes the benchmark uses. An entry whose class our library does not
 * export yet is skipped for both libraries, so the benchmark picks classes up as they land.
 */
'use strict';
const cdk = require('aws-cdk-lib');
const sfn = require('aws-cdk-lib/aws-stepfunctions');

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/**
 * The classes a typical workflow uses, each with how the benchmark builds one: `make(tasks, scope, id, r)`,
 * where `r` gives the shared resources (created on first use, once per stack).
 */
const INTEGRATIONS = [
  {
    name: 'LambdaInvoke',
    make: (t, s, id, r) => new t.LambdaInvoke(s, id, {
      lambdaFunction: r.fn(),
      payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), step: id }),
      resultSelector: { score: sfn.JsonPath.numberAt('$.Payload.score') },
      resultPath: '$.score',
    }),
  },
  {
    name: 'SqsSendMessage',
    make: (t, s, id, r) => new t.SqsSendMessage(s, id, {
      queue: r.queue(),
      messageBody: sfn.TaskInput.fromJsonPathAt('$.order'),
      messageGroupId: 'orders',
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'SnsPublish',
    make: (t, s, id, r) => new t.SnsPublish(s, id, {
      topic: r.topic(),
      message: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), status: 'accepted' }),
      subject: 'Order update',
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'DynamoPutItem',
    make: (t, s, id, r) => new t.DynamoPutItem(s, id, {
      table: r.table(),
      item: {
        pk: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
        total: t.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.total')),
      },
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'DynamoGetItem',
    make: (t, s, id, r) => new t.DynamoGetItem(s, id, {
      table: r.table(),
      key: { pk: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
      consistentRead: true,
      resultPath: '$.item',
    }),
  },
  {
    name: 'DynamoUpdateItem',
    make: (t, s, id, r) => new t.DynamoUpdateItem(s, id, {
      table: r.table(),
      key: { pk: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
      updateExpression: 'SET #s = :s',
      expressionAttributeNames: { '#s': 'status' },
      expressionAttributeValues: { ':s': t.DynamoAttributeValue.fromString('shipped') },
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'EcsRunTask',
    make: (t, s, id, r) => new t.EcsRunTask(s, id, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster: r.cluster(),
      taskDefinition: r.taskDefinition(),
      launchTarget: new t.EcsFargateLaunchTarget(),
      securityGroups: [r.securityGroup()],
      containerOverrides: [{
        containerDefinition: r.container(),
        environment: [{ name: 'ORDER_ID', value: sfn.JsonPath.stringAt('$.orderId') }],
      }],
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'StepFunctionsStartExecution',
    make: (t, s, id, r) => new t.StepFunctionsStartExecution(s, id, {
      stateMachine: r.childMachine(),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      input: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'EventBridgePutEvents',
    make: (t, s, id) => new t.EventBridgePutEvents(s, id, {
      entries: [{
        detail: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
        detailType: 'OrderUpdated',
        source: 'shop.orders',
      }],
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'GlueStartJobRun',
    make: (t, s, id) => new t.GlueStartJobRun(s, id, {
      glueJobName: 'nightly-report',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      arguments: sfn.TaskInput.fromObject({ '--order': sfn.JsonPath.stringAt('$.orderId') }),
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'CallAwsService',
    make: (t, s, id) => new t.CallAwsService(s, id, {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: 'orders', Key: sfn.JsonPath.stringAt('$.key') },
      iamResources: [`arn:aws:s3:::orders/*`],
      resultPath: '$.object',
    }),
  },
  {
    name: 'AthenaStartQueryExecution',
    make: (t, s, id) => new t.AthenaStartQueryExecution(s, id, {
      queryString: sfn.JsonPath.stringAt('$.query'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultConfiguration: { outputLocation: { bucketName: 'athena-results', objectKey: 'orders' } },
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
  {
    name: 'BatchSubmitJob',
    make: (t, s, id, r) => new t.BatchSubmitJob(s, id, {
      jobDefinitionArn: `arn:aws:batch:${REGION}:${ACCOUNT}:job-definition/report:1`,
      jobName: 'report',
      jobQueueArn: r.jobQueueArn(),
      payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
      resultPath: sfn.JsonPath.DISCARD,
    }),
  },
];

/** The INTEGRATIONS entries that `tasks` (our library's export object) provides. */
function availableIntegrations(tasks) {
  return INTEGRATIONS.filter((entry) => typeof tasks[entry.name] === 'function');
}

/** Shared resources of one stack, each created (or imported) the first time a task asks for it. */
function resources(stack) {
  const once = (make) => { let value; return () => (value ??= make()); };
  const ec2 = () => require('aws-cdk-lib/aws-ec2');
  const ecs = () => require('aws-cdk-lib/aws-ecs');
  const vpc = once(() => ec2().Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-12345678',
    availabilityZones: [`${REGION}a`, `${REGION}b`],
    privateSubnetIds: ['subnet-aaaa1111', 'subnet-bbbb2222'],
  }));
  const taskDefinition = once(() => {
    const definition = new (ecs().FargateTaskDefinition)(stack, 'TaskDefinition', { cpu: 256, memoryLimitMiB: 512 });
    definition.addContainer('worker', { image: ecs().ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox:latest') });
    return definition;
  });
  return {
    fn: once(() => require('aws-cdk-lib/aws-lambda').Function.fromFunctionArn(stack, 'Fn',
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:score-order`)),
    queue: once(() => require('aws-cdk-lib/aws-sqs').Queue.fromQueueArn(stack, 'Queue',
      `arn:aws:sqs:${REGION}:${ACCOUNT}:orders.fifo`)),
    topic: once(() => require('aws-cdk-lib/aws-sns').Topic.fromTopicArn(stack, 'Topic',
      `arn:aws:sns:${REGION}:${ACCOUNT}:order-updates`)),
    table: once(() => require('aws-cdk-lib/aws-dynamodb').Table.fromTableName(stack, 'Table', 'orders')),
    cluster: once(() => ecs().Cluster.fromClusterAttributes(stack, 'Cluster', { clusterName: 'workers', vpc: vpc() })),
    securityGroup: once(() => ec2().SecurityGroup.fromSecurityGroupId(stack, 'WorkerSg', 'sg-12345678')),
    taskDefinition,
    container: once(() => taskDefinition().defaultContainer),
    childMachine: once(() => sfn.StateMachine.fromStateMachineArn(stack, 'Child',
      `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:fulfil`)),
    jobQueueArn: once(() => `arn:aws:batch:${REGION}:${ACCOUNT}:job-queue/reports`),
  };
}

/**
 * Builds the app: one stack with `machines` state machines holding `states` states between them. Each
 * machine is a chain of task states cycling through `integrations` (or `sfn.Pass` states when `integrations`
 * is empty), with one Parallel (two branches) and one Map (one state) in the middle.
 *
 * aws-cdk-lib's built-in CloudFormation validation (a WebAssembly engine that takes seconds to start, then
 * checks the template) is off unless `cfnValidation`: it costs both libraries the same, since their templates
 * are identical, and would only blur the comparison.
 *
 * @returns the app, ready for `app.synth()`
 */
function buildApp(tasks, integrations, states, machines = 1, outdir = undefined, cfnValidation = false) {
  const app = new cdk.App({ outdir, builtinCloudFormationValidation: cfnValidation });
  const stack = new cdk.Stack(app, 'Bench', { env: { account: ACCOUNT, region: REGION } });
  const r = resources(stack);
  let counter = 0;
  const state = (scope) => {
    const id = `S${counter}`;
    const entry = integrations.length ? integrations[counter % integrations.length] : undefined;
    counter++;
    return entry ? entry.make(tasks, scope, id, r) : new sfn.Pass(scope, id, { resultPath: sfn.JsonPath.DISCARD });
  };
  const perMachine = Math.ceil(states / machines);
  for (let m = 0; m < machines; m++) {
    const scope = stack;
    const count = Math.min(perMachine, states - m * perMachine);
    let chain = sfn.Chain.start(state(scope));
    for (let i = 1; i < count; i++) {
      if (i === Math.floor(count / 3)) {
        chain = chain.next(new sfn.Parallel(scope, `Fan out ${m}`, { resultPath: sfn.JsonPath.DISCARD })
          .branch(state(scope)).branch(state(scope)));
      }
      if (i === Math.floor((2 * count) / 3)) {
        chain = chain.next(new sfn.Map(scope, `Each item ${m}`, { itemsPath: '$.items', resultPath: sfn.JsonPath.DISCARD })
          .itemProcessor(state(scope)));
      }
      chain = chain.next(state(scope));
    }
    new sfn.StateMachine(scope, `Machine${m}`, { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  }
  return app;
}

module.exports = { INTEGRATIONS, availableIntegrations, buildApp };
