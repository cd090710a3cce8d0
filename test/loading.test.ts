/**
 * What loading the compiled package costs a program (`npm run build` first: this loads lib/*.js, not the
 * TypeScript sources): nothing beyond its index until a class is used, and never one of aws-cdk-lib's heavy
 * submodules until a task that needs one is constructed. `npm run bench` measures the times; this checks
 * the shape that makes them small.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/** Runs `code` in a fresh Node process with `tasks` bound to the compiled package; returns its JSON output. */
function inFreshProcess(code: string): any {
  const script = `const tasks = require(${JSON.stringify(ROOT)});
    const loaded = () => Object.keys(require.cache).map((f) => require('path').relative(${JSON.stringify(ROOT)}, f));
    ${code}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8', cwd: ROOT }));
}

const HEAVY = /node_modules\/aws-cdk-lib\/(aws-ec2|aws-ecs|aws-eks|aws-lambda|aws-s3|aws-kms|aws-logs|aws-sagemaker|aws-codebuild|aws-ecr-assets|custom-resources|aws-glue|aws-batch)\//;

test('requiring the package loads its index and nothing else', () => {
  expect(inFreshProcess('console.log(JSON.stringify(loaded()))')).toEqual([path.join('lib', 'index.js')]);
});

test('every export is there, and using each loads none of the heavy aws-cdk-lib submodules', () => {
  // GIVEN the compiled package
  // WHEN every exported name is read
  const result = inFreshProcess(`
    const names = Object.keys(tasks);
    const missing = names.filter((name) => tasks[name] === undefined);
    console.log(JSON.stringify({ names: names.length, missing, heavy: loaded().filter((f) => ${HEAVY}.test(f)) }));`);

  // THEN each resolves, and no heavy module came with them
  expect(result.names).toBeGreaterThan(0);
  expect(result.missing).toEqual([]);
  expect(result.heavy).toEqual([]);
});

test('StateMachineChecks loads the JSONata parser only to parse an expression', () => {
  // GIVEN the compiled package, and the checks applied to an app without JSONata
  const result = inFreshProcess(`
    const cdk = require('aws-cdk-lib');
    const sfn = require('aws-cdk-lib/aws-stepfunctions');
    const jsonata = () => loaded().filter((f) => f.includes('node_modules/jsonata/')).length;
    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'Stack');
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });
    cdk.Aspects.of(app).add(new tasks.StateMachineChecks());
    app.synth();
    const before = jsonata();
    // WHEN a JSONata state is checked
    const app2 = new cdk.App();
    const stack2 = new cdk.Stack(app2, 'Stack');
    new sfn.StateMachine(stack2, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(sfn.Pass.jsonata(stack2, 'P', { outputs: '{% $states.input %}' })) });
    cdk.Aspects.of(app2).add(new tasks.StateMachineChecks());
    app2.synth();
    console.log(JSON.stringify({ before, after: jsonata() }));`);

  // THEN the parser came with the JSONata state only
  expect(result).toEqual({ before: 0, after: 1 });
});

test('constructing and synthesizing a task that needs no heavy submodule loads none', () => {
  // GIVEN a program that has loaded what an SQS task needs, the baseline
  // WHEN it builds a state machine of our SQS task
  const result = inFreshProcess(`
    const cdk = require('aws-cdk-lib'); const sqs = require('aws-cdk-lib/aws-sqs'); const sfn = require('aws-cdk-lib/aws-stepfunctions');
    const stack = new cdk.Stack(new cdk.App(), 'Stack');
    const queue = new sqs.Queue(stack, 'Queue');
    const before = loaded().filter((f) => ${HEAVY}.test(f));
    const send = new tasks.SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('hi') });
    new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(send) });
    cdk.Stack.of(send).resolve(send.toStateJson());
    require('aws-cdk-lib/assertions').Template.fromStack(stack);
    console.log(JSON.stringify(loaded().filter((f) => ${HEAVY}.test(f) && !before.includes(f))));`);

  // THEN our task brought none of them
  expect(result).toEqual([]);
});

test('the tests that import ../lib load the built index (jest.shipped.config.js)', () => {
  expect(require.resolve('../lib')).toBe(path.join(ROOT, 'lib', 'index.js'));
});
