import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CallAwsService } from '../../lib';
import { run, sdk } from './harness';

describe('CallAwsService executed by moto', () => {
  test('JSONPath: an SDK call writes to DynamoDB, and ResultPath keeps the input beside the response', async () => {
    // GIVEN
    await sdk(DynamoDBClient).send(new CreateTableCommand({
      TableName: 'audit',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    // WHEN
    const result = await run((stack) => new CallAwsService(stack, 'Audit', {
      service: 'dynamodb',
      action: 'putItem',
      parameters: {
        TableName: 'audit',
        Item: { id: { 'S.$': '$.id' }, kind: { S: 'login' } },
      },
      iamResources: ['*'],
      resultPath: '$.response',
    }), { id: 'a-1' });
    // THEN
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { id: 'a-1', response: {} } });
    const stored = await sdk(DynamoDBClient).send(new GetItemCommand({ TableName: 'audit', Key: { id: { S: 'a-1' } } }));
    expect(stored.Item).toEqual({ id: { S: 'a-1' }, kind: { S: 'login' } });
  });

  test('JSONata: an SDK call sends an SQS message computed from the input and returns a field of the response', async () => {
    const { QueueUrl } = await sdk(SQSClient).send(new CreateQueueCommand({ QueueName: 'sdk-calls' }));

    const result = await run((stack) => CallAwsService.jsonata(stack, 'Send', {
      service: 'sqs',
      action: 'sendMessage',
      parameters: { QueueUrl, MessageBody: '{% "hello " & $states.input.name %}' },
      iamResources: ['*'],
      outputs: { sent: '{% $type($states.result.MessageId) = "string" %}' },
    }), { name: 'moto' });

    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { sent: true } });
    const { Messages } = await sdk(SQSClient).send(new ReceiveMessageCommand({ QueueUrl }));
    expect(Messages?.map((m) => m.Body)).toEqual(['hello moto']);
  });

  test('JSONPath: an SDK error is caught by the state and routed with its error name', async () => {
    const result = await run((stack) => {
      const call = new CallAwsService(stack, 'Read', {
        service: 'dynamodb',
        action: 'getItem',
        parameters: { TableName: 'no-such-table', Key: { id: { S: 'x' } } },
        iamResources: ['*'],
      });
      call.addCatch(new sfn.Pass(stack, 'Handled', { parameters: { 'error.$': '$.Error' } }));
      return call;
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { error: 'DynamoDb.ResourceNotFoundException' } });
  });
});
