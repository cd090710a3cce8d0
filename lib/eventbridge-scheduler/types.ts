import { Duration, Token } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { unscopedValidationError } from '../private';

/**
 * What EventBridge Scheduler does with a schedule once it has invoked its target for the last time.
 */
export enum ActionAfterCompletion {
  /**
   * Keep the schedule.
   */
  NONE = 'NONE',

  /**
   * Delete the schedule.
   */
  DELETE = 'DELETE',
}

/**
 * How EventBridge Scheduler retries an invocation of the target that failed.
 */
export interface RetryPolicy {
  /**
   * How many times to retry before giving up: a whole number from 0 to 185.
   */
  readonly maximumRetryAttempts: number;

  /**
   * How long after the scheduled time an event may still be retried: from 1 minute to 1 day.
   */
  readonly maximumEventAge: Duration;
}

/**
 * Props of `EventBridgeSchedulerTarget`.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_Target.html#API_Target_Contents
 */
export interface EventBridgeSchedulerTargetProps {
  /**
   * The ARN of the target: an API of an AWS service, or a resource such as a queue or a function.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets.html
   */
  readonly arn: string;

  /**
   * The role EventBridge Scheduler takes on to invoke the target.
   */
  readonly role: iam.IRole;

  /**
   * What the target receives, e.g. a message body or a JSON request; at least one character.
   *
   * @default - the target receives EventBridge Scheduler's default payload
   */
  readonly input?: string;

  /**
   * How failed invocations are retried.
   *
   * @default - failed invocations are not retried
   */
  readonly retryPolicy?: RetryPolicy;

  /**
   * The queue that receives the events that could not be delivered.
   *
   * @default - undelivered events are dropped
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * What a schedule created by `EventBridgeSchedulerCreateScheduleTask` invokes, and how.
 */
export class EventBridgeSchedulerTarget {
  /**
   * The ARN of the target.
   */
  public arn: string;

  /**
   * The role EventBridge Scheduler takes on to invoke the target.
   */
  public role: iam.IRole;

  /**
   * What the target receives.
   */
  public input?: string;

  /**
   * How failed invocations are retried.
   */
  public retryPolicy?: RetryPolicy;

  /**
   * The queue that receives the events that could not be delivered.
   */
  public deadLetterQueue?: sqs.IQueue;

  constructor(props: EventBridgeSchedulerTargetProps) {
    validateTargetProps(props);
    this.arn = props.arn;
    this.role = props.role;
    this.input = props.input;
    this.retryPolicy = props.retryPolicy;
    this.deadLetterQueue = props.deadLetterQueue;
  }

  /**
   * The target as the `Target` field of the `CreateSchedule` request.
   */
  public renderTargetObject(): any {
    return {
      Arn: this.arn,
      RoleArn: this.role.roleArn,
      Input: this.input,
      RetryPolicy: this.retryPolicy && {
        MaximumEventAgeInSeconds: this.retryPolicy.maximumEventAge.toSeconds(),
        MaximumRetryAttempts: this.retryPolicy.maximumRetryAttempts,
      },
      DeadLetterConfig: this.deadLetterQueue && { Arn: this.deadLetterQueue.queueArn },
    };
  }
}

/** Throws on the first target prop that `CreateSchedule` would refuse. */
function validateTargetProps(props: EventBridgeSchedulerTargetProps): void {
  if (props.input !== undefined && !Token.isUnresolved(props.input) && props.input.length === 0) {
    throw unscopedValidationError('InputMustBeAtLeastOneCharacter', 'Input must be at least 1 character long.');
  }
  const retry = props.retryPolicy;
  if (retry) {
    const attempts = retry.maximumRetryAttempts;
    if (!Number.isInteger(attempts) || attempts < 0 || attempts > 185) {
      throw unscopedValidationError('MaximumRetryAttemptsMustBeBetween0And185',
        `MaximumRetryAttempts must be an integer between 0 and 185, got ${attempts}`);
    }
    if (retry.maximumEventAge.toMilliseconds() < Duration.minutes(1).toMilliseconds() || retry.maximumEventAge.toSeconds() > Duration.days(1).toSeconds()) {
      throw unscopedValidationError('MaximumEventAgeInSecondsMustBeBetween60And86400', 'MaximumEventAgeInSeconds must be between 60 and 86400 seconds');
    }
  }
}
