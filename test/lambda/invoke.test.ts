import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvocationType, LambdaInvoke } from '../../lib';
import { type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:MyFunction';

function importedFunction(stack: cdk.Stack): lambda.IFunction {
  return lambda.Function.fromFunctionArn(stack, 'Fn', FUNCTION_ARN);
}

function createdFunction(stack: cdk.Stack): lambda.Function {
  return new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_20_X,
  });
}

const SERVICE_RETRY = {
  ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
};

describe('LambdaInvoke', () => {
  test('defaults to a synchronous call that passes the whole input, with service retries (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: importedFunction(stack) });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('lambda:invoke'),
      Parameters: { 'FunctionName': FUNCTION_ARN, 'Payload.$': '$' },
      Retry: [SERVICE_RETRY],
    });
  });

  test('jsonata() passes the state input through Arguments', () => {
    const stack = newStack();
    const task = LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: importedFunction(stack) });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('lambda:invoke'),
      Arguments: { FunctionName: FUNCTION_ARN, Payload: '{% $states.input %}' },
      Retry: [SERVICE_RETRY],
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: importedFunction(stack) });
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ FunctionName: FUNCTION_ARN, Payload: '{% $states.input %}' });
    expect(state.Parameters).toBeUndefined();
    expect(state.QueryLanguage).toBeUndefined();
  });

  test('renders every optional field of the call', () => {
    const stack = newStack();
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar') }),
      invocationType: LambdaInvocationType.EVENT,
      clientContext: 'eyJmb28iOiJiYXIifQ==',
      qualifier: '1',
      retryOnServiceExceptions: false,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('lambda:invoke'),
      Parameters: {
        FunctionName: FUNCTION_ARN,
        Payload: { 'foo.$': '$.bar' },
        InvocationType: 'Event',
        ClientContext: 'eyJmb28iOiJiYXIifQ==',
        Qualifier: '1',
      },
    });
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task).Resource).toEqual(stateArn('lambda:invoke', '.waitForTaskToken'));
    expect(renderState(task).Parameters.Payload).toEqual({ 'token.$': '$$.Task.Token' });
  });

  test('payloadResponseOnly calls the function ARN directly with the payload as Parameters', () => {
    const stack = newStack();
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      payloadResponseOnly: true,
      payload: sfn.TaskInput.fromObject({ a: 1 }),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: FUNCTION_ARN,
      Parameters: { a: 1 },
      Retry: [SERVICE_RETRY],
    });
  });

  test('grants lambda:InvokeFunction on the function and its versions', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new LambdaInvoke(stack, 'Invoke', { lambdaFunction: importedFunction(stack) })),
    });
    expect(policyStatements(stack)).toEqual([{
      Action: 'lambda:InvokeFunction',
      Effect: 'Allow',
      Resource: [FUNCTION_ARN, `${FUNCTION_ARN}:*`],
    }]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the payload', () => {
    const stack = newStack();
    expect(() => new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token.');
  });

  test.each([
    ['integrationPattern', { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }],
    ['invocationType', { invocationType: LambdaInvocationType.DRY_RUN }],
    ['clientContext', { clientContext: 'x' }],
    ['qualifier', { qualifier: '1' }],
  ])('throws when payloadResponseOnly is combined with %s', (_name, extra) => {
    const stack = newStack();
    expect(() => new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: importedFunction(stack),
      payloadResponseOnly: true,
      ...extra,
    })).toThrow("The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', 'clientContext', or 'qualifier' are specified.");
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['defaults, created function', (t, s) => new t.LambdaInvoke(s, 'Invoke', { lambdaFunction: createdFunction(s) })],
      ['a version', (t, s) => new t.LambdaInvoke(s, 'Invoke', { lambdaFunction: createdFunction(s).currentVersion })],
      ['an alias', (t, s) => {
        const fn = createdFunction(s);
        return new t.LambdaInvoke(s, 'Invoke', { lambdaFunction: new lambda.Alias(s, 'Alias', { aliasName: 'live', version: fn.currentVersion }) });
      }],
      ['every prop', (t, s) => new t.LambdaInvoke(s, 'Invoke', {
        lambdaFunction: importedFunction(s),
        payload: sfn.TaskInput.fromJsonPathAt('$.input'),
        invocationType: t.LambdaInvocationType.DRY_RUN,
        clientContext: 'ctx',
        qualifier: '$LATEST',
        retryOnServiceExceptions: false,
        resultPath: '$.out',
        comment: 'call',
        timeout: cdk.Duration.seconds(30),
      })],
      ['payloadResponseOnly without payload', (t, s) => new t.LambdaInvoke(s, 'Invoke', { lambdaFunction: importedFunction(s), payloadResponseOnly: true })],
      ['jsonPath()', (t, s) => t.LambdaInvoke.jsonPath(s, 'Invoke', { lambdaFunction: importedFunction(s), outputPath: '$.Payload' })],
      ['jsonata() with outputs', (t, s) => t.LambdaInvoke.jsonata(s, 'Invoke', {
        lambdaFunction: importedFunction(s),
        payload: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }),
        outputs: '{% $states.result.Payload %}',
      })],
      ['jsonata() payloadResponseOnly', (t, s) => t.LambdaInvoke.jsonata(s, 'Invoke', { lambdaFunction: importedFunction(s), payloadResponseOnly: true })],
      ['JSONata callback', (t, s) => t.LambdaInvoke.jsonata(s, 'Invoke', {
        lambdaFunction: importedFunction(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.LambdaInvoke(s, 'Invoke', { lambdaFunction: importedFunction(s) }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when JSONata callback lacks the token, as the reference does', () => {
      expectSameErrorAsReference((t, s) => t.LambdaInvoke.jsonata(s, 'Invoke', {
        lambdaFunction: importedFunction(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
