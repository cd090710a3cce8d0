import { Token } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct, IConstruct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, isJsonPathOrJsonataExpression, queryLanguageOf, requireTaskToken,
  validationError, withJsonata,
} from '../private';

/**
 * The type SNS records for a message attribute, which tells subscription filter policies how to compare it.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
 */
export enum MessageAttributeDataType {
  /**
   * Text, UTF-8 encoded.
   */
  STRING = 'String',

  /**
   * A JSON array of strings, numbers, booleans or nulls, sent as one string.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  STRING_ARRAY = 'String.Array',

  /**
   * An integer or floating-point number, positive or negative, sent as a string.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  NUMBER = 'Number',

  /**
   * Arbitrary bytes, base64 encoded (compressed data, images, ...).
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  BINARY = 'Binary',
}

/**
 * One piece of metadata sent along with an SNS message, e.g. for subscription filter policies.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
export interface MessageAttribute {
  /**
   * What to send: a string, number, boolean or array, a JSONPath or JSONata string, or a `sfn.TaskInput`.
   */
  readonly value: any;

  /**
   * The attribute's SNS type. Binary attributes must say so explicitly.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   * @default - inferred from the value: `Number` for a number, `String.Array` for an array, else `String`
   */
  readonly dataType?: MessageAttributeDataType;
}

interface SnsPublishOptions {
  /**
   * The topic to publish to.
   *
   * The state machine may publish to it (`sns:Publish`) and, when the topic is encrypted with a customer
   * managed KMS key, use that key (`kms:Decrypt`, `kms:GenerateDataKey*`), which aws-cdk-lib does not grant.
   */
  readonly topic: sns.ITopic;

  /**
   * The message to publish: UTF-8 text of at most 256 KB (140 characters for SMS).
   */
  readonly message: sfn.TaskInput;

  /**
   * Metadata published with the message, which subscriptions can filter on.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
   * @default {}
   */
  readonly messageAttributes?: { [key: string]: MessageAttribute };

  /**
   * Publish a different message to each kind of subscriber.
   *
   * The message must then be a JSON object whose `default` key holds the text for every protocol without
   * a key of its own, and whose other keys (`sqs`, `email`, `http`, ...) hold the text for that protocol.
   *
   * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html#API_Publish_RequestParameters
   * @default false
   */
  readonly messagePerSubscriptionType?: boolean;

  /**
   * The subject of the emails sent to email subscribers; it also appears in the JSON that other
   * subscribers receive.
   *
   * @default - no subject
   */
  readonly subject?: string;

  /**
   * For FIFO topics: the group the message belongs to. Messages of one group are delivered in order;
   * messages of different groups may interleave.
   *
   * @default - none; a FIFO topic requires one
   */
  readonly messageGroupId?: string;

  /**
   * For FIFO topics: the token SNS uses to drop a repeat of this message sent within 5 minutes. It takes
   * precedence over the hash SNS computes when the topic has content-based deduplication.
   *
   * @default - none; a FIFO topic without content-based deduplication requires one
   */
  readonly messageDeduplicationId?: string;
}

/**
 * Props of `SnsPublish.jsonPath()`: publishing to an SNS topic from a JSONPath state.
 */
export interface SnsPublishJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SnsPublishOptions {}

/**
 * Props of `SnsPublish.jsonata()`: publishing to an SNS topic from a JSONata state.
 */
export interface SnsPublishJsonataProps extends sfn.TaskStateJsonataBaseProps, SnsPublishOptions {}

/**
 * Props of `SnsPublish`, in either query language.
 */
export interface SnsPublishProps extends sfn.TaskStateBaseProps, SnsPublishOptions {}

/**
 * A Task state that publishes a message to an Amazon SNS topic.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
 */
