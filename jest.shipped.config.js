// @ts-check
/**
 * Every unit test, the fuzzing campaign and cfn-lint against what ships (`npm run test:shipped`, part of
 * `test:all`): a test's `import ... from '../lib'` loads the built lib/*.js, as rewritten by the build's
 * post-compile scripts, instead of the TypeScript sources beside them. Needs `npm run build` first.
 */
const fs = require('fs');
const path = require('path');
const unit = require('./jest.config');

/**
 * Every lib/**\/*.ts whose compiled .js is missing or older: testing it would test a stale build.
 * @param {string} dir
 * @returns {string[]}
 */
function staleSources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return staleSources(file);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) return [];
    const compiled = file.replace(/\.ts$/, '.js');
    return fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= fs.statSync(file).mtimeMs ? [] : [path.relative(__dirname, file)];
  });
}

const stale = staleSources(path.join(__dirname, 'lib'));
if (stale.length > 0) {
  throw new Error(`the built package is missing or older than its sources (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', ...' : ''}): run \`npm run build\` first`);
}

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  // The validation table maps each error to the line of lib/*.ts that throws it, which the built .js (no
  // source maps) cannot name: `npm run test:shipped` runs it on the sources after this config's run.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/validation.test.ts'],
  // `../lib` finds lib/index.js before lib/index.ts; test helpers have no .js and stay TypeScript.
  moduleFileExtensions: ['js', 'ts', 'json'],
  moduleNameMapper: {},
};
