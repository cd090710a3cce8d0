import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  AssembleWith, BatchStrategy, CompressionType, S3DataType, SageMakerCreateTransformJob, SplitType,
  type SageMakerCreateTransformJobProps,
} from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };
const ROLE_ARN = 'arn:aws:iam::123456789012:role/TransformRole';
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function importedRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN);
}

function minimalProps(extra: Partial<SageMakerCreateTransformJobProps> = {}): SageMakerCreateTransformJobProps {
  return {
    transformJobName: 'MyTransformJob',
    modelName: 'MyModelName',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/train' } } },
    transformOutput: { s3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
    ...extra,
  };
}

function stateMachineStatements(stack: cdk.Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  const [policy] = Object.entries(policies).filter(([id]) => id.startsWith('SMRoleDefaultPolicy')).map(([, p]) => p as any);
  return policy.Properties.PolicyDocument.Statement;
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

const DEFAULT_PARAMETERS = {
  ModelName: 'MyModelName',
  TransformInput: { DataSource: { S3DataSource: { S3Uri: 's3://inputbucket/train', S3DataType: 'S3Prefix' } } },
  TransformJobName: 'MyTransformJob',
  TransformOutput: { S3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
  TransformResources: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge' },
};

describe('SageMakerCreateTransformJob', () => {
  test('defaults to one ml.m4.xlarge instance reading an S3 prefix (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps());
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:createTransformJob'),
      Parameters: DEFAULT_PARAMETERS,
    });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateTransformJob.jsonata(stack, 'Transform', minimalProps());
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createTransformJob'),
      Arguments: DEFAULT_PARAMETERS,
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new SageMakerCreateTransformJob(stack, 'Transform', minimalProps()), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual(DEFAULT_PARAMETERS);
    expect(state.Parameters).toBeUndefined();
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', KEY_ARN);
    // WHEN
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({
      role: importedRole(stack),
      batchStrategy: BatchStrategy.MULTI_RECORD,
      environment: { MODE: 'batch' },
      maxConcurrentTransforms: 4,
      maxPayload: cdk.Size.mebibytes(20),
      modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: cdk.Duration.minutes(5) },
      tags: { project: 'ml' },
      transformInput: {
        compressionType: CompressionType.GZIP,
        contentType: 'text/csv',
        splitType: SplitType.LINE,
        transformDataSource: { s3DataSource: { s3Uri: sfn.JsonPath.stringAt('$.input'), s3DataType: S3DataType.MANIFEST_FILE } },
      },
      transformOutput: { s3OutputPath: 's3://out/', accept: 'text/csv', assembleWith: AssembleWith.LINE, encryptionKey: key },
      transformResources: {
        instanceCount: 2,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE4),
        volumeEncryptionKey: key,
      },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      BatchStrategy: 'MultiRecord',
      Environment: { MODE: 'batch' },
      MaxConcurrentTransforms: 4,
      MaxPayloadInMB: 20,
      ModelClientConfig: { InvocationsMaxRetries: 3, InvocationsTimeoutInSeconds: 300 },
      ModelName: 'MyModelName',
      Tags: [{ Key: 'project', Value: 'ml' }],
      TransformInput: {
        CompressionType: 'Gzip',
        ContentType: 'text/csv',
        DataSource: { S3DataSource: { 'S3Uri.$': '$.input', 'S3DataType': 'ManifestFile' } },
        SplitType: 'Line',
      },
      TransformJobName: 'MyTransformJob',
      TransformOutput: { S3OutputPath: 's3://out/', KmsKeyId: KEY_ARN, Accept: 'text/csv', AssembleWith: 'Line' },
      TransformResources: { InstanceCount: 2, InstanceType: 'ml.c5.4xlarge', VolumeKmsKeyId: KEY_ARN },
    });
  });

  test('empty model client options send the defaults: no retries and a 60-second timeout', () => {
    const stack = newStack();
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ modelClientOptions: {} }));
    expect(renderState(task).Parameters.ModelClientConfig).toEqual({ InvocationsMaxRetries: 0, InvocationsTimeoutInSeconds: 60 });
  });

  test('an instance type read from the input is sent without the ml. prefix', () => {
    const stack = newStack();
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({
      transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.type')) },
    }));
    expect(renderState(task).Parameters.TransformResources).toEqual({ 'InstanceCount': 1, 'InstanceType.$': '$.type' });
  });

  test('creates a role SageMaker assumes with the AmazonSageMakerFullAccess managed policy', () => {
    const stack = newStack();
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps());
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }],
      },
      ManagedPolicyArns: [partitionArn('iam::aws:policy/AmazonSageMakerFullAccess')],
    });
    expect(stack.resolve(task.role.roleArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^TransformSagemakerTransformRole/), 'Arn'] });
  });

  test('the given role is the one the task passes', () => {
    const stack = newStack();
    const role = importedRole(stack);
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ role }));
    expect(task.role).toBe(role);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 0);
  });

  test('grants the state machine transform jobs, tag listing and passing the role', () => {
    const stack = newStack({ env: ENV });
    machine(stack, new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ role: importedRole(stack) })));
    expect(stateMachineStatements(stack)).toEqual([
      {
        Action: ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'],
        Effect: 'Allow',
        Resource: partitionArn('sagemaker:us-east-1:123456789012:transform-job/*'),
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      {
        Action: 'iam:PassRole',
        Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
        Effect: 'Allow',
        Resource: ROLE_ARN,
      },
    ]);
  });

  test('RUN_JOB waits for the job, may manage the events rule and tag transform jobs', () => {
    const stack = newStack({ env: ENV });
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({
      role: importedRole(stack),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    machine(stack, task);
    expect(renderState(task).Resource).toEqual(stateArn('sagemaker:createTransformJob', '.sync'));
    expect(stateMachineStatements(stack).slice(3)).toEqual([
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: partitionArn('events:us-east-1:123456789012:rule/StepFunctionsGetEventsForSageMakerTransformJobsRule'),
      },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: partitionArn('sagemaker:us-east-1:123456789012:transform-job/*') },
    ]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when rendering more than 3 invocation retries', () => {
    const stack = newStack();
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ modelClientOptions: { invocationsMaxRetries: 4 } }));
    expect(() => renderState(task)).toThrow('invocationsMaxRetries should be between 0 and 3. Received: 4.');
  });

  test('throws when rendering an invocation timeout over an hour', () => {
    const stack = newStack();
    const task = new SageMakerCreateTransformJob(stack, 'Transform', minimalProps({ modelClientOptions: { invocationsTimeout: cdk.Duration.hours(2) } }));
    expect(() => renderState(task)).toThrow('invocationsTimeout should be between 1 and 3600 seconds. Received: 7200.');
  });

  describe('matches aws-cdk-lib', () => {
    const input = { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/train' } } };
    const output = { s3OutputPath: 's3://outputbucket/out' };
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['defaults with a created role', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'MyTransformJob', modelName: 'MyModel', transformInput: input, transformOutput: output,
      })],
      ['a given role, RUN_JOB', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'MyTransformJob',
        modelName: 'MyModel',
        role: importedRole(s),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        transformInput: input,
        transformOutput: output,
      })],
      ['every prop with created keys', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: sfn.JsonPath.stringAt('$.name'),
        modelName: sfn.JsonPath.stringAt('$.model'),
        role: new iam.Role(s, 'MyRole', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }),
        batchStrategy: t.BatchStrategy.SINGLE_RECORD,
        environment: { A: 'b' },
        maxConcurrentTransforms: 2,
        maxPayload: cdk.Size.mebibytes(50),
        modelClientOptions: { invocationsMaxRetries: 1, invocationsTimeout: cdk.Duration.seconds(30) },
        tags: { x: 'y', z: 'w' },
        transformInput: {
          compressionType: t.CompressionType.NONE,
          contentType: 'application/json',
          splitType: t.SplitType.TF_RECORD,
          transformDataSource: { s3DataSource: { s3Uri: 's3://in/', s3DataType: t.S3DataType.AUGMENTED_MANIFEST_FILE } },
        },
        transformOutput: { s3OutputPath: 's3://out/', accept: 'application/json', assembleWith: t.AssembleWith.NONE, encryptionKey: new kms.Key(s, 'OutKey') },
        transformResources: { instanceCount: 3, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeEncryptionKey: new kms.Key(s, 'VolKey') },
        resultPath: '$.transform',
        comment: 'batch inference',
      })],
      ['zero concurrent transforms and retries', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        maxConcurrentTransforms: 0,
        modelClientOptions: { invocationsMaxRetries: 0 },
      })],
      ['an instance type from the input', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.type')) },
      })],
      ['jsonPath()', (t, s) => t.SageMakerCreateTransformJob.jsonPath(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output, outputPath: '$.TransformJobArn',
      })],
      ['jsonata() with expressions', (t, s) => t.SageMakerCreateTransformJob.jsonata(s, 'Transform', {
        transformJobName: '{% $states.input.name %}',
        modelName: '{% $states.input.model %}',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        transformInput: { transformDataSource: { s3DataSource: { s3Uri: '{% $states.input.uri %}' } } },
        transformOutput: { s3OutputPath: '{% $states.input.out %}' },
        transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.type %}') },
        outputs: '{% $states.result %}',
      })],
      ['the documented example (current)', (t, s) => new t.SageMakerCreateTransformJob(s, 'Batch Inference', {
        transformJobName: 'MyTransformJob',
        modelName: 'MyModelName',
        modelClientOptions: {
          invocationsMaxRetries: 3,
          invocationsTimeout: cdk.Duration.minutes(5),
        },
        transformInput: {
          transformDataSource: {
            s3DataSource: {
              s3Uri: 's3://inputbucket/train',
              s3DataType: t.S3DataType.S3_PREFIX,
            },
          },
        },
        transformOutput: {
          s3OutputPath: 's3://outputbucket/TransformJobOutputPath',
        },
        transformResources: {
          instanceCount: 1,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
        },
      })],
      ['the documented example (older, as SagemakerTransformTask with a given role)', (t, s) => new t.SageMakerCreateTransformJob(s, 'Batch Inference', {
        transformJobName: 'MyTransformJob',
        modelName: 'MyModelName',
        role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }),
        transformInput: {
          transformDataSource: {
            s3DataSource: {
              s3Uri: 's3://inputbucket/train',
              s3DataType: t.S3DataType.S3_PREFIX,
            },
          },
        },
        transformOutput: {
          s3OutputPath: 's3://outputbucket/TransformJobOutputPath',
        },
        transformResources: {
          instanceCount: 1,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
        },
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with minimized policies and an environment', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true }, env: ENV });
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when the pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when the retries are negative', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        modelClientOptions: { invocationsMaxRetries: -1 },
      })],
      ['throws when the retries are above 3', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        modelClientOptions: { invocationsMaxRetries: 4 },
      })],
      ['throws when the timeout is above an hour', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        modelClientOptions: { invocationsTimeout: cdk.Duration.seconds(3601) },
      })],
      ['throws when the payload is not whole mebibytes', (t, s) => new t.SageMakerCreateTransformJob(s, 'Transform', {
        transformJobName: 'j', modelName: 'm', transformInput: input, transformOutput: output,
        maxPayload: cdk.Size.kibibytes(1500),
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
