/**
 * Bad input, walked through once for the whole library: one row per distinct error a user's mistake can
 * raise, each built with our classes. A row asserts the error's class, its name (the code), its exact
 * message, the words of the message that say what is wrong, and, for a scoped error, the construct it
 * names (where). A row whose check aws-cdk-lib has too is also compared with aws-cdk-lib's error word for
 * word. The table is kept complete by reading lib/: every throw site, and every problem a collected error
 * can list, must be raised by some row (see test/validation-sites.ts).
 */
import * as cdk from 'aws-cdk-lib';
import { UnscopedValidationError, ValidationError } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cxapi from 'aws-cdk-lib/cx-api';
import * as ours from '../lib';
import { ec2Cluster, ec2TaskDefinition, fargateTaskDefinition, importedCluster } from './ecs/fixtures';
import { type Builder, type HarnessOptions, type Tasks, expectSameErrorAsReference, expectValidDefinitions, newStack } from './util';
import { type ProblemSite, type ThrowSite, libFrames, validationSites } from './validation-sites';

/** One mistake a user can make, and the error it must raise. */
interface Row {
  /** The mistake, completing "throws when ...". */
  readonly mistake: string;
  /** Whether aws-cdk-lib has the same check (its error is then compared word for word), or the check is ours alone. */
  readonly oracle: 'reference' | 'ours';
  /** The error's `name`: its validation code, or the class of a plain error. */
  readonly code: string;
  /** Builds the mistake in `stack` with the given tasks module; throws. */
  readonly build: Builder;
  /** The exact message. */
  readonly message: string;
  /** The words of the message that say what is wrong: the prop, the value or the rule at fault. */
  readonly names: readonly string[];
  /** The error's class. @default 'ValidationError' */
  readonly error?: 'ValidationError' | 'UnscopedValidationError' | 'Error' | 'TypeError';
  /** The construct path a scoped error names. @default 'Stack/Task' */
  readonly path?: string;
  /** App context and stack environment. */
  readonly options?: HarnessOptions;
  /** The class the row needs; a row whose class this checkout does not have is left out (its sites are then absent too). */
  readonly requires?: string;
}

/**
 * Throw sites that no user input reaches, so no row can raise them: each entry names the site and says why.
 * The test checks that each still exists.
 */
const UNREACHABLE: ReadonlyArray<{ file: string; code: string; reason: string }> = [
  { file: 'private/integration.ts', code: 'MustBeBothServiceApi', reason: 'every caller passes literal, non-empty service and API names' },
  { file: 'sagemaker/private/job-task.ts', code: 'RoleAvailableYetObjectTask', reason: 'the constructor always sets the role before it can be read' },
  { file: 'sagemaker/private/job-task.ts', code: 'PrincipalAvailableYetObjectTask', reason: 'the constructor always sets the role before it can be read' },
  { file: 'sagemaker/create-transform-job.ts', code: 'RoleAvailableYetObjectTask', reason: 'the constructor always sets the role before it can be read' },
  { file: 'private/bundled-function.ts', code: 'Error', reason: 'an installation fault (aws-cdk-lib without its generated handler constructs), not a prop' },
];

