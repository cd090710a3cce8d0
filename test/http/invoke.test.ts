import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { HttpInvoke, URLEncodingFormat } from '../../lib';
import { type Builder, type HarnessOptions, type Tasks, expectSameAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

const CONNECTION_ARN = 'arn:aws:events:us-east-1:123456789012:connection/api/8b1c2d3e-aaaa-bbbb-cccc-123456789012';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/api/abc-XyZ123';
const DYNAMIC_ENDPOINT = { [cxapi.STEPFUNCTIONS_TASKS_HTTPINVOKE_DYNAMIC_JSONPATH_ENDPOINT]: true };
const STATIC_ENDPOINT = { [cxapi.STEPFUNCTIONS_TASKS_HTTPINVOKE_DYNAMIC_JSONPATH_ENDPOINT]: false };

function importedConnection(stack: cdk.Stack): events.IConnection {
  return events.Connection.fromConnectionAttributes(stack, 'Connection', {
    connectionName: 'api',
    connectionArn: CONNECTION_ARN,
    connectionSecretArn: SECRET_ARN,
  });
}

function createdConnection(stack: cdk.Stack): events.IConnection {
  return new events.Connection(stack, 'Connection', {
    authorization: events.Authorization.basic('username', cdk.SecretValue.unsafePlainText('password')),
  });
}

function basicProps(stack: cdk.Stack) {
  return {
    apiRoot: 'https://api.example.com',
    apiEndpoint: sfn.TaskInput.fromText('path/to/resource'),
    method: sfn.TaskInput.fromText('GET'),
    connection: importedConnection(stack),
  };
}

/** What building `build` with a tasks module throws, with token numbers (which differ between runs) masked. */
function errorOf(tasks: Tasks, build: Builder, options: HarnessOptions) {
  try {
    const stack = newStack(options);
    const definition = build(tasks, stack);
    if (definition) {
      new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(definition), queryLanguage: options.queryLanguage });
    }
    Template.fromStack(stack);
    return undefined;
  } catch (error) {
    const e = error as Error;
    return { class: e.constructor.name, name: e.name, message: e.message.replace(/\$\{Token\[[^\]]*\]\}/g, '${Token}') };
  }
}

/**
 * As `expectSameAsReference`; a rejected configuration (with the flag off, a JSONPath endpoint cannot be
 * joined into a string) must fail alike, its message compared with the tokens it quotes masked.
 */
function expectSameAsReferenceModuloTokens(build: Builder, options: HarnessOptions): void {
  const theirs = errorOf(reference as unknown as Tasks, build, options);
  if (theirs) {
    expect(errorOf(require('../../lib'), build, options)).toEqual(theirs);
  } else {
    expectSameAsReference(build, options);
  }
}

