/**
 * The shared test harness: render a task, name the integration ARN, read the role's policy, and compare a
 * configuration against aws-cdk-lib's own tasks module (the reference implementation, used here as an oracle).
 */
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { IConstruct } from 'constructs';
import * as ours from '../lib';
import { validateAsl } from './asl-validator';
import { INSTALLED_AWS_CDK_LIB, type OlderModuleDifference, olderModuleDifference } from './cdk-range';

/** Our module's API; the reference module is handed to builders under the same type. */
export type Tasks = typeof ours;

/** A configuration under test: builds its states in `stack` with the given tasks module. */
export type Builder = (tasks: Tasks, stack: cdk.Stack) => sfn.IChainable | void;

export interface HarnessOptions {
  /** App context, e.g. feature flags. */
  readonly context?: Record<string, unknown>;
  /** Environment of the stack. @default - environment-agnostic */
  readonly env?: cdk.Environment;
  /** Query language of the state machine that wraps the returned chainable. @default - none set */
  readonly queryLanguage?: sfn.QueryLanguage;
}

/** A fresh stack named `Stack` in its own app. */
export function newStack(options: HarnessOptions = {}): cdk.Stack {
  const app = new cdk.App({ context: options.context });
  return new cdk.Stack(app, 'Stack', { env: options.env });
}

/** The state's ASL as Step Functions receives it, with CloudFormation intrinsics left in place. */
export function renderState(state: sfn.State, topLevelQueryLanguage?: sfn.QueryLanguage): any {
  return cdk.Stack.of(state).resolve(state.toStateJson(topLevelQueryLanguage));
}

/** The `Resource` of an optimized integration: `stateArn('sqs:sendMessage', '.waitForTaskToken')`. */
export function stateArn(serviceApi: string, suffix = ''): any {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::${serviceApi}${suffix}`]] };
}

/**
 * An ARN in the stack's partition, Region and account, as `Stack.formatArn` renders it in an
 * environment-agnostic stack: `regionalArn('glue', 'job/my-job')`.
 */
export function regionalArn(service: string, resource: string): any {
  return {
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:`, { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:${resource}`]],
  };
}

/** An ARN of a global service in the stack's partition and account: `globalArn('iam', 'role/MyRole')`. */
export function globalArn(service: string, resource: string): any {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}::`, { Ref: 'AWS::AccountId' }, `:${resource}`]] };
}

