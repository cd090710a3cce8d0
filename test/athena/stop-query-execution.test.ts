import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { AthenaStopQueryExecution } from '../../lib';
import { type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

describe('AthenaStopQueryExecution', () => {
  test('sends the query execution ID (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new AthenaStopQueryExecution(stack, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('athena:stopQueryExecution'),
      Parameters: { 'QueryExecutionId.$': '$.QueryExecutionId' },
    });
  });

  test('jsonata() renders the ID as Arguments', () => {
    const stack = newStack();
    const task = AthenaStopQueryExecution.jsonata(stack, 'Task', { queryExecutionId: '{% $states.input.id %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('athena:stopQueryExecution'),
      Arguments: { QueryExecutionId: '{% $states.input.id %}' },
    });
  });

  test('grants athena:stopQueryExecution on every query', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new AthenaStopQueryExecution(stack, 'Task', { queryExecutionId: 'id' })),
    });
    expect(policyStatements(stack)).toEqual([
      { Action: 'athena:stopQueryExecution', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (pattern) => {
    const stack = newStack();
    expect(() => new AthenaStopQueryExecution(stack, 'Task', { queryExecutionId: 'id', integrationPattern: pattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${pattern}`);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.AthenaStopQueryExecution(s, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') })],
      ['a literal ID and state props', (t, s) => new t.AthenaStopQueryExecution(s, 'Task', {
        queryExecutionId: 'abc',
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: '$.out',
        comment: 'athena',
      })],
      ['jsonPath()', (t, s) => t.AthenaStopQueryExecution.jsonPath(s, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.id') })],
      ['jsonata()', (t, s) => t.AthenaStopQueryExecution.jsonata(s, 'Task', { queryExecutionId: '{% $states.input.id %}', outputs: '{% $states.result %}' })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.AthenaStopQueryExecution(s, 'Task', { queryExecutionId: 'abc' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the pattern is unsupported, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.AthenaStopQueryExecution(s, 'Task', { queryExecutionId: 'abc', integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    });
  });
});
