/** Unit tests run the TypeScript sources directly; `npm run build` type-checks them with jsii. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Tests must load lib/*.ts, never a stale compiled lib/*.js beside it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
