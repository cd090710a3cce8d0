/**
 * The version, stability and changelog agree with each other as the versioning policy in
 * CONTRIBUTING.md asks, and the release workflow can rely on them.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the API is stable, so its version is 1.0.0 or later', () => {
  // GIVEN the policy: the whole API is stable, and 0.x versions would promise nothing
  // THEN
  expect(pkg.stability).toBe('stable');
  expect(Number(pkg.version.split('.')[0])).toBeGreaterThanOrEqual(1);
});

test('CHANGELOG.md has a section for the version in package.json, below the unreleased changes if any', () => {
  // WHEN
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
  // THEN the heading the release workflow looks for, "## <version> (<date>)", or "(unreleased)" before
  // the release, as the first or the one after "## Unreleased"
  const version = pkg.version.replace(/\./g, '\\.');
  const current = headings[0] === '## Unreleased' ? headings[1] : headings[0];
  expect(current).toMatch(new RegExp(`^## ${version} \\((unreleased|\\d{4}-\\d{2}-\\d{2})\\)$`));
});

test('the Java and Go tests ask for the version in package.json', () => {
  // WHEN
  const pom = fs.readFileSync(path.join(root, 'test', 'lang', 'java', 'pom.xml'), 'utf8');
  const goMod = fs.readFileSync(path.join(root, 'test', 'lang', 'go', 'go.mod'), 'utf8');
  // THEN
  expect(pom).toContain(`<cdk-stepfunctions-tasks.version>${pkg.version}</cdk-stepfunctions-tasks.version>`);
  expect(goMod).toMatch(new RegExp(`/cdkstepfunctionstasks v${pkg.version.replace(/\./g, '\\.')}\\n`));
});
