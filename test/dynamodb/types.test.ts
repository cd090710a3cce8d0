import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ourTasks from '../../lib';
import { DynamoAttributeValue, DynamoProjectionExpression } from '../../lib';
import { type Tasks, expectSameErrorAsReference, newStack } from '../util';

/** The same factory call on the reference's class and on ours, for comparison. */
type Factory = (t: Tasks) => { toObject(): any };

const theirs = reference as unknown as Tasks;

/** What a value renders to in a JSONPath task, once tokens are resolved. */
function rendered(value: { toObject(): any }): any {
  const stack = newStack();
  return stack.resolve(sfn.FieldUtils.renderObject({ value: value.toObject() }));
}

describe('DynamoAttributeValue', () => {
  test.each([
    ['fromString', DynamoAttributeValue.fromString('Hello'), { S: 'Hello' }],
    ['fromString with JSONata', DynamoAttributeValue.fromString('{% $states.input.name %}'), { S: '{% $states.input.name %}' }],
    ['fromNumber', DynamoAttributeValue.fromNumber(123.45), { N: '123.45' }],
    ['numberFromString', DynamoAttributeValue.numberFromString('42'), { N: '42' }],
    ['fromBinary', DynamoAttributeValue.fromBinary('aGk='), { B: 'aGk=' }],
    ['fromStringSet', DynamoAttributeValue.fromStringSet(['Giraffe', 'Zebra']), { SS: ['Giraffe', 'Zebra'] }],
    ['fromNumberSet', DynamoAttributeValue.fromNumberSet([42.2, -19]), { NS: ['42.2', '-19'] }],
    ['numberSetFromStrings', DynamoAttributeValue.numberSetFromStrings(['1', '2']), { NS: ['1', '2'] }],
    ['fromBinarySet', DynamoAttributeValue.fromBinarySet(['U3Vubnk=', 'UmFpbnk=']), { BS: ['U3Vubnk=', 'UmFpbnk='] }],
    ['fromMap', DynamoAttributeValue.fromMap({ Name: DynamoAttributeValue.fromString('Joe'), Age: DynamoAttributeValue.fromNumber(35) }),
      { M: { Name: { S: 'Joe' }, Age: { N: '35' } } }],
    ['mapFromJsonata', DynamoAttributeValue.mapFromJsonata('{% $states.input.map %}'), { M: '{% $states.input.map %}' }],
    ['mapFromJsonPath', DynamoAttributeValue.mapFromJsonPath('$.map'), { 'M.$': '$.map' }],
    ['fromList', DynamoAttributeValue.fromList([DynamoAttributeValue.fromString('Cookies'), DynamoAttributeValue.fromNumber(3.14)]),
      { L: [{ S: 'Cookies' }, { N: '3.14' }] }],
    ['listFromJsonata', DynamoAttributeValue.listFromJsonata('{% $states.input.list %}'), { L: '{% $states.input.list %}' }],
    ['listFromJsonPath', DynamoAttributeValue.listFromJsonPath('$.list'), { 'L.$': '$.list' }],
    ['fromNull', DynamoAttributeValue.fromNull(true), { NULL: true }],
    ['fromBoolean', DynamoAttributeValue.fromBoolean(false), { BOOL: false }],
    ['booleanFromJsonata', DynamoAttributeValue.booleanFromJsonata('{% $states.input.flag %}'), { BOOL: '{% $states.input.flag %}' }],
    ['booleanFromJsonPath', DynamoAttributeValue.booleanFromJsonPath('$.flag'), { 'BOOL.$': '$.flag' }],
  ])('%s renders DynamoDB JSON', (_name, value, expected) => {
    expect(value.toObject()).toEqual(expected);
    expect(value.attributeValue).toEqual(expected);
  });

  test('fromString with a JSONPath renders a path field', () => {
    expect(rendered(DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.bar')))).toEqual({ value: { 'S.$': '$.bar' } });
  });

  test('numberFromString with a JSONPath renders a path field', () => {
    expect(rendered(DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.n')))).toEqual({ value: { 'N.$': '$.n' } });
  });

  test('fromNumber with a JSONPath number renders it as text with States.Format (beyond aws-cdk-lib: aws-cdk#12456)', () => {
    // DynamoDB takes numbers as strings; the path alone would make Step Functions send a JSON number.
    expect(rendered(DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.n')))).toEqual({ value: { 'N.$': "States.Format('{}', $.n)" } });
    expect(rendered(DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$$.Map.Item.Index'))))
      .toEqual({ value: { 'N.$': "States.Format('{}', $$.Map.Item.Index)" } });
  });

  test('fromNumber with an intrinsic function number renders it as text with States.Format', () => {
    expect(rendered(DynamoAttributeValue.fromNumber(cdk.Token.asNumber(sfn.JsonPath.mathAdd(sfn.JsonPath.numberAt('$.n'), 1)))))
      .toEqual({ value: { 'N.$': "States.Format('{}', States.MathAdd($.n, 1))" } });
  });

  test('listFromJsonPath and booleanFromJsonPath render a path field whether the path is a string or a JsonPath token', () => {
    expect(rendered(DynamoAttributeValue.listFromJsonPath('$.l'))).toEqual({ value: { 'L.$': '$.l' } });
    expect(rendered(DynamoAttributeValue.listFromJsonPath(sfn.JsonPath.stringAt('$.l')))).toEqual({ value: { 'L.$': '$.l' } });
    expect(rendered(DynamoAttributeValue.booleanFromJsonPath('$.b'))).toEqual({ value: { 'BOOL.$': '$.b' } });
    expect(rendered(DynamoAttributeValue.booleanFromJsonPath(sfn.JsonPath.stringAt('$.b')))).toEqual({ value: { 'BOOL.$': '$.b' } });
  });

  describe('matches aws-cdk-lib', () => {
    const factories: Array<[string, Factory]> = [
      ['fromString', (t) => t.DynamoAttributeValue.fromString('x')],
      ['fromString with a JSONPath', (t) => t.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.s'))],
      ['fromNumber', (t) => t.DynamoAttributeValue.fromNumber(-1.5e3)],
      ['fromNumber with a CloudFormation number', (t) => t.DynamoAttributeValue.fromNumber(cdk.Token.asNumber(cdk.Aws.ACCOUNT_ID))],
      ['numberFromString', (t) => t.DynamoAttributeValue.numberFromString('7')],
      ['numberFromString with a JSONPath', (t) => t.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.n'))],
      ['fromBinary', (t) => t.DynamoAttributeValue.fromBinary('aGk=')],
      ['fromStringSet', (t) => t.DynamoAttributeValue.fromStringSet(['a', 'b'])],
      ['fromNumberSet', (t) => t.DynamoAttributeValue.fromNumberSet([1, 2.5, -3])],
      ['numberSetFromStrings', (t) => t.DynamoAttributeValue.numberSetFromStrings(['1', '2'])],
      ['fromBinarySet', (t) => t.DynamoAttributeValue.fromBinarySet(['aGk=', 'aG8='])],
      ['fromMap', (t) => t.DynamoAttributeValue.fromMap({
        a: t.DynamoAttributeValue.fromString('x'),
        b: t.DynamoAttributeValue.fromMap({ c: t.DynamoAttributeValue.fromBoolean(true) }),
      })],
      ['fromMap, empty', (t) => t.DynamoAttributeValue.fromMap({})],
      ['mapFromJsonata', (t) => t.DynamoAttributeValue.mapFromJsonata('{% $m %}')],
      ['mapFromJsonPath', (t) => t.DynamoAttributeValue.mapFromJsonPath('$')],
      ['fromList', (t) => t.DynamoAttributeValue.fromList([t.DynamoAttributeValue.fromNull(true), t.DynamoAttributeValue.fromList([])])],
      ['listFromJsonata', (t) => t.DynamoAttributeValue.listFromJsonata('{% $l %}')],
      ['listFromJsonPath with a JsonPath token', (t) => t.DynamoAttributeValue.listFromJsonPath(sfn.JsonPath.stringAt('$.l'))],
      ['fromNull', (t) => t.DynamoAttributeValue.fromNull(false)],
      ['fromBoolean', (t) => t.DynamoAttributeValue.fromBoolean(true)],
      ['booleanFromJsonata', (t) => t.DynamoAttributeValue.booleanFromJsonata('{% $b %}')],
      ['booleanFromJsonPath with a JsonPath token', (t) => t.DynamoAttributeValue.booleanFromJsonPath(sfn.JsonPath.stringAt('$.b'))],
    ];
    test.each(factories)('%s', (_name, factory) => {
      // Rendered, so that tokens (e.g. JSONPath values) compare by what they resolve to.
      expect(rendered(factory(ourTasks))).toEqual(rendered(factory(theirs)));
    });

    // Our deliberate differences (README, "Differences from aws-cdk-lib"): each of our calls renders what a
    // different call of the reference's renders, and not what the same call of the reference's renders.
    const differences: Array<[string, Factory, Factory]> = [
      ['fromNumber with a JsonPath number (aws-cdk#12456)', (t) => t.DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.n')),
        (t) => t.DynamoAttributeValue.numberFromString(sfn.JsonPath.format('{}', sfn.JsonPath.stringAt('$.n')))],
      ['fromNumber with an intrinsic function', (t) => t.DynamoAttributeValue.fromNumber(cdk.Token.asNumber(sfn.JsonPath.arrayLength(sfn.JsonPath.listAt('$.l')))),
        (t) => t.DynamoAttributeValue.numberFromString(sfn.JsonPath.format('{}', sfn.JsonPath.arrayLength(sfn.JsonPath.listAt('$.l'))))],
      ['listFromJsonPath with a path string', (t) => t.DynamoAttributeValue.listFromJsonPath('$.l'),
        (t) => t.DynamoAttributeValue.listFromJsonPath(sfn.JsonPath.stringAt('$.l'))],
      ['booleanFromJsonPath with a path string', (t) => t.DynamoAttributeValue.booleanFromJsonPath('$$.Execution.Input.b'),
        (t) => t.DynamoAttributeValue.booleanFromJsonPath(sfn.JsonPath.stringAt('$$.Execution.Input.b'))],
    ];
    test.each(differences)('%s differs on purpose: it renders the reference\'s equivalent call', (_name, factory, equivalent) => {
      expect(rendered(factory(ourTasks))).toEqual(rendered(equivalent(theirs)));
      expect(rendered(factory(ourTasks))).not.toEqual(rendered(factory(theirs)));
    });

    const errors: Array<[string, Factory]> = [
      ['throws when mapFromJsonPath gets no path', (t) => t.DynamoAttributeValue.mapFromJsonPath('map')],
      ['throws when listFromJsonPath gets no path', (t) => t.DynamoAttributeValue.listFromJsonPath('list')],
      ['throws when booleanFromJsonPath gets no path', (t) => t.DynamoAttributeValue.booleanFromJsonPath('true')],
      ['throws when mapFromJsonata gets no expression', (t) => t.DynamoAttributeValue.mapFromJsonata('$.map')],
      ['throws when listFromJsonata gets an unclosed expression', (t) => t.DynamoAttributeValue.listFromJsonata('{% $l')],
      ['throws when booleanFromJsonata gets an unopened expression', (t) => t.DynamoAttributeValue.booleanFromJsonata('$b %}')],
    ];
    test.each(errors)('%s, as the reference does', (_name, factory) => {
      expectSameErrorAsReference((t) => {
        factory(t);
      });
    });
  });
});

describe('DynamoProjectionExpression', () => {
  test('chains attributes with dots and list indexes with brackets', () => {
    const expression = new DynamoProjectionExpression().withAttribute('Reviews').atIndex(0).withAttribute('Stars').atIndex(2);
    expect(expression.toString()).toEqual('Reviews[0].Stars[2]');
  });

  test('is empty before any attribute', () => {
    expect(new DynamoProjectionExpression().toString()).toEqual('');
  });

  test('throws when the expression starts with an index', () => {
    expect(() => new DynamoProjectionExpression().atIndex(1)).toThrow('Expression must start with an attribute');
  });

  test('matches aws-cdk-lib', () => {
    const build = (t: Tasks) => new t.DynamoProjectionExpression().withAttribute('a').withAttribute('b').atIndex(3).withAttribute('c').toString();
    expect(build(ourTasks)).toEqual(build(theirs));
  });

  test('throws when the expression starts with an index, as the reference does', () => {
    expectSameErrorAsReference((t) => {
      new t.DynamoProjectionExpression().atIndex(0);
    });
  });
});
