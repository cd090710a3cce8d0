// @ts-check
/**
 * The fast loop (`npm test`): the unit tests on the TypeScript sources, with nothing but `npm ci` needed.
 * What needs a build, Python or the network runs in `npm run test:shipped` (jest.shipped.config.js).
 */

/** Tests left to `test:shipped`, which runs every test against the built package. */
const SHIPPED_ONLY = [
  // they load the built lib/*.js, the packed tarball or the .jsii assembly, so they need `npm run build`
  '<rootDir>/test/analytics.test.ts',
  '<rootDir>/test/api.test.ts',
  '<rootDir>/test/loading.test.ts',
  '<rootDir>/test/packed.test.ts',
  '<rootDir>/test/private/require-package.test.ts',
  '<rootDir>/test/scripts/deprecation-checks.test.ts',
  // they read the tablet and the examples `npm run rosetta` adds to the .jsii assembly
  '<rootDir>/test/examples.test.ts',
  '<rootDir>/test/translations.test.ts',
  '<rootDir>/test/checks/readme-examples.test.ts',
  // the differential fuzzing campaign: minutes long
  '<rootDir>/test/fuzz/shard-',
  // cfn-lint: installed from PyPI with Python on first use
  '<rootDir>/test/cfn-lint/',
];

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker fewer than the cores, which on two cores runs the suites one at a time; its
  // main process only hands out test files, so give every core a worker.
  maxWorkers: '100%',
  // Transformed files, kept between runs (`rm -rf .cache/jest` for a cold run).
  cacheDirectory: '<rootDir>/.cache/jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...SHIPPED_ONLY],
  // ts-jest transpiles each file alone (tsconfig.dev.json sets `isolatedModules`), without type-checking:
  // `npm run typecheck` (in `npm test` and `npm run lint`) type-checks lib/ and test/ once.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Tests must load lib/*.ts, never a stale compiled lib/*.js beside it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
