import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { anyIfRunTime, ServiceCallTask, withJsonata } from '../private';

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
export class GlueDataBrewStartJobRun extends ServiceCallTask {
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

  constructor(scope: Construct, id: string, private readonly props: GlueDataBrewStartJobRunProps) {
    super(scope, id, props, {
      service: 'databrew',
      api: 'startJobRun',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });

    const actions = ['databrew:startJobRun'];
    if (this._integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      actions.push('databrew:stopJobRun', 'databrew:listJobRuns');
    }
    this._setTaskPolicies([new PolicyStatement({
      resources: [Stack.of(this).formatArn({ service: 'databrew', resource: 'job', resourceName: anyIfRunTime(props.name) })],
      actions,
    })]);
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return { Name: this.props.name };
  }
}
