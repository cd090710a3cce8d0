/**
 * Input checks that collect every problem with a task's props and report them in one error, for the
 * integrations that have no reference to match message for message. Values only known at deploy or run
 * time (tokens, JSONPath, JSONata) are never checked.
 */
import { Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { unscopedValidationError, validationError } from './errors';
import { isJsonPathOrJsonataExpression } from './query-language';

/** True for a value only known at deploy or run time: a token, an encoded JSONPath or a JSONata expression. */
export function isLateBound(value: string): boolean {
  return Token.isUnresolved(value) || isJsonPathOrJsonataExpression(value);
}

/**
 * The problem with a string whose length the API bounds, if the string is known now and out of bounds.
 * Values resolved later are not checked.
 */
export function lengthProblems(name: string, value: string | undefined, min: number, max: number): string[] {
  if (value === undefined || isLateBound(value)) {
    return [];
  }
  return value.length < min || value.length > max ? [`${name} must be ${min} to ${max} characters long, got ${value.length}`] : [];
}

/** The problem with a string the API restricts to a pattern, if the string is known now and does not match. */
export function patternProblems(name: string, value: string | undefined, pattern: RegExp, description: string): string[] {
  if (value === undefined || isLateBound(value)) {
    return [];
  }
  return pattern.test(value) ? [] : [`${name} must be ${description}, got '${value}'`];
}

/** The problem with a whole number the API bounds, if it is known now and out of bounds. */
export function rangeProblems(name: string, value: number | undefined, min: number, max: number): string[] {
  if (value === undefined || Token.isUnresolved(value)) {
    return [];
  }
  return Number.isInteger(value) && value >= min && value <= max ? [] : [`${name} must be a whole number from ${min} to ${max}, got ${value}`];
}

/**
 * Throws one error listing every problem, if there is any: scoped to the task when there is one.
 */
export function throwProblems(scope: IConstruct | undefined, code: string, what: string, problems: string[]): void {
  if (problems.length === 0) {
    return;
  }
  const message = `${what}: ${problems.join('; ')}`;
  throw scope ? validationError(scope, code, message) : unscopedValidationError(code, message);
}

/**
 * The problems with a map whose keys the user chooses and that is sent as a request field as it is (tags,
 * configuration properties). Step Functions reserves keys ending in `.$` for fields whose value is a path or
 * an intrinsic function, and refuses a definition where such a key holds anything else.
 */
export function pathFieldProblems(name: string, map: { [key: string]: unknown } | undefined): string[] {
  if (map === undefined || Token.isUnresolved(map)) {
    return [];
  }
  return Object.entries(map)
    .filter(([key, value]) => key.endsWith('.$') && typeof value === 'string' && !Token.isUnresolved(value)
      && !value.startsWith('$') && !value.startsWith('States.'))
    .map(([key, value]) => `${name} key '${key}' ends in .$, which Step Functions keeps for a path or intrinsic function, but its value is '${value}'`);
}
