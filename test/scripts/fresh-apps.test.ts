/**
 * scripts/fresh-apps.js, which `npm run test:cdk-range` runs on each end of the aws-cdk-lib range: how it
 * reads the README's examples and wraps each in the rosetta fixture. (Installing, compiling and synthesizing
 * them takes the network and minutes: that is the script's own run.)
 */
import * as fs from 'fs';
import * as path from 'path';

const { readmeExamples, wrap } = require('../../scripts/fresh-apps');

interface Example { name: string; line: number; standalone: boolean; source: string }

const FIXTURE = [
  "import * as sqs from 'aws-cdk-lib/aws-sqs';",
  'class Fixture extends Stack {',
  '  constructor(scope: Construct, id: string) {',
  '    /// here',
  '  }',
  '}',
  '',
].join('\n');

function example(source: string): Example {
  return { name: 'readme-7', line: 7, standalone: false, source };
}

describe('the README examples', () => {
  test('are every ```ts block of the README, named after the line of their fence', () => {
    // GIVEN the README's fences
    const lines = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8').split('\n');
    const fences = lines.flatMap((text, i) => (/^```ts(\s|$)/.test(text) ? [i + 1] : []));

    // WHEN the script reads it
    const examples: Example[] = readmeExamples();

    // THEN
    expect(fences.length).toBeGreaterThanOrEqual(80);
    expect(examples.map((e) => e.line)).toEqual(fences);
    expect(examples.map((e) => e.name)).toEqual(fences.map((l) => `readme-${l}`));
  });

  test('only the nofixture block runs as a program of its own', () => {
    const examples: Example[] = readmeExamples();
    const standalone = examples.filter((e) => e.standalone);
    expect(standalone).toHaveLength(1);
    expect(standalone[0].source).toContain("const app = new App();\nconst stack = new Stack(app, 'Workflow');");
  });

  test('each declares only types the script has a value for', () => {
    // GIVEN the real fixture
    const fixture = fs.readFileSync(path.join(__dirname, '..', '..', 'rosetta', 'default.ts-fixture'), 'utf-8');

    // WHEN every fixture example is wrapped
    const wrapped: string[] = readmeExamples().filter((e: Example) => !e.standalone).map((e: Example) => wrap(e, fixture));

    // THEN none keeps a declaration without a value
    expect(wrapped.filter((w) => /^\s*declare /m.test(w))).toEqual([]);
    expect(wrapped.every((w) => w.endsWith('export { Fixture };\n'))).toBe(true);
  });
});

describe('wrapping an example in the fixture', () => {
  test('hoists its imports, gives each declared constant a value, and puts the rest where `/// here` is', () => {
    // GIVEN
    const source = [
      "import { Aspects } from 'aws-cdk-lib';",
      '',
      'declare const queue: sqs.IQueue; // any queue',
      '',
      "new tasks.SqsSendMessage(this, 'Send', { queue, messageBody: sfn.TaskInput.fromText('hi') });",
      '',
    ].join('\n');

    // WHEN
    const wrapped = wrap(example(source), FIXTURE);

    // THEN
    expect(wrapped).toEqual([
      "import { DECLARED } from './readme-declared.cjs';",
      "import { Aspects } from 'aws-cdk-lib';",
      "import * as sqs from 'aws-cdk-lib/aws-sqs';",
      'class Fixture extends Stack {',
      '  constructor(scope: Construct, id: string) {',
      "    const queue: sqs.IQueue = DECLARED['sqs.IQueue'](this, 'queue'); // any queue",
      '',
      "new tasks.SqsSendMessage(this, 'Send', { queue, messageBody: sfn.TaskInput.fromText('hi') });",
      '',
      '  }',
      '}',
      '',
      'export { Fixture };',
      '',
    ].join('\n'));
  });

  test('throws when a declared type has no value, naming the README line and the type', () => {
    expect(() => wrap(example('declare const stream: kinesis.IStream;\n'), FIXTURE))
      .toThrow('README.md:7 declares `stream: kinesis.IStream`: give that type a value in DECLARED (test/lang/twins/readme-declared.js)');
  });
});
