/**
 * Patterns and actions: connect-codebuild.html, "BatchGetReports" (Request Response only,
 * codebuild:BatchGetReports on the report group, or report-group/* for dynamic resources). Request fields:
 * API_BatchGetReports.html (1 to 100 report ARNs). moto cannot execute CodeBuild states (see ./build-call.ts).
 */
import * as cdk from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthesizeValid } from './build-call';
import { CodeBuildBatchGetReports } from '../../lib';
import { newStack, partitionArn, policyStatements, regionalArn, renderState, stateArn } from '../util';

const REPORT_ARN = 'arn:aws:codebuild:us-east-1:123456789012:report/unit-tests:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('CodeBuildBatchGetReports', () => {
  test('sends the report ARNs through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN] });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task', End: true, Resource: stateArn('codebuild:batchGetReports'), Parameters: { ReportArns: [REPORT_ARN] },
    });
  });

  test('jsonPath() reads the report ARNs of a build from the state input', () => {
    const stack = newStack();
    const task = CodeBuildBatchGetReports.jsonPath(stack, 'Reports', { reportArns: sfn.JsonPath.listAt('$.Build.ReportArns') });
    expect(renderState(task).Parameters).toEqual({ 'ReportArns.$': '$.Build.ReportArns' });
  });

  test('jsonata() sends the report ARNs through Arguments', () => {
    const stack = newStack();
    const task = CodeBuildBatchGetReports.jsonata(stack, 'Reports', { reportArns: cdk.Token.asList('{% $states.input.Build.ReportArns %}') });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('codebuild:batchGetReports'),
      Arguments: { ReportArns: '{% $states.input.Build.ReportArns %}' },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN] }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ReportArns: [REPORT_ARN] });
  });

  test('grants BatchGetReports on the given report group (imported)', () => {
    const stack = newStack();
    const reportGroup = codebuild.ReportGroup.fromReportGroupName(stack, 'Group', 'unit-tests');
    synthesizeValid(stack, new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN], reportGroup }));
    expect(policyStatements(stack)).toEqual([{
      Action: 'codebuild:BatchGetReports',
      Effect: 'Allow',
      Resource: regionalArn('codebuild', 'report-group/unit-tests'),
    }]);
  });

  test('grants BatchGetReports on the given report group (created)', () => {
    const stack = newStack();
    const reportGroup = new codebuild.ReportGroup(stack, 'Group');
    synthesizeValid(stack, new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN], reportGroup }));
    expect(policyStatements(stack)).toEqual([{
      Action: 'codebuild:BatchGetReports',
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [stack.getLogicalId(reportGroup.node.defaultChild as cdk.CfnElement), 'Arn'] },
    }]);
  });

  test('grants BatchGetReports on every report group when none is given', () => {
    const stack = newStack({ env: { account: '123456789012', region: 'us-east-1' } });
    synthesizeValid(stack, new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN] }));
    expect(policyStatements(stack)).toEqual([{
      Action: 'codebuild:BatchGetReports',
      Effect: 'Allow',
      Resource: partitionArn('codebuild:us-east-1:123456789012:report-group/*'),
    }]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (integrationPattern) => {
    const stack = newStack();
    expect(() => new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [REPORT_ARN], integrationPattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${integrationPattern}`);
  });

  test('throws when no report ARN is given', () => {
    const stack = newStack();
    expect(() => new CodeBuildBatchGetReports(stack, 'Reports', { reportArns: [] }))
      .toThrow('Invalid CodeBuild batchGetReports call: reportArns must hold 1 to 100 entries, got 0');
  });
});
