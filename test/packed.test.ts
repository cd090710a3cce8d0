/**
 * The packed tarball (`npm run build` first), installed in a fresh app the way users install it and used
 * from every kind of program: CommonJS `require`, ES module named and namespace imports, TypeScript with
 * `module: nodenext`, and an esbuild bundle with aws-cdk-lib left external. Each synthesizes the same small
 * workflow in a fresh Node process; all must give the template aws-cdk-lib's own tasks give.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = 'cdk-stepfunctions-tasks';

/** The workflow every program builds, with `T` bound to the tasks module and `cdk`, `lambda`, `sfn`, `sqs` to aws-cdk-lib's. */
const WORKFLOW = `
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');
const queue = sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q');
const invoke = new T.LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn, payload: sfn.TaskInput.fromJsonPathAt('$.input') });
const send = T.SqsSendMessage.jsonata(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('done') });
new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(send)) });
console.log(JSON.stringify(app.synth().getStackByName('Stack').template));
`;

const ESM_IMPORTS = `import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
`;

/** An ES module (`.js` in an app of type module) that imports the two classes by name. */
const NAMED_PROGRAM = `${ESM_IMPORTS}import { LambdaInvoke, SqsSendMessage } from '${PACKAGE}';
const T = { LambdaInvoke, SqsSendMessage };
${WORKFLOW}`;

function cjsProgram(tasksModule: string): string {
  return `const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const sqs = require('aws-cdk-lib/aws-sqs');
const T = require(${JSON.stringify(tasksModule)});
${WORKFLOW}`;
}

let work: string;
let appDir: string;

function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Links the repository's aws-cdk-lib, constructs (and more) into `dir`/node_modules, as an app would have them installed. */
function linkDependencies(dir: string, names: string[]): void {
  for (const name of names) {
    const link = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), link, 'dir');
  }
}

function run(file: string): string {
  return execFileSync(process.execPath, [file], { cwd: path.dirname(file), encoding: 'utf-8', env: { ...process.env, JSII_DEPRECATED: 'quiet' } });
}

function templateOf(file: string): any {
  return JSON.parse(run(file));
}

beforeAll(() => {
  // GIVEN the package as npm packs it (the build has run; packing must not run it again), installed without
  // the network in an app of type module, next to the aws-cdk-lib and constructs it peers with
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'packed-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf-8' })
    .trim().split('\n').pop()!;
  appDir = path.join(work, 'app');
  write(path.join(appDir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-save', '--no-package-lock', '--ignore-scripts', '--legacy-peer-deps',
    '--no-audit', '--no-fund', '--silent', path.join(work, tarball)], { cwd: appDir });
  linkDependencies(appDir, ['aws-cdk-lib', 'constructs']);
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  let expected: any;

  beforeAll(() => {
    // aws-cdk-lib's own tasks build the same workflow: the template every kind of program must give
    expected = templateOf(write(path.join(appDir, 'reference.cjs'), cjsProgram('aws-cdk-lib/aws-stepfunctions-tasks')));
  }, 60_000);

  test('works from CommonJS, and requiring it loads only its index', () => {
    // WHEN a CommonJS program requires it
    const template = templateOf(write(path.join(appDir, 'app.cjs'), cjsProgram(PACKAGE)));
    const loaded = JSON.parse(run(write(path.join(appDir, 'loaded.cjs'), `require(${JSON.stringify(PACKAGE)});
      console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('${PACKAGE}')).map((f) => f.split('${PACKAGE}')[1])));`)));

    // THEN
    expect(template).toEqual(expected);
    expect(loaded).toEqual(['/lib/index.js']);
  }, 60_000);

  test('works from an ES module with named imports', () => {
    const file = write(path.join(appDir, 'named.js'), NAMED_PROGRAM);
    expect(templateOf(file)).toEqual(expected);
  }, 60_000);

  test('works from an ES module with a namespace import, which holds every name require gives', () => {
    // GIVEN the names CommonJS sees
    const names: string[] = JSON.parse(run(write(path.join(appDir, 'names.cjs'),
      `console.log(JSON.stringify(Object.keys(require('${PACKAGE}'))));`)));

    // WHEN an ES module imports the namespace
    const file = write(path.join(appDir, 'namespace.mjs'), `${ESM_IMPORTS}import * as T from '${PACKAGE}';
if (process.argv[2] === 'names') {
  console.log(JSON.stringify(Object.keys(T).filter((name) => name !== 'default' && name !== '__esModule' && T[name] !== undefined)));
} else {
${WORKFLOW}
}`);
    const esmNames: string[] = JSON.parse(execFileSync(process.execPath, [file, 'names'], { encoding: 'utf-8' }));

    // THEN
    expect(names.length).toBeGreaterThan(100);
    expect(esmNames.sort()).toEqual([...names].sort());
    expect(templateOf(file)).toEqual(expected);
  }, 60_000);

  test('type-checks and runs from TypeScript with module nodenext', () => {
    // GIVEN a strict TypeScript ES module app
    const dir = path.join(appDir, 'ts');
    write(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    write(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: true, outDir: 'out', types: ['node'] },
      files: ['app.mts'],
    }));
    linkDependencies(dir, ['@types/node']);
    write(path.join(dir, 'app.mts'), `${ESM_IMPORTS}import { LambdaInvoke, SqsSendMessage, type LambdaInvokeProps } from '${PACKAGE}';
import * as tasks from '${PACKAGE}';
const props: LambdaInvokeProps = { lambdaFunction: undefined as any };
void props;
const T: Pick<typeof tasks, 'LambdaInvoke' | 'SqsSendMessage'> = { LambdaInvoke, SqsSendMessage };
${WORKFLOW}`);

    // WHEN it is compiled
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf-8' });

    // THEN it runs
    expect(templateOf(path.join(dir, 'out', 'app.mjs'))).toEqual(expected);
  }, 120_000);

  test('works bundled by esbuild, aws-cdk-lib left external', () => {
    // GIVEN an app bundled with the package inlined
    const entry = write(path.join(appDir, 'bundle-entry.js'), NAMED_PROGRAM);
    const bundle = path.join(work, 'bundled', 'app.cjs');
    const options = { entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', external: ['aws-cdk-lib', 'constructs'], logLevel: 'error', outfile: bundle };
    // In a process of its own: esbuild's API refuses to run inside Jest's module sandbox.
    execFileSync(process.execPath, ['-e', `require('esbuild').buildSync(${JSON.stringify(options)})`], { cwd: ROOT });

    // WHEN it runs where the package is not installed, only aws-cdk-lib and constructs
    linkDependencies(path.dirname(bundle), ['aws-cdk-lib', 'constructs']);

    // THEN
    expect(fs.readFileSync(bundle, 'utf-8')).not.toContain(`require("${PACKAGE}`);
    expect(templateOf(bundle)).toEqual(expected);
  }, 120_000);
});
