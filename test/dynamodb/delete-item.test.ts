import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoConsumedCapacity, DynamoDeleteItem, DynamoItemCollectionMetrics, DynamoReturnValues } from '../../lib';
import { type Tasks, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { TABLES, TABLE_ARN, importedTable } from './fixtures';

describe('DynamoDeleteItem', () => {
  test('deletes the item by key (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new DynamoDeleteItem(stack, 'Delete', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('dynamodb:deleteItem'),
      Parameters: { Key: { id: { 'S.$': '$.id' } }, TableName: 'orders' },
    });
  });

  test('jsonata() deletes through Arguments', () => {
    const stack = newStack();
    const task = DynamoDeleteItem.jsonata(stack, 'Delete', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('{% $states.input.id %}') },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('dynamodb:deleteItem'),
      Arguments: { Key: { id: { S: '{% $states.input.id %}' } }, TableName: 'orders' },
    });
  });

  test('renders the condition, its placeholders and the return options', () => {
    const stack = newStack();
    const task = new DynamoDeleteItem(stack, 'Delete', {
      table: importedTable(stack),
      key: { id: DynamoAttributeValue.fromString('a') },
      conditionExpression: '#s = :s',
      expressionAttributeNames: { '#s': 'status' },
      expressionAttributeValues: { ':s': DynamoAttributeValue.fromString('cancelled') },
      returnConsumedCapacity: DynamoConsumedCapacity.NONE,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.ALL_OLD,
    });
    expect(renderState(task).Parameters).toEqual({
      Key: { id: { S: 'a' } },
      TableName: 'orders',
      ConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { S: 'cancelled' } },
      ReturnConsumedCapacity: 'NONE',
      ReturnItemCollectionMetrics: 'SIZE',
      ReturnValues: 'ALL_OLD',
    });
  });

  test('grants dynamodb:DeleteItem on the table', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new DynamoDeleteItem(stack, 'Delete', {
        table: importedTable(stack),
        key: { id: DynamoAttributeValue.fromString('a') },
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'dynamodb:DeleteItem', Effect: 'Allow', Resource: TABLE_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each(TABLES)('with %s', (_name, table) => {
      expectSameAsReference((t, s) => new t.DynamoDeleteItem(s, 'Delete', { table: table(s), key: { id: t.DynamoAttributeValue.fromString('a') } }));
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['every prop', (t, s) => new t.DynamoDeleteItem(s, 'Delete', {
        table: importedTable(s),
        key: { pk: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.pk')), sk: t.DynamoAttributeValue.fromBinary('aGk=') },
        conditionExpression: 'version = :v',
        expressionAttributeNames: { '#v': 'version' },
        expressionAttributeValues: { ':v': t.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.version')) },
        returnConsumedCapacity: t.DynamoConsumedCapacity.TOTAL,
        returnItemCollectionMetrics: t.DynamoItemCollectionMetrics.NONE,
        returnValues: t.DynamoReturnValues.ALL_OLD,
        resultPath: '$.deleted',
        timeout: cdk.Duration.seconds(30),
      })],
      ['jsonPath()', (t, s) => t.DynamoDeleteItem.jsonPath(s, 'Delete', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('a') }, resultPath: sfn.JsonPath.DISCARD,
      })],
      ['jsonata()', (t, s) => t.DynamoDeleteItem.jsonata(s, 'Delete', {
        table: importedTable(s),
        key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
        conditionExpression: 'attribute_exists(id)',
        outputs: '{% $states.input %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.DynamoDeleteItem(s, 'Delete', {
        table: importedTable(s), key: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });

  describe('the seed documents\' examples', () => {
    test('delete an item and discard the result (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const myTable = new dynamodb.Table(s, 'Messages', { partitionKey: { name: 'MessageId', type: dynamodb.AttributeType.STRING } });
        return new t.DynamoDeleteItem(s, 'DeleteItem', {
          key: { MessageId: t.DynamoAttributeValue.fromString('message-007') },
          table: myTable,
          resultPath: sfn.JsonPath.DISCARD,
        });
      });
    });
  });
});
