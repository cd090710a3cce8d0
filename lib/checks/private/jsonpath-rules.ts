/**
 * Rules for JSONPath states: every path is valid where it stands, and every `.$` key holds a path or a valid
 * intrinsic function call.
 */
import type { StateEntry } from './definition';
import { intrinsicProblem, looksLikeIntrinsic, PathKind, pathProblem } from './jsonpath';
import { fieldName, forEachString, type Problem } from './problem';

/** Fields of a state (and of a Catch, for ResultPath) that hold a path, with the kind of path each takes. */
const PATH_FIELDS: Record<string, PathKind> = {
  InputPath: PathKind.PATH,
  OutputPath: PathKind.PATH,
  ResultPath: PathKind.RESULT,
  ItemsPath: PathKind.REFERENCE,
  SecondsPath: PathKind.REFERENCE,
  TimestampPath: PathKind.REFERENCE,
  TimeoutSecondsPath: PathKind.REFERENCE,
  HeartbeatSecondsPath: PathKind.REFERENCE,
  MaxConcurrencyPath: PathKind.REFERENCE,
  ToleratedFailureCountPath: PathKind.REFERENCE,
  ToleratedFailurePercentagePath: PathKind.REFERENCE,
  ErrorPath: PathKind.REFERENCE,
  CausePath: PathKind.REFERENCE,
};

/** Fields that may hold an intrinsic function call in place of a reference path. */
const INTRINSIC_ALLOWED = new Set(['ErrorPath', 'CausePath']);

/** A Choice rule's comparison against another path (`StringEqualsPath`, `NumericLessThanPath`, ...). */
const CHOICE_PATH_OPERATOR = /^(String|Numeric|Boolean|Timestamp)[A-Za-z]*Path$/;

export function jsonPathProblems(state: StateEntry): Problem[] {
  if (state.queryLanguage !== 'JSONPath') return [];
  const problems: Problem[] = [];
  forEachString(state.json, (value, key, path) => {
    if (typeof key !== 'string') return;
    const kind = key.endsWith('.$') ? undefined : pathFieldKind(key, path);
    const problem = key.endsWith('.$') ? templateValueProblem(key, value) : kind !== undefined ? pathValueProblem(key, value, kind) : undefined;
    if (problem) problems.push({ field: fieldName(path), message: problem });
  });
  return problems;
}

/** The kind of path a field takes where it stands, or undefined for a field that holds no path. */
function pathFieldKind(key: string, path: readonly (string | number)[]): PathKind | undefined {
  const onState = path.length === 1;
  const onCatch = path.length === 3 && path[0] === 'Catch' && key === 'ResultPath';
  if ((onState || onCatch) && Object.prototype.hasOwnProperty.call(PATH_FIELDS, key)) return PATH_FIELDS[key];
  if (path[0] === 'Choices' && (key === 'Variable' || CHOICE_PATH_OPERATOR.test(key))) return PathKind.PATH;
  return undefined;
}

function pathValueProblem(key: string, value: string, kind: PathKind): string | undefined {
  if (INTRINSIC_ALLOWED.has(key) && looksLikeIntrinsic(value)) return intrinsicProblem(value);
  return pathProblem(value, kind);
}

/** A payload template's `key.$`: its value must be a path or an intrinsic function call. */
function templateValueProblem(key: string, value: string): string | undefined {
  if (looksLikeIntrinsic(value)) return intrinsicProblem(value);
  if (value.startsWith('$')) return pathProblem(value, PathKind.PATH);
  return `the key ${key} ends in .$, so its value must be a path or an intrinsic function call, but it is '${value}'`;
}
