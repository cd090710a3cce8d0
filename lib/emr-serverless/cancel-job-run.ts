import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, lengthProblems, patternProblems, queryLanguageOf, throwProblems, withJsonata } from '../private';
import { applicationIdProblems } from './private/application-task';
import { EMR_SERVERLESS_PATTERNS, JOB_EVENTS_RULE, emrServerlessStatements, jobRunArn } from './private/resources';

interface EmrServerlessCancelJobRunOptions {
  /**
   * The ID of the application the job runs on, e.g. `00f1abcdexample`.
   *
   * A literal ID or a deploy-time token scopes the IAM grant to that application; an ID from the state's
   * data (JSONPath or JSONata) grants on every application in the account and Region.
   */
  readonly applicationId: string;

  /**
   * The ID of the job run to cancel, usually from the state's data, e.g.
   * `JsonPath.stringAt('$.JobRunId')` after an `EmrServerlessStartJobRun`.
   *
   * A literal ID scopes the IAM grant to that job run; an ID from the state's data grants on every job run
   * of the application.
   */
  readonly jobRunId: string;
}

/**
 * Props of `EmrServerlessCancelJobRun.jsonPath()`: a job run cancellation in a JSONPath state.
 */
export interface EmrServerlessCancelJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessCancelJobRunOptions {}

/**
 * Props of `EmrServerlessCancelJobRun.jsonata()`: a job run cancellation in a JSONata state.
 */
export interface EmrServerlessCancelJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessCancelJobRunOptions {}

/**
 * Props of `EmrServerlessCancelJobRun`, in either query language.
 */
export interface EmrServerlessCancelJobRunProps extends sfn.TaskStateBaseProps, EmrServerlessCancelJobRunOptions {}

/**
 * A Task state that cancels a job run on an EMR Serverless application.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the run is `CANCELLED`. The state's
 * result is the `ApplicationId` and `JobRunId`.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CancelJobRun.html
 */
export class EmrServerlessCancelJobRun extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that cancels a job run on an EMR Serverless application.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessCancelJobRunJsonPathProps): EmrServerlessCancelJobRun {
    return new EmrServerlessCancelJobRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that cancels a job run on an EMR Serverless application.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessCancelJobRunJsonataProps): EmrServerlessCancelJobRun {
    return new EmrServerlessCancelJobRun(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EmrServerlessCancelJobRunProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EMR_SERVERLESS_PATTERNS);
    throwProblems(this, 'InvalidEmrServerlessCancelJobRun', 'Invalid EMR Serverless job run cancellation', [
      ...applicationIdProblems(props.applicationId),
      ...lengthProblems('jobRunId', props.jobRunId, 1, 64),
      ...patternProblems('jobRunId', props.jobRunId, /^[0-9a-z]*$/, 'lowercase letters and digits only'),
    ]);

    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this.taskPolicies = emrServerlessStatements(this, this.integrationPattern,
      ['emr-serverless:CancelJobRun', ...(sync ? ['emr-serverless:GetJobRun'] : [])],
      [jobRunArn(this, props.applicationId, props.jobRunId)],
      JOB_EVENTS_RULE);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('emr-serverless', 'cancelJobRun', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ApplicationId: this.props.applicationId,
        JobRunId: this.props.jobRunId,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
