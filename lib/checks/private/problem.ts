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
 */
export function forEachString(json: object, visit: (value: string, key: string | number, path: readonly (string | number)[]) => void): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (!isLateBound(value)) visit(value, path[path.length - 1], path);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object' && !isLateBound(value)) {
      for (const key in value) {
        if (path.length === 0 && NESTED_STATES_FIELDS.has(key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(json);
}
