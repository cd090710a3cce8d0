/**
 * Random but well-typed props, as recipes: plain JSON that says how to build each value.
 *
 * A recipe is built into real values twice, once with aws-cdk-lib's tasks module and once with ours
 * (`materialize.ts`), so both classes receive equivalent props; being plain data, a recipe can be
 * printed and every case reproduced from its seed. Shapes come from the reference's jsii assembly.
 */
import * as fc from 'fast-check';
import { TASKS, propsOf, referenceTypes } from './assembly';
import { EXTERNAL } from './external';

export type Recipe =
  | { readonly lit: unknown }
  | { readonly token: 'string' | 'number' | 'list' | 'object' | 'taskToken'; readonly path: string }
  | { readonly struct: Record<string, Recipe> }
  | { readonly list: Recipe[] }
  | { readonly map: Record<string, Recipe> }
  | { readonly enum: string; readonly member: string }
  | { readonly call: string; readonly method: string; readonly args: Recipe[] }
  | { readonly get: string; readonly prop: string }
  | { readonly construct: string; readonly args: Recipe[] }
  | { readonly ext: string; readonly args?: Recipe[] };

type Arb = fc.Arbitrary<Recipe>;

const MAX_DEPTH = 4;

const PLAIN_STRINGS: Arb = fc.constantFrom<Recipe>({ lit: 'value' }, { lit: 'Name1' }, { lit: 'my-resource-1' }, { lit: 'abc123' });
const ODD_STRINGS: Arb = fc.constantFrom<Recipe>({ lit: '' }, { lit: 'x'.repeat(300) }, { lit: 'ünïcødé 名前' },
  { lit: 'arn:aws:iam::123456789012:role/Role' }, { lit: '$.notAPath' });
const DYNAMIC_STRINGS: Arb = fc.constantFrom<Recipe>({ token: 'string', path: '$.value' }, { token: 'string', path: '$$.Execution.Id' },
  { lit: '{% $states.input.value %}' });
/** Mostly plain names, so that most cases get past validation; odd and dynamic values keep the edges covered. */
const STRINGS: Arb = fc.oneof(
  { arbitrary: PLAIN_STRINGS, weight: 6 }, { arbitrary: ODD_STRINGS, weight: 2 }, { arbitrary: DYNAMIC_STRINGS, weight: 2 });

