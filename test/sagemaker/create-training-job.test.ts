import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  CompressionType, DockerImage, InputMode, RecordWrapperType, S3DataDistributionType, S3DataType, S3Location,
  SageMakerCreateTrainingJob, type SageMakerCreateTrainingJobProps,
} from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };
const ROLE_ARN = 'arn:aws:iam::123456789012:role/TrainingRole';

function importedRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN);
}

/** The smallest valid props: a named algorithm writing to a location read from the input. */
function minimalProps(stack: cdk.Stack, extra: Partial<SageMakerCreateTrainingJobProps> = {}): SageMakerCreateTrainingJobProps {
  return {
    trainingJobName: 'MyTrainJob',
    role: importedRole(stack),
    algorithmSpecification: { algorithmName: 'BlazingText' },
    outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
    ...extra,
  };
}

const DEFAULT_PARAMETERS = {
  TrainingJobName: 'MyTrainJob',
  RoleArn: ROLE_ARN,
  AlgorithmSpecification: { TrainingInputMode: 'File', AlgorithmName: 'BlazingText' },
  OutputDataConfig: { 'S3OutputPath.$': '$.output' },
  ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
};

/** The statements of the state machine role's policy. */
function stateMachineStatements(stack: cdk.Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  const [policy] = Object.entries(policies).filter(([id]) => id.startsWith('SMRoleDefaultPolicy')).map(([, p]) => p as any);
  return policy.Properties.PolicyDocument.Statement;
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('SageMakerCreateTrainingJob', () => {
  test('defaults to File input, one ml.m4.xlarge instance with 10 GiB and a one-hour limit (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:createTrainingJob'),
      Parameters: DEFAULT_PARAMETERS,
    });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateTrainingJob.jsonata(stack, 'Train', minimalProps(stack, {
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.output %}') },
    }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createTrainingJob'),
      Arguments: { ...DEFAULT_PARAMETERS, OutputDataConfig: { S3OutputPath: '{% $states.input.output %}' } },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack));
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.TrainingJobName).toEqual('MyTrainJob');
    expect(state.Parameters).toBeUndefined();
    expect(state.QueryLanguage).toBeUndefined();
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
      enableNetworkIsolation: true,
      algorithmSpecification: {
        trainingImage: DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1'),
        trainingInputMode: InputMode.PIPE,
        metricDefinitions: [{ name: 'accuracy', regex: 'accuracy=(.*)' }],
      },
      inputDataConfig: [{
        channelName: 'train',
        compressionType: CompressionType.GZIP,
        contentType: 'text/csv',
        inputMode: InputMode.FAST_FILE,
        recordWrapperType: RecordWrapperType.RECORD_IO,
        shuffleConfig: { seed: 7 },
        dataSource: {
          s3DataSource: {
            s3Location: S3Location.fromJsonExpression('$.train'),
            s3DataType: S3DataType.AUGMENTED_MANIFEST_FILE,
            s3DataDistributionType: S3DataDistributionType.SHARDED_BY_S3_KEY,
            attributeNames: ['source', 'label'],
          },
        },
      }],
      resourceConfig: {
        instanceCount: 2,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2),
        volumeSize: cdk.Size.gibibytes(50),
      },
      stoppingCondition: { maxRuntime: cdk.Duration.hours(2) },
      hyperparameters: { epochs: 10, mode: 'fast' },
      tags: { project: 'ml', team: 'data' },
      environment: { STAGE: 'prod' },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      'TrainingJobName.$': '$.JobName',
      'EnableNetworkIsolation': true,
      'RoleArn': ROLE_ARN,
      'AlgorithmSpecification': {
        TrainingInputMode: 'Pipe',
        TrainingImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/algo:1',
        MetricDefinitions: [{ Name: 'accuracy', Regex: 'accuracy=(.*)' }],
      },
      'InputDataConfig': [{
        ChannelName: 'train',
        DataSource: {
          S3DataSource: {
            'S3Uri.$': '$.train',
            'S3DataType': 'AugmentedManifestFile',
            'S3DataDistributionType': 'ShardedByS3Key',
            'AttributeNames': ['source', 'label'],
          },
        },
        CompressionType: 'Gzip',
        ContentType: 'text/csv',
        InputMode: 'FastFile',
        RecordWrapperType: 'RecordIO',
      }],
      'OutputDataConfig': { 'S3OutputPath.$': '$.output' },
      'ResourceConfig': { InstanceCount: 2, InstanceType: 'ml.p3.2xlarge', VolumeSizeInGB: 50 },
      'StoppingCondition': { MaxRuntimeInSeconds: 7200 },
      'HyperParameters': { epochs: 10, mode: 'fast' },
      'Tags': [{ Key: 'project', Value: 'ml' }, { Key: 'team', Value: 'data' }],
      'Environment': { STAGE: 'prod' },
    });
  });

  test('a channel without a data type reads an S3 prefix', () => {
    const stack = newStack();
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromJsonExpression('$.train') } } }],
    }));
    expect(renderState(task).Parameters.InputDataConfig).toEqual([
      { ChannelName: 'train', DataSource: { S3DataSource: { 'S3Uri.$': '$.train', 'S3DataType': 'S3Prefix' } } },
    ]);
  });

  test('an instance type read from the input is sent without the ml. prefix', () => {
    const stack = newStack();
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')), volumeSize: cdk.Size.gibibytes(1) },
    }));
    expect(renderState(task).Parameters.ResourceConfig).toEqual({ 'InstanceCount': 1, 'InstanceType.$': '$.InstanceType', 'VolumeSizeInGB': 1 });
  });

  test('RUN_JOB waits for the job and may manage the SageMaker events rule', () => {
    // GIVEN
    const stack = newStack({ env: ENV });
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    machine(stack, task);
    // THEN
    expect(renderState(task).Resource).toEqual(stateArn('sagemaker:createTrainingJob', '.sync'));
    expect(stateMachineStatements(stack)).toContainEqual({
      Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      Effect: 'Allow',
      Resource: partitionArn('events:us-east-1:123456789012:rule/StepFunctionsGetEventsForSageMakerTrainingJobsRule'),
    });
  });

  test('grants the state machine the job, tagging and passing the given role', () => {
    const stack = newStack({ env: ENV });
    machine(stack, new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack)));
    expect(stateMachineStatements(stack)).toEqual([
      {
        Action: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'],
        Effect: 'Allow',
        Resource: partitionArn('sagemaker:us-east-1:123456789012:training-job/MyTrainJob*'),
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: partitionArn('sagemaker:us-east-1:123456789012:training-job/MyTrainJob*') },
      {
        Action: 'iam:PassRole',
        Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
        Effect: 'Allow',
        Resource: ROLE_ARN,
      },
    ]);
  });

  test('a job name read from the input widens the grants to every training job', () => {
    const stack = newStack({ env: ENV });
    machine(stack, new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { trainingJobName: sfn.JsonPath.stringAt('$.JobName') })));
    const statements = stateMachineStatements(stack);
    expect(statements[0].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:training-job/*'));
    expect(statements[2].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:training-job/*'));
  });

  test('a JSONata job name widens the job grant but, as in aws-cdk-lib, not the AddTags grant', () => {
    const stack = newStack({ env: ENV });
    machine(stack, SageMakerCreateTrainingJob.jsonata(stack, 'Train', minimalProps(stack, { trainingJobName: '{% $states.input.name %}' })));
    const statements = stateMachineStatements(stack);
    expect(statements[0].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:training-job/*'));
    expect(statements[2].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:training-job/{% $states.input.name %}*'));
  });

  test('creates a role SageMaker assumes, allowed to write metrics and logs', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { role: undefined }));
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Role', 1);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }],
      },
      Policies: [{
        PolicyName: 'CreateTrainingJob',
        PolicyDocument: {
          Statement: [{
            Action: [
              'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup',
              'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
            ],
            Effect: 'Allow',
            Resource: '*',
          }],
        },
      }],
    });
    expect(stack.resolve(task.role.roleArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^TrainSagemakerRole/), 'Arn'] });
    expect(task.grantPrincipal).toBe(task.role);
  });

  test('the given role is the one the task uses and grants to', () => {
    const stack = newStack();
    const props = minimalProps(stack);
    const task = new SageMakerCreateTrainingJob(stack, 'Train', props);
    const role = props.role;
    expect(task.role).toBe(role);
    expect(task.grantPrincipal).toBe(role);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 0);
  });

  test('in a VPC, creates a security group, picks the private subnets and lets the role manage network interfaces', () => {
    // GIVEN
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
    const extra = new ec2.SecurityGroup(stack, 'Extra', { vpc });
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { role: undefined, vpcConfig: { vpc } }));
    task.addSecurityGroup(extra);
    // THEN
    expect(renderState(task).Parameters.VpcConfig).toEqual({
      SecurityGroupIds: [
        { 'Fn::GetAtt': [expect.stringMatching(/^TrainTrainJobSecurityGroup/), 'GroupId'] },
        { 'Fn::GetAtt': [expect.stringMatching(/^Extra/), 'GroupId'] },
      ],
      Subnets: stack.resolve(vpc.privateSubnets.map((subnet) => subnet.subnetId)),
    });
    expect(task.connections.securityGroups).toHaveLength(1);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 2);
    const [role] = Object.values(template.findResources('AWS::IAM::Role')) as any[];
    expect(role.Properties.Policies[0].PolicyDocument.Statement[0].Action).toEqual(expect.arrayContaining([
      'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface',
      'ec2:DeleteNetworkInterfacePermission', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs',
      'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups',
    ]));
  });

  test('addSecurityGroup without a VPC changes nothing', () => {
    const stack = newStack();
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack));
    task.addSecurityGroup(ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-0a1b2c3d'));
    expect(renderState(task).Parameters.VpcConfig).toBeUndefined();
  });

  test('the output and volume keys are granted to the job role', () => {
    // GIVEN
    const stack = newStack();
    const outputKey = new kms.Key(stack, 'OutputKey');
    const volumeKey = new kms.Key(stack, 'VolumeKey');
    // WHEN
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      role: undefined,
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output'), encryptionKey: outputKey },
      resourceConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: cdk.Size.gibibytes(5), volumeEncryptionKey: volumeKey },
    }));
    // THEN
    const parameters = renderState(task).Parameters;
    expect(parameters.OutputDataConfig.KmsKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^OutputKey/), 'Arn'] });
    expect(parameters.ResourceConfig.VolumeKmsKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^VolumeKey/), 'Arn'] });
    const roleStatements = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('TrainSagemakerRole'))
      .flatMap(([, p]: [string, any]) => p.Properties.PolicyDocument.Statement);
    expect(roleStatements.map((s: any) => s.Action)).toEqual(expect.arrayContaining([
      ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
      'kms:CreateGrant',
    ]));
  });

  test('binding a bucket location grants the job role read on inputs and write on the output', () => {
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'mybucket');
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      role: undefined,
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromBucket(bucket, 'in/') } } }],
      outputDataConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'out/') },
    }));
    machine(stack, task);
    const roleStatements = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('TrainSagemakerRole'))
      .flatMap(([, p]: [string, any]) => p.Properties.PolicyDocument.Statement);
    expect(roleStatements.map((s: any) => s.Resource)).toEqual([
      [partitionArn('s3:::mybucket'), partitionArn('s3:::mybucket/in/*')],
      [partitionArn('s3:::mybucket'), partitionArn('s3:::mybucket/out/*')],
    ]);
  });

  test('a token algorithm name is not validated', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      algorithmSpecification: { algorithmName: cdk.Lazy.string({ produce: () => '-bad-' }) },
    }))).not.toThrow();
  });

  test('accepts an algorithm ARN', () => {
    const stack = newStack();
    const name = 'arn:aws:sagemaker:us-east-1:123456789012:algorithm/my-algo';
    const task = new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { algorithmSpecification: { algorithmName: name } }));
    expect(renderState(task).Parameters.AlgorithmSpecification.AlgorithmName).toEqual(name);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    }))).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when neither an algorithm name nor a training image is given', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { algorithmSpecification: {} })))
      .toThrow('Must define either an algorithm name or training image URI in the algorithm specification');
  });

  test('throws when both an algorithm name and a training image are given', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, {
      algorithmSpecification: { algorithmName: 'BlazingText', trainingImage: DockerImage.fromRegistry('image') },
    }))).toThrow('Cannot define both an algorithm name and training image URI in the algorithm specification');
  });

  test('throws when the algorithm name is longer than 170 characters', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { algorithmSpecification: { algorithmName: 'a'.repeat(171) } })))
      .toThrow('Algorithm name length must be between 1 and 170, but got 171');
  });

  test('throws when the algorithm name has characters SageMaker rejects', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTrainingJob(stack, 'Train', minimalProps(stack, { algorithmSpecification: { algorithmName: 'my_algo' } })))
      .toThrow(/^Expected algorithm name to match pattern .*, but got my_algo$/);
  });

  describe('matches aws-cdk-lib', () => {
    const output = (t: Tasks) => ({ s3OutputLocation: t.S3Location.fromJsonExpression('$.output') });
    const bucketOutput = (t: Tasks, s: cdk.Stack) => ({
      s3OutputLocation: t.S3Location.fromBucket(s3.Bucket.fromBucketName(s, 'Out', 'mybucket'), 'myoutputpath'),
    });
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['defaults with a created role', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: bucketOutput(t, s),
      })],
      ['a given role', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        role: importedRole(s),
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: bucketOutput(t, s),
      })],
      ['a role created in the stack', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        role: new iam.Role(s, 'MyRole', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }),
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: bucketOutput(t, s),
      })],
      ['every prop, RUN_JOB', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        enableNetworkIsolation: false,
        algorithmSpecification: {
          trainingImage: t.DockerImage.fromRegistry('image:1'),
          trainingInputMode: t.InputMode.FAST_FILE,
          metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }, { name: 'acc', regex: 'acc=(.*)' }],
        },
        inputDataConfig: [
          {
            channelName: 'train',
            compressionType: t.CompressionType.NONE,
            contentType: 'application/x-recordio',
            inputMode: t.InputMode.PIPE,
            recordWrapperType: t.RecordWrapperType.NONE,
            shuffleConfig: { seed: 1 },
            dataSource: {
              s3DataSource: {
                s3Location: t.S3Location.fromBucket(new s3.Bucket(s, 'Data'), 'train/'),
                s3DataType: t.S3DataType.MANIFEST_FILE,
                s3DataDistributionType: t.S3DataDistributionType.FULLY_REPLICATED,
                attributeNames: ['a'],
              },
            },
          },
          { channelName: 'test', dataSource: { s3DataSource: { s3Location: t.S3Location.fromJsonExpression('$.test') } } },
        ],
        outputDataConfig: { s3OutputLocation: t.S3Location.fromBucket(new s3.Bucket(s, 'Models'), 'models'), encryptionKey: new kms.Key(s, 'OutKey') },
        resourceConfig: {
          instanceCount: 3,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.G4DN, ec2.InstanceSize.XLARGE),
          volumeSize: cdk.Size.gibibytes(100),
          volumeEncryptionKey: new kms.Key(s, 'VolKey'),
        },
        stoppingCondition: { maxRuntime: cdk.Duration.minutes(30) },
        hyperparameters: { epochs: 3, nested: { a: sfn.JsonPath.stringAt('$.a') } },
        tags: { a: 'b' },
        environment: { A: 'b', C: 'd' },
        comment: 'train',
        resultPath: '$.training',
        timeout: cdk.Duration.hours(3),
      })],
      ['an empty stopping condition', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: output(t),
        stoppingCondition: {},
      })],
      ['an imported key for the output and the volume', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: { ...output(t), encryptionKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abc') },
        resourceConfig: {
          instanceCount: 1,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
          volumeSize: cdk.Size.gibibytes(1),
          volumeEncryptionKey: kms.Key.fromKeyArn(s, 'VolKey', 'arn:aws:kms:us-east-1:123456789012:key/def'),
        },
      })],
      ['an ECR training image', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { trainingImage: t.DockerImage.fromEcrRepository(new ecr.Repository(s, 'Repo'), 'v1') },
        outputDataConfig: output(t),
      })],
      ['a training image from the input', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { trainingImage: t.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')) },
        outputDataConfig: output(t),
      })],
      ['a created VPC, with an added security group', (t, s) => {
        const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
        const task = new t.SageMakerCreateTrainingJob(s, 'Train', {
          trainingJobName: 'MyTrainJob',
          algorithmSpecification: { algorithmName: 'BlazingText' },
          outputDataConfig: output(t),
          vpcConfig: { vpc },
        });
        task.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
        task.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
        return task;
      }],
      ['an imported VPC with chosen subnets and a given role', (t, s) => {
        const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
          vpcId: 'vpc-0a1b2c3d',
          availabilityZones: ['us-east-1a', 'us-east-1b'],
          publicSubnetIds: ['subnet-0000000a', 'subnet-0000000b'],
          privateSubnetIds: ['subnet-0000001a', 'subnet-0000001b'],
        });
        return new t.SageMakerCreateTrainingJob(s, 'Train', {
          trainingJobName: 'MyTrainJob',
          role: importedRole(s),
          algorithmSpecification: { algorithmName: 'BlazingText' },
          outputDataConfig: output(t),
          vpcConfig: { vpc, subnets: { subnetType: ec2.SubnetType.PUBLIC } },
        });
      }],
      ['names and instance type from the input', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
        algorithmSpecification: { algorithmName: sfn.JsonPath.stringAt('$.Algorithm') },
        outputDataConfig: output(t),
        resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.Type')), volumeSize: cdk.Size.gibibytes(5) },
      })],
      ['a property injector', (t, s) => {
        cdk.PropertyInjectors.of(s).add({
          constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateTrainingJob',
          inject: (props: any) => ({ ...props, enableNetworkIsolation: true, tags: { injected: 'yes' } }),
        });
        return new t.SageMakerCreateTrainingJob(s, 'Train', {
          trainingJobName: 'MyTrainJob',
          algorithmSpecification: { algorithmName: 'BlazingText' },
          outputDataConfig: output(t),
        });
      }],
      ['jsonPath()', (t, s) => t.SageMakerCreateTrainingJob.jsonPath(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: output(t),
        outputPath: '$.TrainingJobArn',
      })],
      ['jsonata() with expressions everywhere', (t, s) => t.SageMakerCreateTrainingJob.jsonata(s, 'Train', {
        trainingJobName: '{% $states.input.name %}',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        algorithmSpecification: { trainingImage: t.DockerImage.fromJsonExpression('{% $states.input.image %}', false) },
        inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: t.S3Location.fromJsonExpression('{% $states.input.train %}') } } }],
        outputDataConfig: { s3OutputLocation: t.S3Location.fromJsonExpression('{% $states.input.output %}') },
        resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.type %}'), volumeSize: cdk.Size.gibibytes(5) },
        hyperparameters: { lr: '{% $states.input.lr %}' },
        outputs: '{% $states.result.TrainingJobArn %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: { s3OutputLocation: t.S3Location.fromJsonExpression('{% $states.input.output %}') },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with minimized policies and an environment', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        algorithmSpecification: { algorithmName: 'BlazingText' },
        inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: t.S3Location.fromJsonExpression('$.train') } } }],
        outputDataConfig: bucketOutput(t, s),
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true }, env: ENV });
    });

    test('the documented example (current)', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTrainingJob(s, 'TrainSagemaker', {
        trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
        algorithmSpecification: {
          algorithmName: 'BlazingText',
          trainingInputMode: t.InputMode.FILE,
        },
        inputDataConfig: [{
          channelName: 'train',
          dataSource: {
            s3DataSource: {
              s3DataType: t.S3DataType.S3_PREFIX,
              s3Location: t.S3Location.fromJsonExpression('$.S3Bucket'),
            },
          },
        }],
        outputDataConfig: {
          s3OutputLocation: t.S3Location.fromBucket(s3.Bucket.fromBucketName(s, 'Bucket', 'mybucket'), 'myoutputpath'),
        },
        resourceConfig: {
          instanceCount: 1,
          instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')),
          volumeSize: cdk.Size.gibibytes(50),
        },
        stoppingCondition: {
          maxRuntime: cdk.Duration.hours(2),
        },
      }));
    });

    test('the documented example (older, as SagemakerTrainTask with a given role)', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTrainingJob(s, 'TrainSagemaker', {
        trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
        role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }),
        algorithmSpecification: {
          algorithmName: 'BlazingText',
          trainingInputMode: t.InputMode.FILE,
        },
        inputDataConfig: [{
          channelName: 'train',
          dataSource: {
            s3DataSource: {
              s3DataType: t.S3DataType.S3_PREFIX,
              s3Location: t.S3Location.fromJsonExpression('$.S3Bucket'),
            },
          },
        }],
        outputDataConfig: {
          s3OutputLocation: t.S3Location.fromBucket(s3.Bucket.fromBucketName(s, 'Bucket', 'mybucket'), 'myoutputpath'),
        },
        resourceConfig: {
          instanceCount: 1,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2),
          volumeSize: cdk.Size.gibibytes(50),
        },
        stoppingCondition: {
          maxRuntime: cdk.Duration.hours(1),
        },
      }));
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when the pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        algorithmSpecification: { algorithmName: 'BlazingText' },
        outputDataConfig: output(t),
      })],
      ['throws when there is no algorithm', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { trainingInputMode: t.InputMode.FILE },
        outputDataConfig: output(t),
      })],
      ['throws when both an algorithm name and an image are given', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'a', trainingImage: t.DockerImage.fromRegistry('b') },
        outputDataConfig: output(t),
      })],
      ['throws when the algorithm name is too long', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'x'.repeat(171) },
        outputDataConfig: output(t),
      })],
      ['throws when the algorithm name ends with a hyphen', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'algo-' },
        outputDataConfig: output(t),
      })],
      ['throws when the volume size is not whole gibibytes', (t, s) => new t.SageMakerCreateTrainingJob(s, 'Train', {
        trainingJobName: 'MyTrainJob',
        algorithmSpecification: { algorithmName: 'algo' },
        outputDataConfig: output(t),
        resourceConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: cdk.Size.mebibytes(1500) },
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