/** An ARN whose only token is the partition: `partitionArn('s3:::my-bucket/*')`. */
export function partitionArn(rest: string): any {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${rest}`]] };
}

/** Every statement of every IAM policy in the stack, in template order. */
export function policyStatements(stack: cdk.Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((policy: any) => policy.Properties.PolicyDocument.Statement);
}

/**
 * Our side of every reference check runs with `StateMachineChecks`, which must not change the template nor
 * report anything on a configuration that works: `expectSameAsReference` expects exactly the reports its
 * options list (`checkReports`), which only a configuration that cannot work in AWS has (a made-up SDK action
 * or IAM action, named on purpose to pin aws-cdk-lib's rendering of it). `STATE_MACHINE_CHECKS=0` turns
 * them off, to tell a change in the checks from one in the tasks.
 */
const WITH_CHECKS = process.env.STATE_MACHINE_CHECKS !== '0';

/** Options of a reference check. */
export interface ReferenceCheckOptions extends HarnessOptions {
  /**
   * The errors `StateMachineChecks` rightly reports on our side, as `path: message`: each a mistake in a
   * configuration kept on purpose, which Step Functions, IAM or the AWS SDK would refuse as the message says.
   * @default - none: the configuration works, so the checks report nothing
   */
  readonly checkReports?: readonly string[];
  /**
   * Whether the definition is valid ASL (per `asl-validator`). False where aws-cdk-lib renders one that Step
   * Functions refuses, which we render alike; `checkReports` then says what is wrong with it.
   * @default true
   */
  readonly validDefinition?: boolean;
}

/**
 * Synthesizes `build` with the given module and returns the template, or the error it threw, and on our
 * side the errors of `StateMachineChecks` when `WITH_CHECKS`.
 */
function synthesize(tasks: Tasks, build: Builder, options: HarnessOptions): { template?: any; error?: Error; checkErrors?: string[] } {
  try {
    const stack = newStack(options);
    const definition = build(tasks, stack);
    if (definition) {
      new sfn.StateMachine(stack, 'StateMachine', {
        definitionBody: sfn.DefinitionBody.fromChainable(definition),
        queryLanguage: options.queryLanguage,
      });
    }
    const checked = WITH_CHECKS && tasks === ours;
    if (checked) {
      cdk.Aspects.of(stack.node.root).add(new ours.StateMachineChecks());
    }
    const template = Template.fromStack(stack).toJSON();
    return { template, checkErrors: checked ? checkErrorsOf(stack) : undefined };
  } catch (error) {
    return { error: error as Error };
  }
}

/** The error annotations of a synthesized stack or app, as `path: message`. */
export function checkErrorsOf(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === 'aws:cdk:error')
    .map((entry) => `${construct.node.path}: ${entry.data}`));
}

/** Synthesizes a whole app (or stage) with `StateMachineChecks` and returns the errors they report, as `path: message`. */
export function checkErrorsOfApp(root: cdk.Stage): string[] {
  cdk.Aspects.of(root).add(new ours.StateMachineChecks());
  root.synth({ force: true });
  return checkErrorsOf(root);
}

/**
 * Builds the same configuration with aws-cdk-lib's tasks and with ours, and expects both to synthesize the
 * same template. (A configuration the reference rejects belongs in `expectSameErrorAsReference`.)
 *
 * @returns our template, for further assertions
 */
export function expectSameAsReference(build: Builder, options: ReferenceCheckOptions = {}): any {
  const theirs = synthesize(reference as unknown as Tasks, build, options);
  const mine = synthesize(ours, build, options);
  const known = olderModuleDifference();
  if (known) {
    return expectKnownDifference(known, theirs, mine);
  }
  if (theirs.error) {
    throw new Error(`aws-cdk-lib rejects this configuration, so it proves nothing here: ${theirs.error.message}`);
  }
  if (mine.error) {
    throw mine.error;
  }
  expect(mine.template).toEqual(theirs.template);
  if (options.validDefinition !== false) expectValidDefinitions(mine.template);
  if (WITH_CHECKS) expect(mine.checkErrors).toEqual(options.checkReports ?? []);
  return mine.template;
}

/**
 * One of our deliberate differences from aws-cdk-lib (README, "Differences from aws-cdk-lib"), stated as the
 * change that turns the reference's output into ours, so that everything else is still compared exactly.
 */
export interface IntendedDifference {
  /** What the reference builds instead, where its own API can express our behaviour. @default - the same builder */
  readonly referenceBuild?: Builder;
  /** Edits the reference's template (a copy, in place) into the one we synthesize. @default - no edit */
  readonly adjustReference?: (template: any) => void;
}

/**
 * Expects our template to be the reference's with exactly the given difference, and that difference to be
 * real (ours is not the reference's unchanged template), so the test pins the deliberate change alone.
 *
 * @returns our template, for further assertions
 */
export function expectSameAsReferenceExcept(build: Builder, difference: IntendedDifference, options: ReferenceCheckOptions = {}): any {
  const unchanged = synthesize(reference as unknown as Tasks, build, options);
  const expected = referenceWith(difference, build, options);
  const mine = synthesize(ours, build, options);
  const known = olderModuleDifference();
  if (known) {
    return expectKnownDifference(known, expected, mine);
  }
  if (unchanged.error || expected.error) {
    throw new Error(`aws-cdk-lib rejects this configuration, so it proves nothing here: ${(unchanged.error ?? expected.error)!.message}`);
  }
  if (mine.error) {
    throw mine.error;
  }
  expect(mine.template).toEqual(expected.template);
  expect(mine.template).not.toEqual(unchanged.template);
  if (options.validDefinition !== false) expectValidDefinitions(mine.template);
  if (WITH_CHECKS) expect(mine.checkErrors).toEqual(options.checkReports ?? []);
  return mine.template;
}

/** The reference's template for `build`, changed by `difference`. */
function referenceWith(difference: IntendedDifference, build: Builder, options: HarnessOptions): ReturnType<typeof synthesize> {
  const result = synthesize(reference as unknown as Tasks, difference.referenceBuild ?? build, options);
  if (result.template && difference.adjustReference) {
    const template = JSON.parse(JSON.stringify(result.template));
    difference.adjustReference(template);
    return { template };
  }
  return result;
}

/** How our template compares with the reference's for one configuration. */
export type Outcome =
  | { readonly kind: 'identical'; readonly invalidAsl?: string; readonly checkErrors?: string[] }
  | { readonly kind: 'both-rejected'; readonly message: string }
  | { readonly kind: 'mismatch'; readonly detail: string };

/**
 * Builds the configuration with both modules and classifies the result, without asserting. With a
 * `difference`, the reference's side is changed by it first (see `IntendedDifference`).
 *
 * Token display names and number tokens carry aws-cdk-lib's process-wide token counter, and a value that
 * is wrongly a token can reach the template or a message (say, a TaskInput given where a map was
 * expected), so both builds start from the same counter (`fromOneTokenCounter`). A token that aws-cdk-lib
 * creates once per process and then shares (on the first use of some code path) must not be numbered in
 * that shared range: our build would reuse the number for another token, and the shared one would resolve
 * to it. So the reference builds the configuration once before, unaligned, which creates any such token.
 */
export function compareWithReference(build: Builder, options: HarnessOptions = {}, difference?: IntendedDifference): Outcome {
  synthesize(reference as unknown as Tasks, difference?.referenceBuild ?? build, options);
  const [theirs, mine] = fromOneTokenCounter([
    () => difference ? referenceWith(difference, build, options) : synthesize(reference as unknown as Tasks, build, options),
    () => synthesize(ours, build, options),
  ]);
  if (theirs.error || mine.error) {
    const [a, b] = [describeError(theirs.error), describeError(mine.error)];
    return JSON.stringify(a) === JSON.stringify(b)
      ? { kind: 'both-rejected', message: theirs.error!.message }
      : { kind: 'mismatch', detail: `reference: ${JSON.stringify(a ?? 'template')}\nours: ${JSON.stringify(b ?? 'template')}` };
  }
  const [a, b] = [JSON.stringify(theirs.template), JSON.stringify(mine.template)];
  if (a !== b) return { kind: 'mismatch', detail: firstDifference(theirs.template, mine.template) };
  const checkErrors = mine.checkErrors?.length ? mine.checkErrors : undefined;
  try {
    expectValidDefinitions(mine.template);
  } catch (error) {
    // A definition Step Functions would refuse, exactly as the reference renders it: a mistake in the props
    // that neither implementation catches. Reported, but not a difference from the reference.
    return { kind: 'identical', invalidAsl: (error as Error).message.split('\n')[0], checkErrors };
  }
  return { kind: 'identical', checkErrors };
}

/**
 * Runs each of `runs` from the same token counter, above every number given out so far (so no existing
 * token is shadowed), and leaves the counter above every number they gave out.
 */
function fromOneTokenCounter<T>(runs: Array<() => T>): T[] {
  // aws-cdk-lib keeps one token map per process, here, created with the first token; its counter is a plain field.
  if (!(globalThis as any).__cdkTokenMap) cdk.Token.asString({ resolve: () => '' });
  const tokenMap = (globalThis as any).__cdkTokenMap;
  const start: number = tokenMap.tokenCounter;
  let end = start;
  const results = runs.map((run) => {
    tokenMap.tokenCounter = start;
    const result = run();
    end = Math.max(end, tokenMap.tokenCounter);
    return result;
  });
  tokenMap.tokenCounter = end;
  return results;
}

/** The path and both values of the first place two JSON values differ. */
function firstDifference(a: any, b: any, at = '$'): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: reference ${JSON.stringify(a)?.slice(0, 500)}, ours ${JSON.stringify(b)?.slice(0, 500)}`;
}

