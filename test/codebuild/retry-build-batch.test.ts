/**
 * Patterns and actions: connect-codebuild.html, "RetryBuildBatch": Request Response and Run a Job (.sync);
 * the .sync policy lists RetryBuildBatch, StopBuildBatch and BatchGetBuildBatches on the project and, unlike
 * StartBuildBatch's, no managed events rule. Request fields: API_RetryBuildBatch.html.
 */
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ANY_PROJECT, describeBuildCall, synthesizeValid } from './build-call';
import { PROJECT_ARN, importedProject } from './fixtures';
import { CodeBuildBatchRetryType, CodeBuildRetryBuildBatch } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

const BATCH_ID = 'MyProject:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('CodeBuildRetryBuildBatch', () => {
  describeBuildCall(CodeBuildRetryBuildBatch, { api: 'retryBuildBatch', idProp: 'buildBatchId', actions: ['codebuild:RetryBuildBatch'], sync: true });

  test('renders the retry type and idempotency token', () => {
    const stack = newStack();
    const task = new CodeBuildRetryBuildBatch(stack, 'Retry', {
      buildBatchId: BATCH_ID,
      retryType: CodeBuildBatchRetryType.RETRY_FAILED_BUILDS,
      idempotencyToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
    });
    expect(renderState(task).Parameters).toEqual({ 'Id': BATCH_ID, 'IdempotencyToken.$': '$$.Execution.Name', 'RetryType': 'RETRY_FAILED_BUILDS' });
  });

  test('jsonata() with .sync renders the suffix and Arguments', () => {
    const stack = newStack();
    const task = CodeBuildRetryBuildBatch.jsonata(stack, 'Retry', {
      buildBatchId: '{% $states.input.BuildBatch.Id %}',
      retryType: CodeBuildBatchRetryType.RETRY_ALL_BUILDS,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('codebuild:retryBuildBatch', '.sync'),
      Arguments: { Id: '{% $states.input.BuildBatch.Id %}', RetryType: 'RETRY_ALL_BUILDS' },
    });
  });

  test('.sync grants retrying, stopping and reading batch builds of the project', () => {
    const stack = newStack();
    synthesizeValid(stack, new CodeBuildRetryBuildBatch(stack, 'Retry', {
      buildBatchId: BATCH_ID, project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([{
      Action: ['codebuild:RetryBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'],
      Effect: 'Allow',
      Resource: PROJECT_ARN,
    }]);
  });

  test('.sync without a project grants on every project', () => {
    const stack = newStack();
    synthesizeValid(stack, new CodeBuildRetryBuildBatch(stack, 'Retry', { buildBatchId: BATCH_ID, integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(policyStatements(stack)[0].Resource).toEqual(ANY_PROJECT);
  });

  test('throws when the ID and the idempotency token are empty, naming both', () => {
    const stack = newStack();
    expect(() => new CodeBuildRetryBuildBatch(stack, 'Retry', { buildBatchId: '', idempotencyToken: '' }))
      .toThrow('Invalid CodeBuild retryBuildBatch call: buildBatchId must not be empty; idempotencyToken must not be empty');
  });
});
