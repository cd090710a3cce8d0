import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { AuthType, CallApiGatewayRestApiEndpoint, HttpMethod } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

function importedApi(stack: cdk.Stack): apigateway.IRestApi {
  return apigateway.RestApi.fromRestApiId(stack, 'Api', 'abc123');
}

function createdApi(stack: cdk.Stack, id = 'MyRestApi'): apigateway.RestApi {
  const api = new apigateway.RestApi(stack, id);
  api.root.addMethod('ANY');
  return api;
}

/** An API that lives in another stack, in another Region. */
function apiInEuWest1(stack: cdk.Stack): apigateway.IRestApi {
  const apiStack = new cdk.Stack(stack.node.root as cdk.App, 'ApiStack', { env: { account: '123456789012', region: 'eu-west-1' } });
  new cdk.CfnWaitConditionHandle(apiStack, 'Placeholder'); // a stack must hold a resource
  return apigateway.RestApi.fromRestApiId(apiStack, 'Api', 'abc123');
}

const ENDPOINT = { 'Fn::Join': ['', ['abc123.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] };

function executeApiArn(resource: string) {
  return regionalArn('execute-api', `abc123/${resource}`);
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('CallApiGatewayRestApiEndpoint', () => {
  test('calls the stage of the API, unauthenticated by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', { api: importedApi(stack), stageName: 'prod', method: HttpMethod.GET });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('apigateway:invoke'),
      Parameters: { ApiEndpoint: ENDPOINT, Method: 'GET', Stage: 'prod', AuthType: 'NO_AUTH' },
    });
  });

  test('jsonata() renders the request as Arguments', () => {
    const stack = newStack();
    const task = CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: importedApi(stack),
      stageName: 'prod',
      method: HttpMethod.POST,
      requestBody: sfn.TaskInput.fromText('{% $states.input.body %}'),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('apigateway:invoke'),
      Arguments: { ApiEndpoint: ENDPOINT, Method: 'POST', Stage: 'prod', RequestBody: '{% $states.input.body %}', AuthType: 'NO_AUTH' },
    });
  });

  test('renders headers, path, query parameters, body and auth type', () => {
    const stack = newStack();
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: importedApi(stack),
      stageName: 'prod',
      method: HttpMethod.PUT,
      headers: sfn.TaskInput.fromObject({ 'Content-Type': ['application/json'] }),
      apiPath: '/pets/1',
      queryParameters: sfn.TaskInput.fromObject({ dryRun: ['true'] }),
      requestBody: sfn.TaskInput.fromObject({ name: sfn.JsonPath.stringAt('$.name') }),
      authType: AuthType.IAM_ROLE,
    });
    expect(renderState(task).Parameters).toEqual({
      ApiEndpoint: ENDPOINT,
      Method: 'PUT',
      Headers: { 'Content-Type': ['application/json'] },
      Stage: 'prod',
      Path: '/pets/1',
      QueryParameters: { dryRun: ['true'] },
      RequestBody: { 'name.$': '$.name' },
      AuthType: 'IAM_ROLE',
    });
  });

  test('builds the endpoint from the given Region instead of the API stack\'s', () => {
    const stack = newStack();
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', { api: importedApi(stack), stageName: 'prod', method: HttpMethod.GET, region: 'us-west-2' });
    expect(renderState(task).Parameters.ApiEndpoint).toEqual({ 'Fn::Join': ['', ['abc123.execute-api.us-west-2.', { Ref: 'AWS::URLSuffix' }]] });
  });

  test('grants execute-api:Invoke on the method unless the call is explicitly unauthenticated', () => {
    const granted = newStack();
    machine(granted, new CallApiGatewayRestApiEndpoint(granted, 'Call', { api: importedApi(granted), stageName: 'prod', method: HttpMethod.GET, apiPath: '/pets' }));
    expect(policyStatements(granted)).toEqual([{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn('prod/GET/pets') }]);

    const anonymous = newStack();
    machine(anonymous, new CallApiGatewayRestApiEndpoint(anonymous, 'Call', {
      api: importedApi(anonymous), stageName: 'prod', method: HttpMethod.GET, authType: AuthType.NO_AUTH,
    }));
    expect(policyStatements(anonymous)).toEqual([]);
  });

  test('grants every path when the path is a JSONata expression', () => {
    const stack = newStack();
    machine(stack, CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: importedApi(stack), stageName: 'prod', method: HttpMethod.GET, apiPath: '{% $states.input.path %}', authType: AuthType.IAM_ROLE,
    }));
    expect(policyStatements(stack)[0].Resource).toEqual(executeApiArn('prod/GET/*'));
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: importedApi(stack),
      stageName: 'Stage',
      method: HttpMethod.PUT,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
    });
    const state = renderState(task);
    expect(state.Resource).toEqual(stateArn('apigateway:invoke', '.waitForTaskToken'));
    expect(state.Parameters.Headers).toEqual({ 'TaskToken.$': 'States.Array($$.Task.Token)' });
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the headers', () => {
    const stack = newStack();
    expect(() => new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: importedApi(stack),
      stageName: 'Stage',
      method: HttpMethod.PUT,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use JsonPath.taskToken to set the token.');
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: importedApi(stack), stageName: 'prod', method: HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  test('applies property injectors registered under the reference class\'s id', () => {
    expect(CallApiGatewayRestApiEndpoint.PROPERTY_INJECTION_ID).toEqual('aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayRestApiEndpoint');
    expectSameAsReference((t, s) => {
      cdk.PropertyInjectors.of(s).add({
        constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayRestApiEndpoint',
        inject: (props: any) => ({ authType: t.AuthType.RESOURCE_POLICY, ...props }),
      });
      return new t.CallApiGatewayRestApiEndpoint(s, 'Call', { api: importedApi(s), stageName: 'prod', method: t.HttpMethod.GET });
    });
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call REST API', {
        api: createdApi(s), stageName: 'prod', method: t.HttpMethod.GET,
      })],
      ['the README example with a Region', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call REST API', {
        api: createdApi(s), stageName: 'prod', method: t.HttpMethod.GET, region: 'us-west-2',
      })],
      ['the README callback example', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Endpoint', {
        api: createdApi(s, 'Api'),
        stageName: 'Stage',
        method: t.HttpMethod.PUT,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
      })],
      ['an imported API with every prop', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: importedApi(s),
        stageName: 'prod',
        method: t.HttpMethod.PATCH,
        headers: sfn.TaskInput.fromJsonPathAt('$.headers'),
        apiPath: '/items/{id}',
        queryParameters: sfn.TaskInput.fromJsonPathAt('$.query'),
        requestBody: sfn.TaskInput.fromObject({ a: 1 }),
        authType: t.AuthType.IAM_ROLE,
        resultSelector: { body: sfn.JsonPath.objectAt('$.ResponseBody') },
      })],
      ['resource policy auth on an API in another Region', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: apiInEuWest1(s), stageName: 'prod', method: t.HttpMethod.DELETE, apiPath: '/x', authType: t.AuthType.RESOURCE_POLICY,
      })],
      ['an API in another Region called through an explicit Region', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: apiInEuWest1(s), stageName: 'prod', method: t.HttpMethod.HEAD, region: 'eu-central-1',
      })],
      ['explicit NO_AUTH', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: importedApi(s), stageName: 'prod', method: t.HttpMethod.OPTIONS, authType: t.AuthType.NO_AUTH,
      })],
      ['jsonPath()', (t, s) => t.CallApiGatewayRestApiEndpoint.jsonPath(s, 'Call', {
        api: importedApi(s), stageName: 'prod', method: t.HttpMethod.GET, outputPath: '$.ResponseBody',
      })],
      ['jsonata() with a path expression', (t, s) => t.CallApiGatewayRestApiEndpoint.jsonata(s, 'Call', {
        api: importedApi(s),
        stageName: 'prod',
        method: t.HttpMethod.POST,
        apiPath: '{% $states.input.path %}',
        queryParameters: sfn.TaskInput.fromObject({ q: '{% [$states.input.q] %}' }),
        authType: t.AuthType.IAM_ROLE,
      })],
      ['jsonata() callback', (t, s) => t.CallApiGatewayRestApiEndpoint.jsonata(s, 'Call', {
        api: importedApi(s),
        stageName: 'prod',
        method: t.HttpMethod.PUT,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        headers: sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: createdApi(s), stageName: 'prod', method: t.HttpMethod.GET,
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in a stack with a concrete environment', () => {
      expectSameAsReference((t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: createdApi(s), stageName: 'prod', method: t.HttpMethod.GET, apiPath: '/a',
      }), { env: { account: '123456789012', region: 'ap-southeast-2' } });
    });

    test.each<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['the callback has no token', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: importedApi(s), stageName: 'prod', method: t.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        headers: sfn.TaskInput.fromObject({ a: ['b'] }),
      })],
      ['the JSONata callback has no token', (t, s) => t.CallApiGatewayRestApiEndpoint.jsonata(s, 'Call', {
        api: importedApi(s), stageName: 'prod', method: t.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['the pattern is RUN_JOB', (t, s) => new t.CallApiGatewayRestApiEndpoint(s, 'Call', {
        api: importedApi(s), stageName: 'prod', method: t.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ])('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
