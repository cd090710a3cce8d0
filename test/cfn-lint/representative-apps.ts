/**
 * One representative workflow per service: the configuration a user of that service typically writes,
 * with created resources where the task creates or grants on them. Linted by cfn-lint.test.ts.
 */
import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from '../../lib';

type Workflow = (stack: cdk.Stack) => sfn.IChainable;

const ACCOUNT = '123456789012';

export const REPRESENTATIVE_WORKFLOWS: Record<string, Workflow> = {
  'api-gateway': (stack) => {
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addMethod('GET');
    return new tasks.CallApiGatewayRestApiEndpoint(stack, 'Call', { api, stageName: 'prod', method: tasks.HttpMethod.GET });
  },
  'athena': (stack) => new tasks.AthenaStartQueryExecution(stack, 'Query', {
    queryString: sfn.JsonPath.stringAt('$.query'),
    queryExecutionContext: { databaseName: 'analytics' },
    resultConfiguration: { outputLocation: { bucketName: 'query-results', objectKey: 'runs' } },
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  }).next(new tasks.AthenaGetQueryResults(stack, 'Results', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecution.QueryExecutionId') })),
  'aws-sdk': (stack) => new tasks.CallAwsService(stack, 'List', {
    service: 's3', action: 'listObjectsV2', parameters: { Bucket: new s3.Bucket(stack, 'Bucket').bucketName },
    iamResources: ['*'], iamAction: 's3:ListBucket',
  }),
  'batch': (stack) => new tasks.BatchSubmitJob(stack, 'Submit', {
    jobDefinitionArn: `arn:aws:batch:us-east-1:${ACCOUNT}:job-definition/render:1`,
    jobQueueArn: `arn:aws:batch:us-east-1:${ACCOUNT}:job-queue/default`,
    jobName: 'render',
  }),
  'bedrock': (stack) => new tasks.BedrockInvokeModel(stack, 'Invoke', {
    model: bedrock.FoundationModel.fromFoundationModelId(stack, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
    body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.prompt') }),
  }),
  'codebuild': (stack) => new tasks.CodeBuildStartBuild(stack, 'Build', {
    project: new codebuild.Project(stack, 'Project', { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['make'] } } }) }),
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  }),
  'databrew': (stack) => new tasks.GlueDataBrewStartJobRun(stack, 'Clean', { name: 'clean-orders' }),
  'dynamodb': (stack) => {
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
    return new tasks.DynamoPutItem(stack, 'Put', { table, item: { id: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } })
      .next(new tasks.DynamoGetItem(stack, 'Get', { table, key: { id: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } }));
  },
  'ecs': (stack) => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
    const cluster = new ecs.Cluster(stack, 'Cluster', { vpc });
    const taskDefinition = new ecs.FargateTaskDefinition(stack, 'TaskDef');
    const container = taskDefinition.addContainer('app', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox') });
    return new tasks.EcsRunTask(stack, 'Run', {
      cluster, taskDefinition, launchTarget: new tasks.EcsFargateLaunchTarget(),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      containerOverrides: [{ containerDefinition: container, environment: [{ name: 'ORDER', value: sfn.JsonPath.stringAt('$.id') }] }],
    });
  },
  'eks': (stack) => new tasks.EksCall(stack, 'Call', {
    cluster: eks.Cluster.fromClusterAttributes(stack, 'Cluster', {
      clusterName: 'prod', clusterEndpoint: 'https://ABC.gr7.us-east-1.eks.amazonaws.com', clusterCertificateAuthorityData: 'Y2VydA==',
    }),
    httpMethod: tasks.HttpMethods.GET,
    httpPath: '/api/v1/namespaces/default/pods',
  }),
  'emr': (stack) => new tasks.EmrCreateCluster(stack, 'Create', {
    name: 'analytics',
    instances: { instanceCount: 3, masterInstanceType: 'm5.xlarge', slaveInstanceType: 'm5.xlarge' },
    releaseLabel: 'emr-7.1.0',
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  }).next(new tasks.EmrAddStep(stack, 'Step', {
    clusterId: sfn.JsonPath.stringAt('$.ClusterId'), name: 'spark', jar: 'command-runner.jar', args: ['spark-submit', 's3://code/job.py'],
  })).next(new tasks.EmrTerminateCluster(stack, 'Terminate', { clusterId: sfn.JsonPath.stringAt('$.ClusterId') })),
  'emr-containers': (stack) => new tasks.EmrContainersStartJobRun(stack, 'Spark', {
    virtualCluster: tasks.VirtualClusterInput.fromVirtualClusterId('abc123'),
    releaseLabel: tasks.ReleaseLabel.EMR_6_2_0,
    executionRole: cdk.aws_iam.Role.fromRoleArn(stack, 'JobRole', `arn:aws:iam::${ACCOUNT}:role/emr-job`),
    jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('local:///usr/lib/spark/examples/src/main/python/pi.py') } },
  }),
  'eventbridge': (stack) => new tasks.EventBridgePutEvents(stack, 'Put', {
    entries: [{ eventBus: new events.EventBus(stack, 'Bus'), detail: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
      detailType: 'OrderPlaced', source: 'com.example.orders' }],
  }),
  'eventbridge-scheduler': (stack) => {
    const queue = new sqs.Queue(stack, 'Target');
    const role = new cdk.aws_iam.Role(stack, 'SchedulerRole', { assumedBy: new cdk.aws_iam.ServicePrincipal('scheduler.amazonaws.com') });
    return new tasks.EventBridgeSchedulerCreateScheduleTask(stack, 'Schedule', {
      scheduleName: 'nightly',
      schedule: tasks.Schedule.cron({ hour: '2', minute: '0' }),
      target: new tasks.EventBridgeSchedulerTarget({ arn: queue.queueArn, role }),
    });
  },
  'evaluate-expression': (stack) => new tasks.EvaluateExpression(stack, 'Sum', { expression: '$.a + $.b', resultPath: '$.sum' }),
  'glue': (stack) => new tasks.GlueStartJobRun(stack, 'Etl', {
    glueJobName: 'orders-etl', integrationPattern: sfn.IntegrationPattern.RUN_JOB, arguments: sfn.TaskInput.fromObject({ '--day': sfn.JsonPath.stringAt('$.day') }),
  }).next(new tasks.GlueStartCrawlerRun(stack, 'Crawl', { crawlerName: 'orders' })),
  'http': (stack) => new tasks.HttpInvoke(stack, 'Call', {
    connection: events.Connection.fromEventBusArn(stack, 'Connection',
      `arn:aws:events:us-east-1:${ACCOUNT}:connection/partner/abc`, `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:events!connection/partner/abc`),
    apiRoot: 'https://api.example.com',
    apiEndpoint: sfn.TaskInput.fromText('orders'),
    method: sfn.TaskInput.fromText('POST'),
    body: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
  }),
  'lambda': (stack) => new tasks.LambdaInvoke(stack, 'Invoke', {
    lambdaFunction: new lambda.Function(stack, 'Fn', {
      code: lambda.Code.fromInline('exports.handler = async (e) => e;'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_24_X,
    }),
    outputPath: '$.Payload',
  }),
  'mediaconvert': (stack) => new tasks.MediaConvertCreateJob(stack, 'Transcode', {
    createJobRequest: { Role: `arn:aws:iam::${ACCOUNT}:role/mediaconvert`, Settings: { OutputGroups: [], Inputs: [] } },
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  }),
  'sagemaker': (stack) => new tasks.SageMakerCreateTrainingJob(stack, 'Train', {
    trainingJobName: sfn.JsonPath.stringAt('$.jobName'),
    algorithmSpecification: { algorithmName: 'BlazingText' },
    inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: tasks.S3Location.fromBucket(new s3.Bucket(stack, 'Data'), 'train/') } } }],
    outputDataConfig: { s3OutputLocation: tasks.S3Location.fromBucket(new s3.Bucket(stack, 'Models'), 'out/') },
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
  }),
  'sns': (stack) => new tasks.SnsPublish(stack, 'Publish', {
    topic: new sns.Topic(stack, 'Topic'), message: sfn.TaskInput.fromJsonPathAt('$.message'), subject: 'Order update',
  }),
  'sqs': (stack) => new tasks.SqsSendMessage(stack, 'Send', {
    queue: new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS }), messageBody: sfn.TaskInput.fromJsonPathAt('$'),
  }),
  'stepfunctions': (stack) => new tasks.StepFunctionsStartExecution(stack, 'Child', {
    stateMachine: new sfn.StateMachine(stack, 'ChildMachine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Done')) }),
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    associateWithParent: true,
  }).next(new tasks.StepFunctionsInvokeActivity(stack, 'Work', { activity: new sfn.Activity(stack, 'Activity') })),
};
