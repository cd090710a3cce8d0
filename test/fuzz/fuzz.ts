/**
 * Differential fuzzing: random, well-typed props for a task class, built with aws-cdk-lib's class and with
 * ours; each case must give the same template, or the same error from both. Cases that reach one of our
 * deliberate differences (./differences.ts) compare with the reference changed by that difference alone.
 */
import * as fc from 'fast-check';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { type Builder, type Outcome, compareWithReference } from '../util';
import { TASKS, propsOf, referenceTypes, taskClasses } from './assembly';
import { unexplainedCheckReports } from './check-reports';
import { intendedDifferenceOf } from './differences';
import { Materializer } from './materialize';
import { type Recipe, structOf } from './recipes';

export interface FuzzCase {
  readonly task: string;
  readonly factory: 'new' | 'jsonPath' | 'jsonata';
  readonly machineLanguage?: 'JSONata';
  readonly props: Recipe;
}

export interface FuzzReport {
  readonly task: string;
  readonly cases: number;
  readonly identical: number;
  readonly bothRejected: number;
  /** Identical cases whose definition asl-validator rejects (the reference renders the same). */
  readonly invalidAsl: number;
  /**
   * How often `StateMachineChecks` reported each problem (state and path left out) in an identical case
   * (unless `STATE_MACHINE_CHECKS=0`, see test/util.ts); each must be one that ./check-reports.ts explains.
   */
  readonly checkReports: Record<string, number>;
  /** How often each error message (first 120 characters) rejected a case, for tuning the generators. */
  readonly rejections: Record<string, number>;
  readonly mismatches: Array<{ seed: number; index: number; case: FuzzCase; detail: string }>;
}

/** Props every task inherits from `sfn.TaskStateBaseProps`: aws-cdk-lib's own, so not fuzzed, but for these. */
const FUZZED_BASE_PROPS = new Set(['integrationPattern', 'resultPath']);
const BASE_PROPS = new Set([
  ...propsOf('aws-cdk-lib.aws_stepfunctions.TaskStateBaseProps'),
  ...propsOf('aws-cdk-lib.aws_stepfunctions.TaskStateJsonataBaseProps'),
].map((p) => p.name).filter((name) => !FUZZED_BASE_PROPS.has(name)));

/** The fuzzable task classes of the reference, with the generator of each, or why there is none. */
export function fuzzTargets(): Array<{ task: string; cases?: fc.Arbitrary<FuzzCase>; unsupported?: string }> {
  return taskClasses().map(({ name, propsFqn }) => {
    const props = structOf(propsFqn, 0, (prop) => BASE_PROPS.has(prop));
    if (!props) {
      const missing = propsOf(propsFqn).filter((p) => !p.optional && !BASE_PROPS.has(p.name)).map((p) => p.name);
      return { task: name, unsupported: `cannot generate a required prop among: ${missing.join(', ')}` };
    }
    const factories = (referenceTypes()[TASKS + name].methods ?? [])
      .filter((m: any) => m.static && (m.name === 'jsonPath' || m.name === 'jsonata')).map((m: any) => m.name);
    const cases = fc.record({
      task: fc.constant(name),
      factory: fc.constantFrom<FuzzCase['factory']>('new', ...factories),
      machineLanguage: fc.constantFrom<FuzzCase['machineLanguage']>(undefined, 'JSONata'),
      props,
    }, { requiredKeys: ['task', 'factory', 'props'] });
    return { task: name, cases };
  });
}

/** Builds one case's state in the stack with the given tasks module. */
export function builderOf(fuzzCase: FuzzCase): Builder {
  return (tasks, stack) => {
    const props = new Materializer(tasks, stack).build(fuzzCase.props);
    const Task = (tasks as any)[fuzzCase.task];
    return fuzzCase.factory === 'new' ? new Task(stack, 'Task', props) : Task[fuzzCase.factory](stack, 'Task', props);
  };
}

export function runCase(fuzzCase: FuzzCase): Outcome {
  const queryLanguage = fuzzCase.machineLanguage === 'JSONata' ? sfn.QueryLanguage.JSONATA : undefined;
  try {
    return compareWithReference(builderOf(fuzzCase), { queryLanguage }, intendedDifferenceOf(fuzzCase));
  } catch (error) {
    return { kind: 'mismatch', detail: `the fuzzer could not build the case: ${(error as Error).message}` };
  }
}

/** Runs `count` cases of one task class from `seed`: the same seed always gives the same cases. */
export function fuzz(task: string, cases: fc.Arbitrary<FuzzCase>, seed: number, count: number): FuzzReport {
  const samples = fc.sample(cases, { seed, numRuns: count });
  const report: FuzzReport = { task, cases: count, identical: 0, bothRejected: 0, invalidAsl: 0, checkReports: {}, rejections: {}, mismatches: [] };
  samples.forEach((fuzzCase, index) => {
    const outcome = runCase(fuzzCase);
    if (outcome.kind === 'identical') {
      (report as any).identical++;
      if (outcome.invalidAsl) (report as any).invalidAsl++;
      const checkReports = (outcome.checkErrors ?? []).map((error) => error.replace(/^[^:]*: State '[^']*', /, ''));
      for (const key of checkReports) {
        report.checkReports[key] = (report.checkReports[key] ?? 0) + 1;
      }
      const unexplained = unexplainedCheckReports(fuzzCase, checkReports);
      if (unexplained.length > 0) {
        report.mismatches.push({ seed, index, case: fuzzCase, detail: `StateMachineChecks reported what no invalid case explains (./check-reports.ts): ${unexplained.join('; ')}` });
      }
    }
    else if (outcome.kind === 'both-rejected') {
      (report as any).bothRejected++;
      const key = outcome.message.slice(0, 120);
      report.rejections[key] = (report.rejections[key] ?? 0) + 1;
    }
    else report.mismatches.push({ seed, index, case: fuzzCase, detail: outcome.detail });
  });
  return report;
}
