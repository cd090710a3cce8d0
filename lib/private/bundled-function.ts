import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { bundledHandler } from './bundled-handler';

/** Props of a function running a handler that aws-cdk-lib ships: everything but its code and handler. */
export type BundledFunctionProps = Omit<lambda.FunctionProps, 'code' | 'handler' | 'runtime'> & {
  /** @default - the latest Node.js runtime Lambda offers in the stack's region */
  readonly runtime?: lambda.Runtime;
};

/** Construct metadata with which aws-cdk-lib marks the functions that run its own handlers. */
const SINGLETON_METADATA = 'aws:cdk:is-custom-resource-handler-singleton';
const RUNTIME_FAMILY_METADATA = 'aws:cdk:is-custom-resource-handler-runtime-family';

/** The code, handler and runtime of a function running the handler aws-cdk-lib ships as `handlerName`. */
function handlerProps(scope: Construct, handlerName: string, runtime?: lambda.Runtime) {
  const handler = bundledHandler(handlerName);
  return {
    code: lambda.Code.fromAsset(handler.directory, { assetHash: handler.assetHash }),
    handler: 'index.handler',
    runtime: runtime ?? lambda.determineLatestNodeRuntime(scope),
  };
}

/**
 * A function of the stack, shared by every construct that asks for the same `uuid`, running a handler that
 * aws-cdk-lib ships (see `bundledHandler`). It is built and marked as aws-cdk-lib builds its own, so the
 * template and the construct metadata are the same as with aws-cdk-lib.
 */
export function bundledSingletonFunction(
  scope: Construct,
  id: string,
  handlerName: string,
  props: BundledFunctionProps & Pick<lambda.SingletonFunctionProps, 'uuid' | 'lambdaPurpose'>,
): lambda.SingletonFunction {
  const fn = new lambda.SingletonFunction(scope, id, { ...props, ...handlerProps(scope, handlerName, props.runtime) });
  fn.addMetadata(SINGLETON_METADATA, true);
  fn.addMetadata(RUNTIME_FAMILY_METADATA, fn.runtime.family);
  return fn;
}

/** As `bundledSingletonFunction`, for a function that belongs to `scope` alone. */
export function bundledFunction(scope: Construct, id: string, handlerName: string, props: BundledFunctionProps): lambda.Function {
  const fn = new lambda.Function(scope, id, { ...props, ...handlerProps(scope, handlerName, props.runtime) });
  fn.node.addMetadata(RUNTIME_FAMILY_METADATA, fn.runtime.family);
  return fn;
}
