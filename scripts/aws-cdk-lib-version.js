#!/usr/bin/env node
// `node scripts/aws-cdk-lib-version.js oldest|newest`: the aws-cdk-lib version the build workflow tests
// the library against. The oldest is the minimum of the aws-cdk-lib range in package.json's
// peerDependencies, the one place that says which aws-cdk-lib versions this library supports; the newest
// is the newest version of that range on the npm registry.
'use strict';

const { execFileSync } = require('node:child_process');
const semver = require('semver');
const range = require('../package.json').peerDependencies['aws-cdk-lib'];

const which = process.argv[2];
if (which === 'oldest') {
  console.log(semver.minVersion(range).version);
} else if (which === 'newest') {
  const versions = JSON.parse(execFileSync('npm', ['view', 'aws-cdk-lib', 'versions', '--json'], { encoding: 'utf8' }));
  console.log(semver.maxSatisfying(versions, range));
} else {
  console.error('usage: node scripts/aws-cdk-lib-version.js oldest|newest');
  process.exit(1);
}
