import { UnscopedValidationError, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The error a task throws when its props are invalid.
 *
 * We raise aws-cdk-lib's own `ValidationError`, with the same error name (`code`) as the reference,
 * so that a user's `toThrow(ValidationError)` and message matchers keep working after switching imports.
 */
export function validationError(scope: IConstruct, code: string, message: string): Error {
  return new ValidationError(code as any, message, scope);
}

/** As `validationError`, for value classes and helpers that have no construct to name. */
export function unscopedValidationError(code: string, message: string): Error {
  return new UnscopedValidationError(code as any, message);
}
