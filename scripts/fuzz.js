#!/usr/bin/env node
// @ts-check
// Runs a differential fuzzing campaign: `npm run fuzz -- --seed S --cases N [--only Task1,Task2] [--sources]`.
// Each case is built with aws-cdk-lib's task class and with ours (see test/fuzz/); failing cases are
// printed with their seed and index, so each is reproducible. Ends with one summary line.
// Ours is the built package (`npm run build` first), as users get it; `--sources` fuzzes the TypeScript
// sources instead, which spares the build while iterating.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
/** @param {string} name @param {string} [fallback] */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const seed = Number(option('seed', String(Date.now() % 1_000_000)));
const cases = Number(option('cases', '100'));
const only = option('only');
const sources = args.includes('--sources');
if (!Number.isInteger(seed) || !Number.isInteger(cases) || cases < 1) {
  console.error('usage: npm run fuzz -- --seed <integer> --cases <positive integer> [--only Task1,Task2] [--sources]');
  process.exit(2);
}

const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-')), 'report.jsonl');
// The fast loop's config (TypeScript sources) leaves the campaign out: let it back in.
const jestArgs = [
  'jest', '--ci',
  ...(only ? ['-t', `(${only.split(',').join('|')}) builds`] : []),
  ...(sources ? ['--testPathIgnorePatterns', '/node_modules/'] : ['--config', 'jest.shipped.config.js']),
  '--', 'test/fuzz',
];
const run = spawnSync('npx', jestArgs, {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_CASES: String(cases), FUZZ_REPORT: reportFile },
});

const reports = fs.existsSync(reportFile)
  ? fs.readFileSync(reportFile, 'utf-8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];
/** @param {string} key @returns {number} */
const total = (key) => reports.reduce((sum, r) => sum + (typeof r[key] === 'number' ? r[key] : r[key].length), 0);
for (const report of reports) {
  for (const m of report.mismatches) {
    console.log(`MISMATCH ${report.task} seed=${m.seed} case=${m.index}: ${m.detail}\n  ${JSON.stringify(m.case)}`);
  }
}
const invalid = total('invalidAsl');
if (invalid) console.log(`(${invalid} identical cases render a definition asl-validator rejects, exactly as aws-cdk-lib does)`);
console.log(`fuzz: ${total('cases')} cases, ${total('identical')} identical, ${total('bothRejected')} both-rejected, ${total('mismatches')} mismatches`);
process.exit(run.status === 0 && total('mismatches') === 0 ? 0 : 1);
