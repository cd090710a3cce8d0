import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoAttributeValue, DynamoDeleteItem, DynamoGetItem, DynamoPutItem, DynamoReturnValues, DynamoUpdateItem } from '../../lib';
import { run, sdk } from './harness';

const TABLE = 'orders';
const db = () => sdk(DynamoDBClient);

beforeAll(async () => {
  await db().send(new CreateTableCommand({
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
});

const table = (stack: Construct) =>
  (stack.node.tryFindChild('Orders') as dynamodb.ITable | undefined) ?? dynamodb.Table.fromTableName(stack, 'Orders', TABLE);

describe('DynamoDB tasks executed by moto', () => {
  test('JSONPath: PutItem stores the item, GetItem reads it back through ResultSelector and ResultPath', async () => {
    // GIVEN a workflow that writes then reads an order
    const result = await run((stack) => new DynamoPutItem(stack, 'Put', {
      table: table(stack),
      item: {
        id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')),
        total: DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.total')),
      },
      resultPath: sfn.JsonPath.DISCARD,
    }).next(new DynamoGetItem(stack, 'Get', {
      table: table(stack),
      key: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
      resultSelector: { total: sfn.JsonPath.stringAt('$.Item.total.N') },
      resultPath: '$.stored',
    })), { id: 'o-1', total: '42' });

    // THEN the execution returns what it read, and the table holds the item
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { id: 'o-1', total: '42', stored: { total: '42' } } });
    const stored = await db().send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'o-1' } } }));
    expect(stored.Item).toEqual({ id: { S: 'o-1' }, total: { N: '42' } });
  });

  test('JSONata: UpdateItem changes an attribute and returns the new values through Outputs', async () => {
    await db().send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'o-2' }, status: { S: 'new' } } }));

    const result = await run((stack) => DynamoUpdateItem.jsonata(stack, 'Update', {
      table: table(stack),
      key: { id: DynamoAttributeValue.fromString('{% $states.input.id %}') },
      updateExpression: 'SET #s = :s',
      expressionAttributeNames: { '#s': 'status' },
      expressionAttributeValues: { ':s': DynamoAttributeValue.fromString('{% $states.input.status %}') },
      returnValues: DynamoReturnValues.ALL_NEW,
      outputs: '{% $states.result.Attributes.status.S %}',
    }), { id: 'o-2', status: 'shipped' });

    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'shipped' });
    const stored = await db().send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'o-2' } } }));
    expect(stored.Item?.status).toEqual({ S: 'shipped' });
  });

  test('JSONPath: DeleteItem removes the item and OutputPath keeps only the input id', async () => {
    await db().send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'o-3' } } }));

    const result = await run((stack) => new DynamoDeleteItem(stack, 'Delete', {
      table: table(stack),
      key: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
      resultPath: '$.deleted',
      outputPath: '$.id',
    }), { id: 'o-3' });

    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'o-3' });
    const stored = await db().send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'o-3' } } }));
    expect(stored.Item).toBeUndefined();
  });

  test('JSONata: GetItem of a missing key succeeds with no Item', async () => {
    const result = await run((stack) => DynamoGetItem.jsonata(stack, 'Get', {
      table: table(stack),
      key: { id: DynamoAttributeValue.fromString('missing') },
      outputs: { found: '{% $exists($states.result.Item) %}' },
    }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { found: false } });
  });
});
