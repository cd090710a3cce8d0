import type * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoReturnValues, DynamoUpdateItem } from '../../lib';
import { type Tasks, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { TABLES, TABLE_ARN, importedTable } from './fixtures';

describe('DynamoUpdateItem', () => {
  test('updates the item by key (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new DynamoUpdateItem(stack, 'Update', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
      updateExpression: 'SET #s = :s',
      expressionAttributeNames: { '#s': 'status' },
      expressionAttributeValues: { ':s': DynamoAttributeValue.fromString('shipped') },
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('dynamodb:updateItem'),
      Parameters: {
        Key: { id: { 'S.$': '$.id' } },
        TableName: 'orders',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'shipped' } },
        UpdateExpression: 'SET #s = :s',
      },
    });
  });

  test('jsonata() updates through Arguments', () => {
    const stack = newStack();
    const task = DynamoUpdateItem.jsonata(stack, 'Update', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('{% $states.input.id %}') },
      updateExpression: 'REMOVE draft',
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('dynamodb:updateItem'),
      Arguments: { Key: { id: { S: '{% $states.input.id %}' } }, TableName: 'orders', UpdateExpression: 'REMOVE draft' },
    });
  });

  test('renders the condition and the return options', () => {
    const stack = newStack();
    const task = new DynamoUpdateItem(stack, 'Update', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('a') },
      conditionExpression: 'attribute_exists(id)',
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.UPDATED_NEW,
    });
    expect(renderState(task).Parameters).toEqual({
      Key: { id: { S: 'a' } },
      TableName: 'orders',
      ConditionExpression: 'attribute_exists(id)',
      ReturnConsumedCapacity: 'TOTAL',
      ReturnItemCollectionMetrics: 'SIZE',
      ReturnValues: 'UPDATED_NEW',
    });
  });

  test('grants dynamodb:UpdateItem on the table', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new DynamoUpdateItem(stack, 'Update', {
        table: importedTable(stack),
        key: { id: DynamoAttributeValue.fromString('a') },
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'dynamodb:UpdateItem', Effect: 'Allow', Resource: TABLE_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each(TABLES)('with %s', (_name, table) => {
      expectSameAsReference((t, s) => new t.DynamoUpdateItem(s, 'Update', { table: table(s), key: { id: t.DynamoAttributeValue.fromString('a') } }));
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['every prop', (t, s) => new t.DynamoUpdateItem(s, 'Update', {
        table: importedTable(s),
        key: { pk: t.DynamoAttributeValue.fromString('a'), sk: t.DynamoAttributeValue.fromNumber(2) },
        conditionExpression: 'attribute_exists(pk)',
        expressionAttributeNames: { '#c': 'count', '#t': 'tags' },
        expressionAttributeValues: {
          ':one': t.DynamoAttributeValue.fromNumber(1),
          ':tags': t.DynamoAttributeValue.fromStringSet(['new']),
          ':when': t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$$.State.EnteredTime')),
          ':meta': t.DynamoAttributeValue.mapFromJsonPath('$.meta'),
        },
        updateExpression: 'ADD #c :one, #t :tags SET updatedAt = :when, meta = :meta',
        returnConsumedCapacity: t.DynamoConsumedCapacity.INDEXES,
        returnItemCollectionMetrics: t.DynamoItemCollectionMetrics.SIZE,
        returnValues: t.DynamoReturnValues.ALL_NEW,
        resultSelector: { attributes: sfn.JsonPath.objectAt('$.Attributes') },
      })],
      ['jsonPath()', (t, s) => t.DynamoUpdateItem.jsonPath(s, 'Update', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') }, updateExpression: 'REMOVE x', inputPath: '$.order',
      })],
      ['jsonata()', (t, s) => t.DynamoUpdateItem.jsonata(s, 'Update', {
        table: importedTable(s),
        key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
        expressionAttributeValues: { ':v': t.DynamoAttributeValue.booleanFromJsonata('{% $states.input.flag %}') },
        updateExpression: 'SET flag = :v',
        returnValues: t.DynamoReturnValues.UPDATED_OLD,
        assign: { updated: '{% $states.result.Attributes %}' },
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.DynamoUpdateItem(s, 'Update', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') }, updateExpression: 'REMOVE x',
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });

  describe('the seed documents\' examples', () => {
    test('add a literal to a number read from the input (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const myTable = new dynamodb.Table(s, 'Messages', { partitionKey: { name: 'MessageId', type: dynamodb.AttributeType.STRING } });
        return new t.DynamoUpdateItem(s, 'UpdateItem', {
          key: { MessageId: t.DynamoAttributeValue.fromString('message-007') },
          table: myTable,
          expressionAttributeValues: {
            ':val': t.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
            ':rand': t.DynamoAttributeValue.fromNumber(20),
          },
          updateExpression: 'SET TotalCount = :val + :rand',
        });
      });
    });
  });
});