/** Values for props whose meaning a type alone does not carry. */
const PROP_HINTS: Record<string, Arb> = {
  resultPath: fc.constantFrom<Recipe>({ lit: '$.result' }, { lit: '$' }, { lit: 'DISCARD' }, { token: 'string', path: '$.out' }),
  service: fc.constantFrom<Recipe>({ lit: 's3' }, { lit: 'dynamodb' }, { lit: 'sfn' }, { lit: 'mediapackagevod' }, { lit: 'eventbridge' }, { lit: 'Bad' }),
  action: fc.constantFrom<Recipe>({ lit: 'getObject' }, { lit: 'listTables' }, { lit: 'describeExecution' }, { lit: 'Bad Action' }),
  iamAction: fc.constantFrom<Recipe>({ lit: 's3:GetObject' }, { lit: 'states:DescribeExecution' }),
  iamResources: fc.constantFrom<Recipe>({ list: [{ lit: '*' }] }, { list: [{ lit: 'arn:aws:s3:::bucket/*' }] }),
  // MediaConvert validates only that the request names a Role and Settings.
  createJobRequest: fc.constantFrom<Recipe>(
    { lit: { Role: 'arn:aws:iam::123456789012:role/MediaConvert', Settings: { OutputGroups: [], Inputs: [] } } },
    { lit: { Role: '{% $states.input.role %}', Settings: { Inputs: [{ FileInput: 's3://in/video.mp4' }] }, Queue: 'default' } },
    { lit: { Settings: {} } }),
  // Launch targets without options are the common case; the generated options mostly break the task definition's compatibility.
  launchTarget: fc.oneof(
    { arbitrary: fc.constant<Recipe>({ construct: 'aws-cdk-lib.aws_stepfunctions_tasks.EcsFargateLaunchTarget', args: [] }), weight: 4 },
    { arbitrary: fc.constant<Recipe>({ construct: 'aws-cdk-lib.aws_stepfunctions_tasks.EcsEc2LaunchTarget', args: [] }), weight: 1 },
    { arbitrary: fc.constant<Recipe>({ construct: 'aws-cdk-lib.aws_stepfunctions_tasks.EcsFargateLaunchTarget', args: [{ struct: {
      platformVersion: { enum: 'aws-cdk-lib.aws_ecs.FargatePlatformVersion', member: 'VERSION1_4' } } }] }), weight: 1 }),
  // A Fargate task definition, like the launch target above, most of the time: the two must agree.
  taskDefinition: fc.oneof({ arbitrary: fc.constant<Recipe>({ ext: 'taskDef.fargate' }), weight: 4 },
    { arbitrary: fc.constant<Recipe>({ ext: 'taskDef.ec2' }), weight: 1 }),
  // An Auto Scaling role is refused with instance fleets, which the generator picks half the time.
  autoScalingRole: fc.oneof({ arbitrary: fc.constant<Recipe>(undefined as any), weight: 4 },
    { arbitrary: fc.constantFrom<Recipe>({ ext: 'role.imported' }, { ext: 'role.created' }), weight: 1 }),
  releaseLabel: fc.oneof({ arbitrary: fc.constantFrom<Recipe>({ lit: 'emr-6.15.0' }, { lit: 'emr-7.1.0' }, { lit: 'emr-5.36.1' }), weight: 4 },
    { arbitrary: STRINGS, weight: 1 }),
  // The argument of factories such as `S3Location.fromJsonExpression(expression)`: a path into the state.
  expression: fc.constantFrom<Recipe>({ lit: '$.location' }, { lit: '$.a.b' }, { lit: 'not-a-path' }),
};

const NUMBERS: Arb = fc.oneof(
  fc.constantFrom<Recipe>({ lit: 0 }, { lit: 1 }, { lit: 5 }, { lit: 100 }, { lit: -1 }, { lit: 2.5 }, { lit: 1e12 }),
  fc.integer({ min: 0, max: 100_000 }).map((n): Recipe => ({ lit: n })),
  fc.constant<Recipe>({ token: 'number', path: '$.count' }),
);

const ANY: Arb = fc.constantFrom<Recipe>(
  { lit: { key: 'value' } }, { lit: 'text' }, { lit: 42 }, { lit: [1, 'two'] }, { token: 'string', path: '$.payload' },
  { lit: { 'nested.$': '$.path' } }, { lit: '{% $states.input %}' },
);

const KEYS = fc.oneof({ arbitrary: fc.constantFrom('Key', 'Name', 'Value'), weight: 4 }, { arbitrary: fc.constantFrom('attr_1', 'Value.Nested', 'x'), weight: 1 });

/** An arbitrary recipe for a jsii type reference, or undefined when the fuzzer cannot build that type. */
export function arbitraryFor(ref: any, depth = 0): Arb | undefined {
  if (ref.primitive) {
    switch (ref.primitive) {
      case 'string': return STRINGS;
      case 'number': return NUMBERS;
      case 'boolean': return fc.boolean().map((b): Recipe => ({ lit: b }));
      case 'date': return fc.constantFrom<Recipe>({ lit: '2030-01-02T03:04:05Z' }).map((r) => ({ ext: 'date', args: [r] }));
      default: return ANY; // any, json
    }
  }
  if (ref.collection) {
    const element = arbitraryFor(ref.collection.elementtype, depth + 1);
    if (!element) return undefined;
    const size = depth >= MAX_DEPTH ? 0 : 3;
    return ref.collection.kind === 'array'
      ? fc.array(element, { maxLength: size }).map((list): Recipe => ({ list }))
      : fc.dictionary(KEYS, element, { maxKeys: size }).map((map): Recipe => ({ map }));
  }
  if (ref.union) {
    const options = ref.union.types.map((t: any) => arbitraryFor(t, depth)).filter(Boolean) as Arb[];
    return options.length ? fc.oneof(...options) : undefined;
  }
  if (ref.fqn) return arbitraryForType(ref.fqn, depth);
  return undefined;
}