/** Expects the reference and us to reject the configuration alike, and returns the message. */
export function expectSameErrorAsReference(build: Builder, options: HarnessOptions = {}): string {
  const theirs = synthesize(reference as unknown as Tasks, build, options);
  const mine = synthesize(ours, build, options);
  const known = olderModuleDifference();
  if (known) {
    expectKnownDifference(known, theirs, mine);
    return mine.error?.message ?? '';
  }
  expect(theirs.error).toBeDefined();
  expect(describeError(mine.error)).toEqual(describeError(theirs.error));
  return mine.error!.message;
}

/**
 * On an aws-cdk-lib older than 2.276.0 whose tasks module differs from 2.276.0's for this configuration
 * (test/cdk-range.ts): the two results must differ (an entry that no longer holds fails), and ours must
 * build wherever the older module builds, unless the entry says ours rejects the input as 2.276.0 does.
 */
function expectKnownDifference(known: OlderModuleDifference, theirs: { template?: any; error?: Error }, mine: { template?: any; error?: Error }): any {
  const result = (r: { template?: any; error?: Error }) => JSON.stringify(r.error ? describeError(r.error) : r.template);
  if (known.bothReject) {
    expect(theirs.error).toBeDefined();
    expect(result(mine)).toEqual(result(theirs));
    return mine.template;
  }
  if (result(mine) === result(theirs)) {
    throw new Error(`aws-cdk-lib ${INSTALLED_AWS_CDK_LIB} gives the same result as ours here: the known difference '${known.change}' ` +
      `(aws-cdk-lib ${known.since}) does not apply; narrow its tests in test/cdk-range.ts`);
  }
  if (known.oursRejects) {
    expect(mine.error).toBeDefined();
  } else if (mine.error) {
    throw mine.error;
  }
  return mine.template;
}

