/** The reference's jsii assembly: the source of truth for the shapes of props the fuzzer generates. */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export const TASKS = 'aws-cdk-lib.aws_stepfunctions_tasks.';

let types: Record<string, any> | undefined;

/** Every type of aws-cdk-lib's assembly, by fqn. */
export function referenceTypes(): Record<string, any> {
  if (!types) {
    const file = path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')), '.jsii.gz');
    types = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf-8')).types;
  }
  return types!;
}

export interface PropSpec {
  readonly name: string;
  readonly type: any;
  readonly optional: boolean;
}

/** Every property of an interface, its bases' included. */
export function propsOf(fqn: string): PropSpec[] {
  const all = referenceTypes();
  const seen = new Map<string, PropSpec>();
  const visit = (name: string) => {
    const type = all[name];
    for (const p of type?.properties ?? []) {
      if (!seen.has(p.name)) seen.set(p.name, { name: p.name, type: p.type, optional: !!p.optional });
    }
    for (const base of type?.interfaces ?? []) visit(base);
  };
  visit(fqn);
  return [...seen.values()];
}

/** Task classes of the reference whose constructor is `(scope, id, props)`, by name. */
export function taskClasses(): Array<{ name: string; propsFqn: string }> {
  const all = referenceTypes();
  return Object.entries(all)
    .filter(([fqn, t]) => fqn.startsWith(TASKS) && t.kind === 'class' && t.base === 'aws-cdk-lib.aws_stepfunctions.TaskStateBase' && !t.abstract)
    .map(([fqn, t]) => ({ name: fqn.slice(TASKS.length), propsFqn: t.initializer.parameters[2].type.fqn }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
