/**
 * SageMakerCreateProcessingJob is not part of aws-cdk-lib, so there is no reference to compare with; the
 * expected values come from the AWS documentation:
 * - connect-sagemaker.html: CreateProcessingJob is an optimized API that supports `.sync`, no
 *   `.waitForTaskToken`; its "Processing Job Example" (AppSpecification.ImageUri,
 *   ProcessingResources.ClusterConfig, RoleArn, ProcessingJobName);
 * - the IAM templates on that page and sagemaker-iam.html, written for CreateTrainingJob and
 *   CreateTransformJob, carried over to processing jobs: Create/Describe/Stop on processing-job/<name>*,
 *   sagemaker:ListTags and sagemaker:AddTags, iam:PassRole to sagemaker.amazonaws.com, and the managed rule
 *   StepFunctionsGetEventsForSageMakerProcessingJobsRule for `.sync`;
 * - API_CreateProcessingJob.html and the types it links (field names, constraints).
 *
 * moto cannot execute this state: its Step Functions interpreter lists `sagemaker` among the optimized
 * integrations it does not support, so there are no execution tests.
 */
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  CompressionType, DockerImage, ProcessingS3InputMode, ProcessingS3UploadMode, S3DataDistributionType, S3DataType, S3Location,
  SageMakerCreateProcessingJob, type SageMakerCreateProcessingJobProps,
} from '../../lib';
import { expectValidDefinitions, newStack, regionalArn, renderState, stateArn } from '../util';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/SM-003-CreateProcessingJobAPIExecutionRole';
const IMAGE = '737474898029.dkr.ecr.sa-east-1.amazonaws.com/sagemaker-scikit-learn:0.20.0-cpu-py3';

function props(stack: cdk.Stack, extra: Partial<SageMakerCreateProcessingJobProps> = {}): SageMakerCreateProcessingJobProps {
  return {
    processingJobName: 'MyProcessingJob',
    role: iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN),
    appSpecification: { image: DockerImage.fromRegistry(IMAGE) },
    ...extra,
  };
}

const REQUEST = {
  ProcessingJobName: 'MyProcessingJob',
  RoleArn: ROLE_ARN,
  AppSpecification: { ImageUri: IMAGE },
  ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 10 } },
};

/** Synthesizes the state machine, checks its ASL, and returns the statements of the state machine's role. */
function stateMachineStatements(stack: cdk.Stack, task: sfn.IChainable): any[] {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  const template = Template.fromStack(stack).toJSON();
  expectValidDefinitions(template);
  const [policy] = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith('SMRoleDefaultPolicy')).map(([, p]) => p as any);
  return policy.Properties.PolicyDocument.Statement;
}

const PASS_ROLE = {
  Action: 'iam:PassRole',
  Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  Effect: 'Allow',
  Resource: ROLE_ARN,
};

