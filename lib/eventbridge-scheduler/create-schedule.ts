import { type Duration, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { Schedule } from './schedule';
import { ActionAfterCompletion, type EventBridgeSchedulerTarget } from './types';
import { integrationResourceArn, queryLanguageOf, validationError, withJsonata } from '../private';

interface EventBridgeSchedulerCreateScheduleTaskOptions {
  /**
   * The name of the schedule to create, unique within its group.
   */
  readonly scheduleName: string;

  /**
   * What happens to the schedule once it has invoked its target for the last time.
   *
   * @default ActionAfterCompletion.NONE
   */
  readonly actionAfterCompletion?: ActionAfterCompletion;

  /**
   * A token (1 to 64 letters, digits, `-` or `_`) that makes retried requests create the schedule only once.
   *
   * @default - EventBridge Scheduler generates one
   */
  readonly clientToken?: string;

  /**
   * A description of the schedule, at most 512 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The time (UTC) after which the schedule invokes its target no more. Ignored by one-time schedules.
   *
   * @default - no end
   */
  readonly endDate?: Date;

  /**
   * A window after each scheduled time within which EventBridge Scheduler may invoke the target, to spread
   * invocations out: from 1 minute to 1440 minutes (1 day).
   *
   * @default - the target is invoked at the scheduled time
   */
  readonly flexibleTimeWindow?: Duration;

  /**
   * The schedule group to put the schedule in (1 to 64 letters, digits, `-`, `_` or `.`).
   *
   * @default - the `default` group
   */
  readonly groupName?: string;

  /**
   * The customer managed KMS key with which EventBridge Scheduler encrypts the target's input. The
   * target's role is allowed to decrypt with it.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/encryption-rest.html
   *
   * @default - an AWS owned key
   */
  readonly kmsKey?: kms.IKey;

  /**
   * When the schedule runs.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
   */
  readonly schedule: Schedule;

  /**
   * The time zone in which the schedule expression is read, e.g. `America/New_York` (1 to 50 characters).
   *
   * @default - UTC
   */
  readonly timezone?: string;

  /**
   * The time (UTC) from which the schedule may invoke its target. Ignored by one-time schedules.
   *
   * @default - the schedule starts at once
   */
  readonly startDate?: Date;

  /**
   * Whether the schedule is created enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * What the schedule invokes.
   */
  readonly target: EventBridgeSchedulerTarget;
}

/**
 * Props of `EventBridgeSchedulerCreateScheduleTask.jsonPath()`: creating a schedule in a JSONPath state.
 */
export interface EventBridgeSchedulerCreateScheduleTaskJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/**
 * Props of `EventBridgeSchedulerCreateScheduleTask.jsonata()`: creating a schedule in a JSONata state.
 */
export interface EventBridgeSchedulerCreateScheduleTaskJsonataProps extends sfn.TaskStateJsonataBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/**
 * Props of `EventBridgeSchedulerCreateScheduleTask`, in either query language.
 */
export interface EventBridgeSchedulerCreateScheduleTaskProps extends sfn.TaskStateBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/**
 * A Task state that creates an EventBridge Scheduler schedule.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
 */
export class EventBridgeSchedulerCreateScheduleTask extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates an EventBridge Scheduler schedule.
   */
  public static jsonPath(scope: Construct, id: string, props: EventBridgeSchedulerCreateScheduleTaskJsonPathProps): EventBridgeSchedulerCreateScheduleTask {
    return new EventBridgeSchedulerCreateScheduleTask(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an EventBridge Scheduler schedule.
   */
  public static jsonata(scope: Construct, id: string, props: EventBridgeSchedulerCreateScheduleTaskJsonataProps): EventBridgeSchedulerCreateScheduleTask {
    return new EventBridgeSchedulerCreateScheduleTask(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EventBridgeSchedulerCreateScheduleTaskProps) {
    super(scope, id, props);
    this.validateProps(props);
    props.kmsKey?.grantDecrypt(props.target.role);
    this.integrationPattern = props.integrationPattern ?? sfn.IntegrationPattern.REQUEST_RESPONSE;

    this.taskPolicies = [
      new iam.PolicyStatement({
        resources: [Stack.of(this).formatArn({
          service: 'scheduler',
          resource: 'schedule',
          resourceName: `${props.groupName ?? 'default'}/${props.scheduleName}`,
        })],
        actions: ['scheduler:CreateSchedule'],
      }),
      new iam.PolicyStatement({
        resources: [props.target.role.roleArn],
        actions: ['iam:PassRole'],
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    return {
      Resource: integrationResourceArn('aws-sdk:scheduler', 'createSchedule', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ActionAfterCompletion: props.actionAfterCompletion ?? ActionAfterCompletion.NONE,
        ClientToken: props.clientToken,
        Description: props.description,
        EndDate: props.endDate?.toISOString(),
        FlexibleTimeWindow: {
          Mode: props.flexibleTimeWindow ? 'FLEXIBLE' : 'OFF',
          MaximumWindowInMinutes: props.flexibleTimeWindow?.toMinutes(),
        },
        GroupName: props.groupName,
        KmsKeyArn: props.kmsKey?.keyArn,
        Name: props.scheduleName,
        ScheduleExpression: props.schedule.expressionString,
        ScheduleExpressionTimezone: props.timezone,
        StartDate: props.startDate?.toISOString(),
        State: props.enabled ?? true ? 'ENABLED' : 'DISABLED',
        Target: props.target.renderTargetObject(),
      }, queryLanguageOf(topLevelQueryLanguage, props.queryLanguage)),
    };
  }

  /** Throws on the first prop that `CreateSchedule` would refuse; values given as tokens are not checked. */
  private validateProps(props: EventBridgeSchedulerCreateScheduleTaskProps): void {
    const known = (value: string | undefined): value is string => value !== undefined && !Token.isUnresolved(value);
    if (props.startDate && props.endDate && props.startDate >= props.endDate) {
      throw validationError(this, 'StartDateMustBeBeforeEndDate', "'startDate' must be before 'endDate'");
    }
    if (known(props.clientToken)) {
      if (props.clientToken.length < 1 || props.clientToken.length > 64) {
        throw validationError(this, 'ClientTokenMustBeBetween1And64Characters',
          `ClientToken must be between 1 and 64 characters long. Got: ${props.clientToken.length}`);
      }
      if (!/^[-\w]+$/.test(props.clientToken)) {
        throw validationError(this, 'ClientTokenMustConsistOfAlphanumericCharacters',
          `ClientToken must consist of alphanumeric characters, dashes, and underscores only, Got: ${props.clientToken}`);
      }
    }
    if (known(props.description) && props.description.length > 512) {
      throw validationError(this, 'DescriptionMustBeLessThan512Characters',
        `Description must be less than 512 characters long. Got: ${props.description.length}`);
    }
    const window = props.flexibleTimeWindow;
    if (window && (window.toMilliseconds() < 60_000 || window.toMinutes() > 1440)) {
      throw validationError(this, 'FlexibleTimeWindowMustBeBetween1And1440Minutes', 'FlexibleTimeWindow must be between 1 and 1440 minutes');
    }
    if (known(props.groupName)) {
      if (props.groupName.length < 1 || props.groupName.length > 64) {
        throw validationError(this, 'GroupNameMustBeBetween1And64Characters',
          `GroupName must be between 1 and 64 characters long. Got: ${props.groupName.length}`);
      }
      if (!/^[-\w.]+$/.test(props.groupName)) {
        throw validationError(this, 'GroupNameMustConsistOfAlphanumericCharacters',
          `GroupName must consist of alphanumeric characters, dashes, underscores, and periods only, Got: ${props.groupName}`);
      }
    }
    if (known(props.timezone) && (props.timezone.length < 1 || props.timezone.length > 50)) {
      throw validationError(this, 'TimezoneMustBeBetween1And50Characters', `Timezone must be between 1 and 50 characters long. Got: ${props.timezone.length}`);
    }
  }
}
