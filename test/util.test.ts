import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Template } from 'aws-cdk-lib/assertions';
import { validateAsl } from './asl-validator';
import { definitionOf, expectValidDefinitions, newStack } from './util';

describe('the test harness', () => {
  test('accepts a definition whose Resource is an ARN built from intrinsics', () => {
    // GIVEN
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.CustomState(stack, 'Call', {
        stateJson: { Type: 'Task', Resource: `arn:${stack.partition}:states:::sqs:sendMessage`, Parameters: { 'MessageBody.$': '$' } },
      })),
    });
    // WHEN
    const template = Template.fromStack(stack).toJSON();
    // THEN
    expect(() => expectValidDefinitions(template)).not.toThrow();
    expect(definitionOf(template).States.Call.Resource).toBe('arn:${AWS::Partition}:states:::sqs:sendMessage');
  });

  test('throws when a definition is not valid Amazon States Language', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.CustomState(stack, 'Broken', {
        stateJson: { Type: 'Task', Resource: 'not an arn', TimeoutSeconds: -1 },
      })),
    });
    expect(() => expectValidDefinitions(Template.fromStack(stack).toJSON())).toThrow(/Invalid state machine definition/);
  });
});

test('the harness reads a definition in which a number comes from a CloudFormation parameter', () => {
  const stack = newStack();
  const seconds = new cdk.CfnParameter(stack, 'Seconds', { type: 'Number' }).valueAsNumber;
  new sfn.StateMachine(stack, 'SM', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(cdk.Duration.seconds(seconds)) })),
  });
  const template = Template.fromStack(stack).toJSON();
  expect(() => expectValidDefinitions(template)).not.toThrow();
  expect(definitionOf(template).States.Wait.Seconds).toBe(1);
});

describe('asl-validator with its schemas compiled once', () => {
  const task = (fields: Record<string, unknown>) => ({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true, ...fields } } });
  const definitions: Array<[string, unknown]> = [
    ['a valid JSONPath task', task({ Parameters: { 'MessageBody.$': '$.body' }, ResultPath: '$.out' })],
    ['an invalid path (a format)', task({ InputPath: 'not a path' })],
    ['an invalid Resource (the ARN format)', task({ Resource: 'not an arn' })],
    ['a valid JSONata task', { QueryLanguage: 'JSONata', ...task({ Arguments: { MessageBody: '{% $states.input.body %}' } }) }],
    ['invalid JSONata', { QueryLanguage: 'JSONata', ...task({ Arguments: '{% $states.input.( %}' }) }],
    ['a field the schema does not allow', task({ Unknown: 1 })],
    ['a missing transition target', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }],
    ['both TimeoutSeconds and TimeoutSecondsPath', task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' })],
  ];

  // asl-validator as it comes, in a module registry of its own (so with a new Ajv for every call)
  let fresh!: typeof validateAsl;
  jest.isolateModules(() => {
    fresh = require('asl-validator');
  });

  test.each(definitions)('gives the result a fresh asl-validator gives, after other definitions: %s', (_name, definition) => {
    // WHEN the harness's validator, whose Ajv has checked every definition of the list before this one, checks it
    for (const [, other] of definitions) validateAsl(structuredClone(other));
    // THEN
    const outcome = (result: any) => ({ isValid: result.isValid, errors: result.errors, text: result.errorsText() });
    expect(outcome(validateAsl(structuredClone(definition)))).toEqual(outcome(fresh(structuredClone(definition))));
  });

  test('every definition of the list is checked as intended (valid ones pass, the others fail)', () => {
    expect(definitions.map(([name, definition]) => [name, validateAsl(structuredClone(definition)).isValid])).toEqual([
      ['a valid JSONPath task', true],
      ['an invalid path (a format)', false],
      ['an invalid Resource (the ARN format)', false],
      ['a valid JSONata task', true],
      ['invalid JSONata', false],
      ['a field the schema does not allow', false],
      ['a missing transition target', false],
      ['both TimeoutSeconds and TimeoutSecondsPath', false],
    ]);
  });

  test('asl-validator constructs one Ajv for all the definitions it checks', () => {
    // GIVEN the Ajv class as asl-validator reads it (its own copy, nested under it)
    const ajv = require(require.resolve('ajv', { paths: [path.dirname(require.resolve('asl-validator'))] }));
    const options = { allowUnionTypes: true };
    // THEN
    expect(new ajv.default(options)).toBe(new ajv.default(options));
    expect(new ajv.default({ allowUnionTypes: false })).not.toBe(new ajv.default(options));
  });
});
