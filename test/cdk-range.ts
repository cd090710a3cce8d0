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
  /** The full names of the tests that reach it, as Jest gives them: the blocks' names joined by spaces. */
  readonly tests: RegExp;
  /** What changed in aws-cdk-lib's module. */
  readonly change: string;
  /**
   * Whether ours rejects the configuration (as 2.276.0's module does) where the older module builds it.
   * Otherwise ours must build it, whatever the older module does.
   * @default false
   */
  readonly oursRejects?: boolean;
  /**
   * Whether, on the older version, both modules reject the input alike: the test's premise (a feature flag,
   * a runtime) does not exist there, so its check cannot hold, and the rejection must be the same.
   * @default false
   */
  readonly bothReject?: boolean;
  /**
   * What differs: the template (or the error), or only the construct metadata (warnings), which the tests
   * that compare metadata check.
   * @default 'template'
   */
  readonly in?: 'template' | 'metadata';
}

export const OLDER_MODULE_DIFFERENCES: readonly OlderModuleDifference[] = [
  {
    since: '2.259.0',
    tests: /^EvaluateExpression matches aws-cdk-lib with (dedicated functions|a shared function) runtime nodejs24\.x/,
    change: 'EvaluateExpression has a shared function for the Node.js 24 runtime',
  },
  {
    since: '2.275.0',
    tests: /^EvaluateExpression matches aws-cdk-lib accepts a future Node.js runtime for a dedicated function, as the reference does$/,
    change: 'EvaluateExpression builds a dedicated function under its feature flag; before the flag, both build a shared one, which has no identity for a future runtime',
    bothReject: true,
  },
  {
    since: '2.267.0',
    tests: /^EvaluateExpression matches aws-cdk-lib throws when a path is literal text, as the reference does: /,
    change: 'EvaluateExpression rejects state paths written as literal text, which the function no longer resolves',
    oursRejects: true,
  },
  {
    since: '2.253.0',
    tests: /^EmrCreateCluster matches aws-cdk-lib instance fleets with every fleet prop/,
    change: 'EmrCreateCluster renders instance type priorities and the on-demand allocation strategy',
  },
  {
    since: '2.253.0',
    tests: /^EmrCreateCluster matches aws-cdk-lib throws when (priorities meet the default allocation strategy|the PRIORITIZED strategy meets no priority|a priority is negative), as the reference does$/,
    change: 'EmrCreateCluster checks instance type priorities',
    oursRejects: true,
  },
  {
    since: '2.251.0',
    tests: /^CallAwsServiceCrossRegion matches aws-cdk-lib a (JSONPath|JSONata) endpoint$/,
    change: 'CallAwsServiceCrossRegion warns that an endpoint read from the state input is controlled by whoever starts the execution',
    in: 'metadata',
  },
  {
    since: '2.264.0',
    tests: /^CallApiGatewayRestApiEndpoint matches aws-cdk-lib jsonata\(\) with a path expression$/,
    change: 'CallApiGatewayRestApiEndpoint takes a JSONata expression as its path (grants every path of the stage)',
  },
];

/** The installed aws-cdk-lib's version. */
export const INSTALLED_AWS_CDK_LIB: string = require('aws-cdk-lib/package.json').version;

/** The difference (of the template, or of the metadata) that the running test reaches on the installed aws-cdk-lib, if any. */
export function olderModuleDifference(kind: 'template' | 'metadata' = 'template'): OlderModuleDifference | undefined {
  const test = expect.getState().currentTestName ?? '';
  return OLDER_MODULE_DIFFERENCES.find((d) =>
    (d.in ?? 'template') === kind && compareVersions(INSTALLED_AWS_CDK_LIB, d.since) < 0 && d.tests.test(test));
}

/** Negative, zero or positive as version `a` is lower than, equal to or higher than `b` (`x.y.z` only). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) {
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return 0;
}