describe('SageMakerCreateProcessingJob', () => {
  test('sends the name, role, image and one ml.m5.xlarge instance with 10 GiB by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateProcessingJob(stack, 'Process', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('sagemaker:createProcessingJob'), Parameters: REQUEST });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateProcessingJob.jsonata(stack, 'Process', props(stack, { processingJobName: '{% $states.input.id %}' }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createProcessingJob'),
      Arguments: { ...REQUEST, ProcessingJobName: '{% $states.input.id %}' },
    });
  });

  test('jsonPath() takes the name from the state input, as the documented example does', () => {
    const stack = newStack();
    const task = SageMakerCreateProcessingJob.jsonPath(stack, 'Process', props(stack, { processingJobName: sfn.JsonPath.stringAt('$.id') }));
    const { ProcessingJobName, ...rest } = REQUEST;
    expect(renderState(task).Parameters).toEqual({ 'ProcessingJobName.$': '$.id', ...rest });
    expect(ProcessingJobName).toBeDefined();
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new SageMakerCreateProcessingJob(stack, 'Process', props(stack)), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual(REQUEST);
    expect(state.Parameters).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new SageMakerCreateProcessingJob(stack, 'Process', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('sagemaker:createProcessingJob', '.sync'));
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/out');
    const volumeKey = kms.Key.fromKeyArn(stack, 'VolumeKey', 'arn:aws:kms:us-east-1:123456789012:key/volume');
    // WHEN
    const task = new SageMakerCreateProcessingJob(stack, 'Process', props(stack, {
      appSpecification: {
        image: DockerImage.fromRegistry(IMAGE),
        containerEntrypoint: ['python3', '/opt/ml/processing/code/preprocess.py'],
        containerArguments: ['--split', '0.2'],
      },
      processingInputs: [{
        inputName: 'raw',
        appManaged: false,
        s3Input: {
          s3Location: S3Location.fromJsonExpression('$.input'),
          localPath: '/opt/ml/processing/input',
          s3DataType: S3DataType.MANIFEST_FILE,
          s3InputMode: ProcessingS3InputMode.PIPE,
          s3DataDistributionType: S3DataDistributionType.SHARDED_BY_S3_KEY,
          s3CompressionType: CompressionType.GZIP,
        },
      }],
      processingOutputConfig: {
        outputs: [{
          outputName: 'train',
          s3Output: { s3Location: S3Location.fromJsonExpression('$.output'), localPath: '/opt/ml/processing/train', s3UploadMode: ProcessingS3UploadMode.CONTINUOUS },
        }],
        encryptionKey: key,
      },
      processingResources: {
        instanceCount: 2,
        instanceType: new ec2.InstanceType('t3.medium'),
        volumeSize: cdk.Size.gibibytes(30),
        volumeEncryptionKey: volumeKey,
      },
      stoppingCondition: { maxRuntime: cdk.Duration.hours(2) },
      environment: { MODE: 'train' },
      enableNetworkIsolation: true,
      enableInterContainerTrafficEncryption: true,
      tags: { project: 'churn' },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      ProcessingJobName: 'MyProcessingJob',
      RoleArn: ROLE_ARN,
      AppSpecification: {
        ImageUri: IMAGE,
        ContainerEntrypoint: ['python3', '/opt/ml/processing/code/preprocess.py'],
        ContainerArguments: ['--split', '0.2'],
      },
      ProcessingInputs: [{
        InputName: 'raw',
        AppManaged: false,
        S3Input: {
          'S3Uri.$': '$.input',
          'LocalPath': '/opt/ml/processing/input',
          'S3DataType': 'ManifestFile',
          'S3InputMode': 'Pipe',
          'S3DataDistributionType': 'ShardedByS3Key',
          'S3CompressionType': 'Gzip',
        },
      }],
      ProcessingOutputConfig: {
        Outputs: [{
          OutputName: 'train',
          S3Output: { 'S3Uri.$': '$.output', 'LocalPath': '/opt/ml/processing/train', 'S3UploadMode': 'Continuous' },
        }],
        KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/out',
      },
      ProcessingResources: {
        ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.t3.medium', VolumeSizeInGB: 30, VolumeKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/volume' },
      },
      StoppingCondition: { MaxRuntimeInSeconds: 7200 },
      Environment: { MODE: 'train' },
      NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: true },
      Tags: [{ Key: 'project', Value: 'churn' }],
    });
  });

  test('defaults an input to an S3 prefix and an output to an upload at the end of the job', () => {
    const stack = newStack();
    const task = new SageMakerCreateProcessingJob(stack, 'Process', props(stack, {
      processingInputs: [{ inputName: 'in', s3Input: { s3Location: S3Location.fromJsonExpression('$.in'), localPath: '/opt/ml/processing/in' } }],
      processingOutputConfig: { outputs: [{ outputName: 'out', s3Output: { s3Location: S3Location.fromJsonExpression('$.out'), localPath: '/opt/ml/processing/out' } }] },
    }));
    const parameters = renderState(task).Parameters;
    expect(parameters.ProcessingInputs).toEqual([{ InputName: 'in', S3Input: { 'S3Uri.$': '$.in', 'LocalPath': '/opt/ml/processing/in', 'S3DataType': 'S3Prefix' } }]);
    expect(parameters.ProcessingOutputConfig).toEqual({
      Outputs: [{ OutputName: 'out', S3Output: { 'S3Uri.$': '$.out', 'LocalPath': '/opt/ml/processing/out', 'S3UploadMode': 'EndOfJob' } }],
    });
  });

  test('Request Response grants creating and tagging the named job, listing tags and passing the role', () => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, new SageMakerCreateProcessingJob(stack, 'Process', props(stack)));
    expect(statements).toEqual([
      { Action: 'sagemaker:CreateProcessingJob', Effect: 'Allow', Resource: regionalArn('sagemaker', 'processing-job/MyProcessingJob*') },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: regionalArn('sagemaker', 'processing-job/MyProcessingJob*') },
      PASS_ROLE,
    ]);
  });

  test('.sync also grants describing and stopping the job and the managed events rule', () => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, new SageMakerCreateProcessingJob(stack, 'Process', props(stack, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })));
    expect(statements).toEqual([
      {
        Action: ['sagemaker:CreateProcessingJob', 'sagemaker:DescribeProcessingJob', 'sagemaker:StopProcessingJob'],
        Effect: 'Allow',
        Resource: regionalArn('sagemaker', 'processing-job/MyProcessingJob*'),
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: regionalArn('sagemaker', 'processing-job/MyProcessingJob*') },
      PASS_ROLE,
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForSageMakerProcessingJobsRule'),
      },
    ]);
  });

  test.each([
    ['JSONPath', sfn.JsonPath.stringAt('$.id')],
    ['JSONata', '{% $states.input.id %}'],
  ])('a name from the state data (%s) grants on every processing job', (_, processingJobName) => {
    const stack = newStack();
    const statements = stateMachineStatements(stack, new SageMakerCreateProcessingJob(stack, 'Process', props(stack, { processingJobName })));
    expect(statements[0].Resource).toEqual(regionalArn('sagemaker', 'processing-job/*'));
    expect(statements[2].Resource).toEqual(regionalArn('sagemaker', 'processing-job/*'));
  });

  test('creates a role SageMaker can assume, granted the image, the locations and the keys', () => {
    // GIVEN
    const stack = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-bucket');
    const repository = ecr.Repository.fromRepositoryName(stack, 'Repo', 'processing');
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/out');
    // WHEN
    const task = new SageMakerCreateProcessingJob(stack, 'Process', {
      processingJobName: 'MyProcessingJob',
      appSpecification: { image: DockerImage.fromEcrRepository(repository, 'v1') },
      processingInputs: [{ inputName: 'in', s3Input: { s3Location: S3Location.fromBucket(bucket, 'in/'), localPath: '/opt/ml/processing/in' } }],
      processingOutputConfig: {
        outputs: [{ outputName: 'out', s3Output: { s3Location: S3Location.fromBucket(bucket, 'out/'), localPath: '/opt/ml/processing/out' } }],
        encryptionKey: key,
      },
    });
    const statements = stateMachineStatements(stack, task);
    // THEN
    const template = Template.fromStack(stack);
    const roleId = stack.getLogicalId(task.role.node.defaultChild as cdk.CfnElement);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{
        PolicyName: 'CreateProcessingJob',
        PolicyDocument: {
          Statement: [{
            Action: ['cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken'],
            Effect: 'Allow',
            Resource: '*',
          }],
        },
      }],
    });
    const rolePolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith('ProcessSagemakerRoleDefaultPolicy'))![1] as any;
    const actions = rolePolicy.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining([
      'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*',
      'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage',
      's3:GetObject*', 's3:List*', 's3:PutObject',
    ]));
    expect(statements[3]).toEqual({ ...PASS_ROLE, Resource: { 'Fn::GetAtt': [roleId, 'Arn'] } });
    expect(renderState(task).Parameters.ProcessingInputs[0].S3Input.S3Uri).toEqual({
      'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/my-bucket/in/']],
    });
  });

  test('places the job in a VPC with a security group of its own, and the role may manage network interfaces', () => {
    // GIVEN
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc');
    const extra = new ec2.SecurityGroup(stack, 'Extra', { vpc });
    // WHEN
    const task = new SageMakerCreateProcessingJob(stack, 'Process', {
      processingJobName: 'MyProcessingJob',
      appSpecification: { image: DockerImage.fromRegistry(IMAGE) },
      vpcConfig: { vpc },
    });
    task.addSecurityGroup(extra);
    stateMachineStatements(stack, task);
    // THEN
    const ownGroup = stack.getLogicalId(task.node.findChild('ProcessingJobSecurityGroup').node.defaultChild as cdk.CfnElement);
    const network = renderState(task).Parameters.NetworkConfig;
    expect(network.VpcConfig.SecurityGroupIds).toEqual([
      { 'Fn::GetAtt': [ownGroup, 'GroupId'] },
      { 'Fn::GetAtt': [stack.getLogicalId(extra.node.defaultChild as cdk.CfnElement), 'GroupId'] },
    ]);
    expect(network.VpcConfig.Subnets).toHaveLength(2);
    expect(task.connections.securityGroups).toHaveLength(1);
    const role = Template.fromStack(stack).findResources('AWS::IAM::Role', { Properties: { Policies: [{ PolicyName: 'CreateProcessingJob' }] } });
    const actions = (Object.values(role)[0] as any).Properties.Policies[0].PolicyDocument.Statement[0].Action;
    expect(actions).toEqual(expect.arrayContaining(['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeSubnets']));
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN, which SageMaker does not offer', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateProcessingJob(stack, 'Process', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when the job name breaks the API constraints', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateProcessingJob(stack, 'Process', props(stack, { processingJobName: 'bad_name-' })))
      .toThrow("Invalid SageMaker processing job: processingJobName must be letters, digits and hyphens, starting and ending with a letter or digit, got 'bad_name-'");
    const other = newStack();
    expect(() => new SageMakerCreateProcessingJob(other, 'Process', props(other, { processingJobName: 'a'.repeat(64) })))
      .toThrow(/processingJobName must be 1 to 63 characters long, got 64/);
  });

  test('throws when resources, limits and lists are out of range, reporting every problem', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateProcessingJob(stack, 'Process', props(stack, {
      appSpecification: { image: DockerImage.fromRegistry(IMAGE), containerEntrypoint: [] },
      processingResources: { instanceCount: 0, instanceType: new ec2.InstanceType('m5.xlarge'), volumeSize: cdk.Size.gibibytes(20000) },
      stoppingCondition: { maxRuntime: cdk.Duration.days(10) },
    }))).toThrow('Invalid SageMaker processing job: appSpecification.containerEntrypoint must list 1 to 100 entries, got 0; '
      + 'processingResources.instanceCount must be a whole number from 1 to 100, got 0; '
      + 'processingResources.volumeSize (GiB) must be a whole number from 1 to 16384, got 20000; '
      + 'stoppingCondition.maxRuntime (seconds) must be a whole number from 1 to 777600, got 864000');
  });

  test('throws when inputs or outputs repeat a name or use a path outside /opt/ml/processing/', () => {
    const stack = newStack();
    const input = (localPath: string) => ({ inputName: 'data', s3Input: { s3Location: S3Location.fromJsonExpression('$.in'), localPath } });
    expect(() => new SageMakerCreateProcessingJob(stack, 'Process', props(stack, {
      processingInputs: [input('/opt/ml/processing/a'), input('/tmp/b')],
    }))).toThrow("Invalid SageMaker processing job: processingInputs must have unique names, repeated: data; localPath must be under /opt/ml/processing/, got '/tmp/b'");
  });

  test('throws when there are more than ten inputs', () => {
    const stack = newStack();
    const inputs = Array.from({ length: 11 }, (_, i) => ({
      inputName: `in${i}`, s3Input: { s3Location: S3Location.fromJsonExpression('$.in'), localPath: `/opt/ml/processing/in${i}` },
    }));
    expect(() => new SageMakerCreateProcessingJob(stack, 'Process', props(stack, { processingInputs: inputs })))
      .toThrow('Invalid SageMaker processing job: processingInputs must list 0 to 10 entries, got 11');
  });

  test('throws when a security group is added to a job outside a VPC', () => {
    const stack = newStack();
    const task = new SageMakerCreateProcessingJob(stack, 'Process', props(stack));
    const vpc = new ec2.Vpc(stack, 'Vpc');
    expect(() => task.addSecurityGroup(new ec2.SecurityGroup(stack, 'Sg', { vpc })))
      .toThrow('Cannot add a security group to a processing job without vpcConfig');
  });
});
