/**
 * The public API, member for member, against the jsii assembly of aws-cdk-lib's tasks module, and the
 * contract every export keeps (documentation, `@default` on optional props, the query-language factories).
 *
 * Reads the `.jsii` that `npm run build` writes, so it checks what users of every language get.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const REFERENCE_PREFIX = 'aws-cdk-lib.aws_stepfunctions_tasks.';
const OUR_PREFIX = 'cdk-stepfunctions-tasks.';

function loadAssemblies() {
  const ourFile = path.join(__dirname, '..', '.jsii');
  if (!fs.existsSync(ourFile)) {
    throw new Error('No .jsii assembly: run `npm run build` before the tests');
  }
  const ours = JSON.parse(fs.readFileSync(ourFile, 'utf-8'));
  const referenceFile = path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')), '.jsii.gz');
  const reference = JSON.parse(zlib.gunzipSync(fs.readFileSync(referenceFile)).toString('utf-8'));
  const pick = (types: Record<string, any>, prefix: string) => Object.fromEntries(
    Object.entries(types).filter(([fqn]) => fqn.startsWith(prefix)).map(([fqn, type]) => [fqn.slice(prefix.length), type]));
  return {
    ours: pick(ours.types, OUR_PREFIX),
    reference: pick(reference.types, REFERENCE_PREFIX),
    ourAll: ours.types as Record<string, any>,
    referenceAll: reference.types as Record<string, any>,
  };
}

const { ours, reference, ourAll, referenceAll } = loadAssemblies();

/** A type reference written the same way in both assemblies: our fqns renamed to the reference's. */
function typeRef(ref: any): string {
  return JSON.stringify(ref ?? null).split(`"${OUR_PREFIX}`).join(`"${REFERENCE_PREFIX}`);
}

/** Every property of an interface, including those of its base interfaces, as comparable strings. */
function interfaceProperties(fqn: string, all: Record<string, any>, acc = new Map<string, string>()): Map<string, string> {
  // Bases from elsewhere in aws-cdk-lib (e.g. `sfn.TaskStateBaseProps`) are read from its assembly for both sides.
  const type = all[fqn] ?? referenceAll[fqn];
  for (const p of type.properties ?? []) {
    acc.set(p.name, `${typeRef(p.type)}${p.optional ? '?' : ''}`);
  }
  for (const base of type.interfaces ?? []) {
    interfaceProperties(base, all, acc);
  }
  return acc;
}

function callable(m: any): string {
  const params = (m.parameters ?? []).map((p: any) => `${p.name}${p.optional ? '?' : ''}${p.variadic ? '...' : ''}: ${typeRef(p.type)}`);
  return `${m.static ? 'static ' : ''}${m.protected ? 'protected ' : ''}${m.abstract ? 'abstract ' : ''}(${params.join(', ')}) => ${typeRef(m.returns?.type)}${m.returns?.optional ? '?' : ''}`;
}

function shape(name: string, all: Record<string, any>, prefix: string): Record<string, unknown> {
  const type = all[prefix + name];
  const common = { kind: type.kind, deprecated: type.docs?.stability === 'deprecated' };
  if (type.kind === 'enum') {
    return { ...common, members: type.members.map((m: any) => m.name).sort() };
  }
  if (type.kind === 'interface') {
    return {
      ...common,
      datatype: !!type.datatype,
      properties: Object.fromEntries([...interfaceProperties(prefix + name, all)].sort()),
      methods: Object.fromEntries((type.methods ?? []).map((m: any) => [m.name, callable(m)]).sort()),
    };
  }
  return {
    ...common,
    abstract: !!type.abstract,
    base: typeRef(type.base),
    interfaces: (type.interfaces ?? []).map(typeRef).sort(),
    initializer: type.initializer ? callable(type.initializer) : null,
    properties: Object.fromEntries((type.properties ?? []).map((p: any) => [p.name,
      `${p.static ? 'static ' : ''}${p.protected ? 'protected ' : ''}${p.const ? 'const ' : ''}${p.immutable ? 'readonly ' : ''}${typeRef(p.type)}${p.optional ? '?' : ''}`]).sort()),
    methods: Object.fromEntries((type.methods ?? []).map((m: any) => [m.name, callable(m)]).sort()),
  };
}

