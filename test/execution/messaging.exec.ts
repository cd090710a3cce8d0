import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { MessageAttributeDataType, SnsPublish, SqsSendMessage } from '../../lib';
import { run, sdk } from './harness';

/** Creates a queue in moto and returns its URL and ARN. */
async function createQueue(name: string): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sdk(SQSClient).send(new CreateQueueCommand({ QueueName: name }));
  const { Attributes } = await sdk(SQSClient).send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

async function receive(url: string): Promise<any[]> {
  const { Messages } = await sdk(SQSClient).send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }));
  return Messages ?? [];
}

describe('SQS and SNS tasks executed by moto', () => {
  test('JSONPath: SqsSendMessage delivers the body built from the input, with ResultSelector applied to the response', async () => {
    // GIVEN
    const queue = await createQueue('orders-jsonpath');
    // WHEN
    const result = await run((stack) => new SqsSendMessage(stack, 'Send', {
      queue: sqs.Queue.fromQueueArn(stack, 'Queue', queue.arn),
      messageBody: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId'), source: 'workflow' }),
      resultSelector: { 'sent.$': '$.MessageId' },
      resultPath: '$.sqs',
    }), { orderId: 'o-9' });
    // THEN
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ orderId: 'o-9', sqs: { sent: expect.any(String) } });
    const messages = await receive(queue.url);
    expect(messages.map((m) => JSON.parse(m.Body))).toEqual([{ orderId: 'o-9', source: 'workflow' }]);
  });

  test('JSONata: SqsSendMessage sends a text body computed by an expression', async () => {
    const queue = await createQueue('orders-jsonata');
    const result = await run((stack) => SqsSendMessage.jsonata(stack, 'Send', {
      queue: sqs.Queue.fromQueueArn(stack, 'Queue', queue.arn),
      messageBody: sfn.TaskInput.fromText('{% "order " & $states.input.orderId %}'),
      outputs: { delivered: '{% $exists($states.result.MessageId) %}' },
    }), { orderId: 'o-10' });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { delivered: true } });
    expect((await receive(queue.url)).map((m) => m.Body)).toEqual(['order o-10']);
  });

  test('JSONPath: SnsPublish reaches a subscribed queue with its message attributes', async () => {
    const queue = await createQueue('notifications');
    const { TopicArn } = await sdk(SNSClient).send(new CreateTopicCommand({ Name: 'order-events' }));
    await sdk(SNSClient).send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' },
    }));

    const result = await run((stack) => new SnsPublish(stack, 'Publish', {
      topic: sns.Topic.fromTopicArn(stack, 'Topic', TopicArn!),
      message: sfn.TaskInput.fromJsonPathAt('$.text'),
      messageAttributes: { priority: { value: 'high', dataType: MessageAttributeDataType.STRING } },
      outputPath: '$.MessageId',
    }), { text: 'shipped' });

    expect(result.status).toBe('SUCCEEDED');
    expect(typeof result.output).toBe('string');
    const messages = await receive(queue.url);
    expect(messages.map((m) => m.Body)).toEqual(['shipped']);
    expect(messages[0].MessageAttributes.priority).toMatchObject({ DataType: 'String', StringValue: 'high' });
  });

  test('JSONata: SnsPublish with a subject publishes to the topic', async () => {
    const queue = await createQueue('notifications-jsonata');
    const { TopicArn } = await sdk(SNSClient).send(new CreateTopicCommand({ Name: 'order-events-jsonata' }));
    await sdk(SNSClient).send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));

    const result = await run((stack) => SnsPublish.jsonata(stack, 'Publish', {
      topic: sns.Topic.fromTopicArn(stack, 'Topic', TopicArn!),
      message: sfn.TaskInput.fromText('{% "total: " & $string($states.input.total) %}'),
      subject: 'Order',
    }), { total: 12 });

    expect(result.status).toBe('SUCCEEDED');
    const [envelope] = (await receive(queue.url)).map((m) => JSON.parse(m.Body));
    expect(envelope).toMatchObject({ Message: 'total: 12', Subject: 'Order', TopicArn });
  });
});
