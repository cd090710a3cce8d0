import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { SageMakerUpdateEndpoint } from '../../lib';
import { expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, renderState, stateArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };

function stateMachineStatements(stack: cdk.Stack, task: sfn.IChainable): any[] {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
  const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')) as any[];
  return policy.Properties.PolicyDocument.Statement;
}

describe('SageMakerUpdateEndpoint', () => {
  test('sends the endpoint and the configuration to deploy (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SageMakerUpdateEndpoint(stack, 'Update', {
      endpointName: sfn.JsonPath.stringAt('$.Endpoint.Name'),
      endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sagemaker:updateEndpoint'),
      Parameters: { 'EndpointConfigName.$': '$.Endpoint.EndpointConfig', 'EndpointName.$': '$.Endpoint.Name' },
    });
  });

  test('jsonata() sends the names as Arguments', () => {
    const stack = newStack();
    const task = SageMakerUpdateEndpoint.jsonata(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: '{% $states.input.config %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sagemaker:updateEndpoint'),
      Arguments: { EndpointConfigName: '{% $states.input.config %}', EndpointName: 'MyEndpoint' },
    });
  });

  test('grants the state machine updateEndpoint on the lower-cased endpoint and configuration', () => {
    const stack = newStack({ env: ENV });
    const task = new SageMakerUpdateEndpoint(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig' });
    expect(stateMachineStatements(stack, task)).toEqual([{
      Action: 'sagemaker:updateEndpoint',
      Effect: 'Allow',
      Resource: [
        partitionArn('sagemaker:us-east-1:123456789012:endpoint/myendpoint'),
        partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/myconfig'),
      ],
    }]);
  });

  test('a JSONata name widens the grant to every endpoint configuration', () => {
    const stack = newStack({ env: ENV });
    const task = SageMakerUpdateEndpoint.jsonata(stack, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: '{% $states.input.config %}' });
    expect(stateMachineStatements(stack, task)[0].Resource).toEqual([
      partitionArn('sagemaker:us-east-1:123456789012:endpoint/myendpoint'),
      partitionArn('sagemaker:us-east-1:123456789012:endpoint-config/*'),
    ]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SageMakerUpdateEndpoint(stack, 'Update', {
      endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['literal names', (t, s) => new t.SageMakerUpdateEndpoint(s, 'Update', { endpointName: 'MyEndpoint', endpointConfigName: 'MyConfig', comment: 'update' })],
      ['jsonPath()', (t, s) => t.SageMakerUpdateEndpoint.jsonPath(s, 'Update', { endpointName: 'e', endpointConfigName: 'c', resultPath: sfn.JsonPath.DISCARD })],
      ['jsonata() with expressions', (t, s) => t.SageMakerUpdateEndpoint.jsonata(s, 'Update', {
        endpointName: '{% $states.input.name %}',
        endpointConfigName: '{% $states.input.config %}',
      })],
      ['the documented example', (t, s) => new t.SageMakerUpdateEndpoint(s, 'SagemakerEndpoint', {
        endpointName: sfn.JsonPath.stringAt('$.Endpoint.Name'),
        endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SageMakerUpdateEndpoint(s, 'Update', { endpointName: 'e', endpointConfigName: 'c' }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.SageMakerUpdateEndpoint(s, 'Update', {
        endpointName: 'e', endpointConfigName: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