/**
 * Reference types not implemented yet, by the issue that brings them. This list only shrinks: a type
 * implemented here must leave it, and nothing may be added.
 */
const PENDING: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, 'api-pending.json'), 'utf-8'));

/** Integrations this library adds beyond aws-cdk-lib (issue 8); each has its own tests. */
const BEYOND_REFERENCE = new Set<string>(JSON.parse(fs.readFileSync(path.join(__dirname, 'api-beyond.json'), 'utf-8')));

/**
 * Opt-in props this library adds to aws-cdk-lib's types (README, "Differences from aws-cdk-lib"), by type:
 * left out of the member-for-member comparison, and checked to exist here and not in aws-cdk-lib.
 */
const OPT_INS: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'api-opt-ins.json'), 'utf-8'));

/** A type's shape without the opt-in props this library adds to it. */
function withoutOptIns(name: string, typeShape: Record<string, any>): Record<string, any> {
  const optIns = OPT_INS[name] ?? [];
  if (!optIns.length) return typeShape;
  const properties = Object.fromEntries(Object.entries(typeShape.properties).filter(([prop]) => !optIns.includes(prop)));
  return { ...typeShape, properties };
}

describe('public API', () => {
  test('exports no type that aws-cdk-lib does not (new integrations aside)', () => {
    const extra = Object.keys(ours).filter((name) => !(name in reference));
    expect(extra.filter((name) => !BEYOND_REFERENCE.has(name))).toEqual([]);
  });

  test('every reference type is implemented or listed as pending', () => {
    const missing = Object.keys(reference).filter((name) => !(name in ours)).sort();
    expect(missing).toEqual([...PENDING].sort());
  });

  test.each(Object.keys(ours).filter((name) => name in reference).sort())('%s matches the reference member for member', (name) => {
    expect(withoutOptIns(name, shape(name, ourAll, OUR_PREFIX))).toEqual(shape(name, referenceAll, REFERENCE_PREFIX));
  });

  test.each(Object.entries(OPT_INS))('the opt-in props of %s are ours alone, optional and documented', (name, optIns) => {
    const mine = shape(name, ourAll, OUR_PREFIX).properties as Record<string, string>;
    const theirs = shape(name, referenceAll, REFERENCE_PREFIX).properties as Record<string, string>;
    expect(optIns.map((prop) => [prop, prop in theirs, mine[prop]?.endsWith('?')])).toEqual(optIns.map((prop) => [prop, false, true]));
  });
});

describe('documentation', () => {
  const undocumented: string[] = [];
  const withoutDefault: string[] = [];
  for (const [name, type] of Object.entries(ours)) {
    if (!type.docs?.summary) undocumented.push(name);
    for (const p of type.properties ?? []) {
      // `taskPolicies` and `taskMetrics` implement members that `sfn.TaskStateBase` documents.
      if (!p.docs?.summary && !p.protected) undocumented.push(`${name}.${p.name}`);
      if (p.optional && type.kind === 'interface' && p.docs?.default === undefined) withoutDefault.push(`${name}.${p.name}`);
    }
    for (const m of type.methods ?? []) {
      if (!m.docs?.summary) undocumented.push(`${name}.${m.name}()`);
    }
    for (const m of type.members ?? []) {
      if (!m.docs?.summary) undocumented.push(`${name}.${m.name}`);
    }
  }

  test('every public type and member has a summary', () => {
    expect(undocumented).toEqual([]);
  });

  test('every optional prop states its default', () => {
    expect(withoutDefault).toEqual([]);
  });

  test('every task class is described in the README', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');
    const taskClasses = Object.entries(ours)
      .filter(([, type]) => type.kind === 'class' && (type.methods ?? []).some((m: any) => m.name === 'jsonata' && m.static))
      .map(([name]) => name);
    expect(taskClasses.filter((name) => !readme.includes(`tasks.${name}`) && !readme.includes(`new ${name}(`))).toEqual([]);
  });
});
