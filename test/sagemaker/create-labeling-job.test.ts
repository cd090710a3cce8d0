/**
 * SageMakerCreateLabelingJob is not part of aws-cdk-lib, so there is no reference to compare with; the
 * expected values come from the AWS documentation:
 * - connect-sagemaker.html: CreateLabelingJob is an optimized API that supports `.sync`, no
 *   `.waitForTaskToken`; its "Labeling Job Example" (HumanTaskConfig, InputConfig, LabelAttributeName,
 *   LabelCategoryConfigS3Uri, OutputConfig, RoleArn, StoppingConditions);
 * - the IAM templates on that page and sagemaker-iam.html, carried over to labeling jobs:
 *   Create/Describe/Stop on labeling-job/<name>*, sagemaker:ListTags and sagemaker:AddTags, iam:PassRole
 *   to sagemaker.amazonaws.com, and for `.sync` the managed EventBridge rule. SageMaker reports labeling job
 *   state changes to EventBridge ("SageMaker Ground Truth Labeling Job State Change",
 *   sms-monitor-cloud-watch.html; events-ref-sagemaker.html); the rule's name,
 *   StepFunctionsGetEventsForSageMakerLabelingJobsRule, follows the documented names of the training and
 *   transform job rules (and the processing and tuning ones): no page names it;
 * - API_CreateLabelingJob.html and the types it links (field names, constraints); API_LabelingJobDataSource.html
 *   (at least one of S3DataSource and SnsDataSource; the manifest is optional for a streaming job);
 *   sms-streaming-create-labeling-job-api.html (streaming jobs take no LabelingJobAlgorithmsConfig).
 *
 * moto cannot execute this state: its Step Functions interpreter does not support `sagemaker`.
 */
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  ContentClassifier, S3Location, SageMakerCreateLabelingJob, type LabelingJobHumanTaskConfig, type SageMakerCreateLabelingJobProps,
} from '../../lib';
import { expectValidDefinitions, newStack, regionalArn, renderState, stateArn } from '../util';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole';
const WORKTEAM = 'arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/ExampleTesting';
const PRE = 'arn:aws:lambda:us-east-1:432418664414:function:PRE-TextMultiClass';
const ACS = 'arn:aws:lambda:us-east-1:432418664414:function:ACS-TextMultiClass';

const HUMAN_TASK: LabelingJobHumanTaskConfig = {
  workteamArn: WORKTEAM,
  uiTemplate: S3Location.fromJsonExpression('$.template'),
  preHumanTaskLambdaArn: PRE,
  annotationConsolidationLambdaArn: ACS,
  taskTitle: 'Classify short bits of text',
  taskDescription: 'Classify the following text',
  numberOfHumanWorkersPerDataObject: 1,
  taskTimeLimit: cdk.Duration.minutes(5),
};

function props(stack: cdk.Stack, extra: Partial<SageMakerCreateLabelingJobProps> = {}): SageMakerCreateLabelingJobProps {
  return {
    labelingJobName: 'example-job-name',
    labelAttributeName: 'Categories',
    role: iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN),
    inputConfig: { manifest: S3Location.fromJsonExpression('$.manifest') },
    outputConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
    humanTaskConfig: HUMAN_TASK,
    ...extra,
  };
}

const REQUEST = {
  LabelingJobName: 'example-job-name',
  LabelAttributeName: 'Categories',
  RoleArn: ROLE_ARN,
  InputConfig: { DataSource: { S3DataSource: { 'ManifestS3Uri.$': '$.manifest' } } },
  OutputConfig: { 'S3OutputPath.$': '$.output' },
  HumanTaskConfig: {
    WorkteamArn: WORKTEAM,
    UiConfig: { 'UiTemplateS3Uri.$': '$.template' },
    PreHumanTaskLambdaArn: PRE,
    TaskTitle: 'Classify short bits of text',
    TaskDescription: 'Classify the following text',
    NumberOfHumanWorkersPerDataObject: 1,
    TaskTimeLimitInSeconds: 300,
    AnnotationConsolidationConfig: { AnnotationConsolidationLambdaArn: ACS },
  },
};

function stateMachineStatements(stack: cdk.Stack, task: sfn.IChainable): any[] {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  expectValidDefinitions(Template.fromStack(stack).toJSON());
  const [policy] = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith('SMRoleDefaultPolicy')).map(([, p]) => p as any);
  return policy.Properties.PolicyDocument.Statement;
}

const JOB_ARN = regionalArn('sagemaker', 'labeling-job/example-job-name*');
const PASS_ROLE = {
  Action: 'iam:PassRole',
  Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  Effect: 'Allow',
  Resource: ROLE_ARN,
};

