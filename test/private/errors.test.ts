/**
 * Our validation errors are aws-cdk-lib's own, built as the installed version builds them: its constructor
 * changed in 2.247.0 (a code before the message), so this test runs on the oldest and the newest supported
 * aws-cdk-lib too (scripts/test-cdk-range.sh).
 */
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { unscopedValidationError, validationError } from '../../lib/private';
import { expectSameErrorAsReference, newStack } from '../util';

describe(`validation errors of the installed aws-cdk-lib (${require('aws-cdk-lib/package.json').version})`, () => {
  test('validationError is a ValidationError carrying the message and naming the construct', () => {
    const stack = newStack();
    const error: any = validationError(stack, 'SomeCode', 'something is wrong');
    expect(error).toBeInstanceOf(cdk.ValidationError);
    expect(error.message).toBe('something is wrong');
    expect(error.constructPath).toBe('Stack');
    expect(cdk.Errors.isValidationError(error)).toBe(true);
  });

  test('unscopedValidationError is an UnscopedValidationError carrying the message', () => {
    const error = unscopedValidationError('SomeCode', 'something is wrong');
    expect(error).toBeInstanceOf(cdk.UnscopedValidationError);
    expect(error.message).toBe('something is wrong');
  });

  test('a task rejects bad props with the error class, name and message aws-cdk-lib\'s task throws', () => {
    expect(expectSameErrorAsReference((t, s) => new t.LambdaInvoke(s, 'Invoke', {
      lambdaFunction: lambda.Function.fromFunctionArn(s, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:fn'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    }))).toMatch(/Task Token is required/);
  });
});
