/**
 * SageMakerCreateHyperParameterTuningJob is not part of aws-cdk-lib, so there is no reference to compare
 * with; the expected values come from the AWS documentation:
 * - connect-sagemaker.html: CreateHyperParameterTuningJob is an optimized API that supports `.sync`, no
 *   `.waitForTaskToken`;
 * - the IAM templates on that page and sagemaker-iam.html (written for training and transform jobs),
 *   carried over to tuning jobs: Create/Describe/Stop on hyper-parameter-tuning-job/<name>*,
 *   sagemaker:ListTags and sagemaker:AddTags, iam:PassRole to sagemaker.amazonaws.com; the managed rule
 *   is StepFunctionsGetEventsForSageMakerTuningJobsRule, the name the AWS Step Functions Data Science SDK
 *   documents in its setup policy;
 * - API_CreateHyperParameterTuningJob.html and the types it links (field names, constraints).
 *
 * moto cannot execute this state: its Step Functions interpreter does not support `sagemaker`.
 */
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  DockerImage, HyperParameterScalingType, HyperParameterTuningStrategy, InputMode, S3Location,
  SageMakerCreateHyperParameterTuningJob, TrainingJobEarlyStoppingType, TuningObjectiveType, WarmStartType,
  type SageMakerCreateHyperParameterTuningJobProps,
} from '../../lib';
import { expectValidDefinitions, newStack, regionalArn, renderState, stateArn } from '../util';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/TuningRole';

function props(stack: cdk.Stack, extra: Partial<SageMakerCreateHyperParameterTuningJobProps> = {}): SageMakerCreateHyperParameterTuningJobProps {
  return {
    hyperParameterTuningJobName: 'MyTuningJob',
    role: iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN),
    objective: { metricName: 'validation:accuracy', type: TuningObjectiveType.MAXIMIZE },
    resourceLimits: { maxNumberOfTrainingJobs: 20, maxParallelTrainingJobs: 2 },
    algorithmSpecification: { algorithmName: 'BlazingText' },
    outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
    ...extra,
  };
}

const REQUEST = {
  HyperParameterTuningJobName: 'MyTuningJob',
  HyperParameterTuningJobConfig: {
    Strategy: 'Bayesian',
    HyperParameterTuningJobObjective: { MetricName: 'validation:accuracy', Type: 'Maximize' },
    ResourceLimits: { MaxNumberOfTrainingJobs: 20, MaxParallelTrainingJobs: 2 },
  },
  TrainingJobDefinition: {
    AlgorithmSpecification: { TrainingInputMode: 'File', AlgorithmName: 'BlazingText' },
    RoleArn: ROLE_ARN,
    OutputDataConfig: { 'S3OutputPath.$': '$.output' },
    ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  },
};

function stateMachineStatements(stack: cdk.Stack, task: sfn.IChainable): any[] {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  expectValidDefinitions(Template.fromStack(stack).toJSON());
  const [policy] = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith('SMRoleDefaultPolicy')).map(([, p]) => p as any);
  return policy.Properties.PolicyDocument.Statement;
}

const JOB_ARN = regionalArn('sagemaker', 'hyper-parameter-tuning-job/MyTuningJob*');
const PASS_ROLE = {
  Action: 'iam:PassRole',
  Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  Effect: 'Allow',
  Resource: ROLE_ARN,
};

