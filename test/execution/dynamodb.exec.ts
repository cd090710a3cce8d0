import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
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

/**
 * Attribute values read from the state's data that aws-cdk-lib renders in a form DynamoDB rejects (README,
 * "Differences from aws-cdk-lib"): each is stored by our rendering, and fails with aws-cdk-lib's.
 */
describe('DynamoDB attribute values from JSONPath, where aws-cdk-lib differs', () => {
  type Factories = typeof DynamoAttributeValue;
  const put = (values: Factories, DynamoPut: typeof DynamoPutItem, id: string, item: (v: Factories) => Record<string, DynamoAttributeValue>) =>
    (stack: Construct) => new DynamoPut(stack as any, 'Put', {
      table: table(stack),
      item: { id: values.fromString(id), ...item(values) },
      resultPath: sfn.JsonPath.DISCARD,
    });
  const ours = (id: string, item: (v: Factories) => Record<string, DynamoAttributeValue>) => put(DynamoAttributeValue, DynamoPutItem, id, item);
  const theirs = (id: string, item: (v: Factories) => Record<string, DynamoAttributeValue>) =>
    put(reference.DynamoAttributeValue as unknown as Factories, reference.DynamoPutItem as unknown as typeof DynamoPutItem, id, item);
  const stored = async (id: string) => (await db().send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } } }))).Item;

  test('fromNumber with a JSONPath number stores the number (aws-cdk#12456)', async () => {
    const result = await run(ours('n-1', (v) => ({
      count: v.fromNumber(sfn.JsonPath.numberAt('$.count')),
      price: v.fromNumber(sfn.JsonPath.numberAt('$.price')),
      index: v.fromNumber(sfn.JsonPath.numberAt('$$.State.RetryCount')),
      next: v.fromNumber(cdk.Token.asNumber(sfn.JsonPath.mathAdd(sfn.JsonPath.numberAt('$.count'), 1))),
    })), { count: 42, price: 1.5 });
    expect(result).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stored('n-1')).toEqual({ id: { S: 'n-1' }, count: { N: '42' }, price: { N: '1.5' }, index: { N: '0' }, next: { N: '43' } });
  });

  test('fromNumber with a JSONPath number still stores a number the input gives as a string', async () => {
    const result = await run(ours('n-2', (v) => ({ count: v.fromNumber(sfn.JsonPath.numberAt('$.count')) })), { count: '42' });
    expect(result).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stored('n-2')).toEqual({ id: { S: 'n-2' }, count: { N: '42' } });
  });

  test('aws-cdk-lib\'s fromNumber with a JSONPath number sends a JSON number, which DynamoDB rejects', async () => {
    const result = await run(theirs('n-3', (v) => ({ count: v.fromNumber(sfn.JsonPath.numberAt('$.count')) })), { count: 42 });
    expect(result.status).toEqual('FAILED');
    expect(await stored('n-3')).toBeUndefined();
  });

  test('listFromJsonPath stores the list of attribute values at the path', async () => {
    const result = await run(ours('l-1', (v) => ({ tags: v.listFromJsonPath('$.tags') })), { tags: [{ S: 'a' }, { N: '2' }] });
    expect(result).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stored('l-1')).toEqual({ id: { S: 'l-1' }, tags: { L: [{ S: 'a' }, { N: '2' }] } });
  });

  test('aws-cdk-lib\'s listFromJsonPath sends the path itself as the list, which DynamoDB rejects', async () => {
    const result = await run(theirs('l-2', (v) => ({ tags: v.listFromJsonPath('$.tags') })), { tags: [{ S: 'a' }] });
    expect(result.status).toEqual('FAILED');
    expect(await stored('l-2')).toBeUndefined();
  });

  test('booleanFromJsonPath stores the boolean at the path', async () => {
    const result = await run(ours('b-1', (v) => ({ gift: v.booleanFromJsonPath('$.gift') })), { gift: true });
    expect(result).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stored('b-1')).toEqual({ id: { S: 'b-1' }, gift: { BOOL: true } });
  });

  test('aws-cdk-lib\'s booleanFromJsonPath sends the path itself as the boolean, not the value at the path', async () => {
    const result = await run(theirs('b-2', (v) => ({ gift: v.booleanFromJsonPath('$.gift') })), { gift: true });
    // moto's DynamoDB stores attribute values without checking their types; DynamoDB expects a JSON boolean.
    expect(result).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stored('b-2')).toEqual({ id: { S: 'b-2' }, gift: { BOOL: '$.gift' } });
  });
});
