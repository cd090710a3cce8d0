/**
 * The handlers aws-cdk-lib ships prebuilt, reached through the constructs its handler framework generates
 * for them: an internal of aws-cdk-lib, so this test runs on the oldest and the newest supported version
 * too (scripts/test-cdk-range.sh), and fails there if the module or its classes move.
 */
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { type BundledHandlerName, bundledFunction, bundledSingletonFunction } from '../../lib/private/bundled-function';
import { newStack } from '../util';

const HANDLERS: BundledHandlerName[] = ['eval-nodejs', 'cross-region-aws-sdk', 'role-policy'];
const INSTALLED = require('aws-cdk-lib/package.json').version as string;
const HANDLERS_FOLDER = path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')), 'custom-resource-handlers', 'dist', 'aws-stepfunctions-tasks');


describe(`handlers the installed aws-cdk-lib ships (${INSTALLED})`, () => {
  test.each(HANDLERS)('the %s singleton is the SingletonFunction aws-cdk-lib generates for that handler', (name) => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const fn = bundledSingletonFunction(stack, 'Fn', name, { uuid: 'a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc', lambdaPurpose: 'Test' });

    // THEN
    expect(fn).toBeInstanceOf(lambda.SingletonFunction);
    const fns = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')) as any[];
    expect(fns.map((f) => [f.Properties.Handler, f.Properties.Code.S3Key])).toEqual([['index.handler', expect.stringMatching(/^[0-9a-f]{64}\.zip$/)]]);
  });

  test.each(HANDLERS)('the %s asset is the content of aws-cdk-lib\'s handler folder', (name) => {
    // GIVEN
    const stack = newStack();
    bundledSingletonFunction(stack, 'Fn', name, { uuid: 'a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc', lambdaPurpose: 'Test' });
    const assets = stack.node.findAll().filter((c): c is cdk.AssetStaging => c instanceof cdk.AssetStaging);

    // THEN
    expect(assets.map((a) => a.sourcePath)).toEqual([path.join(HANDLERS_FOLDER, `${name}-handler`)]);
  });

  // aws-cdk-lib generates a plain function for eval-nodejs from 2.275.0, with the feature flag that asks for
  // one; EvaluateExpression reads the flag through cx-api, so it asks only an aws-cdk-lib that has both.
  if (cxapi.STEPFUNCTIONS_TASKS_EVALUATE_EXPRESSION_DEDICATED_FUNCTION) {
    test('a dedicated eval-nodejs function is a plain lambda.Function of the scope', () => {
      const stack = newStack();
      const fn = bundledFunction(stack, 'Fn', 'eval-nodejs', {});
      expect(fn).toBeInstanceOf(lambda.Function);
      expect(fn.node.scope).toBe(stack);
    });
  } else {
    test('throws when asked for a dedicated eval-nodejs function, which this aws-cdk-lib does not generate', () => {
      expect(() => bundledFunction(newStack(), 'Fn', 'eval-nodejs', {}))
        .toThrow(`cdk-stepfunctions-tasks found no lambda.Function for the 'eval-nodejs' Lambda handler in aws-cdk-lib ${INSTALLED}`);
    });
  }
});
