import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ContainerDefinition, DockerImage, Mode, S3Location, SageMakerCreateModel, type SageMakerCreateModelProps } from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };
const ROLE_ARN = 'arn:aws:iam::123456789012:role/ModelRole';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/inference:1';

function importedRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'Role', ROLE_ARN);
}

function minimalProps(stack: cdk.Stack, extra: Partial<SageMakerCreateModelProps> = {}): SageMakerCreateModelProps {
  return {
    modelName: 'MyModel',
    role: importedRole(stack),
    primaryContainer: new ContainerDefinition({ image: DockerImage.fromRegistry(IMAGE) }),
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

describe('SageMakerCreateModel', () => {
  test('sends the model name, role and primary container (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateModel(stack, 'Model', minimalProps(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:createModel'),
      Parameters: { ExecutionRoleArn: ROLE_ARN, ModelName: 'MyModel', PrimaryContainer: { Image: IMAGE } },
    });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateModel.jsonata(stack, 'Model', minimalProps(stack));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createModel'),
      Arguments: { ExecutionRoleArn: ROLE_ARN, ModelName: 'MyModel', PrimaryContainer: { Image: IMAGE } },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new SageMakerCreateModel(stack, 'Model', minimalProps(stack)), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.ModelName).toEqual('MyModel');
    expect(state.Parameters).toBeUndefined();
  });

  test('renders every optional field, sending pipeline containers as aws-cdk-lib does (nested under parameters)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateModel(stack, 'Model', minimalProps(stack, {
      enableNetworkIsolation: true,
      tags: sfn.TaskInput.fromObject([{ Key: 'project', Value: 'ml' }]),
      primaryContainer: new ContainerDefinition({
        image: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
        mode: Mode.MULTI_MODEL,
        containerHostName: 'primary',
        modelPackageName: 'my-package',
        modelS3Location: S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
        environmentVariables: sfn.TaskInput.fromObject({ STAGE: 'prod' }),
      }),
      containers: [new ContainerDefinition({ image: DockerImage.fromRegistry('second:1'), containerHostName: 'second' })],
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      EnableNetworkIsolation: true,
      ExecutionRoleArn: ROLE_ARN,
      ModelName: 'MyModel',
      Tags: [{ Key: 'project', Value: 'ml' }],
      PrimaryContainer: {
        'ContainerHostname': 'primary',
        'Image.$': '$.Model.imageName',
        'Mode': 'MultiModel',
        'ModelDataUrl.$': '$.TrainingJob.ModelArtifacts.S3ModelArtifacts',
        'ModelPackageName': 'my-package',
        'Environment': { STAGE: 'prod' },
      },
      Containers: [{ parameters: { ContainerHostname: 'second', Image: 'second:1' } }],
    });
  });

  test('grants the state machine CreateModel on the lower-cased name, tag listing and passing the role', () => {
    const stack = newStack({ env: ENV });
    machine(stack, new SageMakerCreateModel(stack, 'Model', minimalProps(stack)));
    expect(stateMachineStatements(stack)).toEqual([
      { Action: 'sagemaker:CreateModel', Effect: 'Allow', Resource: partitionArn('sagemaker:us-east-1:123456789012:model/mymodel*') },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      {
        Action: 'iam:PassRole',
        Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
        Effect: 'Allow',
        Resource: ROLE_ARN,
      },
    ]);
  });

  test('a model name read from the input widens the grant to every model', () => {
    const stack = newStack({ env: ENV });
    machine(stack, new SageMakerCreateModel(stack, 'Model', minimalProps(stack, { modelName: sfn.JsonPath.stringAt('$.name') })));
    expect(stateMachineStatements(stack)[0].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:model/*'));
  });

  test('creates a role SageMaker assumes, allowed to write metrics and logs', () => {
    const stack = newStack();
    const task = new SageMakerCreateModel(stack, 'Model', minimalProps(stack, { role: undefined }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }],
      },
      Policies: [{
        PolicyName: 'CreateModel',
        PolicyDocument: {
          Statement: [{
            Action: [
              'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents',
              'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
            ],
            Effect: 'Allow',
            Resource: '*',
          }],
        },
      }],
    });
    expect(task.grantPrincipal).toBe(task.role);
  });

  test('the given role is the one the task uses and grants to', () => {
    const stack = newStack();
    const props = minimalProps(stack);
    const task = new SageMakerCreateModel(stack, 'Model', props);
    expect(task.role).toBe(props.role);
    expect(task.grantPrincipal).toBe(props.role);
  });

  test('binding the containers grants the role pulls of the image and reads of the artifacts', () => {
    const stack = newStack({ env: ENV });
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'models');
    const task = new SageMakerCreateModel(stack, 'Model', minimalProps(stack, {
      role: undefined,
      primaryContainer: new ContainerDefinition({
        image: DockerImage.fromEcrRepository(ecr.Repository.fromRepositoryName(stack, 'Repo', 'inference'), 'v1'),
        modelS3Location: S3Location.fromBucket(bucket, 'model.tar.gz'),
      }),
    }));
    machine(stack, task);
    const roleStatements = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('ModelSagemakerRole'))
      .flatMap(([, p]: [string, any]) => p.Properties.PolicyDocument.Statement);
    expect(roleStatements.map((s: any) => s.Resource)).toEqual([
      partitionArn('ecr:us-east-1:123456789012:repository/inference'),
      '*',
      [partitionArn('s3:::models'), partitionArn('s3:::models/model.tar.gz*')],
    ]);
  });

  test('in a VPC, creates a security group when rendered, after those added, and lets the role manage network interfaces', () => {
    // GIVEN
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
    const task = new SageMakerCreateModel(stack, 'Model', minimalProps(stack, { role: undefined, vpc }));
    task.addSecurityGroup(new ec2.SecurityGroup(stack, 'Extra', { vpc }));
    expect(task.connections.securityGroups).toHaveLength(0);
    // WHEN
    const vpcConfig = renderState(task).Parameters.VpcConfig;
    // THEN
    expect(vpcConfig).toEqual({
      SecurityGroupIds: [
        { 'Fn::GetAtt': [expect.stringMatching(/^Extra/), 'GroupId'] },
        { 'Fn::GetAtt': [expect.stringMatching(/^ModelModelSecurityGroup/), 'GroupId'] },
      ],
      Subnets: stack.resolve(vpc.privateSubnets.map((subnet) => subnet.subnetId)),
    });
    expect(task.connections.securityGroups).toHaveLength(1);
    renderState(task);
    Template.fromStack(stack).resourceCountIs('AWS::EC2::SecurityGroup', 2);
    const roleStatements = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('ModelSagemakerRole'))
      .flatMap(([, p]: [string, any]) => p.Properties.PolicyDocument.Statement);
    expect(roleStatements).toEqual([{
      Action: [
        'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface',
        'ec2:DeleteNetworkInterfacePermission', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs',
        'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups',
      ],
      Effect: 'Allow',
      Resource: '*',
    }]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateModel(stack, 'Model', minimalProps(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['a created role and a registry image', (t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      })],
      ['a given role', (t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        role: importedRole(s),
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      })],
      ['every prop, with a created VPC and pipeline containers', (t, s) => {
        const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2 });
        const task = new t.SageMakerCreateModel(s, 'Model', {
          modelName: 'MyModel',
          role: new iam.Role(s, 'MyRole', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }),
          enableNetworkIsolation: true,
          tags: sfn.TaskInput.fromJsonPathAt('$.tags'),
          vpc,
          subnetSelection: { subnetType: ec2.SubnetType.PUBLIC },
          primaryContainer: new t.ContainerDefinition({
            image: t.DockerImage.fromEcrRepository(new ecr.Repository(s, 'Repo')),
            mode: t.Mode.SINGLE_MODEL,
            containerHostName: 'main',
            modelPackageName: 'pkg',
            modelS3Location: t.S3Location.fromBucket(new s3.Bucket(s, 'Artifacts'), 'model/'),
            environmentVariables: sfn.TaskInput.fromObject({ A: sfn.JsonPath.stringAt('$.a') }),
          }),
          containers: [
            new t.ContainerDefinition({ image: t.DockerImage.fromJsonExpression('$.second') }),
            new t.ContainerDefinition({ modelS3Location: t.S3Location.fromJsonExpression('$.third') }),
          ],
          resultPath: '$.model',
        });
        task.addSecurityGroup(new ec2.SecurityGroup(s, 'Extra', { vpc }));
        return task;
      }],
      ['an imported VPC with a created role', (t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        vpc: ec2.Vpc.fromVpcAttributes(s, 'Vpc', {
          vpcId: 'vpc-0a1b2c3d',
          availabilityZones: ['us-east-1a'],
          privateSubnetIds: ['subnet-0000001a'],
        }),
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      })],
      ['a model name from the input', (t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: sfn.JsonPath.stringAt('$.name'),
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      })],
      ['a property injector', (t, s) => {
        cdk.PropertyInjectors.of(s).add({
          constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateModel',
          inject: (props: any) => ({ ...props, enableNetworkIsolation: true }),
        });
        return new t.SageMakerCreateModel(s, 'Model', {
          modelName: 'MyModel',
          primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
        });
      }],
      ['jsonPath()', (t, s) => t.SageMakerCreateModel.jsonPath(s, 'Model', {
        modelName: 'MyModel',
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
        outputPath: '$.ModelArn',
      })],
      ['jsonata() with expressions', (t, s) => t.SageMakerCreateModel.jsonata(s, 'Model', {
        modelName: '{% $states.input.name %}',
        primaryContainer: new t.ContainerDefinition({
          image: t.DockerImage.fromJsonExpression('{% $states.input.image %}'),
          modelS3Location: t.S3Location.fromJsonExpression('{% $states.input.model %}'),
        }),
        tags: sfn.TaskInput.fromText('{% $states.input.tags %}'),
        outputs: '{% $states.result.ModelArn %}',
      })],
      ['the documented example', (t, s) => new t.SageMakerCreateModel(s, 'Sagemaker', {
        modelName: 'MyModel',
        primaryContainer: new t.ContainerDefinition({
          image: t.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
          mode: t.Mode.SINGLE_MODEL,
          modelS3Location: t.S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
        }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with minimized policies and an environment', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 1 }),
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromJsonExpression('$.image') }),
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true }, env: ENV });
    });

    test('throws when the pattern is RUN_JOB, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.SageMakerCreateModel(s, 'Model', {
        modelName: 'MyModel',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        primaryContainer: new t.ContainerDefinition({ image: t.DockerImage.fromRegistry(IMAGE) }),
      }));
    });
  });
});