function arbitraryForType(fqn: string, depth: number): Arb | undefined {
  const external = EXTERNAL[fqn];
  if (external) return external;
  const type = referenceTypes()[fqn];
  if (!type) return undefined;
  if (type.kind === 'enum') {
    return fc.constantFrom(...type.members.map((m: any): Recipe => ({ enum: fqn, member: m.name })));
  }
  if (type.kind === 'interface' && type.datatype) {
    return structOf(fqn, depth);
  }
  if (!fqn.startsWith(TASKS)) return undefined;
  return valueClassOf(fqn, depth);
}

/** A struct recipe: every required prop, and each optional one about half of the time. */
export function structOf(fqn: string, depth: number, skip: (name: string) => boolean = () => false): Arb | undefined {
  const fields: Record<string, Arb> = {};
  for (const prop of propsOf(fqn)) {
    if (skip(prop.name)) continue;
    if (prop.optional && depth >= MAX_DEPTH) continue;
    const arb = PROP_HINTS[prop.name] ?? arbitraryFor(prop.type, depth + 1);
    if (!arb) {
      if (prop.optional) continue;
      return undefined;
    }
    // Each optional prop is set about one time in three: props that constrain each other (EMR, ECS) then
    // still give cases that pass validation, while every prop is set in many cases of a campaign.
    fields[prop.name] = prop.optional ? fc.oneof({ arbitrary: fc.constant<Recipe>(undefined as any), weight: 2 }, { arbitrary: arb, weight: 1 }) : arb;
  }
  return fc.record(fields)
    // A hint may leave a prop out by giving undefined.
    .map((struct): Recipe => ({ struct: Object.fromEntries(Object.entries(struct).filter(([, v]) => v !== undefined)) as Record<string, Recipe> }));
}

/** Values of a class or interface of the tasks module: its static factories, constants and constructors, or an implementer's. */
function valueClassOf(fqn: string, depth: number): Arb | undefined {
  if (depth > MAX_DEPTH + 2) return undefined;
  const all = referenceTypes();
  const implementers = Object.entries(all)
    .filter(([name, t]) => name === fqn || (name.startsWith(TASKS) && t.kind === 'class' && (t.interfaces ?? []).includes(fqn)))
    .map(([name]) => name);
  const ways: Arb[] = [];
  for (const name of implementers) {
    const type = all[name];
    for (const method of type.methods ?? []) {
      if (!method.static || method.returns?.type?.fqn !== fqn && !implementers.includes(method.returns?.type?.fqn)) continue;
      const args = argumentsOf(method.parameters ?? [], depth);
      if (args) ways.push(args.map((a): Recipe => ({ call: name, method: method.name, args: a })));
    }
    for (const prop of type.properties ?? []) {
      if (prop.static && prop.type?.fqn === fqn) ways.push(fc.constant<Recipe>({ get: name, prop: prop.name }));
    }
    if (type.initializer && !type.abstract && !(type.initializer.parameters ?? []).some((p: any) => p.type?.fqn === 'constructs.Construct')) {
      const args = argumentsOf(type.initializer.parameters ?? [], depth);
      if (args) ways.push(args.map((a): Recipe => ({ construct: name, args: a })));
    }
  }
  return ways.length ? fc.oneof(...ways) : undefined;
}

function argumentsOf(parameters: any[], depth: number): fc.Arbitrary<Recipe[]> | undefined {
  const arbs: Arb[] = [];
  for (const p of parameters) {
    if (p.variadic) break;
    const arb = PROP_HINTS[p.name] ?? arbitraryFor(p.type, depth + 1);
    if (!arb) {
      if (p.optional) break;
      return undefined;
    }
    arbs.push(arb);
  }
  return fc.tuple(...arbs);
}
