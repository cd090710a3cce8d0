/**
 * cfn-lint (from PyPI) over the demo's template and one representative app per service: no errors.
 * cfn-lint is installed into a virtual environment under .cache/ on first use.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { REPRESENTATIVE_WORKFLOWS } from './representative-apps';

const CFN_LINT_VERSION = '1.58.0';
const VENV = path.join(__dirname, '..', '..', '.cache', `cfn-lint-${CFN_LINT_VERSION}`);

function cfnLint(): string {
  const bin = path.join(VENV, 'bin', 'cfn-lint');
  if (!fs.existsSync(bin)) {
    execFileSync('python3', ['-m', 'venv', VENV]);
    execFileSync(path.join(VENV, 'bin', 'pip'), ['install', '--quiet', `cfn-lint==${CFN_LINT_VERSION}`]);
  }
  return bin;
}

function templateOf(build: (app: cdk.App) => cdk.Stack): any {
  const app = new cdk.App();
  const stack = build(app);
  return app.synth().getStackByName(stack.stackName).template;
}

/** Every cfn-lint error (not warning or informational) of each template, by name. */
function lintErrors(templates: Record<string, any>): Record<string, string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-'));
  const files = Object.entries(templates).map(([name, template]) => {
    const file = path.join(dir, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(template, undefined, 2));
    return file;
  });
  const run = spawnSync(cfnLint(), ['--format', 'json', '--regions', 'us-east-1', '--', ...files], { encoding: 'utf-8' });
  const findings: any[] = run.stdout.trim() ? JSON.parse(run.stdout) : [];
  if (run.status !== 0 && findings.length === 0) throw new Error(`cfn-lint failed: ${run.stderr}`);
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(templates).map((name) => [name, []]));
  for (const finding of findings.filter((f) => f.Level === 'Error')) {
    errors[path.basename(finding.Filename, '.json')].push(`${finding.Rule.Id} ${finding.Message}`);
  }
  return errors;
}

test('the demo and a representative app per service pass cfn-lint without errors', () => {
  // GIVEN
  const { buildDemoApp } = require('../../demo/app.js');
  const templates: Record<string, any> = { demo: buildDemoApp().app.synth().getStackByName('OrderWorkflow').template };
  for (const [service, workflow] of Object.entries(REPRESENTATIVE_WORKFLOWS)) {
    templates[service] = templateOf((app) => {
      const stack = new cdk.Stack(app, `Representative-${service}`, { env: { account: '123456789012', region: 'us-east-1' } });
      new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(workflow(stack)) });
      return stack;
    });
  }
  // WHEN
  const errors = lintErrors(templates);
  // THEN
  expect(errors).toEqual(Object.fromEntries(Object.keys(templates).map((name) => [name, []])));
}, 600_000);
