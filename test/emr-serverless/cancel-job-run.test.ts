/**
 * Expected values: the Step Functions developer guide, connect-emr-serverless.html ("Cancel a job in an
 * application" and "IAM policy example for CancelJobRun", static and dynamic resources).
 * moto cannot execute EMR Serverless states (see ./helpers.ts).
 */
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { JOB_RULE, applicationArn, eventsRuleStatement, synthesizeValid } from './helpers';
import { EmrServerlessCancelJobRun } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

const APP_ID = '00f1abcdexample';
const RUN_ID = '00f1runexample';

describe('EmrServerlessCancelJobRun', () => {
  test('sends the application and job run IDs through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrServerlessCancelJobRun(stack, 'Cancel', { applicationId: APP_ID, jobRunId: RUN_ID });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('emr-serverless:cancelJobRun'),
      Parameters: { ApplicationId: APP_ID, JobRunId: RUN_ID },
    });
  });

  test('jsonata() renders the documented example with .sync', () => {
    const stack = newStack();
    const task = EmrServerlessCancelJobRun.jsonata(stack, 'Cancel', {
      applicationId: '{% $states.input.ApplicationId %}',
      jobRunId: '{% $states.input.JobRunId %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-serverless:cancelJobRun', '.sync'),
      Arguments: { ApplicationId: '{% $states.input.ApplicationId %}', JobRunId: '{% $states.input.JobRunId %}' },
    });
  });

  test('jsonPath() reads the IDs from the state input', () => {
    const stack = newStack();
    const task = EmrServerlessCancelJobRun.jsonPath(stack, 'Cancel', {
      applicationId: sfn.JsonPath.stringAt('$.ApplicationId'),
      jobRunId: sfn.JsonPath.stringAt('$.JobRunId'),
    });
    expect(renderState(task).Parameters).toEqual({ 'ApplicationId.$': '$.ApplicationId', 'JobRunId.$': '$.JobRunId' });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new EmrServerlessCancelJobRun(stack, 'Cancel', { applicationId: APP_ID, jobRunId: RUN_ID }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ApplicationId: APP_ID, JobRunId: RUN_ID });
    expect(state.Parameters).toBeUndefined();
  });

  test('Request Response grants CancelJobRun on the one job run', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCancelJobRun(stack, 'Cancel', { applicationId: APP_ID, jobRunId: RUN_ID }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'emr-serverless:CancelJobRun', Effect: 'Allow', Resource: applicationArn(APP_ID, `/jobruns/${RUN_ID}`) },
    ]);
  });

  test('.sync also grants GetJobRun and the managed events rule', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCancelJobRun(stack, 'Cancel', {
      applicationId: APP_ID, jobRunId: RUN_ID, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([
      { Action: ['emr-serverless:CancelJobRun', 'emr-serverless:GetJobRun'], Effect: 'Allow', Resource: applicationArn(APP_ID, `/jobruns/${RUN_ID}`) },
      eventsRuleStatement(JOB_RULE),
    ]);
  });

  test('a job run ID from the state data grants on every run of the application', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCancelJobRun(stack, 'Cancel', { applicationId: APP_ID, jobRunId: sfn.JsonPath.stringAt('$.JobRunId') }));
    expect(policyStatements(stack)[0].Resource).toEqual(applicationArn(APP_ID, '/jobruns/*'));
  });

  test('IDs from the state data grant on every run of every application (JSONata)', () => {
    const stack = newStack();
    synthesizeValid(stack, EmrServerlessCancelJobRun.jsonata(stack, 'Cancel', {
      applicationId: '{% $states.input.ApplicationId %}',
      jobRunId: '{% $states.input.JobRunId %}',
    }));
    expect(policyStatements(stack)[0].Resource).toEqual(applicationArn('*', '/jobruns/*'));
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCancelJobRun(stack, 'Cancel', {
      applicationId: APP_ID, jobRunId: RUN_ID, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when both IDs are malformed, naming each problem', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCancelJobRun(stack, 'Cancel', { applicationId: '', jobRunId: 'Run_1' }))
      .toThrow('Invalid EMR Serverless job run cancellation: applicationId must be 1 to 64 characters long, got 0; '
        + "jobRunId must be lowercase letters and digits only, got 'Run_1'");
  });
});
