/** Execution tests: state machines synthesized by this library, run by moto's Step Functions interpreter. */
const unit = require('./jest.config');

module.exports = {
  ...unit,
  testMatch: ['**/test/execution/**/*.exec.ts'],
  globalSetup: '<rootDir>/test/execution/moto-server.ts',
  globalTeardown: '<rootDir>/test/execution/moto-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/execution/setup.ts'],
  testTimeout: 60_000,
};
