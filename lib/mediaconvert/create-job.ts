import { Stack, requireProperty } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ServiceCallTask, withJsonata } from '../private';

interface MediaConvertCreateJobOptions {
  /**
   * The body of MediaConvert's `CreateJob` request, sent as is; it must hold `Role` (the ARN of the role
   * MediaConvert assumes) and `Settings`.
   *
   * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobs-prop-createjobrequest
   */
  readonly createJobRequest: { [key: string]: any };
}

/**
 * Props of `MediaConvertCreateJob.jsonPath()`: a MediaConvert job in a JSONPath state.
 */
export interface MediaConvertCreateJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, MediaConvertCreateJobOptions {}

/**
 * Props of `MediaConvertCreateJob.jsonata()`: a MediaConvert job in a JSONata state.
 */
export interface MediaConvertCreateJobJsonataProps extends sfn.TaskStateJsonataBaseProps, MediaConvertCreateJobOptions {}

/**
 * Props of `MediaConvertCreateJob`, in either query language.
 */
export interface MediaConvertCreateJobProps extends sfn.TaskStateBaseProps, MediaConvertCreateJobOptions {}

/**
 * A Task state that creates an AWS Elemental MediaConvert transcoding job.
 *
 * The state machine's role may pass `createJobRequest.Role` to MediaConvert and create jobs; with `RUN_JOB`
 * it may also read and cancel jobs and manage the EventBridge rule Step Functions uses to follow them.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
 */
export class MediaConvertCreateJob extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that creates an AWS Elemental MediaConvert transcoding job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
   */
  public static jsonPath(scope: Construct, id: string, props: MediaConvertCreateJobJsonPathProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an AWS Elemental MediaConvert transcoding job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
   */
  public static jsonata(scope: Construct, id: string, props: MediaConvertCreateJobJsonataProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: MediaConvertCreateJobProps) {
    super(scope, id, props, {
      service: 'mediaconvert',
      api: 'createJob',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });
    requireProperty(props.createJobRequest, 'Role', this);
    requireProperty(props.createJobRequest, 'Settings', this);
    this._setTaskPolicies(this.policyStatements());
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return this.props.createJobRequest;
  }

  private policyStatements(): PolicyStatement[] {
    const statements = [
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.props.createJobRequest.Role],
        conditions: { StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
      }),
      new PolicyStatement({ actions: ['mediaconvert:CreateJob'], resources: ['*'] }),
    ];
    if (this._integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(
        new PolicyStatement({ actions: ['mediaconvert:GetJob', 'mediaconvert:CancelJob'], resources: ['*'] }),
        new PolicyStatement({
          actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
          resources: [Stack.of(this).formatArn({ service: 'events', resource: 'rule', resourceName: 'StepFunctionsGetEventsForMediaConvertJobRule' })],
        }),
      );
    }
    return statements;
  }
}