// Fixtures: small, imported where possible, so a row costs a constructor call.
const topic = (s: cdk.Stack) => sns.Topic.fromTopicArn(s, 'Topic', 'arn:aws:sns:us-east-1:123456789012:orders');
const fifoTopic = (s: cdk.Stack, contentBasedDeduplication = false) => new sns.Topic(s, 'Topic', { fifo: true, contentBasedDeduplication });
const queue = (s: cdk.Stack) => sqs.Queue.fromQueueArn(s, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:orders');
const fn = (s: cdk.Stack) => lambda.Function.fromFunctionArn(s, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:fn');
const child = (s: cdk.Stack) => sfn.StateMachine.fromStateMachineArn(s, 'Child', 'arn:aws:states:us-east-1:123456789012:stateMachine:child');
const role = (s: cdk.Stack, id = 'Role') => iam.Role.fromRoleArn(s, id, 'arn:aws:iam::123456789012:role/r');
const restApi = (s: cdk.Stack) => apigateway.RestApi.fromRestApiId(s, 'Api', 'abc123');
const titan = (s: cdk.Stack) => bedrock.FoundationModel.fromFoundationModelId(s, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
const bucket = (s: cdk.Stack, name: string) => s3.Bucket.fromBucketName(s, `${name}Bucket`, name);
const text = (value: string) => sfn.TaskInput.fromText(value);
const WAIT = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;
const DEDICATED_EVAL = { [cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION]: true };
const SHARED_EVAL = { [cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION]: false };
const NEW_S3_URI = { '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask': true };

/** Renders a task's state, where the checks made at rendering run, without synthesizing the app. */
function render(state: sfn.State): void {
  state.toStateJson();
}

function customizationJob(t: Tasks, s: cdk.Stack, extra: object = {}) {
  return new t.BedrockCreateModelCustomizationJob(s, 'Task', {
    baseModel: titan(s),
    customModelName: 'MyCustomModel',
    jobName: 'MyCustomizationJob',
    outputData: { bucket: bucket(s, 'output'), path: 'output-data/' },
    trainingData: { bucket: bucket(s, 'training'), path: 'training-data/data.json' },
    hyperParameters: { 'Evaluation percentage': '10' },
    ...extra,
  });
}

function submitJob(t: Tasks, s: cdk.Stack, extra: object = {}) {
  return new t.BatchSubmitJob(s, 'Task', {
    jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/def:1',
    jobQueueArn: 'arn:aws:batch:us-east-1:123456789012:job-queue/queue',
    jobName: 'job',
    ...extra,
  });
}

function emrCluster(t: Tasks, s: cdk.Stack, extra: object = {}) {
  return new t.EmrCreateCluster(s, 'Task', { name: 'Cluster', instances: {}, ...extra });
}

function emrFleet(t: Tasks, s: cdk.Stack, fleet: object): void {
  render(new t.EmrCreateCluster(s, 'Task', {
    name: 'Fleet',
    instances: { instanceFleets: [{ instanceFleetType: t.EmrCreateCluster.InstanceRoleType.CORE, ...fleet }] },
  }));
}

function emrSpot(t: Tasks, s: cdk.Stack, spec: object): void {
  emrFleet(t, s, {
    targetSpotCapacity: 1,
    launchSpecifications: { spotSpecification: { timeoutAction: t.EmrCreateCluster.SpotTimeoutAction.TERMINATE_CLUSTER, ...spec } },
  });
}

function emrContainersJob(t: Tasks, s: cdk.Stack, extra: object = {}, driver: object = {}) {
  return new t.EmrContainersStartJobRun(s, 'Task', {
    virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
    releaseLabel: t.ReleaseLabel.EMR_6_2_0,
    jobDriver: { sparkSubmitJobDriver: { entryPoint: text('local:///job.py'), ...driver } },
    ...extra,
  });
}

function schedule(t: Tasks, s: cdk.Stack, extra: object = {}) {
  return new t.EventBridgeSchedulerCreateScheduleTask(s, 'Task', {
    scheduleName: 'nightly',
    schedule: t.Schedule.rate(cdk.Duration.hours(1)),
    target: new t.EventBridgeSchedulerTarget({ arn: 'arn:aws:sqs:us-east-1:123456789012:target', role: role(s) }),
    ...extra,
  });
}

function schedulerTarget(t: Tasks, s: cdk.Stack, extra: object) {
  return new t.EventBridgeSchedulerTarget({ arn: 'arn:aws:sqs:us-east-1:123456789012:target', role: role(s), ...extra });
}

function snsAttribute(t: Tasks, s: cdk.Stack, attribute: object): void {
  render(new t.SnsPublish(s, 'Task', { topic: topic(s), message: text('hi'), messageAttributes: { a: attribute as any } }));
}

function trainingJob(t: Tasks, s: cdk.Stack, algorithmSpecification: object) {
  return new t.SageMakerCreateTrainingJob(s, 'Task', {
    trainingJobName: 'MyTrainJob',
    role: role(s),
    algorithmSpecification,
    outputDataConfig: { s3OutputLocation: t.S3Location.fromJsonExpression('$.output') },
  });
}

function transformJob(t: Tasks, s: cdk.Stack, modelClientOptions: object) {
  return new t.SageMakerCreateTransformJob(s, 'Task', {
    transformJobName: 'MyTransformJob',
    modelName: 'MyModelName',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/train' } } },
    transformOutput: { s3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
    role: role(s),
    modelClientOptions,
  });
}

function endpointConfig(t: Tasks, s: cdk.Stack, productionVariants: object[]) {
  return new t.SageMakerCreateEndpointConfig(s, 'Task', { endpointConfigName: 'c', productionVariants: productionVariants as any });
}

const VARIANT = {
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
  modelName: 'MyModel',
  variantName: 'awesome-variant',
};

const PATTERN = 'Unsupported service integration pattern. Supported Patterns:';

/** The checks aws-cdk-lib has too: the same error, class, name and message. */
const REFERENCE_ROWS: Row[] = [
  // Integration patterns and task tokens, shared by every class.
  {
    mistake: 'a task is given an integration pattern its API does not support', oracle: 'reference', code: 'UnsupportedServiceIntegrationPatternSupported',
    build: (t, s) => new t.SqsSendMessage(s, 'Task', { queue: queue(s), messageBody: text('x'), integrationPattern: RUN_JOB }),
    message: `${PATTERN} REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB`, names: ['integration pattern', 'RUN_JOB'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'SqsSendMessage waits for a task token that messageBody does not carry', oracle: 'reference', code: 'TaskTokenRequired',
    build: (t, s) => new t.SqsSendMessage(s, 'Task', { queue: queue(s), messageBody: text('x'), integrationPattern: WAIT }),
    message: 'Task Token is required in `messageBody` Use JsonPath.taskToken to set the token.', names: ['Task Token', 'messageBody'],
  },
  {
    mistake: 'SnsPublish waits for a task token that message does not carry', oracle: 'reference', code: 'TaskTokenRequired',
    build: (t, s) => new t.SnsPublish(s, 'Task', { topic: topic(s), message: text('x'), integrationPattern: WAIT }),
    message: 'Task Token is required in `message` Use JsonPath.taskToken to set the token.', names: ['Task Token', 'message'],
  },
  {
    mistake: 'LambdaInvoke waits for a task token that payload does not carry', oracle: 'reference', code: 'IsRequiredTaskTokenRequired',
    build: (t, s) => new t.LambdaInvoke(s, 'Task', { lambdaFunction: fn(s), integrationPattern: WAIT }),
    message: 'Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token.', names: ['Task Token', 'payload'],
  },
  {
    mistake: 'StepFunctionsStartExecution waits for a task token that input does not carry', oracle: 'reference', code: 'IsRequiredTaskTokenRequired',
    build: (t, s) => new t.StepFunctionsStartExecution(s, 'Task', { stateMachine: child(s), integrationPattern: WAIT }),
    message: 'Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token.', names: ['Task Token', 'input'],
    // aws-cdk-lib scopes this error to the task's parent, not the task.
    path: 'Stack',
  },
  {
    mistake: 'EcsRunTask waits for a task token that no container environment carries', oracle: 'reference', code: 'IsRequiredTaskTokenRequired',
    build: (t, s) => new t.EcsRunTask(s, 'Task', {
      cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(), integrationPattern: WAIT,
    }),
    message: 'Task Token is required in at least one `containerOverrides.environment` for callback. Use JsonPath.taskToken to set the token.',
    names: ['Task Token', 'containerOverrides.environment'],
  },
  {
    mistake: 'CallApiGatewayRestApiEndpoint waits for a task token that headers do not carry', oracle: 'reference', code: 'IsRequiredTaskTokenRequired',
    build: (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Task', {
      api: restApi(s), stageName: 'prod', method: t.HttpMethod.PUT, integrationPattern: WAIT,
    }),
    message: 'Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use JsonPath.taskToken to set the token.', names: ['Task Token', 'headers'],
  },
  {
    mistake: 'EventBridgePutEvents waits for a task token that no entry carries', oracle: 'reference', code: 'TaskTokenRequired',
    build: (t, s) => new t.EventBridgePutEvents(s, 'Task', {
      entries: [{ detail: sfn.TaskInput.fromObject({ a: 1 }), detailType: 'Greeting', source: 'com.example' }], integrationPattern: WAIT,
    }),
    message: 'Task Token is required in `entries`. Use JsonPath.taskToken to set the token.', names: ['Task Token', 'entries'],
  },

  // Athena
  {
    mistake: 'AthenaStartQueryExecution gets an empty executionParameters list', oracle: 'reference', code: 'ExecutionParametersNonEmptyList',
    build: (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', executionParameters: [] }),
    message: "'executionParameters' must be a non-empty list", names: ['executionParameters'],
  },
  {
    mistake: 'AthenaStartQueryExecution gets an empty execution parameter', oracle: 'reference', code: 'ExecutionParametersItemsLengthCharacters',
    build: (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', executionParameters: ['ok', ''] }),
    message: "'executionParameters' items's length must be between 1 and 1024 characters", names: ['executionParameters', '1024'],
  },
  {
    mistake: 'AthenaStartQueryExecution reuses results for less than a minute', oracle: 'reference', code: 'ResultReuseConfigurationMaxAge',
    build: (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.seconds(59) }),
    message: 'resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be equal to 0, got 59000 ms',
    names: ['resultReuseConfigurationMaxAge', '59000 ms'],
  },
  {
    mistake: 'AthenaStartQueryExecution reuses results for more than 7 days', oracle: 'reference', code: 'ResultReuseConfigurationMaxAge',
    build: (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.minutes(10081) }),
    message: 'resultReuseConfigurationMaxAge must either be 0 or between 1 and 10080 minutes, got 10081', names: ['resultReuseConfigurationMaxAge', '10081'],
  },

  // AWS SDK
  {
    mistake: 'CallAwsService asks for RUN_JOB', oracle: 'reference', code: 'IntegrationPatternSupportedCallAws',
    build: (t, s) => new t.CallAwsService(s, 'Task', { service: 's3', action: 'getObject', iamResources: ['*'], integrationPattern: RUN_JOB }),
    message: 'The RUN_JOB integration pattern is not supported for CallAwsService', names: ['RUN_JOB'],
  },
  {
    mistake: 'CallAwsService gets an action that is not camelCase', oracle: 'reference', code: 'ActionCamelCase',
    build: (t, s) => new t.CallAwsService(s, 'Task', { service: 's3', action: 'GetObject', iamResources: ['*'] }),
    message: 'action must be camelCase, got: GetObject', names: ['action', 'GetObject'],
  },
  {
    mistake: 'CallAwsService gets parameter names that are not PascalCase', oracle: 'reference', code: 'MustBeParameterNamesPascalcase',
    build: (t, s) => new t.CallAwsService(s, 'Task', {
      service: 's3', action: 'getObject', iamResources: ['*'], parameters: { bucket: 'b', Key: 'k', versionId: 'v' },
    }),
    message: 'parameter names must be PascalCase, got: bucket, versionId', names: ['parameter names', 'bucket', 'versionId'],
  },
  {
    mistake: 'CallAwsServiceCrossRegion asks for RUN_JOB', oracle: 'reference', code: 'RunJobIntegrationPatternSupported',
    build: (t, s) => new t.CallAwsServiceCrossRegion(s, 'Task', {
      service: 's3', action: 'getObject', region: 'us-west-2', iamResources: ['*'], integrationPattern: RUN_JOB,
    }),
    message: 'The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion', names: ['RUN_JOB'],
  },
  {
    mistake: 'CallAwsServiceCrossRegion gets an action that is not camelCase', oracle: 'reference', code: 'MustBeActionCamelCase',
    build: (t, s) => new t.CallAwsServiceCrossRegion(s, 'Task', { service: 's3', action: 'GetObject', region: 'us-west-2', iamResources: ['*'] }),
    message: 'action must be camelCase, got: GetObject', names: ['action', 'GetObject'],
  },

  // Batch
  {
    mistake: 'BatchSubmitJob gets an arraySize of 1', oracle: 'reference', code: 'MustBeArraySizeBetween',
    build: (t, s) => submitJob(t, s, { arraySize: 1 }),
    message: 'arraySize must be between 2 and 10,000. Received 1.', names: ['arraySize', 'Received 1'],
  },
  {
    mistake: 'BatchSubmitJob depends on 21 jobs', oracle: 'reference', code: 'MustBeDependenciesLess',
    build: (t, s) => submitJob(t, s, { dependsOn: Array.from({ length: 21 }, () => ({ jobId: 'x' })) }),
    message: 'dependencies must be 20 or less. Received 21.', names: ['dependencies', 'Received 21'],
  },
  {
    mistake: 'BatchSubmitJob gets 11 attempts', oracle: 'reference', code: 'MustBeAttemptsBetween',
    build: (t, s) => submitJob(t, s, { attempts: 11 }),
    message: 'attempts must be between 1 and 10. Received 11.', names: ['attempts', 'Received 11'],
  },
  {
    mistake: 'BatchSubmitJob gets a task timeout under a minute', oracle: 'reference', code: 'MustBeAttemptDurationGreater',
    build: (t, s) => submitJob(t, s, { taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(59)) }),
    message: 'attempt duration must be greater than 60 seconds. Received 59 seconds.', names: ['attempt duration', 'Received 59 seconds'],
  },
  {
    mistake: 'BatchSubmitJob sets a reserved AWS_BATCH environment variable', oracle: 'reference', code: 'InvalidEnvironmentVariableName',
    build: (t, s) => submitJob(t, s, { containerOverrides: { environment: { AWS_BATCH_JOB_ID: 'x' } } }),
    message: "Invalid environment variable name: AWS_BATCH_JOB_ID. Environment variable names starting with 'AWS_BATCH' are reserved.",
    names: ['environment variable name', 'AWS_BATCH_JOB_ID'],
  },
  {
    mistake: 'BatchSubmitJob gets 51 tags', oracle: 'reference', code: 'MaximumNumberEntries',
    build: (t, s) => submitJob(t, s, { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }),
    message: 'Maximum tag number of entries is 50. Received 51.', names: ['tag', 'Received 51'],
  },
  {
    mistake: 'BatchSubmitJob gets an empty tag key', oracle: 'reference', code: 'MustBeSizeBetween',
    build: (t, s) => submitJob(t, s, { tags: { '': 'v' } }),
    message: 'Tag key size must be between 1 and 128, but got 0.', names: ['Tag key', 'got 0'],
  },
  {
    mistake: 'BatchSubmitJob gets a tag value of 257 characters', oracle: 'reference', code: 'ValueMaximumSize',
    build: (t, s) => submitJob(t, s, { tags: { k: 'v'.repeat(257) } }),
    message: 'Tag value maximum size is 256, but got 257.', names: ['Tag value', 'got 257'],
  },

  // Bedrock
  {
    mistake: 'BedrockCreateModelCustomizationJob has neither validation data nor an evaluation percentage', oracle: 'reference',
    code: 'ValidationDataEvaluationPercentageHyperparameter',
    build: (t, s) => customizationJob(t, s, { hyperParameters: { batchSize: '1' } }),
    message: 'validationData or Evaluation percentage hyperparameter must be provided.', names: ['validationData', 'Evaluation percentage'],
  },
  {
    mistake: 'BedrockCreateModelCustomizationJob is given a bare role reference and its role is read', oracle: 'reference', code: 'RoleInstanceRole',
    build: (t, s) => {
      const job = customizationJob(t, s, { role: { roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r', roleName: 'r' } } });
      return job.role as any;
    },
    message: 'Role is not an instance of IRole: Object', names: ['Role', 'IRole'],
  },
  {
    mistake: 'BedrockCreateModelCustomizationJob gets an imported customModelKmsKey', oracle: 'reference', code: 'ImportedUsed',
    build: (t, s) => customizationJob(t, s, { customModelKmsKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abc') }),
    message: 'Imported KMS key is not used as the `customModelKmsKey`.', names: ['Imported KMS key', 'customModelKmsKey'],
  },
  {
    mistake: 'BedrockCreateModelCustomizationJob gets a customModelName of 64 characters', oracle: 'reference', code: 'StringLengthOutOfRange',
    build: (t, s) => customizationJob(t, s, { customModelName: 'm'.repeat(64) }),
    message: 'customModelName must be between 1 and 63 characters long, got: 64.', names: ['customModelName', 'got: 64'],
  },
  {
    mistake: 'BedrockCreateModelCustomizationJob gets a jobName that breaks its pattern', oracle: 'reference', code: 'PatternMismatch',
    build: (t, s) => customizationJob(t, s, { jobName: '-job' }),
    message: 'jobName must match the pattern /^[a-zA-Z0-9](-*[a-zA-Z0-9\\+\\-\\.])*$/, got: -job.', names: ['jobName', '-job'],
  },
  {
    mistake: 'BedrockCreateModelCustomizationJob gets 11 validation data sets', oracle: 'reference', code: 'ArrayLengthOutOfRange',
    build: (t, s) => customizationJob(t, s, { validationData: Array.from({ length: 11 }, (_, i) => ({ bucket: bucket(s, `validation${i}`), path: 'v/' })) }),
    message: 'validationData must be between 1 and 10 items long, got: 11.', names: ['validationData', 'got: 11'],
  },
  {
    mistake: 'Guardrail.enable gets version 0', oracle: 'reference', code: 'GuardrailVersionOutOfRange',
    build: (t) => {
      t.Guardrail.enable('abc', 0);
    },
    message: '`version` must be between 1 and 99999999, got 0.', names: ['version', 'got 0'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'Guardrail.enableDraft gets an ARN without a guardrail ID', oracle: 'reference', code: 'InvalidGuardrailArnFormat',
    build: (t) => {
      t.Guardrail.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail');
    },
    message: 'Invalid ARN format. The ARN of Guradrail should have the format: `arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, '
      + 'got arn:aws:bedrock:us-east-1:123456789012:guardrail.',
    names: ['ARN format', 'arn:aws:bedrock:us-east-1:123456789012:guardrail'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'Guardrail.enableDraft gets an ID with upper-case letters', oracle: 'reference', code: 'GuardrailContainOnlyLowercase',
    build: (t) => {
      t.Guardrail.enableDraft('Abc');
    },
    message: 'The id of Guardrail must contain only lowercase letters and numbers, got Abc.', names: ['id of Guardrail', 'Abc'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'Guardrail.enableDraft gets an identifier of 2049 characters', oracle: 'reference', code: 'GuardrailIdentifierTooLong',
    build: (t) => {
      t.Guardrail.enableDraft('a'.repeat(2049));
    },
    message: '`guardrailIdentifier` length must be between 0 and 2048, got 2049.', names: ['guardrailIdentifier', 'got 2049'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'BedrockInvokeModel gets both body and input', oracle: 'reference', code: 'MustBeEitherSpecified',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', {
      model: titan(s), body: sfn.TaskInput.fromObject({ a: 1 }), input: { s3Location: { bucketName: 'b', objectKey: 'k' } },
    }),
    message: 'Either `body` or `input` must be specified, but not both.', names: ['body', 'input'],
  },
  {
    mistake: 'BedrockInvokeModel gets neither body nor input', oracle: 'reference', code: 'MustBeEitherSpecified',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', { model: titan(s) }),
    message: 'Either `body` or `input` must be specified.', names: ['body', 'input'],
  },
  {
    mistake: 'BedrockInvokeModel gets an input S3 object version', oracle: 'reference', code: 'InputObjectVersionSupported',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', { model: titan(s), input: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: '1' } } }),
    message: 'Input S3 object version is not supported.', names: ['Input', 'object version'],
  },
  {
    mistake: 'BedrockInvokeModel gets an output S3 object version', oracle: 'reference', code: 'OutputObjectVersionSupported',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', {
      model: titan(s), body: sfn.TaskInput.fromObject({ a: 1 }), output: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: '1' } },
    }),
    message: 'Output S3 object version is not supported.', names: ['Output', 'object version'],
  },
  {
    mistake: 'BedrockInvokeModel gets both an input S3 URI and an S3 location', oracle: 'reference', code: 'SpecifyUriLocation',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', {
      model: titan(s), input: { s3InputUri: 's3://b/k', s3Location: { bucketName: 'b', objectKey: 'k' } },
    }),
    message: 'Either specify S3 Uri or S3 location, but not both.', names: ['S3 Uri', 'S3 location'], options: { context: NEW_S3_URI },
  },
  {
    mistake: 'BedrockInvokeModel gets an empty output S3 URI', oracle: 'reference', code: 'UriCannotEmptyString',
    build: (t, s) => new t.BedrockInvokeModel(s, 'Task', { model: titan(s), body: sfn.TaskInput.fromObject({ a: 1 }), output: { s3OutputUri: '' } }),
    message: 'S3 Uri cannot be an empty string', names: ['S3 Uri', 'empty'], options: { context: NEW_S3_URI },
  },

  // DynamoDB
  {
    mistake: 'DynamoAttributeValue.mapFromJsonPath gets no JSONPath', oracle: 'reference', code: 'DataJsonPathValues',
    build: (t) => {
      t.DynamoAttributeValue.mapFromJsonPath('map');
    },
    message: "Data JSON path values must either be exactly equal to '$' or start with '$.'", names: ['JSON path', "'$.'"], error: 'UnscopedValidationError',
  },
  {
    mistake: 'DynamoAttributeValue.mapFromJsonata gets no JSONata expression', oracle: 'reference', code: 'DataJsonataExpressionValues',
    build: (t) => {
      t.DynamoAttributeValue.mapFromJsonata('$.map');
    },
    message: "Data JSONata expression values must either be exactly start with '{%' and end with '%}'", names: ['JSONata expression', "'{%'", "'%}'"],
    error: 'UnscopedValidationError',
  },
  {
    mistake: 'DynamoProjectionExpression starts with an index', oracle: 'reference', code: 'ExpressionStartAttribute',
    build: (t) => {
      new t.DynamoProjectionExpression().atIndex(0);
    },
    message: 'Expression must start with an attribute', names: ['Expression', 'attribute'], error: 'UnscopedValidationError',
  },

  // ECS
  {
    mistake: 'CapacityProviderOptions.custom gets no capacity provider', oracle: 'reference', code: 'CapacityProviderStrategyRange',
    build: (t) => {
      t.CapacityProviderOptions.custom([]);
    },
    message: 'Capacity provider strategy must contain between 1 and 20 capacity providers, got 0', names: ['Capacity provider strategy', 'got 0'],
    error: 'UnscopedValidationError',
  },
  {
    mistake: 'EcsRunTask runs an EC2-only task definition on Fargate', oracle: 'reference', code: 'SuppliedTaskDefinitionCompatibleFargate',
    build: (t, s) => render(new t.EcsRunTask(s, 'Task', { cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget() })),
    message: 'Supplied TaskDefinition is not compatible with Fargate', names: ['TaskDefinition', 'Fargate'],
  },
  {
    mistake: 'EcsRunTask runs a Fargate-only task definition on EC2', oracle: 'reference', code: 'SuppliedTaskDefinitionCompatible',
    build: (t, s) => render(new t.EcsRunTask(s, 'Task', { cluster: ec2Cluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget() })),
    message: 'Supplied TaskDefinition is not compatible with EC2', names: ['TaskDefinition', 'EC2'],
  },
  {
    mistake: 'EcsRunTask runs on EC2 in a cluster without EC2 capacity', oracle: 'reference', code: 'ClusterServiceNeedsCapacity',
    build: (t, s) => render(new t.EcsRunTask(s, 'Task', {
      cluster: importedCluster(s, { hasEc2Capacity: false }), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
    })),
    message: 'Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster.', names: ['Cluster', 'Ec2 capacity'],
  },
  {
    mistake: 'EcsRunTask gets a task definition without a container', oracle: 'reference', code: 'TaskDefinitionLeastEssentialContainer',
    build: (t, s) => new t.EcsRunTask(s, 'Task', {
      cluster: importedCluster(s), taskDefinition: new ecs.FargateTaskDefinition(s, 'TD'), launchTarget: new t.EcsFargateLaunchTarget(),
    }),
    message: 'A TaskDefinition must have at least one essential container', names: ['TaskDefinition', 'essential container'],
  },
  {
    mistake: 'EcsRunTask gets subnets for a task definition in bridge network mode', oracle: 'reference', code: 'NetworkModeRequired',
    build: (t, s) => new t.EcsRunTask(s, 'Task', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(), subnets: { subnetType: ec2.SubnetType.PUBLIC },
    }),
    message: "Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use 'vpcSubnets' and 'securityGroup'. Received: bridge",
    names: ['networkMode', 'vpcSubnets', 'Received: bridge'],
  },
  {
    mistake: 'EcsRunTask overrides a container of another task definition', oracle: 'reference', code: 'OverridesMentionContainerName',
    build: (t, s) => {
      const stranger = new ecs.FargateTaskDefinition(s, 'Other').addContainer('Stranger', { image: ecs.ContainerImage.fromRegistry('foo/baz') });
      return new t.EcsRunTask(s, 'Task', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(),
        containerOverrides: [{ containerDefinition: stranger }],
      });
    },
    message: "Overrides mention container with name 'Stranger', but no such container in task definition", names: ['Overrides', "'Stranger'"],
  },

  // EKS
  {
    mistake: 'EksCall gets an imported cluster without its endpoint', oracle: 'reference', code: 'MustBeClusterendpointPropertySpecified',
    build: (t, s) => new t.EksCall(s, 'Task', {
      cluster: eks.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'bare' }), httpMethod: t.HttpMethods.GET, httpPath: '/',
    }),
    message: 'The "clusterEndpoint" property must be specified when using an imported Cluster.', names: ['clusterEndpoint', 'imported Cluster'],
  },
  {
    mistake: 'EksCall gets an imported cluster without its certificate authority data', oracle: 'reference', code: 'ClusterCertificateAuthorityDataProperty',
    build: (t, s) => new t.EksCall(s, 'Task', {
      cluster: eks.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'bare', clusterEndpoint: 'https://example.eks.amazonaws.com' }),
      httpMethod: t.HttpMethods.GET, httpPath: '/',
    }),
    message: 'The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.',
    names: ['clusterCertificateAuthorityData', 'imported Cluster'],
  },

  // EMR
  {
    mistake: 'EmrCreateCluster gets an auto-scaling role for instance fleets', oracle: 'reference', code: 'AutoScalingRolesCannotBeSpecifiedWithInstanceFleets',
    build: (t, s) => emrCluster(t, s, {
      instances: { instanceFleets: [{ instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] },
      autoScalingRole: role(s),
    }),
    message: 'Auto Scaling roles can not be specified with instance fleets.', names: ['Auto Scaling roles', 'instance fleets'],
  },
  {
    mistake: 'EmrCreateCluster gets an idle timeout under a minute', oracle: 'reference', code: 'AutoTerminationPolicyIdleTimeoutOutOfRange',
    build: (t, s) => emrCluster(t, s, { autoTerminationPolicyIdleTimeout: cdk.Duration.seconds(59) }),
    message: '`autoTerminationPolicyIdleTimeout` must be between 60 and 604800 seconds, got 59 seconds.',
    names: ['autoTerminationPolicyIdleTimeout', 'got 59 seconds'],
  },
  {
    mistake: 'EmrCreateCluster of instance fleets is asked for its auto-scaling role', oracle: 'reference', code: 'RoleNotAvailableYet',
    build: (t, s) => {
      const cluster = emrCluster(t, s, {
        instances: { instanceFleets: [{ instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] },
      });
      return cluster.autoScalingRole as any;
    },
    message: 'role not available yet--use the object in a Task first', names: ['role'],
  },
  {
    mistake: 'EmrCreateCluster gets a step concurrency level of 257', oracle: 'reference', code: 'StepConcurrencyLevelOutOfRange',
    build: (t, s) => emrCluster(t, s, { stepConcurrencyLevel: 257 }),
    message: 'Step concurrency level must be in range [1, 256], but got 257.', names: ['Step concurrency level', 'got 257'],
  },
  {
    mistake: 'EmrCreateCluster asks for step concurrency on release 5.27.0', oracle: 'reference', code: 'StepConcurrencyNotSupportedInOlderVersions',
    build: (t, s) => emrCluster(t, s, { stepConcurrencyLevel: 2, releaseLabel: 'emr-5.27.0' }),
    message: 'Step concurrency is only supported in EMR release version 5.28.0 and above but got emr-5.27.0.', names: ['Step concurrency', 'emr-5.27.0'],
  },
  {
    mistake: 'EmrCreateCluster gets a root volume of 14 GiB', oracle: 'reference', code: 'EbsRootVolumeSizeOutOfRange',
    build: (t, s) => emrCluster(t, s, { ebsRootVolumeSize: cdk.Size.gibibytes(14) }),
    message: 'ebsRootVolumeSize must be between 15 and 100 GiB, but got 14 GiB.', names: ['ebsRootVolumeSize', 'got 14 GiB'],
  },
  {
    mistake: 'EmrCreateCluster asks for root volume IOPS on release 6.14.0', oracle: 'reference', code: 'EbsRootVolumeThroughputAndIopsNotSupportedInOlderVersions',
    build: (t, s) => emrCluster(t, s, { releaseLabel: 'emr-6.14.0', ebsRootVolumeIops: 3000 }),
    message: 'ebsRootVolumeThroughput and ebsRootVolumeIops are only supported in EMR release version 6.15.0 and above but got emr-6.14.0.',
    names: ['ebsRootVolumeIops', 'emr-6.14.0'],
  },
  {
    mistake: 'EmrCreateCluster gets a root volume throughput of 124 MiB/s', oracle: 'reference', code: 'EbsRootVolumeThroughputOutOfRange',
    build: (t, s) => emrCluster(t, s, { ebsRootVolumeThroughput: 124 }),
    message: 'ebsRootVolumeThroughput must be between 125 and 1000 MiB/s, but got 124 MiB/s.', names: ['ebsRootVolumeThroughput', 'got 124 MiB/s'],
  },
  {
    mistake: 'EmrCreateCluster gets root volume IOPS of 16001', oracle: 'reference', code: 'EbsRootVolumeIopsOutOfRange',
    build: (t, s) => emrCluster(t, s, { ebsRootVolumeIops: 16001 }),
    message: 'ebsRootVolumeIops must be between 3000 and 16000, but got 16001.', names: ['ebsRootVolumeIops', 'got 16001'],
  },
  {
    mistake: 'EmrCreateCluster gets a malformed release label', oracle: 'reference', code: 'ReleaseLabelMustBeInCorrectFormat',
    build: (t, s) => emrCluster(t, s, { releaseLabel: 'emr-6.x.0' }),
    message: "The release label must be in the format 'emr-x.x.x' but got emr-6.x.0", names: ['release label', 'emr-6.x.0'],
  },
  {
    mistake: 'EmrCreateCluster asks for root volume throughput on a release label longer than 256 characters', oracle: 'reference', code: 'TypeError',
    build: (t, s) => emrCluster(t, s, { releaseLabel: `emr-6.15.${'1'.repeat(300)}`, ebsRootVolumeThroughput: 200 }),
    message: 'version is longer than 256 characters', names: ['version', '256 characters'], error: 'TypeError',
  },
  {
    mistake: 'EmrCreateCluster asks for root volume throughput on a release label with a leading zero', oracle: 'reference', code: 'TypeError',
    build: (t, s) => emrCluster(t, s, { releaseLabel: 'emr-06.15.0', ebsRootVolumeThroughput: 200 }),
    message: 'Invalid Version: 06.15.0', names: ['Version', '06.15.0'], error: 'TypeError',
  },
  {
    mistake: 'EmrCreateCluster asks for root volume throughput on a release whose major version is past the largest safe integer', oracle: 'reference',
    code: 'TypeError',
    build: (t, s) => emrCluster(t, s, { releaseLabel: 'emr-99999999999999999.0.0', ebsRootVolumeThroughput: 200 }),
    message: 'Invalid major version', names: ['major version'], error: 'TypeError',
  },
  {
    mistake: 'an EMR instance type has both bid prices', oracle: 'reference', code: 'CannotSpecifyBothBidPriceOptions',
    build: (t, s) => emrFleet(t, s, { targetSpotCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '1', bidPriceAsPercentageOfOnDemandPrice: 50 }] }),
    message: 'Cannot specify both bidPrice and bidPriceAsPercentageOfOnDemandPrice', names: ['bidPrice', 'bidPriceAsPercentageOfOnDemandPrice'],
    error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR instance type has a negative priority', oracle: 'reference', code: 'PriorityMustBeNonNegative',
    build: (t, s) => emrFleet(t, s, {
      targetOnDemandCapacity: 1,
      instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: -1 }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: t.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } },
    }),
    message: 'priority must be a non-negative number, got -1. Priority values start at 0 (highest priority) and are used with OnDemandAllocationStrategy.PRIORITIZED.',
    names: ['priority', 'got -1'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR Spot specification has no timeout', oracle: 'reference', code: 'TimeoutOrTimeoutDurationMinutesRequired',
    build: (t, s) => emrSpot(t, s, {}),
    message: 'one of timeout and timeoutDurationMinutes must be specified', names: ['timeout', 'timeoutDurationMinutes'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR Spot timeout is 4 minutes', oracle: 'reference', code: 'TimeoutMustBeBetween5And1440Minutes',
    build: (t, s) => emrSpot(t, s, { timeout: cdk.Duration.minutes(4) }),
    message: 'timeout must be between 5 and 1440 minutes, got 4 minutes.', names: ['timeout', 'got 4 minutes'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR instance fleet has no target capacity', oracle: 'reference', code: 'AtLeastOneTargetCapacityRequired',
    build: (t, s) => emrFleet(t, s, {}),
    message: 'At least one of targetSpotCapacity and targetOnDemandCapacity should be greater than 0', names: ['targetSpotCapacity', 'targetOnDemandCapacity'],
    error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR master fleet has both target capacities', oracle: 'reference', code: 'MasterInstanceFleetOnlyOneCapacityType',
    build: (t, s) => emrFleet(t, s, { instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetSpotCapacity: 1, targetOnDemandCapacity: 1 }),
    message: 'For a master instance fleet, only one of targetSpotCapacity and targetOnDemandCapacity can be specified',
    names: ['master instance fleet', 'targetSpotCapacity', 'targetOnDemandCapacity'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR master fleet has 2 Spot units', oracle: 'reference', code: 'MasterInstanceFleetSpotCapacityMustBeOne',
    build: (t, s) => emrFleet(t, s, { instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetSpotCapacity: 2 }),
    message: 'For a master instance fleet, targetSpotCapacity cannot be a number other than 1, got 2',
    names: ['master instance fleet', 'targetSpotCapacity', 'got 2'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'an EMR master fleet has 3 On-Demand units', oracle: 'reference', code: 'MasterInstanceFleetOnDemandCapacityMustBeOne',
    build: (t, s) => emrFleet(t, s, { instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 3 }),
    message: 'For a master instance fleet, targetOnDemandCapacity cannot be a number other than 1, got 3',
    names: ['master instance fleet', 'targetOnDemandCapacity', 'got 3'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'EMR instance type priorities meet the default allocation strategy', oracle: 'reference', code: 'PriorityRequiresPrioritizedStrategy',
    build: (t, s) => emrFleet(t, s, { targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 1 }] }),
    message: "Priority values are set on instance type configs, but allocation strategy is 'lowest-price'. "
      + 'Priority values only take effect with OnDemandAllocationStrategy.PRIORITIZED.',
    names: ['Priority', "'lowest-price'"], error: 'UnscopedValidationError',
  },
  {
    mistake: 'the EMR PRIORITIZED strategy meets no priority', oracle: 'reference', code: 'PrioritizedStrategyRequiresPriorityValues',
    build: (t, s) => emrFleet(t, s, {
      targetOnDemandCapacity: 1,
      instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: t.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } },
    }),
    message: 'OnDemandAllocationStrategy.PRIORITIZED requires at least one instance type config to have a priority value set. '
      + 'See https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html',
    names: ['PRIORITIZED', 'priority value'], error: 'UnscopedValidationError',
  },

  // EMR on EKS
  {
    mistake: 'EmrContainersStartJobRun reads its virtual cluster from the input and gets no execution role', oracle: 'reference', code: 'ExecutionRoleCannotBeUndefined',
    build: (t, s) => emrContainersJob(t, s, { virtualCluster: t.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')) }),
    message: 'Execution role cannot be undefined when the virtual cluster ID is not a concrete value. Provide an execution role with the correct trust policy',
    names: ['Execution role', 'virtual cluster ID'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets 101 application configurations', oracle: 'reference', code: 'ApplicationConfigurationArrayFewerThan100',
    build: (t, s) => emrContainersJob(t, s, { applicationConfig: Array(101).fill({ classification: t.Classification.SPARK, properties: { a: 'b' } }) }),
    message: 'Application configuration array must have 100 or fewer entries. Received 101', names: ['Application configuration array', 'Received 101'],
  },
  {
    mistake: 'an EmrContainersStartJobRun application configuration has 101 properties', oracle: 'reference', code: 'ApplicationConfigurationPropertiesFewerThan100',
    build: (t, s) => emrContainersJob(t, s, {
      applicationConfig: [{ classification: t.Classification.SPARK, properties: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, 'v'])) }],
    }),
    message: 'Application configuration properties must have 100 or fewer entries. Received 101', names: ['Application configuration properties', 'Received 101'],
  },
  {
    mistake: 'an EmrContainersStartJobRun application configuration has neither properties nor nested configurations', oracle: 'reference',
    code: 'ApplicationConfigurationEitherPropertiesOrNestedConfig',
    build: (t, s) => emrContainersJob(t, s, { applicationConfig: [{ classification: t.Classification.SPARK }] }),
    message: 'Application configuration must have either properties or nested app configurations defined.', names: ['Application configuration', 'properties'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets an empty entry point', oracle: 'reference', code: 'EntryPointLengthOutOfRange',
    build: (t, s) => emrContainersJob(t, s, {}, { entryPoint: text('') }),
    message: 'Entry point must be between 1 and 256 characters in length. Received 0.', names: ['Entry point', 'Received 0'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets entry point arguments as a plain string', oracle: 'reference', code: 'EntryPointArgumentsMustBeStringArrayOrJsonPath',
    build: (t, s) => emrContainersJob(t, s, {}, { entryPointArguments: text('--a') }),
    message: 'Entry point arguments must be a string array or an encoded JSON path or JSONata expression, but received a non JSON path or JSONata expression string',
    names: ['Entry point arguments', 'string array'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets entry point arguments as an object', oracle: 'reference', code: 'EntryPointArgumentsInvalidType',
    build: (t, s) => emrContainersJob(t, s, {}, { entryPointArguments: sfn.TaskInput.fromObject({ a: 1 }) }),
    message: 'Entry point arguments must be a string array or an encoded JSON path or JSONata expression but received object.',
    names: ['Entry point arguments', 'received object'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets no entry point arguments in its list', oracle: 'reference', code: 'EntryPointArgumentsLengthOutOfRange',
    build: (t, s) => emrContainersJob(t, s, {}, { entryPointArguments: sfn.TaskInput.fromObject([]) }),
    message: 'Entry point arguments must be a string array between 1 and 10280 in length. Received 0.', names: ['Entry point arguments', 'Received 0'],
  },
  {
    mistake: 'EmrContainersStartJobRun gets empty spark submit parameters', oracle: 'reference', code: 'SparkSubmitParametersLengthOutOfRange',
    build: (t, s) => emrContainersJob(t, s, {}, { sparkSubmitParameters: 'x'.repeat(102401) }),
    message: 'Spark submit parameters must be between 1 and 102400 characters in length. Received 102401.',
    names: ['Spark submit parameters', 'Received 102401'],
  },

  // EvaluateExpression
  {
    mistake: 'EvaluateExpression writes a state path inside a plain string', oracle: 'reference', code: 'ExpressionPathInStringLiteral',
    build: (t, s) => new t.EvaluateExpression(s, 'Task', { expression: "'count: $.count'" }),
    message: "state path(s) [\"$.count\"] are used as literal text inside a plain string in the EvaluateExpression 'expression'; "
      + 'a path inside a plain string used to be resolved but is no longer resolved - use a template literal with interpolation instead, e.g. `...${$.count}...`',
    names: ['$.count', 'plain string', "'expression'"], options: { context: DEDICATED_EVAL },
  },
  {
    mistake: 'EvaluateExpression writes a state path inside template text', oracle: 'reference', code: 'ExpressionPathInStringLiteral',
    build: (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '`total: $.n`' }),
    message: "state path(s) [\"$.n\"] are used as literal text inside a template literal in the EvaluateExpression 'expression'; "
      + 'a path in template text used to be resolved but is no longer resolved - reference it via interpolation like ${$.n} instead',
    names: ['$.n', 'template literal', "'expression'"], options: { context: DEDICATED_EVAL },
  },
  {
    mistake: 'EvaluateExpression asks the shared function for a runtime outside Node.js', oracle: 'reference', code: 'RuntimeCurrentlySupported',
    build: (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }),
    message: 'The runtime python3.12 is currently not supported.', names: ['runtime', 'python3.12'], error: 'UnscopedValidationError',
    options: { context: SHARED_EVAL },
  },
  {
    mistake: 'EvaluateExpression asks its own function for a runtime outside Node.js', oracle: 'reference', code: 'RuntimeCurrentlySupported',
    build: (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }),
    message: 'The runtime python3.12 is currently not supported.', names: ['runtime', 'python3.12'], error: 'UnscopedValidationError',
    options: { context: DEDICATED_EVAL },
  },

  // EventBridge
  {
    mistake: 'EventBridgePutEvents gets no entries', oracle: 'reference', code: 'EntriesMustBeNonEmptyArray',
    build: (t, s) => new t.EventBridgePutEvents(s, 'Task', { entries: [] }),
    message: 'Value for property `entries` must be a non-empty array.', names: ['entries', 'non-empty'],
  },
  {
    mistake: 'an EventBridgePutEvents entry has a source starting with aws.', oracle: 'reference', code: 'EventSourceCannotStartWithAws',
    build: (t, s) => new t.EventBridgePutEvents(s, 'Task', { entries: [{ detail: sfn.TaskInput.fromObject({}), detailType: 'T', source: 'aws.ec2' }] }),
    message: 'Event source cannot start with "aws."', names: ['Event source', '"aws."'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask starts after it ends', oracle: 'reference', code: 'StartDateMustBeBeforeEndDate',
    build: (t, s) => schedule(t, s, { startDate: new Date('2030-01-02T00:00:00Z'), endDate: new Date('2030-01-01T00:00:00Z') }),
    message: "'startDate' must be before 'endDate'", names: ['startDate', 'endDate'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a client token of 65 characters', oracle: 'reference', code: 'ClientTokenMustBeBetween1And64Characters',
    build: (t, s) => schedule(t, s, { clientToken: 'c'.repeat(65) }),
    message: 'ClientToken must be between 1 and 64 characters long. Got: 65', names: ['ClientToken', 'Got: 65'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a client token with a space', oracle: 'reference', code: 'ClientTokenMustConsistOfAlphanumericCharacters',
    build: (t, s) => schedule(t, s, { clientToken: 'a b' }),
    message: 'ClientToken must consist of alphanumeric characters, dashes, and underscores only, Got: a b', names: ['ClientToken', 'Got: a b'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a description of 513 characters', oracle: 'reference', code: 'DescriptionMustBeLessThan512Characters',
    build: (t, s) => schedule(t, s, { description: 'd'.repeat(513) }),
    message: 'Description must be less than 512 characters long. Got: 513', names: ['Description', 'Got: 513'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a flexible time window of 1441 minutes', oracle: 'reference',
    code: 'FlexibleTimeWindowMustBeBetween1And1440Minutes',
    build: (t, s) => schedule(t, s, { flexibleTimeWindow: cdk.Duration.minutes(1441) }),
    message: 'FlexibleTimeWindow must be between 1 and 1440 minutes', names: ['FlexibleTimeWindow', '1440 minutes'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a group name of 65 characters', oracle: 'reference', code: 'GroupNameMustBeBetween1And64Characters',
    build: (t, s) => schedule(t, s, { groupName: 'g'.repeat(65) }),
    message: 'GroupName must be between 1 and 64 characters long. Got: 65', names: ['GroupName', 'Got: 65'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a group name with a slash', oracle: 'reference', code: 'GroupNameMustConsistOfAlphanumericCharacters',
    build: (t, s) => schedule(t, s, { groupName: 'a/b' }),
    message: 'GroupName must consist of alphanumeric characters, dashes, underscores, and periods only, Got: a/b', names: ['GroupName', 'Got: a/b'],
  },
  {
    mistake: 'EventBridgeSchedulerCreateScheduleTask gets a time zone of 51 characters', oracle: 'reference', code: 'TimezoneMustBeBetween1And50Characters',
    build: (t, s) => schedule(t, s, { timezone: 'z'.repeat(51) }),
    message: 'Timezone must be between 1 and 50 characters long. Got: 51', names: ['Timezone', 'Got: 51'],
  },
  {
    mistake: 'Schedule.rate gets less than a minute', oracle: 'reference', code: 'DurationCannotLessThan',
    build: (t) => {
      t.Schedule.rate(cdk.Duration.seconds(59));
    },
    message: 'Duration cannot be less than 1 minute', names: ['Duration', '1 minute'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'Schedule.cron gets both day and weekDay', oracle: 'reference', code: 'CannotSupplyDayWeekDay',
    build: (t) => {
      t.Schedule.cron({ day: '1', weekDay: 'MON' });
    },
    message: "Cannot supply both 'day' and 'weekDay', use at most one", names: ['day', 'weekDay'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'EventBridgeSchedulerTarget gets an empty input', oracle: 'reference', code: 'InputMustBeAtLeastOneCharacter',
    build: (t, s) => {
      schedulerTarget(t, s, { input: '' });
    },
    message: 'Input must be at least 1 character long.', names: ['Input', '1 character'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'EventBridgeSchedulerTarget retries 186 times', oracle: 'reference', code: 'MaximumRetryAttemptsMustBeBetween0And185',
    build: (t, s) => {
      schedulerTarget(t, s, { retryPolicy: { maximumRetryAttempts: 186, maximumEventAge: cdk.Duration.hours(1) } });
    },
    message: 'MaximumRetryAttempts must be an integer between 0 and 185, got 186', names: ['MaximumRetryAttempts', 'got 186'], error: 'UnscopedValidationError',
  },
  {
    mistake: 'EventBridgeSchedulerTarget keeps events for 59 seconds', oracle: 'reference', code: 'MaximumEventAgeInSecondsMustBeBetween60And86400',
    build: (t, s) => {
      schedulerTarget(t, s, { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: cdk.Duration.seconds(59) } });
    },
    message: 'MaximumEventAgeInSeconds must be between 60 and 86400 seconds', names: ['MaximumEventAgeInSeconds', '86400 seconds'], error: 'UnscopedValidationError',
  },

  // Glue
  {
    mistake: 'GlueStartJobRun sets both worker type props', oracle: 'reference', code: 'CannotSetBothWorkerTypeAndWorkerTypeV2',
    build: (t, s) => render(new t.GlueStartJobRun(s, 'Task', {
      glueJobName: 'my-job', workerConfiguration: { workerType: t.WorkerType.G_1X, workerTypeV2: t.WorkerTypeV2.G_1X, numberOfWorkers: 1 },
    })),
    message: "You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'.", names: ['workerType', 'workerTypeV2', 'workerConfiguration'],
  },
  {
    mistake: 'GlueStartJobRun sets neither worker type prop', oracle: 'reference', code: 'EitherWorkerTypeOrWorkerTypeV2Required',
    build: (t, s) => render(new t.GlueStartJobRun(s, 'Task', { glueJobName: 'my-job', workerConfiguration: { numberOfWorkers: 1 } })),
    message: "You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'.", names: ['workerType', 'workerTypeV2', 'workerConfiguration'],
  },

  // Lambda
  {
    mistake: 'LambdaInvoke combines payloadResponseOnly with an invocation type', oracle: 'reference', code: 'PayloadResponseOnlyRestriction',
    build: (t, s) => new t.LambdaInvoke(s, 'Task', { lambdaFunction: fn(s), payloadResponseOnly: true, invocationType: t.LambdaInvocationType.EVENT }),
    message: "The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', 'clientContext', or 'qualifier' are specified.",
    names: ['payloadResponseOnly', 'invocationType'],
  },

  // SageMaker
  {
    mistake: 'SageMakerCreateEndpointConfig gets no production variant', oracle: 'reference', code: 'SpecifyProductionVariantsPerEndpoint',
    build: (t, s) => endpointConfig(t, s, []),
    message: 'Must specify from 1 to 10 production variants per endpoint configuration', names: ['production variants', '1 to 10'],
  },
  {
    mistake: 'a SageMakerCreateEndpointConfig variant starts with a negative instance count', oracle: 'reference', code: 'DefineLeastOneInstance',
    build: (t, s) => endpointConfig(t, s, [{ ...VARIANT, initialInstanceCount: -1 }]),
    message: 'Must define at least one instance', names: ['instance'],
  },
  {
    mistake: 'a SageMakerCreateEndpointConfig variant has a negative weight', oracle: 'reference', code: 'InitialVariantWeightMinimumValue',
    build: (t, s) => endpointConfig(t, s, [{ ...VARIANT, initialVariantWeight: -1 }]),
    message: 'InitialVariantWeight has minimum value of 0', names: ['InitialVariantWeight', '0'],
  },
  {
    mistake: 'SageMakerCreateTrainingJob names neither an algorithm nor a training image', oracle: 'reference', code: 'DefineAlgorithmNameTrainingImage',
    build: (t, s) => trainingJob(t, s, {}),
    message: 'Must define either an algorithm name or training image URI in the algorithm specification',
    names: ['algorithm name', 'training image', 'algorithm specification'],
  },
  {
    mistake: 'SageMakerCreateTrainingJob names both an algorithm and a training image', oracle: 'reference', code: 'CannotDefineAlgorithmNameTraining',
    build: (t, s) => trainingJob(t, s, { algorithmName: 'BlazingText', trainingImage: t.DockerImage.fromRegistry('img') }),
    message: 'Cannot define both an algorithm name and training image URI in the algorithm specification',
    names: ['algorithm name', 'training image', 'algorithm specification'],
  },
  {
    mistake: 'SageMakerCreateTrainingJob gets an algorithm name of 171 characters', oracle: 'reference', code: 'AlgorithmNameLength',
    build: (t, s) => trainingJob(t, s, { algorithmName: 'a'.repeat(171) }),
    message: 'Algorithm name length must be between 1 and 170, but got 171', names: ['Algorithm name', 'got 171'],
  },
  {
    mistake: 'SageMakerCreateTrainingJob gets an algorithm name with an underscore', oracle: 'reference', code: 'ExpectedAlgorithmNameMatchPattern',
    build: (t, s) => trainingJob(t, s, { algorithmName: 'my_algorithm' }),
    message: 'Expected algorithm name to match pattern ^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$, '
      + 'but got my_algorithm',
    names: ['algorithm name', 'my_algorithm'],
  },
  {
    mistake: 'SageMakerCreateTransformJob retries invocations 4 times', oracle: 'reference', code: 'InvocationsMaxRetriesReceived',
    build: (t, s) => render(transformJob(t, s, { invocationsMaxRetries: 4 })),
    message: 'invocationsMaxRetries should be between 0 and 3. Received: 4.', names: ['invocationsMaxRetries', 'Received: 4'],
  },
  {
    mistake: 'SageMakerCreateTransformJob gives invocations 3601 seconds', oracle: 'reference', code: 'InvocationsTimeoutSecondsReceived',
    build: (t, s) => render(transformJob(t, s, { invocationsTimeout: cdk.Duration.seconds(3601) })),
    message: 'invocationsTimeout should be between 1 and 3600 seconds. Received: 3601.', names: ['invocationsTimeout', 'Received: 3601'],
  },

  // SNS
  {
    mistake: 'SnsPublish to a FIFO topic has no message group id', oracle: 'reference', code: 'MessageGroupIdRequiredForFifoTopics',
    build: (t, s) => new t.SnsPublish(s, 'Task', { topic: fifoTopic(s), message: text('hi'), messageDeduplicationId: 'd' }),
    message: "'messageGroupId' is required for FIFO topics", names: ['messageGroupId', 'FIFO'],
  },
  {
    mistake: 'SnsPublish gets a message group id of 129 characters', oracle: 'reference', code: 'MessageGroupIdMustBeAtMost128Characters',
    build: (t, s) => new t.SnsPublish(s, 'Task', { topic: fifoTopic(s), message: text('hi'), messageGroupId: 'g'.repeat(129), messageDeduplicationId: 'd' }),
    message: "'messageGroupId' must be at most 128 characters long, got 129", names: ['messageGroupId', 'got 129'],
  },
  {
    mistake: 'SnsPublish to a FIFO topic without content deduplication has no deduplication id', oracle: 'reference',
    code: 'MessageDeduplicationIdRequiredForFifoTopics',
    build: (t, s) => new t.SnsPublish(s, 'Task', { topic: fifoTopic(s), message: text('hi'), messageGroupId: 'g' }),
    message: "'messageDeduplicationId' is required for FIFO topics with 'contentBasedDeduplication' disabled",
    names: ['messageDeduplicationId', 'contentBasedDeduplication'],
  },
  {
    mistake: 'SnsPublish gets a deduplication id of 129 characters', oracle: 'reference', code: 'MessageDeduplicationIdMustBeAtMost128Characters',
    build: (t, s) => new t.SnsPublish(s, 'Task', { topic: fifoTopic(s, true), message: text('hi'), messageGroupId: 'g', messageDeduplicationId: 'd'.repeat(129) }),
    message: "'messageDeduplicationId' must be at most 128 characters long, got 129", names: ['messageDeduplicationId', 'got 129'],
  },
  {
    mistake: 'an SnsPublish array attribute is given a type other than String.Array', oracle: 'reference', code: 'RequestedMessageAttributeTypeInvalid',
    build: (t, s) => snsAttribute(t, s, { value: ['x', 'y'], dataType: t.MessageAttributeDataType.STRING }),
    message: 'Requested SNS message attribute type was String but x,y was of type Array', names: ['attribute type', 'String', 'x,y'],
  },
  {
    mistake: 'an SnsPublish array attribute is given the type String.Array', oracle: 'reference', code: 'RequestedMessageAttributeTypeInvalidForArray',
    build: (t, s) => snsAttribute(t, s, { value: ['x'], dataType: t.MessageAttributeDataType.STRING_ARRAY }),
    message: 'Requested SNS message attribute type was object but Array values must be one of string,boolean,number',
    names: ['attribute type', 'Array values'],
  },
  {
    mistake: 'an SnsPublish string attribute is given the type Number', oracle: 'reference', code: 'Error',
    build: (t, s) => snsAttribute(t, s, { value: 'four', dataType: t.MessageAttributeDataType.NUMBER }),
    message: 'Requested SNS message attribute type was Number but four was of type string', names: ['attribute type', 'Number', 'four'], error: 'Error',
  },

  // Step Functions
  {
    mistake: 'StepFunctionsStartExecution associates with its parent but takes its input from a path', oracle: 'reference', code: 'CouldEnableBecauseTaken',
    build: (t, s) => new t.StepFunctionsStartExecution(s, 'Task', { stateMachine: child(s), associateWithParent: true, input: sfn.TaskInput.fromJsonPathAt('$.input') }),
    message: 'Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use `sfn.TaskInput.fromObject` instead.',
    names: ['associateWithParent', 'input'], path: 'Stack',
  },
];

/** A row for one problem of a collected error (`<what>: <problem>`), a check of ours alone. */
function problem(code: string, what: string, mistake: string, build: Builder, found: string, names: string[], extra: Partial<Row> = {}): Row {
  return { mistake, oracle: 'ours', code, build, message: `${what}: ${found}`, names, ...extra };
}

/** A class that is ours alone, looked up by name so that the table compiles before the class lands. */
function beyond(t: Tasks, name: string): any {
  return (t as any)[name];
}

const APP_ID = '00f1abcdexample';
const sparkDriver = (t: Tasks) => t.EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py' });
const emrServerlessApp = (t: Tasks, s: cdk.Stack, extra: object) =>
  new t.EmrServerlessCreateApplication(s, 'Task', { releaseLabel: 'emr-7.0.0', type: t.EmrServerlessApplicationType.SPARK, ...extra });
const emrServerlessRun = (t: Tasks, s: cdk.Stack, extra: object) =>
  new t.EmrServerlessStartJobRun(s, 'Task', { applicationId: APP_ID, executionRole: role(s), jobDriver: sparkDriver(t), ...extra });
const eksCluster = (t: Tasks, s: cdk.Stack, extra: object = {}, vpcConfig: object = {}) => new (beyond(t, 'EksCreateCluster'))(s, 'Task', {
  clusterName: 'my-cluster', role: role(s), vpcConfig: { subnetIds: ['subnet-1', 'subnet-2'], ...vpcConfig }, ...extra,
});
const eksNodegroup = (t: Tasks, s: cdk.Stack, extra: object) => new (beyond(t, 'EksCreateNodegroup'))(s, 'Task', {
  clusterName: 'my-cluster', nodegroupName: 'workers', nodeRole: role(s), subnetIds: ['subnet-1'], ...extra,
});
const eksFargateProfile = (t: Tasks, s: cdk.Stack, selectors: object[]) => new (beyond(t, 'EksCreateFargateProfile'))(s, 'Task', {
  clusterName: 'my-cluster', fargateProfileName: 'profile', podExecutionRole: role(s), selectors,
});
const eksRunJob = (t: Tasks, s: cdk.Stack, cluster: eks.ICluster, extra: object = {}) => new (beyond(t, 'EksRunJob'))(s, 'Task', {
  cluster, job: sfn.TaskInput.fromObject({ apiVersion: 'batch/v1', kind: 'Job' }), ...extra,
});
const eksClusterWith = (s: cdk.Stack, attributes: object) => eks.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'my-cluster', ...attributes });

/** A processing job; a function among `extra`'s values is called for the value, so it can build resources. */
const processingJob = (t: Tasks, s: cdk.Stack, extra: Record<string, unknown> = {}) => {
  const given = Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, typeof value === 'function' ? value(t, s) : value]));
  const resources = given.processingResources
    ? { instanceCount: 1, instanceType: new ec2.InstanceType('m5.xlarge'), volumeSize: cdk.Size.gibibytes(10), ...given.processingResources as object }
    : undefined;
  return new (beyond(t, 'SageMakerCreateProcessingJob'))(s, 'Task', {
    processingJobName: 'MyProcessingJob',
    role: role(s),
    ...given,
    appSpecification: { image: t.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/processor:latest'), ...given.appSpecification as object },
    processingResources: resources,
  });
};
const processingInput = (t: Tasks, inputName: string, localPath = `/opt/ml/processing/${inputName}`) =>
  ({ inputName, s3Input: { s3Location: t.S3Location.fromJsonExpression('$.in'), localPath } });
const processingOutput = (t: Tasks, outputName: string) =>
  ({ outputName, s3Output: { s3Location: t.S3Location.fromJsonExpression('$.out'), localPath: `/opt/ml/processing/${outputName}` } });

/** A tuning job of ours with valid props but those in `extra`. */
const tuningJob = (t: Tasks, s: cdk.Stack, extra: object = {}) => new t.SageMakerCreateHyperParameterTuningJob(s, 'Task', {
  hyperParameterTuningJobName: 'MyTuningJob',
  role: role(s),
  resourceLimits: { maxNumberOfTrainingJobs: 20, maxParallelTrainingJobs: 2 },
  algorithmSpecification: { algorithmName: 'BlazingText' },
  outputDataConfig: { s3OutputLocation: t.S3Location.fromJsonExpression('$.output') },
  ...extra,
});
/** A labeling job of ours with valid props but those in `extra`, and the human task settings in `human`. */
const labelingJob = (t: Tasks, s: cdk.Stack, extra: object = {}, human: object = {}) => new t.SageMakerCreateLabelingJob(s, 'Task', {
  labelingJobName: 'example-job-name',
  labelAttributeName: 'Categories',
  role: role(s),
  inputConfig: { manifest: t.S3Location.fromJsonExpression('$.manifest') },
  outputConfig: { s3OutputLocation: t.S3Location.fromJsonExpression('$.output') },
  humanTaskConfig: {
    workteamArn: 'arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/team',
    uiTemplate: t.S3Location.fromJsonExpression('$.template'),
    taskTitle: 'Classify short bits of text',
    taskDescription: 'Classify the following text',
    numberOfHumanWorkersPerDataObject: 1,
    taskTimeLimit: cdk.Duration.minutes(5),
    ...human,
  },
  ...extra,
});
const NAME_PATTERN = 'must be letters, digits and hyphens, starting and ending with a letter or digit';

const EMR_APP = 'Invalid EMR Serverless application';
const EMR_RUN = 'Invalid EMR Serverless job run';

/** The checks of the integrations aws-cdk-lib does not have: the exact message is ours. */
const OUR_ROWS: Row[] = [
  {
    mistake: 'an integration of ours is given an integration pattern its API does not support', oracle: 'ours', code: 'UnsupportedServiceIntegrationPatternSupported',
    build: (t, s) => new t.EmrServerlessCancelJobRun(s, 'Task', { applicationId: APP_ID, jobRunId: 'run1', integrationPattern: WAIT }),
    message: `${PATTERN} REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN`, names: ['integration pattern', 'WAIT_FOR_TASK_TOKEN'],
    error: 'UnscopedValidationError',
  },
  // Batch
  {
    mistake: 'BatchSubmitJob scopes its policy to a job definition given as a JSONPath', oracle: 'ours', code: 'ScopedPolicyNeedsJobDefinitionArn',
    build: (t, s) => submitJob(t, s, { jobDefinitionArn: sfn.JsonPath.stringAt('$.jobDefinition'), scopePolicyToJobDefinition: true }),
    message: 'scopePolicyToJobDefinition needs a jobDefinitionArn known at synthesis, not a JSONPath or JSONata value',
    names: ['scopePolicyToJobDefinition', 'jobDefinitionArn', 'JSONPath or JSONata'],
  },

  // AWS SDK
  {
    mistake: 'CallAwsService leaves the call\'s permission to the user and still names iamResources', oracle: 'ours', code: 'IamPermissionsNotGranted',
    build: (t, s) => new t.CallAwsService(s, 'Task', { service: 's3', action: 'getObject', iamResources: ['*'], grantIamPermissions: false } as any),
    message: 'grantIamPermissions: false grants no statement for the call, so iamResources would be ignored: pass iamResources: [] and no iamAction',
    names: ['grantIamPermissions', 'iamResources'],
  },
  {
    mistake: 'CallAwsServiceCrossRegion leaves the call\'s permission to the user and still names iamAction', oracle: 'ours', code: 'IamPermissionsNotGranted',
    build: (t, s) => new t.CallAwsServiceCrossRegion(s, 'Task', {
      region: 'eu-west-1', service: 's3', action: 'getObject', iamResources: [], iamAction: 's3:GetObject', grantIamPermissions: false,
    } as any),
    message: 'grantIamPermissions: false grants no statement for the call, so iamAction would be ignored: pass iamResources: [] and no iamAction',
    names: ['grantIamPermissions', 'iamAction'],
  },

  // EMR Serverless
  problem('InvalidEmrServerlessApplicationId', 'Invalid EMR Serverless application ID', 'EmrServerlessStartApplication gets an empty applicationId',
    (t, s) => new t.EmrServerlessStartApplication(s, 'Task', { applicationId: '' }),
    'applicationId must be 1 to 64 characters long, got 0', ['applicationId', 'got 0']),
  problem('InvalidEmrServerlessApplicationId', 'Invalid EMR Serverless application ID', 'EmrServerlessStopApplication gets an applicationId with capitals',
    (t, s) => new t.EmrServerlessStopApplication(s, 'Task', { applicationId: 'App1' }),
    "applicationId must be lowercase letters and digits only, got 'App1'", ['applicationId', "'App1'"]),
  problem('InvalidEmrServerlessCancelJobRun', 'Invalid EMR Serverless job run cancellation', 'EmrServerlessCancelJobRun gets a jobRunId of 65 characters',
    (t, s) => new t.EmrServerlessCancelJobRun(s, 'Task', { applicationId: APP_ID, jobRunId: 'r'.repeat(65) }),
    'jobRunId must be 1 to 64 characters long, got 65', ['jobRunId', 'got 65']),
  problem('InvalidEmrServerlessCancelJobRun', 'Invalid EMR Serverless job run cancellation', 'EmrServerlessCancelJobRun gets a jobRunId with an underscore',
    (t, s) => new t.EmrServerlessCancelJobRun(s, 'Task', { applicationId: APP_ID, jobRunId: 'run_1' }),
    "jobRunId must be lowercase letters and digits only, got 'run_1'", ['jobRunId', "'run_1'"]),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets an empty releaseLabel',
    (t, s) => emrServerlessApp(t, s, { releaseLabel: '' }), 'releaseLabel must be 1 to 64 characters long, got 0', ['releaseLabel', 'got 0']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets a releaseLabel with a space',
    (t, s) => emrServerlessApp(t, s, { releaseLabel: 'emr 7' }), "releaseLabel must be letters, digits and . _ / - only, got 'emr 7'", ['releaseLabel', "'emr 7'"]),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets a name of 65 characters',
    (t, s) => emrServerlessApp(t, s, { name: 'n'.repeat(65) }), 'name must be 1 to 64 characters long, got 65', ['name', 'got 65']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets a name with a space',
    (t, s) => emrServerlessApp(t, s, { name: 'my app' }), "name must be letters, digits and . _ / # - only, got 'my app'", ['name', "'my app'"]),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets an idle timeout of 8 days',
    (t, s) => emrServerlessApp(t, s, { idleTimeout: cdk.Duration.days(8) }),
    'idleTimeout (minutes) must be a whole number from 1 to 10080, got 11520', ['idleTimeout', 'got 11520']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets an idle timeout with autoStop false',
    (t, s) => emrServerlessApp(t, s, { autoStop: false, idleTimeout: cdk.Duration.minutes(15) }),
    'idleTimeout needs autoStop, which is false', ['idleTimeout', 'autoStop']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets initial capacity for an empty worker type',
    (t, s) => emrServerlessApp(t, s, { initialCapacity: { '': { workerCount: 1, cpu: '1vCPU', memory: '2GB' } } }),
    'initialCapacity worker type must be 1 to 50 characters long, got 0', ['initialCapacity worker type', 'got 0']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets initial capacity of no worker',
    (t, s) => emrServerlessApp(t, s, { initialCapacity: { Driver: { workerCount: 0, cpu: '1vCPU', memory: '2GB' } } }),
    'initialCapacity.Driver.workerCount must be a whole number from 1 to 1000000, got 0', ['initialCapacity.Driver.workerCount', 'got 0']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication gets a client token of 65 characters',
    (t, s) => emrServerlessApp(t, s, { clientToken: 'c'.repeat(65) }), 'clientToken must be 1 to 64 characters long, got 65', ['clientToken', 'got 65']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'EmrServerlessCreateApplication names a log group with CloudWatch logging off',
    (t, s) => emrServerlessApp(t, s, { monitoring: { cloudWatchLogging: false, logGroupName: '/apps' } }),
    'monitoring: logGroupName and logStreamNamePrefix need cloudWatchLogging, which is false', ['monitoring', 'logGroupName', 'cloudWatchLogging']),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'an EmrServerlessCreateApplication tag key ends in .$ but holds a literal',
    (t, s) => emrServerlessApp(t, s, { tags: { 'team.$': 'data' } }),
    "tags key 'team.$' ends in .$, which Step Functions keeps for a path or intrinsic function, but its value is 'data'", ['tags', "'team.$'", "'data'"]),
  problem('InvalidEmrServerlessApplication', EMR_APP, 'an EmrServerlessCreateApplication runtime property key ends in .$ but holds a literal',
    (t, s) => emrServerlessApp(t, s, { runtimeConfiguration: [{ classification: 'spark-defaults', properties: { 'spark.executor.memory.$': '4g' } }] }),
    "runtimeConfiguration[0].properties key 'spark.executor.memory.$' ends in .$, which Step Functions keeps for a path or intrinsic function, "
      + "but its value is '4g'", ['runtimeConfiguration[0].properties', "'spark.executor.memory.$'", "'4g'"]),
  {
    mistake: 'EmrServerlessCreateApplication gets a network configuration without subnets or security groups', oracle: 'ours',
    code: 'EmptyEmrServerlessNetworkConfiguration',
    build: (t, s) => emrServerlessApp(t, s, { networkConfiguration: {} }),
    message: 'networkConfiguration needs at least one subnet or security group; leave it unset for no VPC access', names: ['networkConfiguration', 'subnet', 'security group'],
  },
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'EmrServerlessStartJobRun gets a name of 257 characters',
    (t, s) => emrServerlessRun(t, s, { name: 'n'.repeat(257) }), 'name must be 1 to 256 characters long, got 257', ['name', 'got 257']),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'EmrServerlessStartJobRun gets an execution timeout past a million minutes',
    (t, s) => emrServerlessRun(t, s, { executionTimeout: cdk.Duration.minutes(1000001) }),
    'executionTimeout (minutes) must be a whole number from 0 to 1000000, got 1000001', ['executionTimeout', 'got 1000001']),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'EmrServerlessStartJobRun gets an empty client token',
    (t, s) => emrServerlessRun(t, s, { clientToken: '' }), 'clientToken must be 1 to 64 characters long, got 0', ['clientToken', 'got 0']),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'EmrServerlessStartJobRun gets a client token with a space',
    (t, s) => emrServerlessRun(t, s, { clientToken: 'has space' }),
    "clientToken must be letters, digits, periods, underscores and hyphens only, got 'has space'", ['clientToken', "'has space'"]),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'EmrServerlessStartJobRun names a log stream prefix with CloudWatch logging off',
    (t, s) => emrServerlessRun(t, s, { monitoring: { cloudWatchLogging: false, logStreamNamePrefix: 'run' } }),
    'monitoring: logGroupName and logStreamNamePrefix need cloudWatchLogging, which is false', ['monitoring', 'logStreamNamePrefix', 'cloudWatchLogging']),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'an EmrServerlessStartJobRun tag key ends in .$ but holds a literal',
    (t, s) => emrServerlessRun(t, s, { tags: { 'owner.$': 'me' } }),
    "tags key 'owner.$' ends in .$, which Step Functions keeps for a path or intrinsic function, but its value is 'me'", ['tags', "'owner.$'", "'me'"]),
  problem('InvalidEmrServerlessStartJobRun', EMR_RUN, 'a nested EmrServerlessStartJobRun property key ends in .$ but holds a literal',
    (t, s) => emrServerlessRun(t, s, {
      applicationConfiguration: [{ classification: 'spark-env', configurations: [{ classification: 'export', properties: { 'JAVA_HOME.$': '/usr/lib/jvm' } }] }],
    }),
    "applicationConfiguration[0].configurations[0].properties key 'JAVA_HOME.$' ends in .$, which Step Functions keeps for a path or intrinsic function, "
      + "but its value is '/usr/lib/jvm'", ['applicationConfiguration[0].configurations[0].properties', "'JAVA_HOME.$'", "'/usr/lib/jvm'"]),
  problem('InvalidEmrServerlessSparkSubmit', 'Invalid Spark job driver', 'EmrServerlessJobDriver.sparkSubmit gets an empty entry point',
    (t) => {
      t.EmrServerlessJobDriver.sparkSubmit({ entryPoint: '' });
    },
    'entryPoint must be 1 to 256 characters long, got 0', ['entryPoint', 'got 0'], { error: 'UnscopedValidationError' }),
  problem('InvalidEmrServerlessSparkSubmit', 'Invalid Spark job driver', 'EmrServerlessJobDriver.sparkSubmit gets an empty entry point argument',
    (t) => {
      t.EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://b/job.py', entryPointArguments: ['ok', ''] });
    },
    'entryPointArguments[1] must be 1 to 10280 characters long, got 0', ['entryPointArguments[1]', 'got 0'], { error: 'UnscopedValidationError' }),
  problem('InvalidEmrServerlessSparkSubmit', 'Invalid Spark job driver', 'EmrServerlessJobDriver.sparkSubmit gets empty spark submit parameters',
    (t) => {
      t.EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://b/job.py', sparkSubmitParameters: '' });
    },
    'sparkSubmitParameters must be 1 to 102400 characters long, got 0', ['sparkSubmitParameters', 'got 0'], { error: 'UnscopedValidationError' }),
  problem('InvalidEmrServerlessHive', 'Invalid Hive job driver', 'EmrServerlessJobDriver.hive gets an empty query',
    (t) => {
      t.EmrServerlessJobDriver.hive({ query: '' });
    },
    'query must be 1 to 10280 characters long, got 0', ['query', 'got 0'], { error: 'UnscopedValidationError' }),
  problem('InvalidEmrServerlessHive', 'Invalid Hive job driver', 'EmrServerlessJobDriver.hive gets an init query file of 257 characters',
    (t) => {
      t.EmrServerlessJobDriver.hive({ query: 'SELECT 1', initQueryFile: 'f'.repeat(257) });
    },
    'initQueryFile must be 1 to 256 characters long, got 257', ['initQueryFile', 'got 257'], { error: 'UnscopedValidationError' }),
  problem('InvalidEmrServerlessHive', 'Invalid Hive job driver', 'EmrServerlessJobDriver.hive gets empty parameters',
    (t) => {
      t.EmrServerlessJobDriver.hive({ query: 'SELECT 1', parameters: '' });
    },
    'parameters must be 1 to 102400 characters long, got 0', ['parameters', 'got 0'], { error: 'UnscopedValidationError' }),

  // EKS
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets a cluster name of 101 characters',
    (t, s) => eksCluster(t, s, { clusterName: 'c'.repeat(101) }), 'clusterName must be 1 to 100 characters long, got 101', ['clusterName', 'got 101'],
    { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets a cluster name starting with a hyphen',
    (t, s) => eksCluster(t, s, { clusterName: '-cluster' }),
    "clusterName must be letters, digits, hyphens and underscores, starting with a letter or digit, got '-cluster'", ['clusterName', "'-cluster'"],
    { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets no subnet',
    (t, s) => eksCluster(t, s, {}, { subnetIds: [] }), 'vpcConfig.subnetIds must list at least one subnet', ['vpcConfig.subnetIds'],
    { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets six security groups',
    (t, s) => eksCluster(t, s, {}, { securityGroupIds: ['1', '2', '3', '4', '5', '6'].map((n) => `sg-${n}`) }),
    'vpcConfig.securityGroupIds may list at most 5 security groups, got 6', ['vpcConfig.securityGroupIds', 'got 6'], { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster turns off both the public and the private endpoint',
    (t, s) => eksCluster(t, s, {}, { endpointPublicAccess: false, endpointPrivateAccess: false }),
    'vpcConfig must leave the endpoint reachable: endpointPublicAccess and endpointPrivateAccess cannot both be false',
    ['endpointPublicAccess', 'endpointPrivateAccess'], { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets public access CIDRs for a private endpoint',
    (t, s) => eksCluster(t, s, {}, { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
    'vpcConfig.publicAccessCidrs needs endpointPublicAccess', ['vpcConfig.publicAccessCidrs', 'endpointPublicAccess'], { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateCluster', 'Invalid EKS cluster', 'EksCreateCluster gets a service IPv4 CIDR for an IPv6 cluster',
    (t, s) => eksCluster(t, s, { serviceIpv4Cidr: '10.100.0.0/16', ipFamily: eks.IpFamily.IP_V6 }),
    'serviceIpv4Cidr applies to IPv4 clusters only, not with ipFamily IP_V6', ['serviceIpv4Cidr', 'ipFamily IP_V6'], { requires: 'EksCreateCluster' }),
  problem('InvalidEksCreateFargateProfile', 'Invalid EKS Fargate profile', 'EksCreateFargateProfile gets no selector',
    (t, s) => eksFargateProfile(t, s, []), 'selectors must list 1 to 5 selectors, got 0', ['selectors', 'got 0'], { requires: 'EksCreateFargateProfile' }),
  problem('InvalidEksCreateFargateProfile', 'Invalid EKS Fargate profile', 'an EksCreateFargateProfile selector has six labels',
    (t, s) => eksFargateProfile(t, s, [{ namespace: 'default', labels: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, 'v'])) }]),
    'selectors[0].labels may hold at most 5 labels, got 6', ['selectors[0].labels', 'got 6'], { requires: 'EksCreateFargateProfile' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets no subnet',
    (t, s) => eksNodegroup(t, s, { subnetIds: [] }), 'subnetIds must list at least one subnet', ['subnetIds'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a negative minimum size',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { minSize: -1 } }), 'scalingConfig.minSize must be a whole number of at least 0, got -1',
    ['scalingConfig.minSize', 'got -1'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a maximum size of 0',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { maxSize: 0 } }), 'scalingConfig.maxSize must be a whole number of at least 1, got 0',
    ['scalingConfig.maxSize', 'got 0'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a fractional desired size',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { desiredSize: 1.5 } }), 'scalingConfig.desiredSize must be a whole number of at least 0, got 1.5',
    ['scalingConfig.desiredSize', 'got 1.5'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a minimum size above its maximum',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { minSize: 3, maxSize: 2 } }), 'scalingConfig.minSize (3) must not exceed maxSize (2)',
    ['scalingConfig.minSize (3)', 'maxSize (2)'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a desired size below its minimum',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { minSize: 2, desiredSize: 1 } }), 'scalingConfig.desiredSize (1) must not be below minSize (2)',
    ['scalingConfig.desiredSize (1)', 'minSize (2)'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a desired size above its maximum',
    (t, s) => eksNodegroup(t, s, { scalingConfig: { maxSize: 2, desiredSize: 3 } }), 'scalingConfig.desiredSize (3) must not exceed maxSize (2)',
    ['scalingConfig.desiredSize (3)', 'maxSize (2)'], { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksCreateNodegroup', 'Invalid EKS node group', 'EksCreateNodegroup gets a disk size and a launch template',
    (t, s) => eksNodegroup(t, s, { diskSize: cdk.Size.gibibytes(20), launchTemplate: { id: 'lt-123' } }),
    'diskSize cannot be combined with launchTemplate: set the volume size in the launch template', ['diskSize', 'launchTemplate'],
    { requires: 'EksCreateNodegroup' }),
  problem('InvalidEksRunJob', 'Invalid EKS job', 'EksRunJob asks for logs without waiting for the job',
    (t, s) => eksRunJob(t, s, eksClusterWith(s, { clusterEndpoint: 'https://example.eks.amazonaws.com', clusterCertificateAuthorityData: 'ca' }), {
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, logOptions: { retrieveLogs: true },
    }),
    'logOptions needs IntegrationPattern.RUN_JOB: logs are fetched once the job has finished', ['logOptions', 'RUN_JOB'], { requires: 'EksRunJob' }),
  {
    mistake: 'EksRunJob gets an imported cluster without its endpoint', oracle: 'ours', code: 'MustBeClusterendpointPropertySpecified',
    build: (t, s) => eksRunJob(t, s, eksClusterWith(s, {})),
    message: 'The "clusterEndpoint" property must be specified when using an imported Cluster.', names: ['clusterEndpoint', 'imported Cluster'],
    requires: 'EksRunJob',
  },
  {
    mistake: 'EksRunJob gets an imported cluster without its certificate authority data', oracle: 'ours', code: 'ClusterCertificateAuthorityDataProperty',
    build: (t, s) => eksRunJob(t, s, eksClusterWith(s, { clusterEndpoint: 'https://example.eks.amazonaws.com' })),
    message: 'The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.',
    names: ['clusterCertificateAuthorityData', 'imported Cluster'], requires: 'EksRunJob',
  },

  // SageMaker
  {
    mistake: 'SageMakerCreateProcessingJob adds a security group without vpcConfig', oracle: 'ours', code: 'SecurityGroupWithoutVpc',
    build: (t, s) => processingJob(t, s).addSecurityGroup(ec2.SecurityGroup.fromSecurityGroupId(s, 'Group', 'sg-123')),
    message: 'Cannot add a security group to a processing job without vpcConfig', names: ['security group', 'vpcConfig'],
    requires: 'SageMakerCreateProcessingJob',
  },
  ...([
    ['a processing job name of 64 characters', { processingJobName: 'p'.repeat(64) }, 'processingJobName must be 1 to 63 characters long, got 64; '
      + `processingJobName must be letters, digits and hyphens, starting and ending with a letter or digit, got '${'p'.repeat(64)}'`,
    ['processingJobName', 'got 64']],
    ['a processing job name ending in a hyphen', { processingJobName: 'job-' },
      "processingJobName must be letters, digits and hyphens, starting and ending with a letter or digit, got 'job-'", ['processingJobName', "'job-'"]],
    ['an empty container entry point', { appSpecification: { containerEntrypoint: [] } },
      'appSpecification.containerEntrypoint must list 1 to 100 entries, got 0', ['appSpecification.containerEntrypoint', 'got 0']],
    ['257 container arguments', { appSpecification: { containerArguments: Array(257).fill('a') } },
      'appSpecification.containerArguments must list 1 to 256 entries, got 257', ['appSpecification.containerArguments', 'got 257']],
    ['11 processing inputs', { processingInputs: (t: Tasks) => Array.from({ length: 11 }, (_, i) => processingInput(t, `in${i}`)) },
      'processingInputs must list 0 to 10 entries, got 11', ['processingInputs', 'got 11']],
    ['11 processing outputs', { processingOutputConfig: (t: Tasks) => ({ outputs: Array.from({ length: 11 }, (_, i) => processingOutput(t, `out${i}`)) }) },
      'processingOutputConfig.outputs must list 0 to 10 entries, got 11', ['processingOutputConfig.outputs', 'got 11']],
    ['two processing inputs of one name', { processingInputs: (t: Tasks) => [processingInput(t, 'data'), processingInput(t, 'data')] },
      'processingInputs must have unique names, repeated: data', ['processingInputs', 'repeated: data']],
    ['two processing outputs of one name', { processingOutputConfig: (t: Tasks) => ({ outputs: [processingOutput(t, 'out'), processingOutput(t, 'out')] }) },
      'processingOutputConfig.outputs must have unique names, repeated: out', ['processingOutputConfig.outputs', 'repeated: out']],
    ['an input outside /opt/ml/processing/', { processingInputs: (t: Tasks) => [processingInput(t, 'data', '/tmp/data')] },
      "localPath must be under /opt/ml/processing/, got '/tmp/data'", ['localPath', "'/tmp/data'"]],
    ['101 processing instances', { processingResources: { instanceCount: 101 } },
      'processingResources.instanceCount must be a whole number from 1 to 100, got 101', ['processingResources.instanceCount', 'got 101']],
    ['a volume of 16385 GiB', { processingResources: { volumeSize: cdk.Size.gibibytes(16385) } },
      'processingResources.volumeSize (GiB) must be a whole number from 1 to 16384, got 16385', ['processingResources.volumeSize', 'got 16385']],
    ['a maximum run time of 10 days', { stoppingCondition: { maxRuntime: cdk.Duration.days(10) } },
      'stoppingCondition.maxRuntime (seconds) must be a whole number from 1 to 777600, got 864000', ['stoppingCondition.maxRuntime', 'got 864000']],
    ['101 environment variables', { environment: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`V${i}`, 'v'])) },
      'environment may hold at most 100 variables, got 101', ['environment', 'got 101']],
  ] as Array<[string, Record<string, unknown>, string, string[]]>).map(([mistake, extra, found, names]) =>
    problem('InvalidSageMakerProcessingJob', 'Invalid SageMaker processing job', `SageMakerCreateProcessingJob gets ${mistake}`,
      (t, s) => processingJob(t, s, extra), found, names, { requires: 'SageMakerCreateProcessingJob' })),
  {
    mistake: 'SageMakerCreateHyperParameterTuningJob adds a security group without vpcConfig', oracle: 'ours', code: 'SecurityGroupWithoutVpc',
    build: (t, s) => tuningJob(t, s).addSecurityGroup(ec2.SecurityGroup.fromSecurityGroupId(s, 'Group', 'sg-123')),
    message: 'Cannot add a security group to a tuning job without vpcConfig', names: ['security group', 'tuning job', 'vpcConfig'],
  },
  ...([
    ['a tuning job name of 33 characters', { hyperParameterTuningJobName: 't'.repeat(33) },
      `hyperParameterTuningJobName must be 1 to 32 characters long, got 33; hyperParameterTuningJobName ${NAME_PATTERN}, got '${'t'.repeat(33)}'`,
      ['hyperParameterTuningJobName', 'got 33']],
    ['a tuning job name ending in a hyphen', { hyperParameterTuningJobName: 'tuning-' },
      `hyperParameterTuningJobName ${NAME_PATTERN}, got 'tuning-'`, ['hyperParameterTuningJobName', "'tuning-'"]],
    ['both an algorithm name and a training image', {
      algorithmSpecification: { algorithmName: 'BlazingText', trainingImage: ours.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/trainer') },
    }, 'algorithmSpecification takes an algorithmName or a trainingImage, not both', ['algorithmSpecification', 'algorithmName', 'trainingImage', 'not both']],
    ['neither an algorithm name nor a training image', { algorithmSpecification: {} },
      'algorithmSpecification needs an algorithmName or a trainingImage', ['algorithmSpecification', 'algorithmName', 'trainingImage']],
    ['no parallel training job', { resourceLimits: { maxParallelTrainingJobs: 0 } },
      'resourceLimits.maxParallelTrainingJobs must be a whole number from 1 to 100000, got 0', ['resourceLimits.maxParallelTrainingJobs', 'got 0']],
    ['100001 training jobs', { resourceLimits: { maxParallelTrainingJobs: 2, maxNumberOfTrainingJobs: 100001 } },
      'resourceLimits.maxNumberOfTrainingJobs must be a whole number from 1 to 100000, got 100001', ['resourceLimits.maxNumberOfTrainingJobs', 'got 100001']],
    ['a maximum run time of a minute', { resourceLimits: { maxParallelTrainingJobs: 2, maxRuntime: cdk.Duration.minutes(1) } },
      'resourceLimits.maxRuntime (seconds) must be a whole number from 120 to 15768000, got 60', ['resourceLimits.maxRuntime', 'got 60']],
    ['a number of training jobs with the Grid strategy', { strategy: ours.HyperParameterTuningStrategy.GRID },
      'resourceLimits.maxNumberOfTrainingJobs cannot be set with the Grid strategy, which runs every combination',
      ['resourceLimits.maxNumberOfTrainingJobs', 'Grid strategy']],
    ['an integer parameter range with the Grid strategy', {
      strategy: ours.HyperParameterTuningStrategy.GRID,
      resourceLimits: { maxParallelTrainingJobs: 2 },
      parameterRanges: { integerParameterRanges: [{ name: 'epochs', minValue: 1, maxValue: 10 }] },
    }, 'the Grid strategy takes categorical parameter ranges only', ['Grid strategy', 'categorical parameter ranges']],
    ['a continuous parameter range whose minimum is above its maximum', {
      parameterRanges: { continuousParameterRanges: [{ name: 'learning_rate', minValue: 0.5, maxValue: 0.1 }] },
    }, 'parameter range learning_rate has minValue 0.5 above maxValue 0.1', ['learning_rate', 'minValue 0.5', 'maxValue 0.1']],
    ['a categorical parameter range of no value', { parameterRanges: { categoricalParameterRanges: [{ name: 'optimizer', values: [] }] } },
      'categorical parameter range optimizer must list 1 to 30 values, got 0', ['optimizer', 'got 0']],
    ['six warm start parents', {
      warmStartConfig: { parentTuningJobNames: ['a', 'b', 'c', 'd', 'e', 'f'], warmStartType: ours.WarmStartType.TRANSFER_LEARNING },
    }, 'warmStartConfig.parentTuningJobNames must list 1 to 5 jobs, got 6', ['warmStartConfig.parentTuningJobNames', 'got 6']],
  ] as Array<[string, Record<string, unknown>, string, string[]]>).map(([mistake, extra, found, names]) =>
    problem('InvalidSageMakerTuningJob', 'Invalid SageMaker hyperparameter tuning job', `SageMakerCreateHyperParameterTuningJob gets ${mistake}`,
      (t, s) => tuningJob(t, s, extra), found, names)),
  ...([
    ['a labeling job name of 64 characters', { labelingJobName: 'l'.repeat(64) }, {},
      `labelingJobName must be 1 to 63 characters long, got 64; labelingJobName ${NAME_PATTERN}, got '${'l'.repeat(64)}'`, ['labelingJobName', 'got 64']],
    ['a labeling job name with an underscore', { labelingJobName: 'job_1' }, {},
      `labelingJobName ${NAME_PATTERN}, got 'job_1'`, ['labelingJobName', "'job_1'"]],
    ['a label attribute name of 128 characters', { labelAttributeName: 'a'.repeat(128) }, {},
      `labelAttributeName must be 1 to 127 characters long, got 128; labelAttributeName ${NAME_PATTERN}, got '${'a'.repeat(128)}'`,
      ['labelAttributeName', 'got 128']],
    ['a label attribute name with a space', { labelAttributeName: 'my labels' }, {},
      `labelAttributeName ${NAME_PATTERN}, got 'my labels'`, ['labelAttributeName', "'my labels'"]],
    ['automated data labeling in a streaming job', {
      inputConfig: { snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
      labelingJobAlgorithmsConfig: {
        labelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
      },
    }, {}, 'labelingJobAlgorithmsConfig cannot be used with inputConfig.snsTopicArn: streaming labeling jobs do not support automated data labeling',
    ['labelingJobAlgorithmsConfig', 'snsTopicArn', 'streaming']],
    ['neither a manifest nor an SNS topic as input', { inputConfig: {} }, {},
      'inputConfig needs a manifest, an snsTopicArn or both', ['inputConfig', 'manifest', 'snsTopicArn']],
    ['both a UI template and a human task UI', {}, { humanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/TextMultiClass' },
      'humanTaskConfig takes a uiTemplate or a humanTaskUiArn, not both', ['humanTaskConfig', 'uiTemplate', 'humanTaskUiArn', 'not both']],
    ['neither a UI template nor a human task UI', {}, { uiTemplate: undefined },
      'humanTaskConfig needs a uiTemplate or a humanTaskUiArn', ['humanTaskConfig', 'uiTemplate', 'humanTaskUiArn']],
    ['an empty task title', {}, { taskTitle: '' },
      'humanTaskConfig.taskTitle must be 1 to 128 characters long, got 0', ['humanTaskConfig.taskTitle', 'got 0']],
    ['a task description of 256 characters', {}, { taskDescription: 'd'.repeat(256) },
      'humanTaskConfig.taskDescription must be 1 to 255 characters long, got 256', ['humanTaskConfig.taskDescription', 'got 256']],
    ['an empty list of task keywords', {}, { taskKeywords: [] },
      'humanTaskConfig.taskKeywords must list 1 to 5 keywords, got 0', ['humanTaskConfig.taskKeywords', 'got 0']],
    ['ten workers per data object', {}, { numberOfHumanWorkersPerDataObject: 10 },
      'humanTaskConfig.numberOfHumanWorkersPerDataObject must be a whole number from 1 to 9, got 10',
      ['humanTaskConfig.numberOfHumanWorkersPerDataObject', 'got 10']],
    ['a task time limit of 29 seconds', {}, { taskTimeLimit: cdk.Duration.seconds(29) },
      'humanTaskConfig.taskTimeLimit (seconds) must be a whole number from 30 to 604800, got 29', ['humanTaskConfig.taskTimeLimit', 'got 29']],
    ['a task availability lifetime of 30 seconds', {}, { taskAvailabilityLifetime: cdk.Duration.seconds(30) },
      'humanTaskConfig.taskAvailabilityLifetime (seconds) must be a whole number from 60 to 864000, got 30',
      ['humanTaskConfig.taskAvailabilityLifetime', 'got 30']],
    ['5001 concurrent tasks', {}, { maxConcurrentTaskCount: 5001 },
      'humanTaskConfig.maxConcurrentTaskCount must be a whole number from 1 to 5000, got 5001', ['humanTaskConfig.maxConcurrentTaskCount', 'got 5001']],
    ['a maximum of no human-labeled object', { stoppingConditions: { maxHumanLabeledObjectCount: 0 } }, {},
      `stoppingConditions.maxHumanLabeledObjectCount must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}, got 0`,
      ['stoppingConditions.maxHumanLabeledObjectCount', 'got 0']],
    ['a stop at 101 percent of the input labeled', { stoppingConditions: { maxPercentageOfInputDatasetLabeled: 101 } }, {},
      'stoppingConditions.maxPercentageOfInputDatasetLabeled must be a whole number from 1 to 100, got 101',
      ['stoppingConditions.maxPercentageOfInputDatasetLabeled', 'got 101']],
  ] as Array<[string, Record<string, unknown>, Record<string, unknown>, string, string[]]>).map(([mistake, extra, human, found, names]) =>
    problem('InvalidSageMakerLabelingJob', 'Invalid SageMaker labeling job', `SageMakerCreateLabelingJob gets ${mistake}`,
      (t, s) => labelingJob(t, s, extra, human), found, names)),

  // CodeBuild
  problem('InvalidCodeBuildCall', 'Invalid CodeBuild stopBuild call', 'CodeBuildStopBuild gets an empty build ID',
    (t, s) => new (beyond(t, 'CodeBuildStopBuild'))(s, 'Task', { buildId: '' }), 'buildId must not be empty', ['buildId'], { requires: 'CodeBuildStopBuild' }),
  problem('InvalidCodeBuildCall', 'Invalid CodeBuild retryBuildBatch call', 'CodeBuildRetryBuildBatch gets an empty idempotency token',
    (t, s) => new (beyond(t, 'CodeBuildRetryBuildBatch'))(s, 'Task', { buildBatchId: 'project:batch', idempotencyToken: '' }),
    'idempotencyToken must not be empty', ['idempotencyToken'], { requires: 'CodeBuildRetryBuildBatch' }),
  problem('InvalidCodeBuildCall', 'Invalid CodeBuild batchDeleteBuilds call', 'CodeBuildBatchDeleteBuilds gets no build ID',
    (t, s) => new (beyond(t, 'CodeBuildBatchDeleteBuilds'))(s, 'Task', { ids: [] }), 'ids must hold 1 to 100 entries, got 0', ['ids', 'got 0'],
    { requires: 'CodeBuildBatchDeleteBuilds' }),
  problem('InvalidCodeBuildCall', 'Invalid CodeBuild batchDeleteBuilds call', 'CodeBuildBatchDeleteBuilds gets an empty build ID',
    (t, s) => new (beyond(t, 'CodeBuildBatchDeleteBuilds'))(s, 'Task', { ids: ['project:build', ''] }), 'ids[1] must not be empty', ['ids[1]'],
    { requires: 'CodeBuildBatchDeleteBuilds' }),
  problem('InvalidCodeBuildCall', 'Invalid CodeBuild batchGetReports call', 'CodeBuildBatchGetReports gets 101 report ARNs',
    (t, s) => new (beyond(t, 'CodeBuildBatchGetReports'))(s, 'Task', { reportArns: Array(101).fill('arn:aws:codebuild:us-east-1:123456789012:report/r') }),
    'reportArns must hold 1 to 100 entries, got 101', ['reportArns', 'got 101'], { requires: 'CodeBuildBatchGetReports' }),
];

const ROWS = [...REFERENCE_ROWS, ...OUR_ROWS].filter((row) => row.requires === undefined || row.requires in ours);

/** The error a row raises with our classes, built once per row. */
const errors = new Map<Row, Error | undefined>();
function errorOf(row: Row): Error | undefined {
  if (!errors.has(row)) {
    let error: Error | undefined;
    try {
      const stack = newStack(row.options);
      const definition = row.build(ours, stack);
      if (definition) {
        // A check made when the state machine is rendered needs the state machine.
        new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(definition) });
        Template.fromStack(stack);
      }
    } catch (thrown) {
      error = thrown as Error;
    }
    errors.set(row, error);
  }
  return errors.get(row);
}

const CLASSES = { ValidationError, UnscopedValidationError, Error, TypeError };

/** The site a frame of the error's stack names, if any. */
function sitesOf(error: Error, sites: ThrowSite[]): ThrowSite[] {
  const frames = libFrames(error);
  return sites.filter((site) => site.code === error.name
    && frames.some((frame) => frame.file === site.file && frame.line >= site.lines[0] && frame.line <= site.lines[1]));
}

/** The problems a collected error lists: its message after `<what>: `, split at `; `. */
function problemsOf(error: Error): string[] {
  const at = error.message.indexOf(': ');
  return at < 0 ? [] : error.message.slice(at + 2).split('; ');
}

describe('bad input', () => {
  const { sites, problems } = validationSites();

  describe.each(ROWS.map((row) => [row.mistake, row] as const))('throws when %s', (_mistake, row) => {
    test(`with ${row.code}, naming what is wrong and where`, () => {
      const error = errorOf(row);
      // THEN it throws, with the expected class, code and message
      expect(error).toBeDefined();
      const expectedClass = row.error ?? 'ValidationError';
      expect(error).toBeInstanceOf(CLASSES[expectedClass]);
      expect({ class: error!.constructor.name, name: error!.name, message: error!.message })
        .toEqual({ class: expectedClass, name: row.code, message: row.message });
      // what is wrong: the message names the prop, value or rule at fault
      expect(row.names.length).toBeGreaterThan(0);
      for (const name of row.names) {
        expect(error!.message).toContain(name);
      }
      // where: a scoped error names the task (or, as aws-cdk-lib does for a few, its parent)
      const constructPath = (error as any).constructPath;
      expect(constructPath).toEqual(expectedClass === 'ValidationError' ? row.path ?? 'Stack/Task' : undefined);
      // and it comes from a validation of lib/, not from somewhere else on the way
      expect(sitesOf(error!, sites).map((site) => `${site.file}:${site.lines[0]}`)).not.toEqual([]);
    });

    if (row.oracle === 'reference') {
      test('as aws-cdk-lib does, word for word', () => {
        expect(expectSameErrorAsReference(row.build, row.options)).toEqual(row.message);
      });
    }
  });

  test('accepts a key ending in .$ whose value is a path or an intrinsic function, which Step Functions resolves', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const run = emrServerlessRun(ours, stack, { tags: { 'team.$': '$.team', 'run.$': 'States.UUID()' } });
    new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(run) });
    // THEN
    expectValidDefinitions(Template.fromStack(stack).toJSON());
  });

  test('every throw site in lib/ is raised by some row', () => {
    const covered = new Set(ROWS.flatMap((row) => {
      const error = errorOf(row);
      return error ? sitesOf(error, sites) : [];
    }));
    const unreachable = (site: ThrowSite) => UNREACHABLE.some((u) => u.file === site.file && u.code === site.code);
    const missing = sites.filter((site) => !covered.has(site) && !unreachable(site));
    expect(missing.map((site) => `lib/${site.file}:${site.lines[0]} ${site.code}: ${site.text.slice(0, 160)}`)).toEqual([]);
  });

  test('every problem a collected error can list is raised by some row', () => {
    const listed = ROWS.flatMap((row) => {
      const error = errorOf(row);
      return error && sitesOf(error, sites).some((site) => site.kind === 'throwProblems') ? problemsOf(error) : [];
    });
    const missing = problems.filter((site: ProblemSite) => !listed.some((found) => site.pattern.test(found)));
    expect(missing.map((site) => `lib/${site.file}:${site.line} ${site.pattern}: ${site.text.slice(0, 160)}`)).toEqual([]);
  });

  test('each site listed as unreachable still exists, and no row reaches it', () => {
    for (const entry of UNREACHABLE) {
      const listed = sites.filter((site) => site.file === entry.file && site.code === entry.code);
      expect({ ...entry, found: listed.length > 0 }).toEqual({ ...entry, found: true });
    }
  });

  test('no two rows raise the same error from the same place', () => {
    const keys = ROWS.map((row) => {
      const error = errorOf(row);
      const [site] = error ? sitesOf(error, sites) : [];
      return `${row.code}: ${row.message} at lib/${site?.file}:${site?.lines[0]} ${row.options ? JSON.stringify(row.options) : ''}`;
    });
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});