describe('SageMakerCreateLabelingJob', () => {
  test('sends the documented example request (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateLabelingJob(stack, 'Label', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('sagemaker:createLabelingJob'), Parameters: REQUEST });
  });

  test('jsonata() sends the request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateLabelingJob.jsonata(stack, 'Label', props(stack, {
      labelingJobName: '{% $states.input.name %}',
      inputConfig: { manifest: S3Location.fromJsonExpression('{% $states.input.manifest %}') },
    }));
    const state = renderState(task);
    expect(state.QueryLanguage).toEqual('JSONata');
    expect(state.Arguments.LabelingJobName).toEqual('{% $states.input.name %}');
    expect(state.Arguments.InputConfig).toEqual({ DataSource: { S3DataSource: { ManifestS3Uri: '{% $states.input.manifest %}' } } });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new SageMakerCreateLabelingJob(stack, 'Label', props(stack)), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.LabelingJobName).toEqual('example-job-name');
    expect(state.Parameters).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new SageMakerCreateLabelingJob(stack, 'Label', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('sagemaker:createLabelingJob', '.sync'));
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/out');
    const volumeKey = kms.Key.fromKeyArn(stack, 'VolumeKey', 'arn:aws:kms:us-east-1:123456789012:key/volume');
    // WHEN
    const task = new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      inputConfig: {
        manifest: S3Location.fromJsonExpression('$.manifest'),
        contentClassifiers: [ContentClassifier.FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION, ContentClassifier.FREE_OF_ADULT_CONTENT],
      },
      outputConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output'), encryptionKey: key, snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:labels' },
      humanTaskConfig: {
        ...HUMAN_TASK,
        taskKeywords: ['tc', 'Labeling'],
        taskAvailabilityLifetime: cdk.Duration.days(1),
        maxConcurrentTaskCount: 100,
      },
      labelCategoryConfig: S3Location.fromJsonExpression('$.categories'),
      stoppingConditions: { maxHumanLabeledObjectCount: 10000, maxPercentageOfInputDatasetLabeled: 100 },
      labelingJobAlgorithmsConfig: {
        labelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
        initialActiveLearningModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/previous',
        volumeEncryptionKey: volumeKey,
      },
      tags: { team: 'data' },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      ...REQUEST,
      InputConfig: {
        DataSource: { S3DataSource: { 'ManifestS3Uri.$': '$.manifest' } },
        DataAttributes: { ContentClassifiers: ['FreeOfPersonallyIdentifiableInformation', 'FreeOfAdultContent'] },
      },
      OutputConfig: { 'S3OutputPath.$': '$.output', 'KmsKeyId': 'arn:aws:kms:us-east-1:123456789012:key/out', 'SnsTopicArn': 'arn:aws:sns:us-east-1:123456789012:labels' },
      HumanTaskConfig: {
        ...REQUEST.HumanTaskConfig,
        TaskKeywords: ['tc', 'Labeling'],
        TaskAvailabilityLifetimeInSeconds: 86400,
        MaxConcurrentTaskCount: 100,
      },
      'LabelCategoryConfigS3Uri.$': '$.categories',
      'StoppingConditions': { MaxHumanLabeledObjectCount: 10000, MaxPercentageOfInputDatasetLabeled: 100 },
      'LabelingJobAlgorithmsConfig': {
        LabelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
        InitialActiveLearningModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/previous',
        LabelingJobResourceConfig: { VolumeKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/volume' },
      },
      'Tags': [{ Key: 'team', Value: 'data' }],
    });
  });

  test('a streaming job reads an SNS topic and a task template by ARN', () => {
    const stack = newStack();
    const task = new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      inputConfig: { snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
      humanTaskConfig: { ...HUMAN_TASK, uiTemplate: undefined, humanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/PointCloudObjectDetection' },
    }));
    const parameters = renderState(task).Parameters;
    expect(parameters.InputConfig).toEqual({ DataSource: { SnsDataSource: { SnsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' } } });
    expect(parameters.HumanTaskConfig.UiConfig).toEqual({ HumanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/PointCloudObjectDetection' });
  });

  test('a streaming job may also start from a manifest: LabelingJobDataSource takes both', () => {
    const stack = newStack();
    const task = new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      inputConfig: { manifest: S3Location.fromJsonExpression('$.manifest'), snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
    }));
    expect(renderState(task).Parameters.InputConfig).toEqual({
      DataSource: {
        S3DataSource: { 'ManifestS3Uri.$': '$.manifest' },
        SnsDataSource: { SnsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
      },
    });
  });

  test('Request Response grants creating and tagging the named job, listing tags and passing the role', () => {
    const stack = newStack();
    expect(stateMachineStatements(stack, new SageMakerCreateLabelingJob(stack, 'Label', props(stack)))).toEqual([
      { Action: 'sagemaker:CreateLabelingJob', Effect: 'Allow', Resource: JOB_ARN },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: JOB_ARN },
      PASS_ROLE,
    ]);
  });

  test('.sync also grants describing and stopping the job, and the managed rule for labeling job state change events', () => {
    const stack = newStack();
    expect(stateMachineStatements(stack, new SageMakerCreateLabelingJob(stack, 'Label', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
      { Action: ['sagemaker:CreateLabelingJob', 'sagemaker:DescribeLabelingJob', 'sagemaker:StopLabelingJob'], Effect: 'Allow', Resource: JOB_ARN },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: JOB_ARN },
      PASS_ROLE,
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForSageMakerLabelingJobsRule'),
      },
    ]);
  });

  test('a name from the state data grants on every labeling job', () => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, SageMakerCreateLabelingJob.jsonPath(stack, 'Label', props(stack, {
      labelingJobName: sfn.JsonPath.stringAt('$.name'),
    })));
    expect(statements[0].Resource).toEqual(regionalArn('sagemaker', 'labeling-job/*'));
  });

  test('creates a role SageMaker can assume, granted the manifest, template, categories, output and key', () => {
    // GIVEN
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'labels-bucket');
    const key = new kms.Key(stack, 'Key');
    // WHEN
    const task = new SageMakerCreateLabelingJob(stack, 'Label', {
      ...props(stack),
      role: undefined,
      inputConfig: { manifest: S3Location.fromBucket(bucket, 'manifest.json') },
      outputConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'output/'), encryptionKey: key },
      labelCategoryConfig: S3Location.fromBucket(bucket, 'categories.json'),
    });
    const statements = stateMachineStatements(stack, task);
    // THEN
    const roleId = stack.getLogicalId(task.role.node.defaultChild as cdk.CfnElement);
    expect(statements[3]).toEqual({ ...PASS_ROLE, Resource: { 'Fn::GetAtt': [roleId, 'Arn'] } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{ PolicyName: 'CreateLabelingJob' }],
    });
    const rolePolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith('LabelSagemakerRoleDefaultPolicy'))![1] as any;
    const resources = JSON.stringify(rolePolicy.Properties.PolicyDocument.Statement);
    expect(resources).toContain('labels-bucket/manifest.json*');
    expect(resources).toContain('labels-bucket/categories.json*');
    expect(resources).toContain('labels-bucket/output/*');
    expect(resources).toContain('kms:Encrypt');
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateLabelingJob(stack, 'Label', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when the names break the API constraints', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateLabelingJob(stack, 'Label', props(stack, { labelingJobName: 'bad_name', labelAttributeName: 'a b' })))
      .toThrow("Invalid SageMaker labeling job: labelingJobName must be letters, digits and hyphens, starting and ending with a letter or digit, got 'bad_name'; "
        + "labelAttributeName must be letters, digits and hyphens, starting and ending with a letter or digit, got 'a b'");
  });

  test('throws when the input is missing or the UI is given both ways or not at all', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      humanTaskConfig: { ...HUMAN_TASK, uiTemplate: undefined },
    }))).toThrow('Invalid SageMaker labeling job: humanTaskConfig needs a uiTemplate or a humanTaskUiArn');
    const other = newStack();
    expect(() => new SageMakerCreateLabelingJob(other, 'Label', props(other, {
      inputConfig: {},
      humanTaskConfig: { ...HUMAN_TASK, humanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/x' },
    }))).toThrow('Invalid SageMaker labeling job: inputConfig needs a manifest, an snsTopicArn or both; humanTaskConfig takes a uiTemplate or a humanTaskUiArn, not both');
  });

  test('throws when a streaming job asks for automated data labeling, which streaming jobs do not support', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      inputConfig: { snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
      labelingJobAlgorithmsConfig: {
        labelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
      },
    }))).toThrow('Invalid SageMaker labeling job: labelingJobAlgorithmsConfig cannot be used with inputConfig.snsTopicArn: '
      + 'streaming labeling jobs do not support automated data labeling');
  });

  test('throws when the human task settings are out of range, reporting every problem', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateLabelingJob(stack, 'Label', props(stack, {
      humanTaskConfig: {
        ...HUMAN_TASK,
        taskTitle: '',
        taskKeywords: [],
        numberOfHumanWorkersPerDataObject: 10,
        taskTimeLimit: cdk.Duration.seconds(10),
        maxConcurrentTaskCount: 6000,
      },
      stoppingConditions: { maxPercentageOfInputDatasetLabeled: 0 },
    }))).toThrow('Invalid SageMaker labeling job: humanTaskConfig.taskTitle must be 1 to 128 characters long, got 0; '
      + 'humanTaskConfig.taskKeywords must list 1 to 5 keywords, got 0; '
      + 'humanTaskConfig.numberOfHumanWorkersPerDataObject must be a whole number from 1 to 9, got 10; '
      + 'humanTaskConfig.taskTimeLimit (seconds) must be a whole number from 30 to 604800, got 10; '
      + 'humanTaskConfig.maxConcurrentTaskCount must be a whole number from 1 to 5000, got 6000; '
      + 'stoppingConditions.maxPercentageOfInputDatasetLabeled must be a whole number from 1 to 100, got 0');
  });
});
