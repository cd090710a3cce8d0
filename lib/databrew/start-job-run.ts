import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, isJsonPathOrJsonataExpression, queryLanguageOf, withJsonata } from '../private';

interface GlueDataBrewStartJobRunOptions {
  /**
   * The name of the DataBrew job to run.
   */
  readonly name: string;
}

/**
 * Props of `GlueDataBrewStartJobRun.jsonPath()`: a DataBrew job run in a JSONPath state.
 */
export interface GlueDataBrewStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * Props of `GlueDataBrewStartJobRun.jsonata()`: a DataBrew job run in a JSONata state.
 */
export interface GlueDataBrewStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * Props of `GlueDataBrewStartJobRun`, in either query language.
 */
export interface GlueDataBrewStartJobRunProps extends sfn.TaskStateBaseProps, GlueDataBrewStartJobRunOptions {}

/**
 * A Task state that starts a run of an AWS Glue DataBrew job.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
 */
export class GlueDataBrewStartJobRun extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that starts a run of an AWS Glue DataBrew job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
   */
  public static jsonPath(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonPathProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts a run of an AWS Glue DataBrew job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html
   */
  public static jsonata(scope: Construct, id: string, props: GlueDataBrewStartJobRunJsonataProps): GlueDataBrewStartJobRun {
    return new GlueDataBrewStartJobRun(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: GlueDataBrewStartJobRunProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, GlueDataBrewStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);

    const actions = ['databrew:startJobRun'];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      actions.push('databrew:stopJobRun', 'databrew:listJobRuns');
    }
    // A job chosen at run time could be any job.
    const jobName = isJsonPathOrJsonataExpression(props.name) ? '*' : props.name;
    this.taskPolicies = [new PolicyStatement({
      resources: [Stack.of(this).formatArn({ service: 'databrew', resource: 'job', resourceName: jobName })],
      actions,
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('databrew', 'startJobRun', this.integrationPattern),
      ...this._renderParametersOrArguments({ Name: this.props.name }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
