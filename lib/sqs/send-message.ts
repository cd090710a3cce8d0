import type { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { requireTaskToken, ServiceCallTask, withJsonata } from '../private';

interface SqsSendMessageOptions {
  /**
   * The queue to send the message to.
   */
  readonly queue: sqs.IQueue;

  /**
   * The message to send: at least one character of text, at most 256 KB.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html#SQS-SendMessage-request-MessageBody
   */
  readonly messageBody: sfn.TaskInput;

  /**
   * How long the message stays invisible to consumers after it is sent, up to 15 minutes. Not available
   * for FIFO queues, where only the queue's own delay applies.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html#SQS-SendMessage-request-DelaySeconds
   * @default - the queue's delivery delay
   */
  readonly delay?: Duration;

  /**
   * For FIFO queues: the token SQS uses to drop a repeat of this message sent within 5 minutes.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html#SQS-SendMessage-request-MessageDeduplicationId
   * @default - none; a FIFO queue without content-based deduplication requires one
   */
  readonly messageDeduplicationId?: string;

  /**
   * For FIFO queues: the group the message belongs to. Messages of one group are delivered in order;
   * messages of different groups may interleave.
   *
   * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html#SQS-SendMessage-request-MessageGroupId
   * @default - none; a FIFO queue requires one
   */
  readonly messageGroupId?: string;
}

/**
 * Props of `SqsSendMessage.jsonPath()`: sending a message to an SQS queue from a JSONPath state.
 */
export interface SqsSendMessageJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SqsSendMessageOptions {}

/**
 * Props of `SqsSendMessage.jsonata()`: sending a message to an SQS queue from a JSONata state.
 */
export interface SqsSendMessageJsonataProps extends sfn.TaskStateJsonataBaseProps, SqsSendMessageOptions {}

/**
 * Props of `SqsSendMessage`, in either query language.
 */
export interface SqsSendMessageProps extends sfn.TaskStateBaseProps, SqsSendMessageOptions {}

/**
 * A Task state that sends a message to an Amazon SQS queue.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
 */
export class SqsSendMessage extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that sends a message to an Amazon SQS queue.
   */
  public static jsonPath(scope: Construct, id: string, props: SqsSendMessageJsonPathProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that sends a message to an Amazon SQS queue.
   */
  public static jsonata(scope: Construct, id: string, props: SqsSendMessageJsonataProps): SqsSendMessage {
    return new SqsSendMessage(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: SqsSendMessageProps) {
    super(scope, id, props, {
      service: 'sqs',
      api: 'sendMessage',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN],
    });
    requireTaskToken(this, this._integrationPattern, props.messageBody,
      'Task Token is required in `messageBody` Use JsonPath.taskToken to set the token.');

    // A queue encrypted with a KMS key takes messages only from callers that may use the key.
    const key = props.queue.encryptionMasterKey;
    this._setTaskPolicies([
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.queue.queueArn] }),
      ...(key ? [new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey*'], resources: [key.keyArn] })] : []),
    ]);
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return {
      QueueUrl: this.props.queue.queueUrl,
      MessageBody: this.props.messageBody.value,
      DelaySeconds: this.props.delay?.toSeconds(),
      MessageDeduplicationId: this.props.messageDeduplicationId,
      MessageGroupId: this.props.messageGroupId,
    };
  }
}