export class SnsPublish extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that publishes a message to an Amazon SNS topic.
   */
  public static jsonPath(scope: Construct, id: string, props: SnsPublishJsonPathProps): SnsPublish {
    return new SnsPublish(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that publishes a message to an Amazon SNS topic.
   */
  public static jsonata(scope: Construct, id: string, props: SnsPublishJsonataProps): SnsPublish {
    return new SnsPublish(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskMetrics: sfn.TaskMetricsConfig | undefined;
  protected readonly taskPolicies: PolicyStatement[] | undefined;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: SnsPublishProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SnsPublish.SUPPORTED_INTEGRATION_PATTERNS);
    requireTaskToken(this, this.integrationPattern, props.message,
      'Task Token is required in `message` Use JsonPath.taskToken to set the token.');
    if (props.topic.fifo) {
      this.validateFifoProps();
    }
    this.taskPolicies = [new PolicyStatement({ actions: ['sns:Publish'], resources: [props.topic.topicArn] })];
    // Beyond aws-cdk-lib (aws-cdk#32303): SNS encrypts each message it accepts with the topic's key, on the
    // publisher's behalf, so publishing to a topic with a customer managed key needs these two KMS actions.
    const key = props.topic.masterKey;
    if (key && !isAwsManagedKey(key)) {
      this.taskPolicies.push(new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey*'], resources: [key.keyArn] }));
    }
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sns', 'publish', this.integrationPattern),
      ...this._renderParametersOrArguments({
        TopicArn: this.props.topic.topicArn,
        Message: this.props.message.value,
        MessageDeduplicationId: this.props.messageDeduplicationId,
        MessageGroupId: this.props.messageGroupId,
        MessageStructure: this.props.messagePerSubscriptionType ? 'json' : undefined,
        MessageAttributes: this.props.messageAttributes && renderAttributes(this, this.props.messageAttributes),
        Subject: this.props.subject,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** A FIFO topic needs a group, and a deduplication id unless it deduplicates by content; SNS caps both at 128 characters. */
  private validateFifoProps(): void {
    const { topic, messageGroupId, messageDeduplicationId } = this.props;
    if (!messageGroupId) {
      throw validationError(this, 'MessageGroupIdRequiredForFifoTopics', "'messageGroupId' is required for FIFO topics");
    }
    if (messageGroupId.length > 128) {
      throw validationError(this, 'MessageGroupIdMustBeAtMost128Characters',
        `'messageGroupId' must be at most 128 characters long, got ${messageGroupId.length}`);
    }
    if (!topic.contentBasedDeduplication && !messageDeduplicationId) {
      throw validationError(this, 'MessageDeduplicationIdRequiredForFifoTopics',
        "'messageDeduplicationId' is required for FIFO topics with 'contentBasedDeduplication' disabled");
    }
    if (messageDeduplicationId && messageDeduplicationId.length > 128) {
      throw validationError(this, 'MessageDeduplicationIdMustBeAtMost128Characters',
        `'messageDeduplicationId' must be at most 128 characters long, got ${messageDeduplicationId.length}`);
    }
  }
}

/**
 * True for an AWS managed key (`alias/aws/sns`): its key policy already lets every principal of the account
 * use it through SNS, and an IAM statement could not name it by its key ARN anyway.
 */
function isAwsManagedKey(key: kms.IKey): boolean {
  const aliasName = (key as Partial<kms.IAlias>).aliasName;
  return typeof aliasName === 'string' && !Token.isUnresolved(aliasName) && aliasName.startsWith('alias/aws/');
}

/** The `MessageAttributes` of the Publish call, in SNS's `{ DataType, StringValue | BinaryValue }` form. */
function renderAttributes(scope: IConstruct, attributes: { [key: string]: MessageAttribute }): any {
  const rendered: { [key: string]: any } = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    rendered[name] = renderAttribute(scope, attribute);
  }
  return rendered;
}

function renderAttribute(scope: IConstruct, { value, dataType }: MessageAttribute): any {
  // A TaskInput (e.g. JsonPath.objectAt, fromJsonPathAt) goes out as it is, in the field its type calls for.
  if (value instanceof sfn.TaskInput) {
    const binary = dataType === MessageAttributeDataType.BINARY;
    return {
      DataType: dataType ?? MessageAttributeDataType.STRING,
      StringValue: binary ? undefined : value.value,
      BinaryValue: binary ? value.value : undefined,
    };
  }
  if (dataType === MessageAttributeDataType.BINARY) {
    return { DataType: dataType, BinaryValue: `${value}` };
  }
  // Tokens (JsonPath.stringAt, JsonPath.numberAt, CloudFormation values) are resolved later and cannot be inspected.
  if (Token.isUnresolved(value)) {
    return { DataType: dataType ?? MessageAttributeDataType.STRING, StringValue: value };
  }
  checkDataType(scope, value, dataType);
  if (Array.isArray(value)) {
    return { DataType: MessageAttributeDataType.STRING_ARRAY, StringValue: JSON.stringify(value) };
  }
  const inferred = typeof value === 'number' ? MessageAttributeDataType.NUMBER : MessageAttributeDataType.STRING;
  return { DataType: inferred, StringValue: `${value}` };
}

/** Throws when an explicit data type does not fit a literal value (a binary type was handled before). */
function checkDataType(scope: IConstruct, value: any, dataType: MessageAttributeDataType | undefined): void {
  if (dataType === undefined) {
    return;
  }
  if (Array.isArray(value)) {
    if (dataType !== MessageAttributeDataType.STRING_ARRAY) {
      throw validationError(scope, 'RequestedMessageAttributeTypeInvalid',
        `Requested SNS message attribute type was ${dataType} but ${value} was of type Array`);
    }
    // As in aws-cdk-lib, an array with an explicit STRING_ARRAY type is refused as soon as it has an element
    // (null included); leave the type unset to send an array.
    if (value.some(() => true)) {
      throw validationError(scope, 'RequestedMessageAttributeTypeInvalidForArray',
        'Requested SNS message attribute type was object but Array values must be one of string,boolean,number');
    }
    return;
  }
  const fits = typeof value === 'string' ? isJsonPathOrJsonataExpression(value) || dataType === MessageAttributeDataType.STRING
    : typeof value === 'number' ? dataType === MessageAttributeDataType.NUMBER
      : typeof value === 'boolean' ? dataType === MessageAttributeDataType.STRING
        : false;
  if (!fits) {
    // aws-cdk-lib throws a plain Error here, not a ValidationError; we keep its class for users' matchers.
    throw new Error(`Requested SNS message attribute type was ${dataType} but ${value} was of type ${typeof value}`);
  }
}
