// What the README examples run with besides rosetta's fixture (rosetta/default.ts-fixture), shared by their
// TypeScript twins (readme-examples.js) and the fresh apps of scripts/fresh-apps.js (which copies this file
// into each), and mirrored value for value by test/lang/python/readme_fixture.py:
// - ENV: the fixture's stack has no environment; one is given so that lookups (`ec2.Vpc.fromLookup`)
//   synthesize, as they do in a stack deployed to one account and region;
// - DECLARED: a value of each type an example declares (`declare const table: dynamodb.ITable;`), built in
//   the fixture's stack under the name rosetta gives the variable in Python;
// - putLooseStatesInStateMachines: what makes the template show the states an example builds but does not
//   put in a state machine.
const apigateway = require('aws-cdk-lib/aws-apigateway');
const batch = require('aws-cdk-lib/aws-batch');
const bedrock = require('aws-cdk-lib/aws-bedrock');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecr = require('aws-cdk-lib/aws-ecr');
const eks = require('aws-cdk-lib/aws-eks');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');

const ACCOUNT = '123456789012';
const ENV = { account: ACCOUNT, region: 'us-east-1' };

const arn = (service, resource) => `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;

const DECLARED = {
  'App': (scope) => scope.node.root,
  'apigateway.IRestApi': (scope, name) => apigateway.RestApi.fromRestApiId(scope, name, 'a1b2c3d4e5'),
  'batch.EcsJobDefinition': (scope, name) =>
    batch.EcsJobDefinition.fromJobDefinitionArn(scope, name, arn('batch', `job-definition/${name}:1`)),
  'batch.JobQueue': (scope, name) => batch.JobQueue.fromJobQueueArn(scope, name, arn('batch', `job-queue/${name}`)),
  'bedrock.IModel': (scope, name) => bedrock.FoundationModel.fromFoundationModelId(
    scope, name, bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
  'codebuild.IProject': (scope, name) => codebuild.Project.fromProjectName(scope, name, name),
  'codebuild.IReportGroup': (scope, name) => codebuild.ReportGroup.fromReportGroupName(scope, name, name),
  'dynamodb.ITable': (scope, name) => dynamodb.Table.fromTableName(scope, name, name),
  'ec2.IConnectable': (scope, name) => ec2.SecurityGroup.fromSecurityGroupId(scope, name, 'sg-0fedcba9876543210'),
  'ec2.ISecurityGroup': (scope, name) => ec2.SecurityGroup.fromSecurityGroupId(scope, name, 'sg-0123456789abcdef0'),
  'ec2.IVpc': (scope, name) => ec2.Vpc.fromVpcAttributes(scope, name, {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  }),
  'ecr.IRepository': (scope, name) => ecr.Repository.fromRepositoryName(scope, name, name),
  'eks.ICluster': (scope, name) => eks.Cluster.fromClusterAttributes(scope, name, {
    clusterName: name,
    clusterEndpoint: 'https://0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com',
    clusterCertificateAuthorityData: 'LS0tLS1CRUdJTi...',
  }),
  'events.IConnection': (scope, name) => events.Connection.fromEventBusArn(scope, name,
    arn('events', `connection/${name}/0123`), arn('secretsmanager', `secret:events!connection/${name}-AbCdEf`)),
  'iam.IRole': (scope, name) => iam.Role.fromRoleArn(scope, name, `arn:aws:iam::${ACCOUNT}:role/${name}`),
  'kms.IKey': (scope, name) => kms.Key.fromKeyArn(scope, name, arn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab')),
  'lambda.IFunction': (scope, name) => lambda.Function.fromFunctionArn(scope, name, arn('lambda', `function:${name}`)),
  'lambda.ILayerVersion': (scope, name) =>
    lambda.LayerVersion.fromLayerVersionArn(scope, name, arn('lambda', `layer:${name}:1`)),
  'logs.ILogGroup': (scope, name) => logs.LogGroup.fromLogGroupName(scope, name, name),
  's3.IBucket': (scope, name) => s3.Bucket.fromBucketName(scope, name, name.replace(/_/g, '-')),
  'sns.ITopic': (scope, name) => sns.Topic.fromTopicArn(scope, name, arn('sns', name)),
  'sqs.IQueue': (scope, name) => sqs.Queue.fromQueueArn(scope, name, arn('sqs', name)),
  'tasks.IBedrockCreateModelCustomizationJobVpcConfig': (scope, name) => ({
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(scope, name, 'sg-0123456789abcdef0')],
    subnets: [ec2.Subnet.fromSubnetId(scope, `${name}Subnet`, 'subnet-0123456789abcdef0')],
  }),
};

/**
 * Puts each state graph the example built outside a state machine (most examples build one task and
 * nothing else) in a state machine of its own, so that the template shows what its tasks render: their
 * definition and the IAM statements they grant.
 */
function putLooseStatesInStateMachines(stack) {
  const states = stack.node.findAll().filter((c) => c instanceof sfn.State);
  const reached = new Set(states.flatMap((state) =>
    sfn.State.findReachableStates(state).map((s) => s.node.path).filter((p) => p !== state.node.path)));
  states.filter((s) => !reached.has(s.node.path)).forEach((start, i) => {
    const id = `ReadmeStateMachine${i}`;
    try {
      new sfn.StateMachine(stack, id, { definitionBody: sfn.DefinitionBody.fromChainable(start) });
    } catch (e) {
      if (!String(e.message).includes('Every state can only be used in one graph')) throw e;
      stack.node.tryRemoveChild(id); // in one of the example's state machines already
    }
  });
}

module.exports = { ENV, DECLARED, putLooseStatesInStateMachines };
