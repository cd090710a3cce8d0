/**
 * scripts/deprecation-checks.js, the post-compile step of `npm run build` for jsii's `.warnings.jsii.js`:
 * on small files shaped the way jsii writes them, and on the built package against aws-cdk-lib's tasks,
 * comparing what each prints (or throws) in fresh Node processes.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const { dropRepeatedChecks, routePackageRequires } = require('../../scripts/deprecation-checks');

const ROOT = path.resolve(__dirname, '..', '..');

/** One check as jsii writes it, with `body` in its try block. */
function check(name: string, ...body: string[]): string {
  return `${name}: function ${name}(p) {
        if (p == null)
            return;
        visitedObjects.add(p);
        try {
${body.map((line) => `            ${line}`).join('\n')}
        }
        finally {
            visitedObjects.delete(p);
        }
    }`;
}

const HEARTBEAT = 'if ("heartbeat" in p)\n                print("aws-cdk-lib.aws_stepfunctions.TaskStateBaseOptions#heartbeat", "use `heartbeatTimeout`");';
const TIMEOUT = 'if ("timeout" in p)\n                print("aws-cdk-lib.aws_stepfunctions.TaskStateBaseOptions#timeout", "use `taskTimeout`");';

describe('dropRepeatedChecks', () => {
  // GIVEN checks: one only repeating TaskStateBase's, one with a deprecation of its own, one calling only
  // a check that goes, one calling a kept check, and one calling an aws-cdk-lib check
  const text = `const VALIDATORS = { ${[
    check('A', HEARTBEAT, TIMEOUT),
    check('B', 'if ("qualifier" in p)\n                print("lib.BProps#qualifier", "use a version");', HEARTBEAT),
    check('C', 'if (!visitedObjects.has(p.a))\n                module.exports.A(p.a);', TIMEOUT),
    check('D', 'if (p.list != null)\n                for (const o of p.list)\n                    if (!visitedObjects.has(o))\n                        module.exports.B(o);'),
    check('E', 'if (!visitedObjects.has(p.s))\n                __requirePackage("aws-cdk-lib/.warnings.jsii.js").aws_cdk_lib_X(p.s);', HEARTBEAT),
  ].join(', ')} };\nfunction print(name, message) { printed.push(name); }\n`;

  test('keeps what can print, and nothing else', () => {
    // WHEN
    const out: string = dropRepeatedChecks('w.js', text);

    // THEN A and C are gone, B keeps its own deprecation, D and E keep their calls
    expect(out).not.toMatch(/\bA: function/);
    expect(out).not.toMatch(/\bC: function/);
    expect(out).not.toContain('TaskStateBaseOptions');
    expect(out).toContain('print("lib.BProps#qualifier", "use a version")');
    expect(out).toContain('module.exports.B(o)');
    expect(out).toContain('aws_cdk_lib_X(p.s)');
    expect(dropRepeatedChecks('w.js', out)).toBeUndefined();
  });

  test('the trimmed checks print what they printed, less the TaskStateBase repeats', () => {
    // GIVEN a runnable module around the checks, shaped like jsii's (an unknown name is a no-op)
    const module = (checks: string) => `const printed = []; const visitedObjects = new Set();\n${checks}
      const nop = () => {}; const __requirePackage = () => ({ aws_cdk_lib_X: () => printed.push('X') });
      module.exports = new Proxy({}, { get: (_, k) => k === 'printed' ? printed : VALIDATORS[k] ?? nop });`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deprecation-checks-test-'));
    const run = (checks: string) => {
      const file = path.join(dir, `${Math.random()}.js`);
      fs.writeFileSync(file, module(checks));
      const script = `const w = require(${JSON.stringify(file)}); const p = { heartbeat: 1, timeout: 1, qualifier: 'q' };
        for (const name of 'ABCDE') w[name]({ ...p, a: p, list: [p], s: {} });
        console.log(JSON.stringify(w.printed));`;
      return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8' }));
    };

    // WHEN the same props go through the original and the trimmed checks
    const before: string[] = run(text);
    const after: string[] = run(dropRepeatedChecks('w.js', text));

    // THEN
    expect(after).toEqual(before.filter((name) => !name.includes('TaskStateBaseOptions')));
    expect(after).toEqual(['lib.BProps#qualifier', 'lib.BProps#qualifier', 'X']);
  });
});

describe('routePackageRequires', () => {
  test('routes package requires through the shared requirePackage, leaving relative ones', () => {
    const text = 'function f(o) { require("aws-cdk-lib/.warnings.jsii.js").x(o); require("./local").y(o); }\n';
    const out: string = routePackageRequires(text, './lib/private/require-package.js');
    expect(out).toContain('__requirePackage("aws-cdk-lib/.warnings.jsii.js").x(o)');
    expect(out).toContain('require("./local").y(o)');
    expect(out).toContain('require("./lib/private/require-package.js")).requirePackage(id)');
    expect(routePackageRequires(out, './lib/private/require-package.js')).toBeUndefined();
  });
});

