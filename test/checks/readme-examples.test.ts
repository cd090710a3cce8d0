/**
 * StateMachineChecks reports nothing on the README's examples: each TypeScript example, as the tablet of
 * `npm run rosetta` holds it, run in rosetta's fixture by its twin (test/lang/twins/readme-examples.js, the
 * same module test:lang compares the Python translations with), with the checks on its whole app. Needs the
 * tablet, so it runs in `npm run test:shipped`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { checkErrorsOfApp } from '../util';

// The twins require the package by its name, as its users do.
jest.mock('cdk-stepfunctions-tasks', () => jest.requireActual('../../lib'), { virtual: true });

const ROOT = path.join(__dirname, '..', '..');
if (!fs.existsSync(path.join(ROOT, '.jsii.tabl.json'))) {
  throw new Error('No .jsii.tabl.json: run `npm run build && npm run rosetta` before this test');
}

// Written inside the repository, so that the twins find aws-cdk-lib in its node_modules.
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
const scratch = fs.mkdtempSync(path.join(ROOT, '.cache', 'readme-checks-'));
const { writeTwins } = require(path.join(ROOT, 'test', 'lang', 'twins', 'run.js'));
writeTwins(path.join(scratch, 'twins'), true);
const examples: Record<string, (app: cdk.App) => cdk.Stack> = require(path.join(scratch, 'twins', 'readme-examples.js'));

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('StateMachineChecks reports nothing on the README\'s examples', () => {
  test('there are examples to check', () => {
    expect(Object.keys(examples).length).toBeGreaterThan(50);
  });

  test.each(Object.keys(examples))('%s', (name) => {
    const stack = examples[name](new cdk.App());
    expect(checkErrorsOfApp(stack.node.root as cdk.App)).toEqual([]);
  });
});
