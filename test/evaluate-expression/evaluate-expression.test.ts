import * as cdk from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as cxapi from 'aws-cdk-lib/cx-api';
import * as fc from 'fast-check';
import { EvaluateExpression } from '../../lib';
import { type Builder, type HarnessOptions, type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState } from '../util';
import { olderModuleDifference } from '../cdk-range';

const DEDICATED = { [cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION]: true };
const SHARED = { [cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION]: false };

/** The construct metadata of every path in the synthesized stack, without stack traces. */
function metadataOf(tasks: Tasks, build: Builder, options: HarnessOptions): Record<string, unknown> {
  const stack = newStack(options);
  const definition = build(tasks, stack);
  if (definition) {
    new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(definition) });
  }
  const artifact = cdk.App.of(stack)!.synth().getStackByName(stack.stackName);
  return Object.fromEntries(Object.entries(artifact.manifest.metadata ?? {})
    .map(([path, entries]) => [path, entries.map(({ type, data }) => ({ type, data }))]));
}

/** Expects the same template as the reference, and the same construct metadata (warnings, handler markers). */
function expectSameAsReferenceWithMetadata(build: Builder, options: HarnessOptions = {}): any {
  const template = expectSameAsReference(build, options);
  // On an older aws-cdk-lib whose module differs here (test/cdk-range.ts), the template check covered it.
  if (olderModuleDifference()) return template;
  const [ours, theirs] = [metadataOf(require('../../lib'), build, options), metadataOf(reference as unknown as Tasks, build, options)];
  if (olderModuleDifference('metadata')) {
    expect(ours).not.toEqual(theirs);
  } else {
    expect(ours).toEqual(theirs);
  }
  return template;
}

/** The SNS task of the README example, from our library once it has one. */
function snsPublish(t: Tasks): typeof reference.SnsPublish {
  return (t as any).SnsPublish ?? reference.SnsPublish;
}