function describeError(error?: Error) {
  return error && { class: error.constructor.name, name: error.name, message: withoutTokenNumbers(error.message) };
}

/** Token display names carry a process-wide counter (`${Token[value.123]}`), which differs between the two builds. */
function withoutTokenNumbers(message: string): string {
  return message.replace(/(\$\{Token\[[^\]]*?)\.\d+\]\}/g, '$1]}').slice(0, 2000);
}

/** The state machine's definition from a template, with every intrinsic replaced by a readable placeholder. */
export function definitionOf(template: any): any {
  return definitionsOf(template, placeholder)[0];
}

/** Every state machine definition in a template, its intrinsics rendered by `render`. */
function definitionsOf(template: any, render: (part: any) => string): any[] {
  return Object.values(template.Resources ?? {})
    .filter((r: any) => r.Type === 'AWS::StepFunctions::StateMachine')
    .map((machine: any) => {
      const body = machine.Properties.DefinitionString;
      const parts: any[] = typeof body === 'string' ? [body] : body['Fn::Join'][1];
      // An intrinsic between quotes is (part of) a string; one outside quotes stands for a number, e.g. a
      // `Token.asNumber` or a `Duration` of a parameter: render it as one so the text stays JSON.
      let text = '';
      let quotes = 0;
      for (const part of parts) {
        if (typeof part === 'string') {
          quotes += part.replace(/\\./g, '').split('"').length - 1;
          text += part;
        } else {
          text += quotes % 2 === 1 ? render(part) : '1';
        }
      }
      return JSON.parse(text);
    });
}

function placeholder(part: any): string {
  if (typeof part === 'string') return part;
  if (part.Ref) return `\${${part.Ref}}`;
  if (part['Fn::GetAtt']) return `\${${part['Fn::GetAtt'].join('.')}}`;
  return '${?}';
}

const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Partition': 'aws', 'AWS::Region': 'us-east-1', 'AWS::AccountId': '123456789012', 'AWS::URLSuffix': 'amazonaws.com',
};

/** Renders an intrinsic as a value of the shape Step Functions would receive at deploy time. */
function deployedValue(part: any): string {
  if (typeof part === 'string') return part;
  const pseudo = part.Ref && PSEUDO_PARAMETERS[part.Ref];
  if (pseudo) return pseudo;
  const name = part.Ref ?? part['Fn::GetAtt']?.[0] ?? 'Value';
  return `arn:aws:resource:us-east-1:123456789012:${name}`;
}

/**
 * Expects every state machine definition of the template to be valid Amazon States Language, per the
 * `asl-validator` package (intrinsics replaced by values of the shape they take once deployed).
 */
export function expectValidDefinitions(template: any): void {
  for (const definition of definitionsOf(template, deployedValue)) {
    const result = validateAsl(definition);
    if (!result.isValid) {
      const problems = result.errors.map((e) => e.Message ?? JSON.stringify(e)).join('; ');
      throw new Error(`Invalid state machine definition: ${problems}\n${JSON.stringify(definition, undefined, 2)}`);
    }
  }
}
