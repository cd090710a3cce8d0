/**
 * The unit tests on another aws-cdk-lib than the one package.json installs (`scripts/test-cdk-range.sh`):
 * AWS_CDK_LIB_DIR names a folder whose node_modules/aws-cdk-lib is that version, and every `aws-cdk-lib`
 * import (of the library, of the tests, and the reference tasks module the tests compare with) resolves
 * there. `constructs` stays the one package.json installs, which every aws-cdk-lib 2.x accepts.
 */
const path = require('path');
const unit = require('./jest.config');

if (!process.env.AWS_CDK_LIB_DIR) {
  throw new Error('jest.cdk-range.config.js needs AWS_CDK_LIB_DIR: run it through scripts/test-cdk-range.sh');
}
const installed = path.resolve(process.env.AWS_CDK_LIB_DIR, 'node_modules', 'aws-cdk-lib');

module.exports = {
  ...unit,
  moduleNameMapper: {
    '^aws-cdk-lib$': installed,
    '^aws-cdk-lib/(.*)$': `${installed}/$1`,
    ...unit.moduleNameMapper,
  },
};
