import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { AcceleratorClass, AcceleratorType, SageMakerCreateEndpointConfig, type ProductionVariant } from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const VARIANT: ProductionVariant = {
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
  modelName: 'MyModel',
  variantName: 'awesome-variant',
};

function stateMachineStatements(stack: cdk.Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  const [policy] = Object.values(policies) as any[];
  return policy.Properties.PolicyDocument.Statement;
}

describe('SageMakerCreateEndpointConfig', () => {
  test('sends the name and the variants, one instance each by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'MyEndpointConfig', productionVariants: [VARIANT] });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:createEndpointConfig'),
      Parameters: {
        EndpointConfigName: 'MyEndpointConfig',
        ProductionVariants: [{ InitialInstanceCount: 1, InstanceType: 'ml.m5.xlarge', ModelName: 'MyModel', VariantName: 'awesome-variant' }],
      },
    });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateEndpointConfig.jsonata(stack, 'Config', { endpointConfigName: 'MyEndpointConfig', productionVariants: [VARIANT] });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createEndpointConfig'),
      Arguments: {
        EndpointConfigName: 'MyEndpointConfig',
        ProductionVariants: [{ InitialInstanceCount: 1, InstanceType: 'ml.m5.xlarge', ModelName: 'MyModel', VariantName: 'awesome-variant' }],
      },
    });
  });

  test('renders every optional field, the accelerator type as aws-cdk-lib does', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateEndpointConfig(stack, 'Config', {
      endpointConfigName: sfn.JsonPath.stringAt('$.name'),
      kmsKey: kms.Key.fromKeyArn(stack, 'Key', KEY_ARN),
      tags: sfn.TaskInput.fromJsonPathAt('$.tags'),
      productionVariants: [
        { ...VARIANT, initialInstanceCount: 2, initialVariantWeight: 0.5, acceleratorType: new AcceleratorType('ml.eia2.medium') },
        { ...VARIANT, variantName: 'other', instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.type')) },
      ],
    });
    // THEN
    expect(renderState(task).Parameters).toEqual({
      'EndpointConfigName.$': '$.name',
      'Tags.$': '$.tags',
      'KmsKeyId': '1234abcd-12ab-34cd-56ef-1234567890ab',
      'ProductionVariants': [
        {
          InitialInstanceCount: 2,
          InstanceType: 'ml.m5.xlarge',
          ModelName: 'MyModel',
          VariantName: 'awesome-variant',
          AcceleratorType: { instanceTypeIdentifier: 'ml.eia2.medium' },
          InitialVariantWeight: 0.5,
        },
        { 'InitialInstanceCount': 1, 'InstanceType.$': '$.type', 'ModelName': 'MyModel', 'VariantName': 'other' },
      ],
    });
  });

  test('grants the state machine CreateEndpointConfig on the lower-cased name and tag listing', () => {
    const stack = newStack({ env: ENV });
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SageMakerCreateEndpointConfig(stack, 'Config', {
        endpointConfigName: 'MyEndpointConfig',
        productionVariants: [VARIANT],
      })),
    });
    expect(stateMachineStatements(stack)).toEqual([
      { Action: 'sagemaker:CreateEndpointConfig', Effect: 'Allow', Resource: partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/myendpointconfig') },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test('a name read from the input widens the grant to every endpoint configuration', () => {
    const stack = newStack({ env: ENV });
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(SageMakerCreateEndpointConfig.jsonata(stack, 'Config', {
        endpointConfigName: '{% $states.input.name %}',
        productionVariants: [VARIANT],
      })),
    });
    expect(stateMachineStatements(stack)[0].Resource).toEqual(partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/*'));
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpointConfig(stack, 'Config', {
      endpointConfigName: 'c', productionVariants: [VARIANT], integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB');
  });

  test('throws when there is no production variant', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'c', productionVariants: [] }))
      .toThrow('Must specify from 1 to 10 production variants per endpoint configuration');
  });

  test('throws when there are more than 10 production variants', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'c', productionVariants: Array(11).fill(VARIANT) }))
      .toThrow('Must specify from 1 to 10 production variants per endpoint configuration');
  });

  test('throws when a variant starts with a negative instance count', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'c', productionVariants: [{ ...VARIANT, initialInstanceCount: -1 }] }))
      .toThrow('Must define at least one instance');
  });

  test('throws when a variant has a negative weight', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'c', productionVariants: [{ ...VARIANT, initialVariantWeight: -1 }] }))
      .toThrow('InitialVariantWeight has minimum value of 0');
  });

  test('honours a property injector registered for the aws-cdk-lib class', () => {
    const stack = newStack();
    cdk.PropertyInjectors.of(stack).add({
      constructUniqueId: SageMakerCreateEndpointConfig.PROPERTY_INJECTION_ID,
      inject: (props: any) => ({ ...props, comment: 'injected' }),
    });
    const task = new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'c', productionVariants: [VARIANT] });
    expect(SageMakerCreateEndpointConfig.PROPERTY_INJECTION_ID).toEqual('aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateEndpointConfig');
    expect(renderState(task).Comment).toEqual('injected');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['one variant', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'MyConfig', productionVariants: [VARIANT] })],
      ['every prop with a created key and ten variants', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', {
        endpointConfigName: 'MyConfig',
        kmsKey: new kms.Key(s, 'Key'),
        tags: sfn.TaskInput.fromObject([{ Key: 'a', Value: sfn.JsonPath.stringAt('$.a') }]),
        productionVariants: Array.from({ length: 10 }, (_, i) => ({
          ...VARIANT,
          variantName: `v${i}`,
          initialInstanceCount: i + 1,
          initialVariantWeight: i / 10,
          acceleratorType: i % 2 ? t.AcceleratorType.of(t.AcceleratorClass.EIA1, ec2.InstanceSize.LARGE) : new t.AcceleratorType('ml.eia2.xlarge'),
        })),
        comment: 'config',
      })],
      ['an imported key and names from the input', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', {
        endpointConfigName: sfn.JsonPath.stringAt('$.name'),
        kmsKey: kms.Key.fromKeyArn(s, 'Key', KEY_ARN),
        productionVariants: [{ ...VARIANT, modelName: sfn.JsonPath.stringAt('$.model'), instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.type')) }],
      })],
      ['jsonPath()', (t, s) => t.SageMakerCreateEndpointConfig.jsonPath(s, 'Config', { endpointConfigName: 'MyConfig', productionVariants: [VARIANT], resultPath: '$.config' })],
      ['jsonata() with expressions', (t, s) => t.SageMakerCreateEndpointConfig.jsonata(s, 'Config', {
        endpointConfigName: '{% $states.input.name %}',
        productionVariants: [{ ...VARIANT, instanceType: new ec2.InstanceType('{% $states.input.type %}') }],
        tags: sfn.TaskInput.fromText('{% $states.input.tags %}'),
      })],
      ['a property injector', (t, s) => {
        cdk.PropertyInjectors.of(s).add({
          constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateEndpointConfig',
          inject: (props: any) => ({ ...props, endpointConfigName: 'Injected' }),
        });
        return new t.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'MyConfig', productionVariants: [VARIANT] });
      }],
      ['the documented example', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'SagemakerEndpointConfig', {
        endpointConfigName: 'MyEndpointConfig',
        productionVariants: [{
          initialInstanceCount: 2,
          instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
          modelName: 'MyModel',
          variantName: 'awesome-variant',
        }],
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'MyConfig', productionVariants: [VARIANT] }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when the pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', {
        endpointConfigName: 'c', productionVariants: [VARIANT], integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when there are no variants', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'c', productionVariants: [] })],
      ['throws when there are 11 variants', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', { endpointConfigName: 'c', productionVariants: Array(11).fill(VARIANT) })],
      ['throws when an instance count is negative', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', {
        endpointConfigName: 'c', productionVariants: [VARIANT, { ...VARIANT, initialInstanceCount: -2 }],
      })],
      ['throws when a weight is negative', (t, s) => new t.SageMakerCreateEndpointConfig(s, 'Config', {
        endpointConfigName: 'c', productionVariants: [{ ...VARIANT, initialVariantWeight: -0.1 }],
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});

describe('AcceleratorClass and AcceleratorType', () => {
  test('the generations carry their version names', () => {
    expect(AcceleratorClass.EIA1.version).toEqual('eia1');
    expect(AcceleratorClass.EIA2.version).toEqual('eia2');
    expect(AcceleratorClass.of('eia3').version).toEqual('eia3');
  });

  test('a type built from its name prints as that name', () => {
    expect(new AcceleratorType('ml.eia1.medium').toString()).toEqual('ml.eia1.medium');
  });

  test('of() writes the generation object as a string, as aws-cdk-lib does', () => {
    expect(AcceleratorType.of(AcceleratorClass.EIA2, ec2.InstanceSize.LARGE).toString()).toEqual('ml.[object Object].large');
  });
});
