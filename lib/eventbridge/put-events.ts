import { ArnFormat, Stack } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, requireTaskToken, validationError, withJsonata } from '../private';

/**
 * One event to send with `EventBridgePutEvents`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
 */
export interface EventBridgePutEventsEntry {
  /**
   * The event's content: an object, a JSON string, or a path to either in the state's data.
   *
   * @example
   *
   * sfn.TaskInput.fromObject({ 'orderId': sfn.JsonPath.stringAt('$.orderId') });
   * sfn.TaskInput.fromText('{"status": "shipped"}');
   * sfn.TaskInput.fromJsonPathAt('$.event');
   */
  readonly detail: sfn.TaskInput;

  /**
   * What kind of event this is, which rules can match on together with `source` (e.g. `Order Shipped`).
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events.html
   */
  readonly detailType: string;

  /**
   * The event bus that receives the event.
   *
   * @default - the account's default event bus
   */
  readonly eventBus?: events.IEventBusRef;

  /**
   * The application or service the event comes from, e.g. `com.example.orders`. Names starting with `aws.`
   * are reserved for AWS services.
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events.html
   */
  readonly source: string;
}

interface EventBridgePutEventsOptions {
  /**
   * The events to send: at least one, and no more than `PutEvents` accepts in one call (10 at the time of
   * writing).
   *
   * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html#API_PutEvents_RequestSyntax
   */
  readonly entries: EventBridgePutEventsEntry[];
}

/**
 * Props of `EventBridgePutEvents.jsonPath()`: sending events in a JSONPath state.
 */
export interface EventBridgePutEventsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EventBridgePutEventsOptions {}

/**
 * Props of `EventBridgePutEvents.jsonata()`: sending events in a JSONata state.
 */
export interface EventBridgePutEventsJsonataProps extends sfn.TaskStateJsonataBaseProps, EventBridgePutEventsOptions {}

/**
 * Props of `EventBridgePutEvents`, in either query language.
 */
export interface EventBridgePutEventsProps extends sfn.TaskStateBaseProps, EventBridgePutEventsOptions {}

/**
 * A Task state that sends events to EventBridge event buses.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html
 */
export class EventBridgePutEvents extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that sends events to EventBridge event buses.
   */
  public static jsonPath(scope: Construct, id: string, props: EventBridgePutEventsJsonPathProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that sends events to EventBridge event buses.
   */
  public static jsonata(scope: Construct, id: string, props: EventBridgePutEventsJsonataProps): EventBridgePutEvents {
    return new EventBridgePutEvents(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EventBridgePutEventsProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EventBridgePutEvents.SUPPORTED_INTEGRATION_PATTERNS);
    requireTaskToken(this, this.integrationPattern, props.entries.map((entry) => entry.detail),
      'Task Token is required in `entries`. Use JsonPath.taskToken to set the token.');
    if (props.entries.length === 0) {
      throw validationError(this, 'EntriesMustBeNonEmptyArray', 'Value for property `entries` must be a non-empty array.');
    }
    if (props.entries.some((entry) => entry.source.startsWith('aws.'))) {
      throw validationError(this, 'EventSourceCannotStartWithAws', 'Event source cannot start with "aws."');
    }

    this.taskPolicies = [new iam.PolicyStatement({
      actions: ['events:PutEvents'],
      resources: props.entries.map((entry) => entry.eventBus?.eventBusRef.eventBusArn ?? this.defaultEventBusArn()),
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('events', 'putEvents', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Entries: this.props.entries.map((entry) => ({
          Detail: entry.detail?.value,
          DetailType: entry.detailType,
          EventBusName: entry.eventBus?.eventBusRef.eventBusArn,
          Source: entry.source,
        })),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** The ARN of the default event bus of the stack's account and region. */
  private defaultEventBusArn(): string {
    return Stack.of(this).formatArn({
      service: 'events',
      resource: 'event-bus',
      resourceName: 'default',
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
  }
}
