/**
 * lib/private/require-package.ts, through the compiled file (`npm run build` first) in fresh Node processes:
 * Node's own module cache decides what "the same module" is, which jest's registry would only imitate.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const COMPILED = path.join(ROOT, 'lib', 'private', 'require-package.js');

/** For each specifier: whether requirePackage gives the very object `require` gives, or both errors' codes. */
function compare(ids: string[]): Record<string, unknown> {
  const script = `
    const { requirePackage } = require(${JSON.stringify(COMPILED)});
    const outcome = (load) => { try { return { value: load() }; } catch (error) { return { error: error.code ?? error.message }; } };
    const result = {};
    for (const id of ${JSON.stringify(ids)}) {
      const ours = outcome(() => requirePackage(id));
      const node = outcome(() => require(id));
      result[id] = 'error' in node ? { node: node.error, ours: ours.error } : ours.value === node.value && requirePackage(id) === node.value;
    }
    console.log(JSON.stringify(result));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8', cwd: ROOT }));
}

test('a subpath named in the package exports map is the module require gives', () => {
  expect(compare([
    'aws-cdk-lib',
    'aws-cdk-lib/aws-iam',
    'aws-cdk-lib/aws-stepfunctions',
    'aws-cdk-lib/core/lib/prop-injectable',
    'aws-cdk-lib/.warnings.jsii.js',
  ])).toEqual({
    'aws-cdk-lib': true,
    'aws-cdk-lib/aws-iam': true,
    'aws-cdk-lib/aws-stepfunctions': true,
    'aws-cdk-lib/core/lib/prop-injectable': true,
    'aws-cdk-lib/.warnings.jsii.js': true,
  });
});

test('packages without an exports map, scoped ones and conditional exports are left to require', () => {
  expect(compare(['constructs', '@aws-cdk/cloud-assembly-schema', 'semver/functions/satisfies', 'yaml'])).toEqual({
    'constructs': true,
    '@aws-cdk/cloud-assembly-schema': true,
    'semver/functions/satisfies': true,
    'yaml': true,
  });
});

test('a subpath the exports map does not name fails as require fails', () => {
  expect(compare(['aws-cdk-lib/aws-iam/lib/role', 'no-such-package/x'])).toEqual({
    'aws-cdk-lib/aws-iam/lib/role': { node: 'ERR_PACKAGE_PATH_NOT_EXPORTED', ours: 'ERR_PACKAGE_PATH_NOT_EXPORTED' },
    'no-such-package/x': { node: 'MODULE_NOT_FOUND', ours: 'MODULE_NOT_FOUND' },
  });
});
