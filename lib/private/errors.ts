import { UnscopedValidationError, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The error a task throws when its props are invalid.
 *
 * We raise aws-cdk-lib's own `ValidationError`, with the same error name (`code`) as the reference,
 * so that a user's `toThrow(ValidationError)` and message matchers keep working after switching imports.
 * On aws-cdk-lib before 2.247.0, whose errors carry no code, the error is built as that version builds
 * its own (named after its class).
 */
export function validationError(scope: IConstruct, code: string, message: string): Error {
  return namedErrors() ? new ValidationError(code as any, message, scope) : new (ValidationError as any)(message, scope);
}

/** As `validationError`, for value classes and helpers that have no construct to name. */
export function unscopedValidationError(code: string, message: string): Error {
  return namedErrors() ? new UnscopedValidationError(code as any, message) : new (UnscopedValidationError as any)(message);
}

let named: boolean | undefined;

/**
 * Whether the installed aws-cdk-lib's errors take a code before the message (`(code, message)`, from
 * 2.247.0) or the message alone (`(message)`): asked of the error itself, which keeps the message in
 * whichever argument that version reads it from.
 */
function namedErrors(): boolean {
  return named ??= new (UnscopedValidationError as any)('code', 'message').message === 'message';
}
