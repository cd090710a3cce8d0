import type { Duration } from 'aws-cdk-lib';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, lengthProblems, pathFieldProblems, patternProblems, queryLanguageOf, rangeProblems, throwProblems, withJsonata,
} from '../private';
import { applicationIdProblems } from './private/application-task';
import { configurationProblems, monitoringProblems, renderConfigurations, renderMonitoring } from './private/render';
import { EMR_SERVERLESS_PATTERNS, JOB_EVENTS_RULE, applicationArn, emrServerlessStatements, jobRunArn } from './private/resources';
import type { EmrServerlessConfiguration, EmrServerlessJobDriver, EmrServerlessMonitoring } from './types';

interface EmrServerlessStartJobRunOptions {
  /**
   * The ID of the application that runs the job, e.g. `00f1abcdexample`.
   *
   * A literal ID or a deploy-time token (such as `CfnApplication.attrApplicationId`) scopes the IAM grant
   * to that application; an ID from the state's data (JSONPath or JSONata) grants on every application in
   * the account and Region.
   */
  readonly applicationId: string;

  /**
   * The role the job runs as: what it may read, write and log to. The state machine is granted
   * `iam:PassRole` on it, for EMR Serverless only.
   */
  readonly executionRole: IRole;

  /**
   * What the job runs: a Spark application or a Hive query, matching the application's type.
   */
  readonly jobDriver: EmrServerlessJobDriver;

  /**
   * A name for the job run, which need not be unique.
   *
   * @default - no name
   */
  readonly name?: string;

  /**
   * Configuration classifications that override the application's for this run.
   *
   * @default - the application's configuration
   */
  readonly applicationConfiguration?: EmrServerlessConfiguration[];

  /**
   * Where this run's logs go, overriding the application's setting.
   *
   * @default - the application's setting
   */
  readonly monitoring?: EmrServerlessMonitoring;

  /**
   * How long the job may run before EMR Serverless cancels it, in whole minutes. Zero means no limit.
   *
   * @default - the service default, 12 hours
   */
  readonly executionTimeout?: Duration;

  /**
   * A token, unique for each run, that makes retried requests start one run only, e.g.
   * `JsonPath.stringAt('$$.Execution.Name')`.
   *
   * @default - a new token is generated for each request
   */
  readonly clientToken?: string;

  /**
   * Tags for the job run.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EmrServerlessStartJobRun.jsonPath()`: a job run on EMR Serverless in a JSONPath state.
 */
export interface EmrServerlessStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStartJobRunOptions {}

/**
 * Props of `EmrServerlessStartJobRun.jsonata()`: a job run on EMR Serverless in a JSONata state.
 */
export interface EmrServerlessStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStartJobRunOptions {}

/**
 * Props of `EmrServerlessStartJobRun`, in either query language.
 */
export interface EmrServerlessStartJobRunProps extends sfn.TaskStateBaseProps, EmrServerlessStartJobRunOptions {}

/**
 * A Task state that runs a Spark or Hive job on an EMR Serverless application.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the job run has finished, and fails
 * if the run does; otherwise its result is the `ApplicationId`, `JobRunId` and `Arn` of the started run.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
 */
export class EmrServerlessStartJobRun extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that runs a Spark or Hive job on an EMR Serverless application.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStartJobRunJsonPathProps): EmrServerlessStartJobRun {
    return new EmrServerlessStartJobRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs a Spark or Hive job on an EMR Serverless application.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStartJobRunJsonataProps): EmrServerlessStartJobRun {
    return new EmrServerlessStartJobRun(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly timeoutMinutes?: number;

  constructor(scope: Construct, id: string, private readonly props: EmrServerlessStartJobRunProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EMR_SERVERLESS_PATTERNS);
    this.timeoutMinutes = props.executionTimeout?.toMinutes();
    throwProblems(this, 'InvalidEmrServerlessStartJobRun', 'Invalid EMR Serverless job run', [
      ...applicationIdProblems(props.applicationId),
      ...lengthProblems('name', props.name, 1, 256),
      ...rangeProblems('executionTimeout (minutes)', this.timeoutMinutes, 0, 1000000),
      ...lengthProblems('clientToken', props.clientToken, 1, 64),
      ...patternProblems('clientToken', props.clientToken, /^[A-Za-z0-9._-]*$/, 'letters, digits, periods, underscores and hyphens only'),
      ...monitoringProblems('monitoring', props.monitoring),
      ...configurationProblems('applicationConfiguration', props.applicationConfiguration),
      ...pathFieldProblems('tags', props.tags),
    ]);

    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this.taskPolicies = [
      new PolicyStatement({ actions: ['emr-serverless:StartJobRun'], resources: [applicationArn(this, props.applicationId)] }),
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [props.executionRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } },
      }),
      ...(sync
        ? emrServerlessStatements(this, this.integrationPattern, ['emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'],
          [jobRunArn(this, props.applicationId)], JOB_EVENTS_RULE)
        : []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const monitoring = renderMonitoring(this.props.monitoring);
    const applicationConfiguration = renderConfigurations(this.props.applicationConfiguration);
    return {
      Resource: integrationResourceArn('emr-serverless', 'startJobRun', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ApplicationId: this.props.applicationId,
        ClientToken: this.props.clientToken,
        ExecutionRoleArn: this.props.executionRole.roleArn,
        JobDriver: this.props.jobDriver._render(),
        ConfigurationOverrides: monitoring || applicationConfiguration
          ? { ApplicationConfiguration: applicationConfiguration, MonitoringConfiguration: monitoring }
          : undefined,
        ExecutionTimeoutMinutes: this.timeoutMinutes,
        Name: this.props.name,
        Tags: this.props.tags,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
