import * as cdk from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { AuthType, CallApiGatewayHttpApiEndpoint, HttpMethod } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const ENDPOINT = { 'Fn::Join': ['', ['api123.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] };

function executeApiArn(resource: string) {
  return regionalArn('execute-api', `api123/${resource}`);
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

/** A stack in another account and Region that holds the API. */
function otherStack(stack: cdk.Stack): cdk.Stack {
  const apiStack = new cdk.Stack(stack.node.root as cdk.App, 'ApiStack', { env: { account: '210987654321', region: 'eu-west-1' } });
  new cdk.CfnWaitConditionHandle(apiStack, 'Placeholder'); // a stack must hold a resource
  return apiStack;
}

describe('CallApiGatewayHttpApiEndpoint', () => {
  test('calls the API in its stack\'s Region (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CallApiGatewayHttpApiEndpoint(stack, 'Call', { apiId: 'api123', apiStack: stack, method: HttpMethod.GET });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('apigateway:invoke'),
      Parameters: { ApiEndpoint: ENDPOINT, Method: 'GET', AuthType: 'NO_AUTH' },
    });
  });

  test('jsonata() renders the request as Arguments', () => {
    const stack = newStack();
    const task = CallApiGatewayHttpApiEndpoint.jsonata(stack, 'Call', {
      apiId: 'api123', apiStack: stack, method: HttpMethod.GET, stageName: 'live', apiPath: '/status',
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('apigateway:invoke'),
      Arguments: { ApiEndpoint: ENDPOINT, Method: 'GET', Stage: 'live', Path: '/status', AuthType: 'NO_AUTH' },
    });
  });

  test('grants execute-api:Invoke on the stage, method and path', () => {
    const stack = newStack();
    machine(stack, new CallApiGatewayHttpApiEndpoint(stack, 'Call', {
      apiId: 'api123', apiStack: stack, method: HttpMethod.POST, stageName: 'live', apiPath: '/orders', authType: AuthType.IAM_ROLE,
    }));
    expect(policyStatements(stack)).toEqual([{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn('live/POST/orders') }]);
  });

  test('grants on the literal stage and path "undefined" when neither is given, as aws-cdk-lib does', () => {
    const stack = newStack();
    machine(stack, new CallApiGatewayHttpApiEndpoint(stack, 'Call', { apiId: 'api123', apiStack: stack, method: HttpMethod.GET }));
    expect(policyStatements(stack)[0].Resource).toEqual(executeApiArn('undefined/GETundefined'));
  });

  test('grants nothing for an explicitly unauthenticated call', () => {
    const stack = newStack();
    machine(stack, new CallApiGatewayHttpApiEndpoint(stack, 'Call', { apiId: 'api123', apiStack: stack, method: HttpMethod.GET, authType: AuthType.NO_AUTH }));
    expect(policyStatements(stack)).toEqual([]);
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the headers', () => {
    const stack = newStack();
    expect(() => new CallApiGatewayHttpApiEndpoint(stack, 'Call', {
      apiId: 'api123', apiStack: stack, method: HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use JsonPath.taskToken to set the token.');
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new CallApiGatewayHttpApiEndpoint(stack, 'Call', {
      apiId: 'api123', apiStack: stack, method: HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  test('applies property injectors registered under the reference class\'s id', () => {
    expect(CallApiGatewayHttpApiEndpoint.PROPERTY_INJECTION_ID).toEqual('aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint');
    expectSameAsReference((t, s) => {
      cdk.PropertyInjectors.of(s).add({
        constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint',
        inject: (props: any) => ({ stageName: 'injected', ...props }),
      });
      return new t.CallApiGatewayHttpApiEndpoint(s, 'Call', { apiId: 'api123', apiStack: s, method: t.HttpMethod.GET });
    });
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => {
        const httpApi = new apigatewayv2.HttpApi(s, 'MyHttpApi');
        return new t.CallApiGatewayHttpApiEndpoint(s, 'Call HTTP API', { apiId: httpApi.apiId, apiStack: cdk.Stack.of(httpApi), method: t.HttpMethod.GET });
      }],
      ['every prop', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123',
        apiStack: s,
        stageName: '$default',
        method: t.HttpMethod.POST,
        headers: sfn.TaskInput.fromObject({ 'X-Trace': ['abc'], 'X-Id': sfn.JsonPath.array(sfn.JsonPath.stringAt('$.id')) }),
        apiPath: '/orders',
        queryParameters: sfn.TaskInput.fromObject({ a: ['1'] }),
        requestBody: sfn.TaskInput.fromJsonPathAt('$.order'),
        authType: t.AuthType.IAM_ROLE,
        resultPath: '$.response',
      })],
      ['an API in another stack, account and Region', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: otherStack(s), method: t.HttpMethod.DELETE, stageName: 'prod', apiPath: '/x', authType: t.AuthType.RESOURCE_POLICY,
      })],
      ['a callback', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123',
        apiStack: s,
        method: t.HttpMethod.PUT,
        stageName: 'prod',
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
      })],
      ['explicit NO_AUTH', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, authType: t.AuthType.NO_AUTH,
      })],
      ['jsonPath()', (t, s) => t.CallApiGatewayHttpApiEndpoint.jsonPath(s, 'Call', { apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, stageName: 'a' })],
      ['jsonata() with every prop', (t, s) => t.CallApiGatewayHttpApiEndpoint.jsonata(s, 'Call', {
        apiId: 'api123',
        apiStack: s,
        stageName: 'prod',
        method: t.HttpMethod.PATCH,
        headers: sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' }),
        apiPath: '/p',
        queryParameters: sfn.TaskInput.fromText('{% $states.input.query %}'),
        requestBody: sfn.TaskInput.fromObject({ b: '{% $states.input.b %}' }),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        outputs: '{% $states.result.ResponseBody %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, stageName: 'prod',
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in a stack with a concrete environment', () => {
      expectSameAsReference((t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, stageName: 'prod', apiPath: '/',
      }), { env: { account: '123456789012', region: 'us-east-2' } });
    });

    test.each<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['the callback has no token', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['a header array holds a JSONPath', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, headers: sfn.TaskInput.fromObject({ 'X-Trace': [sfn.JsonPath.stringAt('$.trace')] }),
      })],
      ['the pattern is RUN_JOB', (t, s) => new t.CallApiGatewayHttpApiEndpoint(s, 'Call', {
        apiId: 'api123', apiStack: s, method: t.HttpMethod.GET, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ])('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