describe('the built package warns as aws-cdk-lib does', () => {
  /** stderr and exit status of constructing tasks in a fresh process, our names written as aws-cdk-lib's. */
  function warnings(library: 'ours' | 'reference', mode: string, code: string) {
    const tasksModule = library === 'ours' ? ROOT : 'aws-cdk-lib/aws-stepfunctions-tasks';
    const script = `const cdk = require('aws-cdk-lib'); const lambda = require('aws-cdk-lib/aws-lambda');
      const tasks = require(${JSON.stringify(tasksModule)});
      const stack = new cdk.Stack();
      const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');
      ${code}`;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: ROOT, encoding: 'utf-8', env: { ...process.env, JSII_DEPRECATED: mode },
    });
    const stderr = result.stderr
      .replace(/cdk-stepfunctions-tasks\./g, 'aws-cdk-lib.aws_stepfunctions_tasks.')
      // The advice after each warning is the deprecated member's doc, which is our own prose.
      .split('\n').filter((line) => / is deprecated, and will be removed/.test(line));
    return { status: result.status, stderr };
  }

  const CASES: Record<string, string> = {
    'inherited and own deprecated props, constructor': `
      new tasks.LambdaInvoke(stack, 'A', { lambdaFunction: fn, qualifier: '1', heartbeat: cdk.Duration.seconds(5), timeout: cdk.Duration.seconds(9) });
      new tasks.LambdaInvoke(stack, 'B', { lambdaFunction: fn, heartbeat: cdk.Duration.seconds(5) });`,
    'static factory': `
      tasks.LambdaInvoke.jsonata(stack, 'A', { lambdaFunction: fn, qualifier: '1', timeout: cdk.Duration.seconds(9) });`,
    'own deprecated prop beside inherited ones': `
      const bedrock = require('aws-cdk-lib/aws-bedrock'); const sfn = require('aws-cdk-lib/aws-stepfunctions');
      const model = bedrock.FoundationModel.fromFoundationModelId(stack, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
      new tasks.BedrockInvokeModel(stack, 'B', { model, body: sfn.TaskInput.fromObject({ a: 1 }), contentType: 'application/json', heartbeat: cdk.Duration.seconds(5) });`,
    'deprecated props deep in nested structs': `
      const emr = tasks.EmrCreateCluster;
      new emr(stack, 'E', {
        name: 'c', timeout: cdk.Duration.minutes(5),
        instances: { instanceFleets: [{
          instanceFleetType: emr.InstanceRoleType.MASTER,
          launchSpecifications: { spotSpecification: { timeoutAction: emr.SpotTimeoutAction.TERMINATE_CLUSTER, timeoutDurationMinutes: 5, blockDurationMinutes: 60 } },
        }] },
      });`,
    'deprecated enum in a nested struct': `
      new tasks.GlueStartJobRun(stack, 'G', { glueJobName: 'j', workerConfiguration: { workerType: tasks.WorkerType.G_1X, numberOfWorkers: 2 }, heartbeat: cdk.Duration.seconds(5) });`,
  };

  test.each(Object.entries(CASES))('%s', (_, code) => {
    for (const mode of ['warn', 'fail', 'quiet']) {
      const ours = warnings('ours', mode, code);
      const reference = warnings('reference', mode, code);
      expect({ mode, ...ours }).toEqual({ mode, ...reference });
    }
    expect(warnings('ours', 'warn', code).stderr.length).toBeGreaterThan(0);
  });
});

describe(`the built .warnings.jsii.js on the installed aws-cdk-lib (${require('aws-cdk-lib/package.json').version})`, () => {
  // Our deprecation checks call aws-cdk-lib's own checks of its structs by the names jsii gives them in
  // aws-cdk-lib/.warnings.jsii.js: a layout of jsii's, so checked on the oldest and newest supported version.
  test('every aws-cdk-lib check it calls is a function of the installed aws-cdk-lib', () => {
    const text = fs.readFileSync(path.join(ROOT, '.warnings.jsii.js'), 'utf-8');
    const called = [...new Set([...text.matchAll(/__requirePackage\("aws-cdk-lib\/\.warnings\.jsii\.js"\)\.(\w+)/g)].map((m) => m[1]))];
    const theirs = require('aws-cdk-lib/.warnings.jsii.js');
    expect(called).toContain('aws_cdk_lib_aws_iam_PolicyStatement');
    expect(called.filter((name) => typeof theirs[name] !== 'function')).toEqual([]);
  });
});
