/**
 * Patterns and actions: connect-codebuild.html, "BatchDeleteBuilds" (Request Response only,
 * codebuild:BatchDeleteBuilds on the project, or project/* for dynamic resources), and its note on
 * `"Ids.$": "$.Build..Arn"`. Request fields: API_BatchDeleteBuilds.html (1 to 100 IDs).
 * moto cannot execute CodeBuild states (see ./build-call.ts).
 */
import { Token } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ANY_PROJECT, synthesizeValid } from './build-call';
import { PROJECT_ARN, importedProject } from './fixtures';
import { CodeBuildBatchDeleteBuilds } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

const IDS = ['MyProject:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', 'MyProject:1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809'];

describe('CodeBuildBatchDeleteBuilds', () => {
  test('sends the IDs through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: IDS });
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('codebuild:batchDeleteBuilds'), Parameters: { Ids: IDS } });
  });

  test('jsonPath() renders the documented recursive descent example', () => {
    const stack = newStack();
    const task = CodeBuildBatchDeleteBuilds.jsonPath(stack, 'Delete', { ids: sfn.JsonPath.listAt('$.Build..Arn') });
    expect(renderState(task).Parameters).toEqual({ 'Ids.$': '$.Build..Arn' });
  });

  test('jsonata() takes the list from an expression', () => {
    const stack = newStack();
    const task = CodeBuildBatchDeleteBuilds.jsonata(stack, 'Delete', { ids: Token.asList('{% $states.input.Build.Arn %}') });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('codebuild:batchDeleteBuilds'),
      Arguments: { Ids: '{% $states.input.Build.Arn %}' },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: IDS }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ Ids: IDS });
    expect(state.Parameters).toBeUndefined();
  });

  test('grants BatchDeleteBuilds on the project', () => {
    const stack = newStack();
    synthesizeValid(stack, new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: IDS, project: importedProject(stack) }));
    expect(policyStatements(stack)).toEqual([{ Action: 'codebuild:BatchDeleteBuilds', Effect: 'Allow', Resource: PROJECT_ARN }]);
  });

  test('grants BatchDeleteBuilds on every project when no project is given', () => {
    const stack = newStack();
    synthesizeValid(stack, new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: sfn.JsonPath.listAt('$.ids') }));
    expect(policyStatements(stack)).toEqual([{ Action: 'codebuild:BatchDeleteBuilds', Effect: 'Allow', Resource: ANY_PROJECT }]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (integrationPattern) => {
    const stack = newStack();
    expect(() => new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: IDS, integrationPattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${integrationPattern}`);
  });

  test.each([
    ['no IDs', [], 'ids must hold 1 to 100 entries, got 0'],
    ['101 IDs', Array.from({ length: 101 }, (_, i) => `p:${i}`), 'ids must hold 1 to 100 entries, got 101'],
    ['an empty ID', ['p:1', ''], 'ids[1] must not be empty'],
  ])('throws when given %s', (_name, ids, message) => {
    const stack = newStack();
    expect(() => new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids })).toThrow(`Invalid CodeBuild batchDeleteBuilds call: ${message}`);
  });
});
