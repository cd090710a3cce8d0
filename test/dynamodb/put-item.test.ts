import type * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoPutItem, DynamoReturnValues } from '../../lib';
import { type Tasks, definitionOf, expectSameAsReferenceExcept, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { TABLES, TABLE_ARN, importedTable } from './fixtures';

describe('DynamoPutItem', () => {
  test('writes the item (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new DynamoPutItem(stack, 'Put', {
      table: importedTable(stack),
      item: {
        id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')),
        total: DynamoAttributeValue.fromNumber(10),
      },
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('dynamodb:putItem'),
      Parameters: { Item: { id: { 'S.$': '$.id' }, total: { N: '10' } }, TableName: 'orders' },
    });
  });

  test('jsonata() writes through Arguments', () => {
    const stack = newStack();
    const task = DynamoPutItem.jsonata(stack, 'Put', {
      table: importedTable(stack),
      item: { id: DynamoAttributeValue.fromString('{% $states.input.id %}'), lines: DynamoAttributeValue.listFromJsonata('{% $states.input.lines %}') },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('dynamodb:putItem'),
      Arguments: { Item: { id: { S: '{% $states.input.id %}' }, lines: { L: '{% $states.input.lines %}' } }, TableName: 'orders' },
    });
  });

  test('renders the condition, its placeholders and the return options', () => {
    const stack = newStack();
    const task = new DynamoPutItem(stack, 'Put', {
      table: importedTable(stack),
      item: { id: DynamoAttributeValue.fromString('a') },
      conditionExpression: 'attribute_not_exists(#id) OR #v < :v',
      expressionAttributeNames: { '#id': 'id', '#v': 'version' },
      expressionAttributeValues: { ':v': DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.version')) },
      returnConsumedCapacity: DynamoConsumedCapacity.INDEXES,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.ALL_OLD,
    });
    expect(renderState(task).Parameters).toEqual({
      Item: { id: { S: 'a' } },
      TableName: 'orders',
      ConditionExpression: 'attribute_not_exists(#id) OR #v < :v',
      ExpressionAttributeNames: { '#id': 'id', '#v': 'version' },
      ExpressionAttributeValues: { ':v': { 'N.$': '$.version' } },
      ReturnConsumedCapacity: 'INDEXES',
      ReturnItemCollectionMetrics: 'SIZE',
      ReturnValues: 'ALL_OLD',
    });
  });

  test('grants dynamodb:PutItem on the table', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new DynamoPutItem(stack, 'Put', {
        table: importedTable(stack),
        item: { id: DynamoAttributeValue.fromString('a') },
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'dynamodb:PutItem', Effect: 'Allow', Resource: TABLE_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each(TABLES)('with %s', (_name, table) => {
      expectSameAsReference((t, s) => new t.DynamoPutItem(s, 'Put', { table: table(s), item: { id: t.DynamoAttributeValue.fromString('a') } }));
    });

    /**
     * An item with a value of every kind, including the JSONPath and JSONata forms. With `asOurs`, the three
     * JSONPath values we render differently (README, "Differences from aws-cdk-lib") are written with the
     * reference's own calls that render what ours do, so the reference can build our expected template.
     */
    const everyKind = (t: Tasks, asOurs = false) => ({
      s: t.DynamoAttributeValue.fromString('x'),
      sPath: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.s')),
      n: t.DynamoAttributeValue.fromNumber(1.5),
      nPath: asOurs
        ? t.DynamoAttributeValue.numberFromString(sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.n')))
        : t.DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.n')),
      nString: t.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.ns')),
      b: t.DynamoAttributeValue.fromBinary('aGk='),
      ss: t.DynamoAttributeValue.fromStringSet(['a', 'b']),
      ns: t.DynamoAttributeValue.fromNumberSet([1, 2]),
      nsStrings: t.DynamoAttributeValue.numberSetFromStrings(['3', '4']),
      bs: t.DynamoAttributeValue.fromBinarySet(['aGk=']),
      m: t.DynamoAttributeValue.fromMap({ inner: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.inner')) }),
      mPath: t.DynamoAttributeValue.mapFromJsonPath('$.m'),
      l: t.DynamoAttributeValue.fromList([t.DynamoAttributeValue.fromString('y'), t.DynamoAttributeValue.fromBoolean(false)]),
      lPath: t.DynamoAttributeValue.listFromJsonPath(asOurs ? sfn.JsonPath.stringAt('$.l') : '$.l'),
      nul: t.DynamoAttributeValue.fromNull(true),
      bool: t.DynamoAttributeValue.fromBoolean(true),
      boolPath: t.DynamoAttributeValue.booleanFromJsonPath(asOurs ? sfn.JsonPath.stringAt('$.flag') : '$.flag'),
    });

    const everyProp = (asOurs: boolean) => (t: Tasks, s: cdk.Stack) => new t.DynamoPutItem(s, 'Put', {
      table: importedTable(s),
      item: everyKind(t, asOurs),
      conditionExpression: 'attribute_not_exists(s)',
      expressionAttributeNames: { '#s': 's' },
      expressionAttributeValues: { ':v': t.DynamoAttributeValue.fromNumber(3), ':p': t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.p')) },
      returnConsumedCapacity: t.DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: t.DynamoItemCollectionMetrics.NONE,
      returnValues: t.DynamoReturnValues.NONE,
      resultPath: sfn.JsonPath.DISCARD,
    });

    test('every prop and every kind of value, with our rendering of JSONPath numbers, lists and booleans', () => {
      // GIVEN / WHEN
      const template = expectSameAsReferenceExcept(everyProp(false), { referenceBuild: everyProp(true) });
      // THEN the three values Step Functions now fills from the state's data, as DynamoDB expects them
      const item = definitionOf(template).States.Put.Parameters.Item;
      expect([item.nPath, item.lPath, item.boolPath]).toEqual([{ 'N.$': "States.Format('{}', $.n)" }, { 'L.$': '$.l' }, { 'BOOL.$': '$.flag' }]);
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['empty expression attribute values', (t, s) => new t.DynamoPutItem(s, 'Put', {
        table: importedTable(s), item: { id: t.DynamoAttributeValue.fromString('a') }, expressionAttributeValues: {},
      })],
      ['jsonPath()', (t, s) => t.DynamoPutItem.jsonPath(s, 'Put', {
        table: importedTable(s), item: { id: t.DynamoAttributeValue.fromString('a') }, outputPath: '$.Attributes',
      })],
      ['jsonata() with every JSONata value', (t, s) => t.DynamoPutItem.jsonata(s, 'Put', {
        table: importedTable(s),
        item: {
          s: t.DynamoAttributeValue.fromString('{% $states.input.s %}'),
          n: t.DynamoAttributeValue.numberFromString('{% $string($states.input.n) %}'),
          m: t.DynamoAttributeValue.mapFromJsonata('{% $states.input.m %}'),
          l: t.DynamoAttributeValue.listFromJsonata('{% $states.input.l %}'),
          b: t.DynamoAttributeValue.booleanFromJsonata('{% $states.input.b %}'),
        },
        returnValues: t.DynamoReturnValues.ALL_OLD,
        outputs: '{% $states.result.Attributes %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.DynamoPutItem(s, 'Put', {
        table: importedTable(s), item: { id: t.DynamoAttributeValue.fromString('{% $states.input.id %}') },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with the minimizePolicies feature flag, beside the other item tasks on one table', () => {
      expectSameAsReference((t, s) => {
        const table = importedTable(s);
        const key = { id: t.DynamoAttributeValue.fromString('a') };
        return new t.DynamoPutItem(s, 'Put', { table, item: key })
          .next(new t.DynamoGetItem(s, 'Get', { table, key }))
          .next(new t.DynamoUpdateItem(s, 'Update', { table, key }))
          .next(new t.DynamoDeleteItem(s, 'Delete', { table, key }));
      }, { context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
    });

    test('in another partition', () => {
      expectSameAsReference((t, s) => new t.DynamoPutItem(s, 'Put', { table: importedTable(s), item: { id: t.DynamoAttributeValue.fromString('a') } }),
        { env: { account: '123456789012', region: 'us-gov-east-1' } });
    });
  });

  describe('the seed documents\' examples', () => {
    test('put an item with a literal, a JSONPath string and a number (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const myTable = new dynamodb.Table(s, 'Messages', { partitionKey: { name: 'MessageId', type: dynamodb.AttributeType.STRING } });
        return new t.DynamoPutItem(s, 'PutItem', {
          item: {
            MessageId: t.DynamoAttributeValue.fromString('message-007'),
            Text: t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.bar')),
            TotalCount: t.DynamoAttributeValue.fromNumber(10),
          },
          table: myTable,
        });
      });
    });
  });
});
