/**
 * aws-cdk-lib types outside the tasks module that props refer to (resources, Duration, TaskInput, ...):
 * for each, the ways a user typically makes one, imported and created. Built by `materialize.ts`.
 * Enums and structs of aws-cdk-lib need no entry: they are generated from the assembly.
 */
import * as fc from 'fast-check';
import type { Recipe } from './recipes';

const ways = (...keys: string[]) => fc.constantFrom(...keys.map((ext): Recipe => ({ ext })));

const DURATION = fc.constantFrom(0, 1, 30, 300, 3600, 86_400, 700_000).map((s): Recipe => ({ ext: 'duration', args: [{ lit: s }] }));
const SIZE = fc.constantFrom(0, 1, 512, 10_240).map((m): Recipe => ({ ext: 'size', args: [{ lit: m }] }));
const TASK_INPUT = fc.oneof(
  ways('input.path', 'input.text', 'input.token', 'input.jsonataToken', 'input.jsonataObject'),
  fc.dictionary(fc.constantFrom('a', 'Key', 'token'), fc.constantFrom<Recipe>({ lit: 'v' }, { lit: 3 }, { token: 'string', path: '$.v' },
    { token: 'taskToken', path: '$$.Task.Token' }), { maxKeys: 3 }).map((map): Recipe => ({ ext: 'input.object', args: [{ map }] })),
);
const ROLE = ways('role.imported', 'role.created');
const KEY = ways('key.imported', 'key.created');
const TABLE = ways('table.imported', 'table.created');
const STATE_MACHINE = ways('sm.imported', 'sm.created', 'sm.express');

export const EXTERNAL: Record<string, fc.Arbitrary<Recipe>> = {
  'aws-cdk-lib.Duration': DURATION,
  'aws-cdk-lib.Size': SIZE,
  'aws-cdk-lib.Stack': ways('stack'),
  'constructs.Construct': ways('stack'),
  'aws-cdk-lib.aws_stepfunctions.TaskInput': TASK_INPUT,
  'aws-cdk-lib.aws_iam.PolicyStatement': ways('policy'),
  'aws-cdk-lib.aws_iam.IRole': ROLE,
  'aws-cdk-lib.interfaces.aws_iam.IRoleRef': ROLE,
  'aws-cdk-lib.aws_iam.IPrincipal': ways('principal'),
  'aws-cdk-lib.aws_kms.IKey': KEY,
  'aws-cdk-lib.interfaces.aws_kms.IKeyRef': KEY,
  'aws-cdk-lib.aws_lambda.IFunction': ways('fn.imported', 'fn.created', 'fn.version', 'fn.alias'),
  'aws-cdk-lib.aws_lambda.Runtime': ways('runtime.node20', 'runtime.node22', 'runtime.python'),
  'aws-cdk-lib.aws_lambda.Architecture': ways('arch.x86', 'arch.arm'),
  'aws-cdk-lib.interfaces.aws_dynamodb.ITableRef': TABLE,
  'aws-cdk-lib.aws_sqs.IQueue': ways('queue.imported', 'queue.created', 'queue.encrypted', 'queue.fifo'),
  'aws-cdk-lib.aws_sns.ITopic': ways('topic.imported', 'topic.created', 'topic.encrypted', 'topic.fifo'),
  'aws-cdk-lib.interfaces.aws_stepfunctions.IStateMachineRef': STATE_MACHINE,
  'aws-cdk-lib.aws_stepfunctions.IActivity': ways('activity.imported', 'activity.created'),
  'aws-cdk-lib.aws_s3.IBucket': ways('bucket.imported', 'bucket.created'),
  'aws-cdk-lib.aws_logs.ILogGroup': ways('logGroup.imported', 'logGroup.created'),
  'aws-cdk-lib.interfaces.aws_codebuild.IProjectRef': ways('project.imported', 'project.created'),
  'aws-cdk-lib.interfaces.aws_events.IEventBusRef': ways('bus.imported', 'bus.created'),
  'aws-cdk-lib.aws_events.IConnection': ways('connection.imported'),
  'aws-cdk-lib.aws_bedrock.IModel': ways('model.foundation', 'model.provisioned'),
  'aws-cdk-lib.aws_apigateway.IRestApi': ways('restApi.imported', 'restApi.created'),
  'aws-cdk-lib.aws_ecr.IRepository': ways('repo.imported'),
  'aws-cdk-lib.aws_ec2.InstanceType': ways('instanceType'),
  'aws-cdk-lib.aws_ec2.IVpc': ways('vpc.created'),
  'aws-cdk-lib.aws_ec2.ISecurityGroup': ways('sg.imported'),
  'aws-cdk-lib.aws_ecs.ICluster': ways('ecsCluster.created'),
  'aws-cdk-lib.aws_ecs.ITaskDefinition': ways('taskDef.fargate', 'taskDef.ec2'),
  'aws-cdk-lib.aws_ecs.TaskDefinition': ways('taskDef.fargate', 'taskDef.ec2'),
  'aws-cdk-lib.aws_ecs.PlacementStrategy': ways('placement.spread', 'placement.binpack'),
  'aws-cdk-lib.aws_ecs.PlacementConstraint': ways('constraint.distinct', 'constraint.memberOf'),
  'aws-cdk-lib.aws_eks.ICluster': ways('eksCluster.imported'),
};
