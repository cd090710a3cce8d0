import * as events from 'aws-cdk-lib/aws-events';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CreateEventBusCommand, EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { EventBridgePutEvents } from '../../lib';
import { run, sdk } from './harness';

/** An event bus whose events with the given source land in a new queue; returns the queue URL. */
async function busDeliveringTo(bus: string, source: string): Promise<string> {
  await sdk(EventBridgeClient).send(new CreateEventBusCommand({ Name: bus }));
  const { QueueUrl } = await sdk(SQSClient).send(new CreateQueueCommand({ QueueName: `${bus}-events` }));
  const { Attributes } = await sdk(SQSClient).send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  await sdk(EventBridgeClient).send(new PutRuleCommand({ Name: `${bus}-rule`, EventBusName: bus, EventPattern: JSON.stringify({ source: [source] }) }));
  await sdk(EventBridgeClient).send(new PutTargetsCommand({ Rule: `${bus}-rule`, EventBusName: bus, Targets: [{ Id: 'queue', Arn: Attributes!.QueueArn }] }));
  return QueueUrl!;
}

async function receivedEvents(queueUrl: string): Promise<any[]> {
  const { Messages } = await sdk(SQSClient).send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
  return (Messages ?? []).map((m) => JSON.parse(m.Body!));
}

describe('EventBridgePutEvents executed by moto', () => {
  test('JSONPath: the event reaches the bus with its detail built from the input, and ResultSelector reads the response', async () => {
    // GIVEN
    const queue = await busDeliveringTo('orders-jsonpath', 'com.example.orders');
    // WHEN
    const result = await run((stack) => new EventBridgePutEvents(stack, 'Announce', {
      entries: [{
        eventBus: events.EventBus.fromEventBusName(stack, 'Bus', 'orders-jsonpath'),
        source: 'com.example.orders',
        detailType: 'OrderPlaced',
        detail: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
      }],
      resultSelector: { 'failed.$': '$.FailedEntryCount' },
      resultPath: '$.put',
    }), { orderId: 'o-77' });
    // THEN
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { orderId: 'o-77', put: { failed: 0 } } });
    expect(await receivedEvents(queue)).toEqual([expect.objectContaining({
      'source': 'com.example.orders', 'detail-type': 'OrderPlaced', 'detail': { orderId: 'o-77' },
    })]);
  });

  test('JSONata: the detail is computed by an expression', async () => {
    const queue = await busDeliveringTo('orders-jsonata', 'com.example.billing');
    const result = await run((stack) => EventBridgePutEvents.jsonata(stack, 'Announce', {
      entries: [{
        eventBus: events.EventBus.fromEventBusName(stack, 'Bus', 'orders-jsonata'),
        source: 'com.example.billing',
        detailType: 'Invoice',
        detail: sfn.TaskInput.fromObject({ total: '{% $states.input.net * 2 %}' }),
      }],
      outputs: '{% $states.result.FailedEntryCount %}',
    }), { net: 21 });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 0 });
    expect((await receivedEvents(queue)).map((e) => e.detail)).toEqual([{ total: 42 }]);
  });
});
