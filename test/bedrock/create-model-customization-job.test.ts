import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ours from '../../lib';
import { BedrockCreateModelCustomizationJob, CustomizationType } from '../../lib';
import {
  definitionOf, expectSameAsReference, expectSameAsReferenceExcept, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder, type Tasks,
} from '../util';
import { runsBedrockJobToCompletion } from '../differences';

function titan(stack: cdk.Stack): bedrock.IModel {
  return bedrock.FoundationModel.fromFoundationModelId(stack, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
}

function bucket(stack: cdk.Stack, name: string): s3.IBucket {
  return s3.Bucket.fromBucketName(stack, `${name}Bucket`, name);
}

/** The props every job needs, with imported buckets and the evaluation percentage instead of validation data. */
function required(stack: cdk.Stack) {
  return {
    baseModel: titan(stack),
    customModelName: 'MyCustomModel',
    jobName: 'MyCustomizationJob',
    outputData: { bucket: bucket(stack, 'output'), path: 'output-data/' },
    trainingData: { bucket: bucket(stack, 'training'), path: 'training-data/data.json' },
    hyperParameters: { 'Evaluation percentage': '10' },
  };
}

const MODEL_ARN = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, '::foundation-model/amazon.titan-text-express-v1']],
};

function bedrockArn(resource: string) {
  return regionalArn('bedrock', resource);
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

/** The README example: every prop, with a created key and VPC and imported buckets. */
function readmeExample(t: Tasks, s: cdk.Stack) {
  const vpc = new ec2.Vpc(s, 'Vpc');
  return new t.BedrockCreateModelCustomizationJob(s, 'CreateModelCustomizationJob', {
    baseModel: titan(s),
    clientRequestToken: 'MyToken',
    customizationType: t.CustomizationType.FINE_TUNING,
    customModelKmsKey: new kms.Key(s, 'Key'),
    customModelName: 'MyCustomModel',
    customModelTags: [{ key: 'key1', value: 'value1' }],
    hyperParameters: { batchSize: '10' },
    jobName: 'MyCustomizationJob',
    jobTags: [{ key: 'key2', value: 'value2' }],
    outputData: { bucket: bucket(s, 'output'), path: 'output-data/' },
    trainingData: { bucket: bucket(s, 'training'), path: 'training-data/data.json' },
    validationData: [{ bucket: bucket(s, 'validation'), path: 'validation-data/data.json' }],
    vpcConfig: {
      securityGroups: [new ec2.SecurityGroup(s, 'SecurityGroup', { vpc })],
      subnets: vpc.privateSubnets,
    },
  });
}

describe('BedrockCreateModelCustomizationJob', () => {
  test('starts the job with a role of its own, in Parameters', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new BedrockCreateModelCustomizationJob(stack, 'Job', required(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('bedrock:createModelCustomizationJob'),
      Parameters: {
        BaseModelIdentifier: MODEL_ARN,
        CustomModelName: 'MyCustomModel',
        HyperParameters: { 'Evaluation percentage': '10' },
        JobName: 'MyCustomizationJob',
        OutputDataConfig: { S3Uri: 's3://output/output-data/' },
        RoleArn: { 'Fn::GetAtt': ['JobBedrockRoleC5A2E05B', 'Arn'] },
        TrainingDataConfig: { S3Uri: 's3://training/training-data/data.json' },
      },
    });
    expect(task.role).toBe(task.node.findChild('BedrockRole'));
  });

  test('grants creating and tagging the job, and passing its role', () => {
    const stack = newStack();
    machine(stack, new BedrockCreateModelCustomizationJob(stack, 'Job', required(stack)));
    expect(policyStatements(stack).filter((s) => s.Action !== 's3:GetObject' && !String(s.Action).includes('s3:'))).toEqual([
      {
        Action: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        Effect: 'Allow',
        Resource: [MODEL_ARN, bedrockArn('custom-model/*'), bedrockArn('model-customization-job/*')],
      },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['JobBedrockRoleC5A2E05B', 'Arn'] } },
    ]);
  });

  test('uses the role given, without creating one', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/Bedrock');
    const task = new BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), role });
    expect(task.role).toBe(role);
    expect(task.node.tryFindChild('BedrockRole')).toBeUndefined();
    expect(renderState(task).Parameters.RoleArn).toEqual('arn:aws:iam::123456789012:role/Bedrock');
  });

  test('RUN_JOB waits for the job (.sync) and may follow and stop it (beyond aws-cdk-lib, which renders no suffix)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    // THEN the policy is that of https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html for .sync
    expect(renderState(task).Resource).toEqual(stateArn('bedrock:createModelCustomizationJob', '.sync'));
    expect(policyStatements(stack).filter((st) => st.Action !== 'iam:PassRole' && [st.Action].flat().some((a: string) => a.startsWith('bedrock:')))).toEqual([
      {
        Action: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        Effect: 'Allow',
        Resource: [MODEL_ARN, bedrockArn('custom-model/*'), bedrockArn('model-customization-job/*')],
      },
      {
        Action: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'],
        Effect: 'Allow',
        Resource: bedrockArn('model-customization-job/*'),
      },
    ]);
  });

  test('renders the optional fields', () => {
    const stack = newStack();
    const task = new BedrockCreateModelCustomizationJob(stack, 'Job', {
      ...required(stack),
      customizationType: CustomizationType.CONTINUED_PRE_TRAINING,
      customModelTags: [{ key: 'a', value: 'b' }],
      jobTags: [{ key: 'c', value: 'd' }],
      clientRequestToken: 'token-1',
      validationData: [{ bucket: bucket(stack, 'validation') }],
    });
    expect(renderState(task).Parameters).toMatchObject({
      ClientRequestToken: 'token-1',
      CustomizationType: 'CONTINUED_PRE_TRAINING',
      CustomModelTags: [{ Key: 'a', Value: 'b' }],
      JobTags: [{ Key: 'c', Value: 'd' }],
      ValidationDataConfig: { Validators: [{ S3Uri: 's3://validation' }] },
    });
  });

  test('throws when neither validation data nor the evaluation percentage is given', () => {
    const stack = newStack();
    expect(() => new BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), hyperParameters: { batchSize: '1' } }))
      .toThrow('validationData or Evaluation percentage hyperparameter must be provided.');
  });

  test('throws when the job name breaks the pattern', () => {
    const stack = newStack();
    expect(() => new BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), jobName: '-job' }))
      .toThrow('jobName must match the pattern /^[a-zA-Z0-9](-*[a-zA-Z0-9\\+\\-\\.])*$/, got: -job.');
  });

  test('throws when the customer managed key is imported', () => {
    const stack = newStack();
    expect(() => new BedrockCreateModelCustomizationJob(stack, 'Job', {
      ...required(stack),
      customModelKmsKey: kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abc'),
    })).toThrow('Imported KMS key is not used as the `customModelKmsKey`.');
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', readmeExample],
      ['required props only', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', required(s))],
      ['created buckets and several validation sets', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        outputData: { bucket: new s3.Bucket(s, 'Out') },
        trainingData: { bucket: new s3.Bucket(s, 'Train'), path: 'train.jsonl' },
        validationData: [{ bucket: new s3.Bucket(s, 'Valid1') }, { bucket: bucket(s, 'valid2'), path: 'v.jsonl' }],
      })],
      ['a role given', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') }),
      })],
      ['an imported role given', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        role: iam.Role.fromRoleName(s, 'Role', 'bedrock-role'),
      })],
      ['a key with a role given', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        role: iam.Role.fromRoleName(s, 'Role', 'bedrock-role'),
        customModelKmsKey: new kms.Key(s, 'Key'),
      })],
      ['an imported VPC', (t, s) => {
        const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['a', 'b'], privateSubnetIds: ['subnet-1', 'subnet-2'] });
        return new t.BedrockCreateModelCustomizationJob(s, 'Job', {
          ...required(s),
          vpcConfig: { securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')], subnets: vpc.privateSubnets },
        });
      }],
      ['distillation, REQUEST_RESPONSE and tokens', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        customizationType: t.CustomizationType.DISTILLATION,
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        jobName: sfn.JsonPath.stringAt('$.jobName'),
        customModelName: sfn.JsonPath.stringAt('$.modelName'),
        clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
        resultPath: '$.job',
      })],
      ['the longest names and most tags', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        clientRequestToken: 'a'.repeat(256),
        customModelName: 'm'.repeat(63),
        jobName: 'j'.repeat(63),
        customModelTags: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
        jobTags: [],
      })],
    ];
    // Beyond aws-cdk-lib: RUN_JOB renders `.sync` and grants following and stopping the job; nothing else differs.
    const runJob: Array<[string, Builder]> = [
      ['RUN_JOB with distillation and tokens', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        customizationType: t.CustomizationType.DISTILLATION,
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        jobName: sfn.JsonPath.stringAt('$.jobName'),
        customModelName: sfn.JsonPath.stringAt('$.modelName'),
        clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
        resultPath: '$.job',
      })],
      ['RUN_JOB with a given role and a key', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        role: iam.Role.fromRoleName(s, 'Role', 'bedrock-role'),
        customModelKmsKey: new kms.Key(s, 'Key'),
      })],
    ];
    test.each(runJob)('%s: the reference\'s template with .sync and the follow-and-stop statement', (_name, build) => {
      expectSameAsReferenceExcept(build, runsBedrockJobToCompletion());
    });

    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('renders Parameters even in a JSONata state, as the reference does (which is not valid ASL)', () => {
      // expectSameAsReference would also validate the definition, which the reference's own output fails.
      const template = (tasks: Tasks) => {
        const stack = newStack();
        machine(stack, new tasks.BedrockCreateModelCustomizationJob(stack, 'Job', { ...required(stack), queryLanguage: sfn.QueryLanguage.JSONATA }));
        return Template.fromStack(stack).toJSON();
      };
      const theirs = template(reference as unknown as Tasks);
      expect(template(ours)).toEqual(theirs);
      expect(definitionOf(theirs).States.Job).toMatchObject({ QueryLanguage: 'JSONata', Parameters: expect.any(Object) });
    });

    test('in a stack with a concrete environment', () => {
      expectSameAsReference(readmeExample, { env: { account: '123456789012', region: 'us-east-1' } });
    });

    test('the role is the created one, as the reference says', () => {
      expectSameAsReference((t, s) => {
        const task = new t.BedrockCreateModelCustomizationJob(s, 'Job', required(s));
        new cdk.CfnOutput(s, 'RoleName', { value: task.role.roleName });
        return task;
      });
    });

    const tooMany = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
    test.each<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['the client request token is too long', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), clientRequestToken: 'a'.repeat(257) })],
      ['the client request token is empty', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), clientRequestToken: '' })],
      ['the client request token breaks the pattern', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), clientRequestToken: 'a_b' })],
      ['the model name is too long', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), customModelName: 'm'.repeat(64) })],
      ['the model name breaks the pattern', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), customModelName: 'a__b' })],
      ['there are too many model tags', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), customModelTags: tooMany(201, (i) => ({ key: `k${i}`, value: 'v' })),
      })],
      ['the job name is empty', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), jobName: '' })],
      ['the job name breaks the pattern', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), jobName: 'job_1' })],
      ['there are too many job tags', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), jobTags: tooMany(201, (i) => ({ key: `k${i}`, value: 'v' })),
      })],
      ['the validation data is empty', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), validationData: [] })],
      ['there are too many validation sets', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), validationData: tooMany(11, () => ({ bucket: bucket(s, 'valid') })),
      })],
      ['there is no security group', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), vpcConfig: { securityGroups: [], subnets: [ec2.Subnet.fromSubnetId(s, 'Subnet', 'subnet-1')] },
      })],
      ['there are too many security groups', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        vpcConfig: {
          securityGroups: tooMany(6, (i) => ec2.SecurityGroup.fromSecurityGroupId(s, `Sg${i}`, `sg-${i}`)),
          subnets: [ec2.Subnet.fromSubnetId(s, 'Subnet', 'subnet-1')],
        },
      })],
      ['there are too many subnets', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s),
        vpcConfig: {
          securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')],
          subnets: tooMany(17, (i) => ec2.Subnet.fromSubnetId(s, `Subnet${i}`, `subnet-${i}`)),
        },
      })],
      ['there is no subnet', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), vpcConfig: { securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')], subnets: [] },
      })],
      ['the pattern is unsupported', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['the pattern is unsupported and a name is invalid (the name is reported first)', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), jobName: '', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['neither validation data nor the evaluation percentage is given', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), hyperParameters: undefined,
      })],
      ['the key is imported', (t, s) => new t.BedrockCreateModelCustomizationJob(s, 'Job', {
        ...required(s), customModelKmsKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abc'),
      })],
      ['the role is only a role reference and is read', (t, s) => {
        // A bare reference: the fields a role reference needs, and none of IRole's methods.
        const roleRef = {
          roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r', roleName: 'r' },
          node: s.node,
          env: { account: s.account, region: s.region },
        } as unknown as iam.IRoleRef;
        const task = new t.BedrockCreateModelCustomizationJob(s, 'Job', { ...required(s), role: roleRef });
        void task.role;
        return task;
      }],
    ])('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
