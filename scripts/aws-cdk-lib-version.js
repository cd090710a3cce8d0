#!/usr/bin/env node
// @ts-check
// `node scripts/aws-cdk-lib-version.js oldest|newest`: the aws-cdk-lib version the build workflow tests
// the library against, from package.json's `awsCdkLibRange`, the one place that names the two ends of the
// supported range (`npm run test:cdk-range` reads it too): `minimum`, and `newest`, a version or an npm
// dist-tag (`latest`) resolved on the registry.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** @type {{ minimum: string, newest: string }} */
const range = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).awsCdkLibRange;

const which = process.argv[2];
if (which === 'oldest') {
  console.log(range.minimum);
} else if (which === 'newest') {
  console.log(execFileSync('npm', ['view', `aws-cdk-lib@${range.newest}`, 'version'], { encoding: 'utf8' }).trim());
} else {
  console.error('usage: node scripts/aws-cdk-lib-version.js oldest|newest');
  process.exit(1);
}