describe('HttpInvoke', () => {
  test('joins apiRoot and apiEndpoint with States.Format and passes the connection (JSONPath)', () => {
    // GIVEN the dynamic-endpoint flag, which is on unless set to false
    const stack = newStack();
    // WHEN
    const task = new HttpInvoke(stack, 'Invoke', basicProps(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('http:invoke'),
      Parameters: {
        'ApiEndpoint.$': "States.Format('{}/{}', 'https://api.example.com', 'path/to/resource')",
        'Authentication': { ConnectionArn: CONNECTION_ARN },
        'Method': 'GET',
      },
    });
  });

  test('with the dynamic-endpoint flag off, joins apiRoot and apiEndpoint as one string', () => {
    // GIVEN
    const stack = newStack({ context: STATIC_ENDPOINT });
    // WHEN
    const task = new HttpInvoke(stack, 'Invoke', basicProps(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('http:invoke'),
      Parameters: {
        ApiEndpoint: 'https://api.example.com/path/to/resource',
        Authentication: { ConnectionArn: CONNECTION_ARN },
        Method: 'GET',
      },
    });
  });

  test('with the dynamic-endpoint flag, joins them with States.Format so either may be a path', () => {
    const stack = newStack({ context: DYNAMIC_ENDPOINT });
    const task = new HttpInvoke(stack, 'Invoke', {
      ...basicProps(stack),
      apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path'),
    });
    expect(renderState(task).Parameters['ApiEndpoint.$']).toEqual("States.Format('{}/{}', 'https://api.example.com', $.path)");
  });

  test('jsonata() joins them in a JSONata expression, quoting plain strings', () => {
    const stack = newStack();
    const task = HttpInvoke.jsonata(stack, 'Invoke', {
      ...basicProps(stack),
      apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}'),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('http:invoke'),
      Arguments: {
        ApiEndpoint: "{% 'https://api.example.com' & '/' & $states.input.path %}",
        Authentication: { ConnectionArn: CONNECTION_ARN },
        Method: 'GET',
      },
    });
  });

  test('renders headers, body and query string', () => {
    const stack = newStack({ context: STATIC_ENDPOINT });
    const task = new HttpInvoke(stack, 'Invoke', {
      ...basicProps(stack),
      headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }),
      body: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.foo') }),
      queryStringParameters: sfn.TaskInput.fromObject({ id: '123' }),
    });
    expect(renderState(task).Parameters).toEqual({
      ApiEndpoint: 'https://api.example.com/path/to/resource',
      Authentication: { ConnectionArn: CONNECTION_ARN },
      Method: 'GET',
      Headers: { 'Content-Type': 'application/json' },
      RequestBody: { 'foo.$': '$.foo' },
      QueryParameters: { id: '123' },
    });
  });

  test.each([
    [URLEncodingFormat.BRACKETS, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'BRACKETS' } }],
    [URLEncodingFormat.COMMAS, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'COMMAS' } }],
    [URLEncodingFormat.INDICES, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'INDICES' } }],
    [URLEncodingFormat.REPEAT, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'REPEAT' } }],
    [URLEncodingFormat.DEFAULT, { RequestBodyEncoding: 'URL_ENCODED' }],
  ])('urlEncodingFormat %s form-encodes the body', (format, transform) => {
    const stack = newStack();
    const task = new HttpInvoke(stack, 'Invoke', {
      ...basicProps(stack),
      headers: sfn.TaskInput.fromObject({ Accept: 'text/plain' }),
      urlEncodingFormat: format,
    });
    const parameters = renderState(task).Parameters;
    expect(parameters.Headers).toEqual({ 'Accept': 'text/plain', 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(parameters.Transform).toEqual(transform);
  });

  test('urlEncodingFormat NONE sends the body as it is', () => {
    const stack = newStack();
    const task = new HttpInvoke(stack, 'Invoke', { ...basicProps(stack), urlEncodingFormat: URLEncodingFormat.NONE });
    expect(renderState(task).Parameters.Transform).toBeUndefined();
    expect(renderState(task).Parameters.Headers).toBeUndefined();
  });

  test('grants the connection credentials, its secret, and HTTP calls under apiRoot', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new HttpInvoke(stack, 'Invoke', basicProps(stack))) });
    expect(policyStatements(stack)).toEqual([
      { Action: 'events:RetrieveConnectionCredentials', Effect: 'Allow', Resource: CONNECTION_ARN },
      { Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Effect: 'Allow', Resource: SECRET_ARN },
      {
        Action: 'states:InvokeHTTPEndpoint',
        Effect: 'Allow',
        Resource: '*',
        Condition: { StringLike: { 'states:HTTPEndpoint': 'https://api.example.com*' } },
      },
    ]);
  });

  test('allows any endpoint when apiRoot is a JSONata expression', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(HttpInvoke.jsonata(stack, 'Invoke', { ...basicProps(stack), apiRoot: '{% $states.input.root %}' })),
    });
    expect(policyStatements(stack)[2].Condition).toEqual({ StringLike: { 'states:HTTPEndpoint': '*' } });
  });

  test('throws when the dynamic-endpoint flag is off and the endpoint is a JSONPath', () => {
    const stack = newStack({ context: STATIC_ENDPOINT });
    const task = new HttpInvoke(stack, 'Invoke', { ...basicProps(stack), apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') });
    expect(() => renderState(task)).toThrow(/^Field references must be the entire string, cannot concatenate them/);
  });

  describe('matches aws-cdk-lib', () => {
    const props = (s: cdk.Stack, extra: object = {}) => ({ ...basicProps(s), ...extra });
    const configurations: Array<[string, Builder]> = [
      ['the README example', (t, s) => {
        const connection = createdConnection(s);
        return new t.HttpInvoke(s, 'Invoke HTTP API', {
          apiRoot: 'https://api.example.com',
          apiEndpoint: sfn.TaskInput.fromText(sfn.JsonPath.format('resource/{}/details', sfn.JsonPath.stringAt('$.resourceId'))),
          body: sfn.TaskInput.fromObject({ foo: 'bar' }),
          connection,
          headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }),
          method: sfn.TaskInput.fromText('POST'),
          queryStringParameters: sfn.TaskInput.fromObject({ id: '123' }),
          urlEncodingFormat: t.URLEncodingFormat.BRACKETS,
        });
      }],
      ['defaults, imported connection', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s))],
      ['an API key connection', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, {
        connection: new events.Connection(s, 'Connection', {
          authorization: events.Authorization.apiKey('x-api-key', cdk.SecretValue.unsafePlainText('key')),
        }),
      }))],
      ...Object.values(URLEncodingFormat).map((format): [string, Builder] => [`urlEncodingFormat ${format}`,
        (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, { urlEncodingFormat: format, body: sfn.TaskInput.fromObject({ a: ['x', 'y'] }) }))]),
      ['urlEncodingFormat without headers', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, { urlEncodingFormat: URLEncodingFormat.COMMAS }))],
      ['a method, headers and query from the state', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, {
        method: sfn.TaskInput.fromJsonPathAt('$.method'),
        headers: sfn.TaskInput.fromObject({ 'X-Trace': sfn.JsonPath.stringAt('$.trace') }),
        queryStringParameters: sfn.TaskInput.fromJsonPathAt('$.query'),
        body: sfn.TaskInput.fromJsonPathAt('$.body'),
      }))],
      ['a JSONPath endpoint', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, { apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }))],
      ['state props', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, {
        comment: 'call the API',
        resultSelector: { body: sfn.JsonPath.objectAt('$.ResponseBody') },
        resultPath: '$.response',
        timeout: cdk.Duration.seconds(60),
      }))],
      ['jsonPath()', (t, s) => t.HttpInvoke.jsonPath(s, 'Invoke', props(s, { outputPath: '$.ResponseBody' }))],
      ['jsonata() with plain strings', (t, s) => t.HttpInvoke.jsonata(s, 'Invoke', props(s))],
      ['jsonata() with expressions', (t, s) => t.HttpInvoke.jsonata(s, 'Invoke', props(s, {
        apiRoot: '{% $states.input.root %}',
        apiEndpoint: sfn.TaskInput.fromText('{%   $states.input.path   %}'),
        method: sfn.TaskInput.fromText('{% $states.input.method %}'),
        body: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }),
        urlEncodingFormat: URLEncodingFormat.INDICES,
        outputs: '{% $states.result.ResponseBody %}',
      }))],
      ['a JSONata state with a created connection', (t, s) => t.HttpInvoke.jsonata(s, 'Invoke', props(s, { connection: createdConnection(s) }))],
      ['a token apiRoot', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, { apiRoot: new cdk.CfnParameter(s, 'Root').valueAsString }))],
      ['WAIT_FOR_TASK_TOKEN is ignored', (t, s) => new t.HttpInvoke(s, 'Invoke', props(s, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))],
    ];
    const contexts: Array<[string, Record<string, unknown>]> = [
      ['default flags', {}],
      ['the dynamic-endpoint flag on', DYNAMIC_ENDPOINT],
      ['the dynamic-endpoint flag off', STATIC_ENDPOINT],
    ];
    describe.each(contexts)('with %s', (_flags, context) => {
      test.each(configurations)('%s', (_name, build) => {
        expectSameAsReferenceModuloTokens(build, { context });
      });

      test('inherits JSONata from the state machine (the endpoint is still joined as in JSONPath)', () => {
        const build = (t: Tasks, s: cdk.Stack) => new t.HttpInvoke(s, 'Invoke', props(s));
        expectSameAsReference(build, { context, queryLanguage: sfn.QueryLanguage.JSONATA });
      });

      test('a JSONPath apiRoot', () => {
        expectSameAsReferenceModuloTokens((t, s) => new t.HttpInvoke(s, 'Invoke', props(s, {
          apiRoot: sfn.JsonPath.stringAt('$.root'), apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path'),
        })), { context });
      });
    });
  });
});
