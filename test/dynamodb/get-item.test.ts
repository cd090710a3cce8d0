import type * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoConsumedCapacity, DynamoGetItem, DynamoProjectionExpression } from '../../lib';
import { type Tasks, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { TABLES, TABLE_ARN, importedTable } from './fixtures';

describe('DynamoGetItem', () => {
  test('reads the item by key with eventual consistency (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new DynamoGetItem(stack, 'Get', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('dynamodb:getItem'),
      Parameters: { Key: { id: { 'S.$': '$.id' } }, TableName: 'orders', ConsistentRead: false },
    });
  });

  test('jsonata() reads through Arguments', () => {
    const stack = newStack();
    const task = DynamoGetItem.jsonata(stack, 'Get', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('{% $states.input.id %}') },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('dynamodb:getItem'),
      Arguments: { Key: { id: { S: '{% $states.input.id %}' } }, TableName: 'orders', ConsistentRead: false },
    });
  });

  test('renders every optional field, joining the projection expressions with commas', () => {
    const stack = newStack();
    const task = new DynamoGetItem(stack, 'Get', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('a'), sort: DynamoAttributeValue.fromNumber(1) },
      consistentRead: true,
      expressionAttributeNames: { '#n': 'name' },
      projectionExpression: [
        new DynamoProjectionExpression().withAttribute('#n'),
        new DynamoProjectionExpression().withAttribute('lines').atIndex(0).withAttribute('sku'),
      ],
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
    });
    expect(renderState(task).Parameters).toEqual({
      Key: { id: { S: 'a' }, sort: { N: '1' } },
      TableName: 'orders',
      ConsistentRead: true,
      ExpressionAttributeNames: { '#n': 'name' },
      ProjectionExpression: '#n,lines[0].sku',
      ReturnConsumedCapacity: 'TOTAL',
    });
  });

  test('grants dynamodb:GetItem on the table ARN built in the task\'s stack', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new DynamoGetItem(stack, 'Get', {
        table: importedTable(stack),
        key: { id: DynamoAttributeValue.fromString('a') },
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: TABLE_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each(TABLES)('with %s', (_name, table) => {
      expectSameAsReference((t, s) => new t.DynamoGetItem(s, 'Get', { table: table(s), key: { id: t.DynamoAttributeValue.fromString('a') } }));
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['every prop', (t, s) => new t.DynamoGetItem(s, 'Get', {
        table: importedTable(s),
        key: { pk: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.pk')), sk: t.DynamoAttributeValue.numberFromString('3') },
        consistentRead: true,
        expressionAttributeNames: { '#a': 'a' },
        projectionExpression: [new t.DynamoProjectionExpression().withAttribute('#a').atIndex(2), new t.DynamoProjectionExpression().withAttribute('b')],
        returnConsumedCapacity: t.DynamoConsumedCapacity.INDEXES,
        resultPath: '$.Item',
        resultSelector: { item: sfn.JsonPath.objectAt('$.Item') },
        comment: 'get',
      })],
      ['consistentRead false and an empty projection', (t, s) => new t.DynamoGetItem(s, 'Get', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') }, consistentRead: false, projectionExpression: [],
      })],
      ['an integration pattern, which the task ignores', (t, s) => new t.DynamoGetItem(s, 'Get', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') }, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonPath()', (t, s) => t.DynamoGetItem.jsonPath(s, 'Get', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') }, outputPath: '$.Item',
      })],
      ['jsonata()', (t, s) => t.DynamoGetItem.jsonata(s, 'Get', {
        table: importedTable(s),
        key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
        returnConsumedCapacity: t.DynamoConsumedCapacity.NONE,
        outputs: '{% $states.result.Item %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.DynamoGetItem(s, 'Get', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in a stack with an account and region', () => {
      expectSameAsReference((t, s) => new t.DynamoGetItem(s, 'Get', { table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') } }),
        { env: { account: '123456789012', region: 'eu-central-1' } });
    });

    test('in another partition', () => {
      expectSameAsReference((t, s) => new t.DynamoGetItem(s, 'Get', { table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') } }),
        { env: { account: '123456789012', region: 'cn-northwest-1' } });
    });

    test('throws when a key is a JSONPath value inside a list, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.DynamoGetItem(s, 'Get', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.numberSetFromStrings([sfn.JsonPath.stringAt('$.n')]) },
      }));
    });
  });

  describe('the seed documents\' examples', () => {
    test('v2 README: get an item by key', () => {
      expectSameAsReference((t, s) => {
        const myTable = new dynamodb.Table(s, 'Messages', { partitionKey: { name: 'messageId', type: dynamodb.AttributeType.STRING } });
        return new t.DynamoGetItem(s, 'Get Item', {
          key: { messageId: t.DynamoAttributeValue.fromString('message-007') },
          table: myTable,
        });
      });
    });

    test('v1 docs: get an item by key', () => {
      expectSameAsReference((t, s) => {
        const table = new dynamodb.Table(s, 'Messages', { partitionKey: { name: 'message_id', type: dynamodb.AttributeType.STRING } });
        return new t.DynamoGetItem(s, 'Get Item', {
          key: { message_id: t.DynamoAttributeValue.fromString('message-007') },
          table,
        });
      });
    });

    test('v1 docs, ResultPath: add the item to the state input (today\'s props for its v1-era item and table_name)', () => {
      expectSameAsReference((t, s) => new t.DynamoGetItem(s, 'PutItem', {
        key: { MessageId: t.DynamoAttributeValue.fromString('12345') },
        table: dynamodb.Table.fromTableName(s, 'Table', 'my-table'),
        resultPath: '$.Item',
      }));
    });
  });
});
