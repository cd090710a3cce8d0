/**
 * StateMachineChecks reports nothing on the valid apps the project builds: the demo, one representative
 * workflow per service, the README's first example (whose Python, Java and Go versions are the README's
 * other full apps) and the TypeScript twins of the language tests (the examples of the module's docs). Every reference check (test/util.ts) and the fuzz
 * corpus (test/fuzz) run the checks on our side too.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as ts from 'typescript';
import { REPRESENTATIVE_WORKFLOWS } from '../cfn-lint/representative-apps';
import { checkErrorsOfApp } from '../util';

// The twins require the package by its name, as its users do.
jest.mock('cdk-stepfunctions-tasks', () => jest.requireActual('../../lib'), { virtual: true });

const TWINS = path.join(__dirname, '..', 'lang', 'twins');

/** The README's "## Using it" example, transpiled to a module that exports its app. */
function readmeUsingIt(): cdk.App {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
  const block = /```ts[^\n]*\n([\s\S]*?)```/.exec(readme.split(/^## Using it$/m)[1])![1];
  const { outputText } = ts.transpileModule(`${block}\nexport { app };\n`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const module = { exports: {} as any };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, require);
  return module.exports.app;
}

describe('StateMachineChecks reports nothing on valid apps', () => {
  test('the demo', () => {
    const { buildDemoApp } = require('../../demo/app.js');
    expect(checkErrorsOfApp(buildDemoApp().app)).toEqual([]);
  });

  test('the README\'s first example', () => {
    expect(checkErrorsOfApp(readmeUsingIt())).toEqual([]);
  });

  test.each(Object.keys(REPRESENTATIVE_WORKFLOWS))('the representative %s workflow', (service) => {
    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
    new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(REPRESENTATIVE_WORKFLOWS[service](stack)) });
    expect(checkErrorsOfApp(app)).toEqual([]);
  });

  // (The readme twin is the README's first example, above.)
  const twins = ['examples', 'api-shapes', 'workflow'].flatMap((module) => Object.keys(require(path.join(TWINS, `${module}.js`)))
    .filter((name) => !name.startsWith('error_')).map((name) => [module, name]));
  test.each(twins)('the %s twin %s', (module, name) => {
    const build = require(path.join(TWINS, `${module}.js`))[name];
    const stack: cdk.Stack = build(new cdk.App());
    expect(checkErrorsOfApp(stack.node.root as cdk.App)).toEqual([]);
  });
});
