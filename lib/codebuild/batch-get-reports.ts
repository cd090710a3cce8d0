import { Stack } from 'aws-cdk-lib';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, throwProblems, withJsonata } from '../private';
import { idListProblems } from './private/build-call';

interface CodeBuildBatchGetReportsOptions {
  /**
   * The ARNs of the reports to read, 1 to 100. A `JsonPath.listAt(...)` token passes a list from the
   * state's data, e.g. `JsonPath.listAt('$.Build.ReportArns')` after a `CodeBuildStartBuild` with `.sync`.
   */
  readonly reportArns: string[];

  /**
   * The report group the reports belong to, which scopes the IAM grant.
   *
   * @default - the state machine may read reports of every report group in the stack's account and Region
   */
  readonly reportGroup?: codebuild.IReportGroupRef;
}

/**
 * Props of `CodeBuildBatchGetReports.jsonPath()`: a CodeBuild BatchGetReports call in a JSONPath state.
 */
export interface CodeBuildBatchGetReportsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildBatchGetReportsOptions {}

/**
 * Props of `CodeBuildBatchGetReports.jsonata()`: a CodeBuild BatchGetReports call in a JSONata state.
 */
export interface CodeBuildBatchGetReportsJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildBatchGetReportsOptions {}

/**
 * Props of `CodeBuildBatchGetReports`, in either query language.
 */
export interface CodeBuildBatchGetReportsProps extends sfn.TaskStateBaseProps, CodeBuildBatchGetReportsOptions {}

/**
 * A Task state that reads AWS CodeBuild test and code coverage reports. The state's result holds the
 * reports found (`Reports`) and the ARNs not found (`ReportsNotFound`).
 *
 * Request Response only: Step Functions has no `.sync` for this API.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetReports.html
 */
export class CodeBuildBatchGetReports extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that reads AWS CodeBuild test and code coverage reports.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildBatchGetReportsJsonPathProps): CodeBuildBatchGetReports {
    return new CodeBuildBatchGetReports(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that reads AWS CodeBuild test and code coverage reports.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildBatchGetReportsJsonataProps): CodeBuildBatchGetReports {
    return new CodeBuildBatchGetReports(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: CodeBuildBatchGetReportsProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    throwProblems(this, 'InvalidCodeBuildCall', 'Invalid CodeBuild batchGetReports call', idListProblems('reportArns', props.reportArns));
    this.taskPolicies = [new PolicyStatement({
      actions: ['codebuild:BatchGetReports'],
      resources: [props.reportGroup?.reportGroupRef.reportGroupArn
        ?? Stack.of(this).formatArn({ service: 'codebuild', resource: 'report-group', resourceName: '*' })],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('codebuild', 'batchGetReports', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ReportArns: this.props.reportArns,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
