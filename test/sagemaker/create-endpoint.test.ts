import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { SageMakerCreateEndpoint } from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };

function stateMachineStatements(stack: cdk.Stack, task: sfn.IChainable): any[] {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')) as any[];
  return policy.Properties.PolicyDocument.Statement;
}

describe('SageMakerCreateEndpoint', () => {
  test('sends the endpoint and configuration names (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
      endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:createEndpoint'),
      Parameters: { 'EndpointConfigName.$': '$.EndpointConfigName', 'EndpointName.$': '$.EndpointName' },
    });
  });

  test('jsonata() sends the names and tags as Arguments', () => {
    const stack = newStack();
    const task = SageMakerCreateEndpoint.jsonata(stack, 'Endpoint', {
      endpointName: 'MyEndpoint',
      endpointConfigName: 'MyConfig',
      tags: sfn.TaskInput.fromObject([{ Key: 'team', Value: '{% $states.input.team %}' }]),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:createEndpoint'),
      Arguments: { EndpointConfigName: 'MyConfig', EndpointName: 'MyEndpoint', Tags: [{ Key: 'team', Value: '{% $states.input.team %}' }] },
    });
  });

  test('grants the state machine createEndpoint on the lower-cased endpoint and configuration, and tag listing', () => {
    const stack = newStack({ env: ENV });
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig' });
    expect(stateMachineStatements(stack, task)).toEqual([
      {
        Action: 'sagemaker:createEndpoint',
        Effect: 'Allow',
        Resource: [
          partitionArn('sagemaker:us-east-1:123456789012:endpoint/myendpoint'),
          partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/myconfig'),
        ],
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test('names read from the input widen the grant to every endpoint and configuration', () => {
    const stack = newStack({ env: ENV });
    const task = new SageMakerCreateEndpoint(stack, 'Endpoint', {
      endpointName: sfn.JsonPath.stringAt('$.name'),
      endpointConfigName: sfn.JsonPath.stringAt('$.config'),
    });
    expect(stateMachineStatements(stack, task)[0].Resource).toEqual([
      partitionArn('sagemaker:us-east-1:123456789012:endpoint/*'),
      partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/*'),
    ]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SageMakerCreateEndpoint(stack, 'Endpoint', {
      endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['literal names', (t, s) => new t.SageMakerCreateEndpoint(s, 'Endpoint', { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig' })],
      ['tags and base props', (t, s) => new t.SageMakerCreateEndpoint(s, 'Endpoint', {
        endpointName: 'MyEndpoint',
        endpointConfigName: sfn.JsonPath.stringAt('$.config'),
        tags: sfn.TaskInput.fromJsonPathAt('$.tags'),
        resultPath: '$.endpoint',
        comment: 'create',
      })],
      ['jsonPath()', (t, s) => t.SageMakerCreateEndpoint.jsonPath(s, 'Endpoint', { endpointName: 'e', endpointConfigName: 'c', outputPath: '$.EndpointArn' })],
      ['jsonata() with expressions', (t, s) => t.SageMakerCreateEndpoint.jsonata(s, 'Endpoint', {
        endpointName: '{% $states.input.name %}',
        endpointConfigName: '{% $states.input.config %}',
        outputs: '{% $states.result.EndpointArn %}',
      })],
      ['the documented example', (t, s) => new t.SageMakerCreateEndpoint(s, 'SagemakerEndpoint', {
        endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
        endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerCreateEndpoint(s, 'Endpoint', { endpointName: 'e', endpointConfigName: 'c' }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.SageMakerCreateEndpoint(s, 'Endpoint', {
        endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