describe('EvaluateExpression', () => {
  test('passes the expression and a value for each state path it mentions', () => {
    // GIVEN no feature flag set: the dedicated-function flag defaults to true
    const stack = newStack();
    // WHEN
    const task = new EvaluateExpression(stack, 'Task', { expression: '$.a + $.b[0] * $.a' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::GetAtt': ['TaskEvalFunction5A5BDA9B', 'Arn'] },
      Parameters: {
        expression: '$.a + $.b[0] * $.a',
        expressionAttributeValues: { '$.a.$': '$.a', '$.b[0].$': '$.b[0]' },
      },
    });
  });

  test('binds no values when the expression mentions no state path', () => {
    const stack = newStack({ context: DEDICATED });
    const task = new EvaluateExpression(stack, 'Task', { expression: '1 + 2' });
    expect(renderState(task).Parameters).toEqual({ expression: '1 + 2', expressionAttributeValues: {} });
  });

  test('with the dedicated-function flag, each task gets its own function running as one shared role', () => {
    // GIVEN
    const stack = newStack({ context: DEDICATED });
    // WHEN
    const first = new EvaluateExpression(stack, 'First', { expression: '$.a' });
    const second = new EvaluateExpression(stack, 'Second', { expression: '$.b' });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(first.next(second)) });
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 2);
    template.resourceCountIs('AWS::IAM::Role', 2); // the functions' role and the state machine's
    template.allResourcesProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      // the asset of aws-cdk-lib's own eval-nodejs handler (its hash staged as aws-cdk-lib stages it)
      Code: Match.objectLike({ S3Key: 'c3f237981e8bcc3fdc75c6f7402efab5fdd7b3f9136ca3ab6430daeb27a43853.zip' }),
      Role: { 'Fn::GetAtt': ['EvalServiceRolef4f556a4ef7a49cd8036c5b0567376fd10E01C41', 'Arn'] },
      Runtime: 'nodejs24.x',
    });
    const invoke = (fn: string) => ({
      Action: 'lambda:InvokeFunction',
      Effect: 'Allow',
      Resource: [{ 'Fn::GetAtt': [fn, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [fn, 'Arn'] }, ':*']] }],
    });
    expect(policyStatements(stack)).toEqual([invoke('FirstEvalFunction492CE3DE'), invoke('SecondEvalFunction57E891D4')]);
  });

  test('with the dedicated-function flag set to false, tasks with the same runtime share one function, with a warning', () => {
    const stack = newStack({ context: SHARED });
    const first = new EvaluateExpression(stack, 'First', { expression: '$.a' });
    new EvaluateExpression(stack, 'Second', { expression: '$.b' });
    new EvaluateExpression(stack, 'Third', { expression: '$.c', runtime: lambda.Runtime.NODEJS_20_X });
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Function', 2);
    expect(renderState(first).Resource).toEqual({ 'Fn::GetAtt': ['Eval41256dc5445742738ed917bc818694e54EB1134F', 'Arn'] });
    const warnings = first.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data);
    expect(warnings).toEqual([expect.stringContaining(
      "The feature flag '@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction' is disabled")]);
  });

  test.each([
    ["'count: $.count'", 'plain string', '["$.count"]'],
    ['"hello $.user"', 'plain string', '["$.user"]'],
    ["JSON.parse('$.a').concat('$.b')", 'plain string', '["$.a","$.b"]'],
    ['"key=\'$.a\'"', 'plain string', '["$.a"]'],
    ['`total: $.n`', 'template literal', '["$.n"]'],
  ])('throws when a state path is written inside a string: %s', (expression, where, paths) => {
    const stack = newStack({ context: DEDICATED });
    expect(() => new EvaluateExpression(stack, 'Task', { expression }))
      .toThrow(`state path(s) ${paths} are used as literal text inside a ${where} in the EvaluateExpression 'expression'`);
  });

  test.each([
    '$.a + $.b',
    'JSON.parse($.body)',
    '`year=${$.year}`',
    '`a ${ { x: $.x }.x } b`',
    '$.text.replace(/\'$.x\'/g, "")',
    '$.a / 2 + \'x\'',
  ])('accepts state paths used as code: %s', (expression) => {
    const stack = newStack({ context: DEDICATED });
    expect(() => new EvaluateExpression(stack, 'Task', { expression })).not.toThrow();
  });

  test('throws when the shared function is asked for a runtime it has no identity for', () => {
    const stack = newStack({ context: SHARED });
    expect(() => new EvaluateExpression(stack, 'Task', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }))
      .toThrow('The runtime python3.12 is currently not supported.');
  });

  test('throws when a dedicated function is asked for a runtime outside Node.js', () => {
    const stack = newStack({ context: DEDICATED });
    expect(() => new EvaluateExpression(stack, 'Task', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }))
      .toThrow('The runtime python3.12 is currently not supported.');
  });

  describe('matches aws-cdk-lib', () => {
    const flags: Array<[string, Record<string, unknown>]> = [['dedicated functions', DEDICATED], ['a shared function', SHARED]];
    const configurations: Array<[string, Builder]> = [
      ['defaults', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a + $.b' })],
      ['arm64', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', architecture: lambda.Architecture.ARM_64 })],
      ['x86_64 given explicitly', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', architecture: lambda.Architecture.X86_64 })],
      ...[
        lambda.Runtime.NODEJS_24_X, lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_18_X,
        lambda.Runtime.NODEJS_16_X, lambda.Runtime.NODEJS_14_X, lambda.Runtime.NODEJS_12_X, lambda.Runtime.NODEJS_10_X,
      ].flatMap((runtime): Array<[string, Builder]> => [
        [`runtime ${runtime.name}`, (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', runtime })],
        [`runtime ${runtime.name} on arm64`, (t, s) => new t.EvaluateExpression(s, 'Task', {
          expression: '$.a', runtime, architecture: lambda.Architecture.ARM_64,
        })],
      ]),
      ['NODEJS_LATEST', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', runtime: lambda.Runtime.NODEJS_LATEST })],
      ['several tasks and state machines', (t, s) => {
        const a = new t.EvaluateExpression(s, 'A', { expression: '$.a' });
        const b = new t.EvaluateExpression(s, 'B', { expression: '$.b', runtime: lambda.Runtime.NODEJS_20_X });
        const c = new t.EvaluateExpression(s, 'C', { expression: '$.c' });
        new sfn.StateMachine(s, 'Other', { definitionBody: sfn.DefinitionBody.fromChainable(c) });
        return a.next(b);
      }],
      ['task props', (t, s) => new t.EvaluateExpression(s, 'Task', {
        expression: '`${$.greeting}, ${$[\'name\']}` + $.list[0] + $.a-b + $.a_b',
        resultPath: '$.out',
        inputPath: '$.in',
        outputPath: '$.result',
        comment: 'evaluate',
        timeout: cdk.Duration.seconds(10),
        heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.seconds(5)),
        stateName: 'Evaluate',
        resultSelector: { value: sfn.JsonPath.stringAt('$') },
      })],
      ['a token expression', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: new cdk.CfnParameter(s, 'Expr').valueAsString })],
      ['a regex holding a quote', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.s.split(/\'/).join($.sep)' })],
      ['a path after a division', (t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a / $.b / 2' })],
    ];
    describe.each(flags)('with %s', (_flag, context) => {
      test.each(configurations)('%s', (_name, build) => {
        expectSameAsReferenceWithMetadata(build, { context });
      });

      // The reference renders `Parameters` whatever the query language, which is not valid in a JSONata
      // state: we keep its output, so these two are compared without validating the definition, and
      // StateMachineChecks reports the field.
      const parametersInJsonata = "Stack/Task: State 'Task', Parameters: Parameters is a JSONPath field, which Step Functions refuses in a JSONata state";
      test('inside a JSONata state machine (Parameters kept, as the reference does)', () => {
        expectSameAsReference((t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a' }), {
          context, queryLanguage: sfn.QueryLanguage.JSONATA, validDefinition: false, checkReports: [
            `${parametersInJsonata} (it takes the query language of the state machine or the state it is nested in: build it with jsonata(...), or give it a queryLanguage)`,
          ],
        });
      });

      test('a JSONata state (Parameters kept, as the reference does)', () => {
        expectSameAsReference((t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', queryLanguage: sfn.QueryLanguage.JSONATA }), {
          context, validDefinition: false, checkReports: [parametersInJsonata],
        });
      });

      test('in an environment with a region', () => {
        expectSameAsReferenceWithMetadata((t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a' }),
          { context, env: { account: '123456789012', region: 'eu-west-1' } });
      });

      test('throws when the runtime is not Node.js, as the reference does', () => {
        expectSameErrorAsReference((t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 }), { context });
      });
    });

    test('with the flag unset (dedicated functions: it defaults to true)', () => {
      expectSameAsReferenceWithMetadata((t, s) => new t.EvaluateExpression(s, 'Task', { expression: '$.a' }));
    });

    test('throws when a shared function is asked for a Node.js runtime it does not know, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EvaluateExpression(s, 'Task', {
        expression: '$.a', runtime: new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS),
      }), { context: SHARED });
    });

    test('accepts a future Node.js runtime for a dedicated function, as the reference does', () => {
      expectSameAsReference((t, s) => new t.EvaluateExpression(s, 'Task', {
        expression: '$.a', runtime: new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS),
      }), { context: DEDICATED });
    });

    const literalExpressions = [
      "'year=$.year'",
      '"hello $.user"',
      '`total: $.n`',
      "JSON.parse('$.a').concat('$.b')",
      '"key=\'$.a\'"',
      "'$.a' + `$.b` + '$.a'",
      "'it\\'s $.x'",
      "'\\$.x'",
      '`\\${$.x}`',
      '`${`inner $.y`}`',
      '`${ {a: 1}.a } $.z`',
      '`${ "q $.q" }`',
      "$.a + 'unterminated $.b",
      '`unterminated $.c',
      "x = $.a; '$[0]'",
      "'$.a-b_c.d[1]'",
    ];
    test.each(literalExpressions)('throws when a path is literal text, as the reference does: %s', (expression) => {
      expectSameErrorAsReference((t, s) => new t.EvaluateExpression(s, 'Task', { expression }), { context: DEDICATED });
    });

    const codeExpressions = [
      '$.a + $.b',
      'JSON.parse($.body)',
      '`year=${$.year}`',
      '$.s.replace(/$.x/g, "y")',
      '$.s.match(/\'/) ? $.a : $.b',
      '($.a) / 2',
      '($.a)[0] / $.b',
      "'$['",
      '$.a / $.b + "/"',
      '/[/]/.test($.s)',
      '`${ `${$.deep}` }`',
      '{ "k": $.v }.k',
      '`a${ {x: {y: $.y}}.x.y }b`',
      '}$.a',
      '$.a /* comment */',
    ];
    test.each(codeExpressions)('accepts or rejects code paths as the reference does: %s', (expression) => {
      expectSameAsReference((t, s) => new t.EvaluateExpression(s, 'Task', { expression }), { context: DEDICATED });
    });
  });

  test('finds the same paths in literal text as the reference for arbitrary expressions', () => {
    // Constructs the task alone (no synthesis) with each library and compares what each throws, if anything.
    const outcome = (tasks: Tasks, expression: string) => {
      try {
        new tasks.EvaluateExpression(newStack({ context: DEDICATED }), 'Task', { expression });
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const piece = fc.constantFrom('$.a', '$[0]', '$.b.c', "'", '"', '`', '\\', '/', '{', '}', '${', '(', ')', ']', 'x', ' ', '+', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const expression = pieces.join('');
      expect(outcome(require('../../lib'), expression)).toEqual(outcome(reference as unknown as Tasks, expression));
    }), { numRuns: 400, seed: 20260 });
  });

  describe('README examples', () => {
    test.each([['v2 README', lambda.Runtime.NODEJS_14_X], ['Python v1 README', lambda.Runtime.NODEJS_10_X], ['current README', lambda.Runtime.NODEJS_LATEST]])(
      'the %s wait-time workflow synthesizes as with aws-cdk-lib', (_name, runtime) => {
        for (const context of [DEDICATED, SHARED, {}]) {
          expectSameAsReferenceWithMetadata((t, s) => {
            const convertToSeconds = new t.EvaluateExpression(s, 'Convert to seconds', {
              expression: '$.waitMilliseconds / 1000',
              resultPath: '$.waitSeconds',
            });
            const createMessage = new t.EvaluateExpression(s, 'Create message', {
              // Note: this is a string inside a string.
              expression: '`Now waiting ${$.waitSeconds} seconds...`',
              runtime,
              resultPath: '$.message',
            });
            const publishMessage = new (snsPublish(t))(s, 'Publish message', {
              topic: new sns.Topic(s, 'cool-topic'),
              message: sfn.TaskInput.fromJsonPathAt('$.message'),
              resultPath: '$.sns',
            });
            const wait = new sfn.Wait(s, 'Wait', {
              time: sfn.WaitTime.secondsPath('$.waitSeconds'),
            });
            new sfn.StateMachine(s, 'StateMachine', {
              definition: convertToSeconds
                .next(createMessage)
                .next(publishMessage)
                .next(wait),
            });
          }, { context });
        }
      });

    test('the arm64 example synthesizes as with aws-cdk-lib', () => {
      expectSameAsReferenceWithMetadata((t, s) => new t.EvaluateExpression(s, 'Convert to seconds', {
        expression: '$.waitMilliseconds / 1000',
        architecture: lambda.Architecture.ARM_64,
      }));
    });
  });
});
