/**
 * aws-cdk#34352: a task inside the item processor of a JSONata Map (or a branch of a JSONata Parallel)
 * that has no query language of its own. aws-cdk-lib renders nested states with `toGraphJson()`, which
 * passes them no query language, so the task cannot learn that it runs in JSONata and renders `Parameters`.
 * Not fixed here (README, "Differences from aws-cdk-lib"): these tests pin that we render what aws-cdk-lib
 * renders, and that the documented workaround, the task's own `jsonata()`, renders valid JSONata.
 */
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { type Builder, definitionOf, expectSameAsReference } from '../util';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:score';

function jsonataMap(inner: Builder): Builder {
  return (t, s) => {
    const map = sfn.Map.jsonata(s, 'Map', { items: sfn.ProvideItems.jsonata('{% $states.input.items %}') });
    map.itemProcessor(inner(t, s) as sfn.IChainable);
    return map;
  };
}

const invoke = (factory: 'new' | 'jsonata'): Builder => (t, s) => {
  const props = { lambdaFunction: lambda.Function.fromFunctionArn(s, 'Fn', FUNCTION_ARN) };
  return factory === 'new' ? new t.LambdaInvoke(s, 'Invoke', props) : t.LambdaInvoke.jsonata(s, 'Invoke', props);
};

describe('a task in the item processor of a JSONata Map (aws-cdk#34352)', () => {
  test('without a query language of its own, renders Parameters, as aws-cdk-lib does', () => {
    // GIVEN a JSONPath state machine around a JSONata Map
    const build = jsonataMap(invoke('new'));
    // WHEN built with both libraries, StateMachineChecks reporting the field on our side
    const template = expectSameAsReference(build, { checkReports: [
      "Stack/Invoke: State 'Invoke', Parameters: Parameters is a JSONPath field, which Step Functions refuses in a JSONata state "
      + '(it takes the query language of the state machine or the state it is nested in: build it with jsonata(...), or give it a queryLanguage)',
    ] });
    // THEN the inner task renders the JSONPath field that Step Functions refuses in a JSONata Map
    const inner = definitionOf(template).States.Map.ItemProcessor.States.Invoke;
    expect(inner.Parameters).toEqual({ 'FunctionName': FUNCTION_ARN, 'Payload.$': '$' });
    expect(inner.Arguments).toBeUndefined();
  });

  test('with jsonata(), the workaround, renders its own QueryLanguage and Arguments, as aws-cdk-lib does', () => {
    const template = expectSameAsReference(jsonataMap(invoke('jsonata')));
    const inner = definitionOf(template).States.Map.ItemProcessor.States.Invoke;
    expect(inner).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { FunctionName: FUNCTION_ARN, Payload: '{% $states.input %}' } });
    expect(inner.Parameters).toBeUndefined();
  });
});
