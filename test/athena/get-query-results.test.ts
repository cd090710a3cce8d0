import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { AthenaGetQueryResults } from '../../lib';
import { type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

describe('AthenaGetQueryResults', () => {
  test('sends the query execution ID (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new AthenaGetQueryResults(stack, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('athena:getQueryResults'),
      Parameters: { 'QueryExecutionId.$': '$.QueryExecutionId' },
    });
  });

  test('jsonata() renders the ID as Arguments', () => {
    const stack = newStack();
    const task = AthenaGetQueryResults.jsonata(stack, 'Task', { queryExecutionId: '{% $states.input.id %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('athena:getQueryResults'),
      Arguments: { QueryExecutionId: '{% $states.input.id %}' },
    });
  });

  test('renders the page token and size', () => {
    const stack = newStack();
    const task = new AthenaGetQueryResults(stack, 'Task', {
      queryExecutionId: 'id',
      nextToken: sfn.JsonPath.stringAt('$.NextToken'),
      maxResults: 100,
    });
    expect(renderState(task).Parameters).toEqual({ 'QueryExecutionId': 'id', 'NextToken.$': '$.NextToken', 'MaxResults': 100 });
  });

  test('grants athena:getQueryResults on every query', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new AthenaGetQueryResults(stack, 'Task', { queryExecutionId: 'id' })),
    });
    expect(policyStatements(stack)).toEqual([
      { Action: 'athena:getQueryResults', Effect: 'Allow', Resource: '*' },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (pattern) => {
    const stack = newStack();
    expect(() => new AthenaGetQueryResults(stack, 'Task', { queryExecutionId: 'id', integrationPattern: pattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${pattern}`);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.AthenaGetQueryResults(s, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId') })],
      ['a literal ID and state props', (t, s) => new t.AthenaGetQueryResults(s, 'Task', {
        queryExecutionId: 'abc',
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: '$.out',
        comment: 'athena',
      })],
      ['jsonPath()', (t, s) => t.AthenaGetQueryResults.jsonPath(s, 'Task', { queryExecutionId: sfn.JsonPath.stringAt('$.id') })],
      ['jsonata()', (t, s) => t.AthenaGetQueryResults.jsonata(s, 'Task', { queryExecutionId: '{% $states.input.id %}', outputs: '{% $states.result %}' })],
      ['every prop', (t, s) => new t.AthenaGetQueryResults(s, 'Task', {
        queryExecutionId: sfn.JsonPath.stringAt('$.QueryExecutionId'),
        nextToken: 'token',
        maxResults: 50,
        resultPath: '$.results',
      })],
      ['jsonata() with a page token', (t, s) => t.AthenaGetQueryResults.jsonata(s, 'Task', {
        queryExecutionId: '{% $states.input.id %}',
        nextToken: '{% $states.input.next %}',
        maxResults: 10,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.AthenaGetQueryResults(s, 'Task', { queryExecutionId: 'abc' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the pattern is unsupported, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.AthenaGetQueryResults(s, 'Task', { queryExecutionId: 'abc', integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    });
  });
});
