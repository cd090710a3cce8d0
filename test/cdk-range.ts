/**
 * Where an older aws-cdk-lib's own tasks module builds something else than 2.276.0's, whose API and output
 * this library follows on every aws-cdk-lib it supports. `npm run test:cdk-range` runs the reference checks
 * on the oldest supported aws-cdk-lib (and the newest): there, a check that reaches one of these
 * differences expects it (see `expectKnownDifference` in ./util.ts) instead of an identical result.
 *
 * Each entry names the aws-cdk-lib version whose module first behaved as 2.276.0's does (`since`), the
 * reference checks that reach the difference (by full test name), and the change.
 */
export interface OlderModuleDifference {
  /** The first aws-cdk-lib version whose tasks module behaves as 2.276.0's here. */
  readonly since: string;
  /** The full names of the tests (`Class › matches aws-cdk-lib › ...`) that reach it. */
  readonly tests: RegExp;
  /** What changed in aws-cdk-lib's module. */
  readonly change: string;
  /**
   * Whether ours rejects the configuration (as 2.276.0's module does) where the older module builds it.
   * Otherwise ours must build it, whatever the older module does.
   * @default false
   */
  readonly oursRejects?: boolean;
}

export const OLDER_MODULE_DIFFERENCES: readonly OlderModuleDifference[] = [
];

/** The installed aws-cdk-lib's version. */
export const INSTALLED_AWS_CDK_LIB: string = require('aws-cdk-lib/package.json').version;

/** The difference that the running test reaches on the installed aws-cdk-lib, if any. */
export function olderModuleDifference(): OlderModuleDifference | undefined {
  const test = expect.getState().currentTestName ?? '';
  return OLDER_MODULE_DIFFERENCES.find((d) => compareVersions(INSTALLED_AWS_CDK_LIB, d.since) < 0 && d.tests.test(test));
}

/** Negative, zero or positive as version `a` is lower than, equal to or higher than `b` (`x.y.z` only). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) {
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return 0;
}
