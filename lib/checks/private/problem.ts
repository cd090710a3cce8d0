/**
 * What a rule reports, and the walk over a state's fields that the rules share.
 */
import { isLateBound, NESTED_STATES_FIELDS } from './definition';

/** One mistake in one field of one state. */
export interface Problem {
  /** Where in the state: `Parameters.Key.$`, `Catch[0].Output`, ... */
  readonly field: string;
  readonly message: string;
}

/** A field path as a reader writes it: `Catch[0].Output`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`).join('');
}

/**
 * Calls `visit` with every string known now in a state's JSON (those in nested states excepted), its key and
 * its path from the state. The path is only valid during the call (one array serves the whole walk).
 *
 * Only JSON data is walked: an object that contains itself, or an instance of a class that is not a token
 * (a construct put in Parameters, say), is left to synthesis, which rejects or renders it as without the checks.
 */
export function forEachString(json: object, visit: (value: string, key: string | number, path: readonly (string | number)[]) => void): void {
  const path: (string | number)[] = [];
  const containers = new Set<object>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (!isLateBound(value)) visit(value, path[path.length - 1], path);
    } else if (Array.isArray(value)) {
      if (containers.has(value)) return;
      containers.add(value);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      containers.delete(value);
    } else if (isPlainObject(value) && !containers.has(value) && !isLateBound(value)) {
      containers.add(value);
      for (const key in value) {
        if (path.length === 0 && NESTED_STATES_FIELDS.has(key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
      containers.delete(value);
    }
  };
  walk(json);
}

/** An object literal or JSON object: its prototype is a root (`Object.prototype` of any realm) or none. */
function isPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