describe('SageMakerCreateHyperParameterTuningJob', () => {
  test('defaults to the Bayesian strategy and the training job defaults (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('sagemaker:createHyperParameterTuningJob'), Parameters: REQUEST });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateHyperParameterTuningJob.jsonata(stack, 'Tune', props(stack, {
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.output %}') },
    }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createHyperParameterTuningJob'),
      Arguments: { ...REQUEST, TrainingJobDefinition: { ...REQUEST.TrainingJobDefinition, OutputDataConfig: { S3OutputPath: '{% $states.input.output %}' } } },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack)), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.HyperParameterTuningJobName).toEqual('MyTuningJob');
    expect(state.Parameters).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('sagemaker:createHyperParameterTuningJob', '.sync'));
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/out');
    // WHEN
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, {
      strategy: HyperParameterTuningStrategy.RANDOM,
      resourceLimits: { maxNumberOfTrainingJobs: 50, maxParallelTrainingJobs: 5, maxRuntime: cdk.Duration.hours(10) },
      parameterRanges: {
        categoricalParameterRanges: [{ name: 'mode', values: ['skipgram', 'cbow'] }],
        continuousParameterRanges: [{ name: 'learning_rate', minValue: 0.005, maxValue: 0.05, scalingType: HyperParameterScalingType.LOGARITHMIC }],
        integerParameterRanges: [{ name: 'vector_dim', minValue: 32, maxValue: 300 }],
      },
      trainingJobEarlyStoppingType: TrainingJobEarlyStoppingType.AUTO,
      randomSeed: 42,
      warmStartConfig: { parentTuningJobNames: ['previous-tuning'], warmStartType: WarmStartType.TRANSFER_LEARNING },
      algorithmSpecification: {
        trainingImage: DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1'),
        trainingInputMode: InputMode.PIPE,
        metricDefinitions: [{ name: 'validation:accuracy', regex: 'accuracy=(.*)' }],
      },
      staticHyperParameters: { epochs: '5' },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromJsonExpression('$.train') } } }],
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output'), encryptionKey: key },
      resourceConfig: { instanceCount: 2, instanceType: new ec2.InstanceType('c5.2xlarge'), volumeSize: cdk.Size.gibibytes(30) },
      stoppingCondition: { maxRuntime: cdk.Duration.minutes(30) },
      enableNetworkIsolation: true,
      environment: { LOG_LEVEL: 'debug' },
      tags: { project: 'search' },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      HyperParameterTuningJobName: 'MyTuningJob',
      HyperParameterTuningJobConfig: {
        Strategy: 'Random',
        HyperParameterTuningJobObjective: { MetricName: 'validation:accuracy', Type: 'Maximize' },
        ResourceLimits: { MaxNumberOfTrainingJobs: 50, MaxParallelTrainingJobs: 5, MaxRuntimeInSeconds: 36000 },
        ParameterRanges: {
          CategoricalParameterRanges: [{ Name: 'mode', Values: ['skipgram', 'cbow'] }],
          ContinuousParameterRanges: [{ Name: 'learning_rate', MinValue: '0.005', MaxValue: '0.05', ScalingType: 'Logarithmic' }],
          IntegerParameterRanges: [{ Name: 'vector_dim', MinValue: '32', MaxValue: '300' }],
        },
        TrainingJobEarlyStoppingType: 'Auto',
        RandomSeed: 42,
      },
      TrainingJobDefinition: {
        AlgorithmSpecification: {
          TrainingInputMode: 'Pipe',
          TrainingImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1',
          MetricDefinitions: [{ Name: 'validation:accuracy', Regex: 'accuracy=(.*)' }],
        },
        RoleArn: ROLE_ARN,
        StaticHyperParameters: { epochs: '5' },
        InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { 'S3Uri.$': '$.train', 'S3DataType': 'S3Prefix' } } }],
        OutputDataConfig: { 'S3OutputPath.$': '$.output', 'KmsKeyId': 'arn:aws:kms:us-east-1:123456789012:key/out' },
        ResourceConfig: { InstanceCount: 2, InstanceType: 'ml.c5.2xlarge', VolumeSizeInGB: 30 },
        StoppingCondition: { MaxRuntimeInSeconds: 1800 },
        EnableNetworkIsolation: true,
        Environment: { LOG_LEVEL: 'debug' },
      },
      WarmStartConfig: {
        ParentHyperParameterTuningJobs: [{ HyperParameterTuningJobName: 'previous-tuning' }],
        WarmStartType: 'TransferLearning',
      },
      Tags: [{ Key: 'project', Value: 'search' }],
    });
  });

  test('Request Response grants creating and tagging the named tuning job, listing tags and passing the role', () => {
    const stack = newStack();
    expect(stateMachineStatements(stack, new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack)))).toEqual([
      { Action: 'sagemaker:CreateHyperParameterTuningJob', Effect: 'Allow', Resource: JOB_ARN },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: JOB_ARN },
      PASS_ROLE,
    ]);
  });

  test('.sync also grants describing and stopping the tuning job and the managed events rule', () => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })));
    expect(statements).toEqual([
      {
        Action: ['sagemaker:CreateHyperParameterTuningJob', 'sagemaker:DescribeHyperParameterTuningJob', 'sagemaker:StopHyperParameterTuningJob'],
        Effect: 'Allow',
        Resource: JOB_ARN,
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: JOB_ARN },
      PASS_ROLE,
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForSageMakerTuningJobsRule'),
      },
    ]);
  });

  test('a name from the state data grants on every tuning job', () => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, SageMakerCreateHyperParameterTuningJob.jsonPath(stack, 'Tune', props(stack, {
      hyperParameterTuningJobName: sfn.JsonPath.stringAt('$.name'),
    })));
    expect(statements[0].Resource).toEqual(regionalArn('sagemaker', 'hyper-parameter-tuning-job/*'));
  });

  test('creates a role SageMaker can assume, granted the output location and key', () => {
    // GIVEN
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-bucket');
    const key = new kms.Key(stack, 'Key');
    // WHEN
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', {
      hyperParameterTuningJobName: 'MyTuningJob',
      resourceLimits: { maxParallelTrainingJobs: 1, maxNumberOfTrainingJobs: 4 },
      algorithmSpecification: { algorithmName: 'xgboost' },
      outputDataConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'models/'), encryptionKey: key },
    });
    const statements = stateMachineStatements(stack, task);
    // THEN
    const roleId = stack.getLogicalId(task.role.node.defaultChild as cdk.CfnElement);
    expect(statements[3]).toEqual({ ...PASS_ROLE, Resource: { 'Fn::GetAtt': [roleId, 'Arn'] } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{ PolicyName: 'CreateHyperParameterTuningJob' }],
    });
    const rolePolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith('TuneSagemakerRoleDefaultPolicy'))![1] as any;
    const actions = rolePolicy.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['kms:Encrypt', 's3:PutObject']));
  });

  test('places the training jobs in a VPC with a security group of its own, and the created role may manage network interfaces', () => {
    // GIVEN
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc');
    const extra = new ec2.SecurityGroup(stack, 'Extra', { vpc });
    // WHEN
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, { role: undefined, vpcConfig: { vpc } }));
    task.addSecurityGroup(extra);
    stateMachineStatements(stack, task);
    // THEN
    const ownGroup = stack.getLogicalId(task.node.findChild('TuningJobSecurityGroup').node.defaultChild as cdk.CfnElement);
    const definition = renderState(task).Parameters.TrainingJobDefinition;
    expect(definition.VpcConfig.SecurityGroupIds).toEqual([
      { 'Fn::GetAtt': [ownGroup, 'GroupId'] },
      { 'Fn::GetAtt': [stack.getLogicalId(extra.node.defaultChild as cdk.CfnElement), 'GroupId'] },
    ]);
    expect(definition.VpcConfig.Subnets).toHaveLength(2);
    expect(task.connections.securityGroups).toHaveLength(1);
    expect(definition.RoleArn).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(task.role.node.defaultChild as cdk.CfnElement), 'Arn'] });
    expect(task.grantPrincipal).toBe(task.role);
    const role = Template.fromStack(stack).findResources('AWS::IAM::Role', { Properties: { Policies: [{ PolicyName: 'CreateHyperParameterTuningJob' }] } });
    const actions = (Object.values(role)[0] as any).Properties.Policies[0].PolicyDocument.Statement[0].Action;
    expect(actions).toEqual(expect.arrayContaining(['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeSubnets']));
  });

  test('throws when a security group is added to a tuning job outside a VPC', () => {
    const stack = newStack();
    const task = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack));
    const vpc = new ec2.Vpc(stack, 'Vpc');
    expect(() => task.addSecurityGroup(new ec2.SecurityGroup(stack, 'Sg', { vpc })))
      .toThrow('Cannot add a security group to a tuning job without vpcConfig');
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when the name is longer than 32 characters', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, { hyperParameterTuningJobName: 'a'.repeat(33) })))
      .toThrow(`Invalid SageMaker hyperparameter tuning job: hyperParameterTuningJobName must be 1 to 32 characters long, got 33; hyperParameterTuningJobName must be letters, digits and hyphens, starting and ending with a letter or digit, got '${'a'.repeat(33)}'`);
  });

  test('throws when the algorithm names neither an algorithm nor an image', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, { algorithmSpecification: {} })))
      .toThrow('Invalid SageMaker hyperparameter tuning job: algorithmSpecification needs an algorithmName or a trainingImage');
  });

  test('throws when the algorithm names both an algorithm and an image', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, {
      algorithmSpecification: { algorithmName: 'xgboost', trainingImage: DockerImage.fromRegistry('img') },
    }))).toThrow('Invalid SageMaker hyperparameter tuning job: algorithmSpecification takes an algorithmName or a trainingImage, not both');
  });

  test('throws when limits and ranges are out of bounds, reporting every problem', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, {
      resourceLimits: { maxParallelTrainingJobs: 0, maxNumberOfTrainingJobs: 10, maxRuntime: cdk.Duration.seconds(60) },
      parameterRanges: {
        categoricalParameterRanges: [{ name: 'mode', values: [] }],
        integerParameterRanges: [{ name: 'depth', minValue: 10, maxValue: 2 }],
      },
      warmStartConfig: { parentTuningJobNames: [], warmStartType: WarmStartType.IDENTICAL_DATA_AND_ALGORITHM },
    }))).toThrow('Invalid SageMaker hyperparameter tuning job: '
      + 'resourceLimits.maxParallelTrainingJobs must be a whole number from 1 to 100000, got 0; '
      + 'resourceLimits.maxRuntime (seconds) must be a whole number from 120 to 15768000, got 60; '
      + 'parameter range depth has minValue 10 above maxValue 2; '
      + 'categorical parameter range mode must list 1 to 30 values, got 0; '
      + 'warmStartConfig.parentTuningJobNames must list 1 to 5 jobs, got 0');
  });

  test('throws when the Grid strategy gets a job count or numeric ranges', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', props(stack, {
      strategy: HyperParameterTuningStrategy.GRID,
      parameterRanges: { continuousParameterRanges: [{ name: 'lr', minValue: 0.1, maxValue: 0.2 }] },
    }))).toThrow('Invalid SageMaker hyperparameter tuning job: '
      + 'resourceLimits.maxNumberOfTrainingJobs cannot be set with the Grid strategy, which runs every combination; '
      + 'the Grid strategy takes categorical parameter ranges only');
  });
});
