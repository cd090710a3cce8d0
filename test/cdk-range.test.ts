import * as fs from 'fs';
import * as path from 'path';
import { OLDER_MODULE_DIFFERENCES, compareVersions } from './cdk-range';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf-8'));

describe('the supported aws-cdk-lib range', () => {
  test('the peer dependency starts at awsCdkLibRange.minimum', () => {
    expect(manifest.peerDependencies['aws-cdk-lib']).toBe(`^${manifest.awsCdkLibRange.minimum}`);
  });

  test('every known difference of an older module lies inside the range, up to the version we mirror', () => {
    const mirrored = manifest.devDependencies['aws-cdk-lib'];
    const outside = OLDER_MODULE_DIFFERENCES.filter((d) =>
      compareVersions(d.since, manifest.awsCdkLibRange.minimum) <= 0 || compareVersions(d.since, mirrored) > 0);
    expect(outside.map((d) => `${d.since}: ${d.change}`)).toEqual([]);
  });

  test('compareVersions orders versions by number, not text', () => {
    expect([compareVersions('2.224.0', '2.50.0') > 0, compareVersions('2.276.0', '2.276.0'), compareVersions('2.9.1', '2.10.0') < 0])
      .toEqual([true, 0, true]);
  });
});
