/**
 * The differential fuzzing campaign over every task class implemented here, split into shards that Jest
 * runs in parallel (`shard-*.test.ts`). A fixed seed in the test suite; `npm run fuzz -- --seed S --cases N`
 * runs any other campaign (see scripts/fuzz.js).
 */
import * as fs from 'fs';
import * as ours from '../../lib';
import { type FuzzReport, fuzz, fuzzTargets } from './fuzz';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.FUZZ_CASES ?? 100);
const REPORT_FILE = process.env.FUZZ_REPORT;

/** Declares the fuzzing tests of shard `shard` (0-based) of `shards`, classes dealt out in turn. */
export function describeFuzzShard(shard: number, shards: number): void {
const targets = fuzzTargets().filter((t) => t.task in ours).filter((_, i) => i % shards === shard);
const reports: FuzzReport[] = [];

afterAll(() => {
  if (REPORT_FILE) fs.appendFileSync(REPORT_FILE, reports.map((r) => JSON.stringify(r)).join('\n') + (reports.length ? '\n' : ''));
});

describe(`differential fuzzing, shard ${shard + 1} of ${shards} (seed ${SEED}, ${CASES} cases per class)`, () => {
  test.each(targets.filter((t) => t.cases).map((t) => [t.task, t.cases!] as const))('%s builds the same template as aws-cdk-lib, or fails alike', (task, cases) => {
    const report = fuzz(task, cases, SEED, CASES);
    reports.push(report);
    const described = report.mismatches.map((m) => `case ${m.index} of seed ${m.seed}: ${m.detail}\n  ${JSON.stringify(m.case)}`);
    expect(described).toEqual([]);
    // A generator that only produced rejected props would prove nothing.
    expect({ identical: report.identical > 0, rejections: report.identical > 0 ? {} : report.rejections }).toEqual({ identical: true, rejections: {} });
  });

  test('every implemented task class can be fuzzed', () => {
    expect(targets.filter((t) => t.unsupported).map((t) => `${t.task}: ${t.unsupported}`)).toEqual([]);
  });
});
}
