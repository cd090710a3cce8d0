import * as path from 'path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** Props of a function running a handler that aws-cdk-lib ships: everything but its code and handler. */
export type BundledFunctionProps = Omit<lambda.FunctionProps, 'code' | 'handler' | 'runtime'> & {
  /** @default - the latest Node.js runtime Lambda offers in the stack's region */
  readonly runtime?: lambda.Runtime;
};

/** The handlers aws-cdk-lib ships for its Step Functions tasks, by the name of their folder (`<name>-handler`). */
export type BundledHandlerName = 'eval-nodejs' | 'cross-region-aws-sdk' | 'role-policy';

/** The construct classes aws-cdk-lib generates for one of its handlers. */
interface HandlerConstructs {
  /** The `lambda.SingletonFunction` running the handler. */
  readonly singleton?: new (scope: Construct, id: string, props: BundledFunctionProps & Pick<lambda.SingletonFunctionProps, 'uuid' | 'lambdaPurpose'>) => lambda.SingletonFunction;
  /** The plain `lambda.Function` running the handler (aws-cdk-lib 2.275.0 and later, for `eval-nodejs`). */
  readonly function?: new (scope: Construct, id: string, props: BundledFunctionProps) => lambda.Function;
}

/** Where aws-cdk-lib keeps the handlers and the constructs generated for them, relative to its package root. */
const PROVIDERS_FOLDER = path.join('custom-resource-handlers', 'dist', 'aws-stepfunctions-tasks');

const loaded = new Map<BundledHandlerName, HandlerConstructs>();

/**
 * The constructs with which aws-cdk-lib deploys a handler it ships prebuilt (for example `eval-nodejs`
 * for EvaluateExpression): its handler framework generates, beside each handler folder, a module
 * `<name>-provider.generated.js` whose classes set the function's code (the folder, with the asset hash
 * that version declares for it, if any), handler, default runtime and construct metadata.
 *
 * Building our functions with those very classes deploys the same asset, with the same template, on every
 * aws-cdk-lib version, and we never keep a copy of the handler's code. The module is internal to
 * aws-cdk-lib (its path and class names are not public API): `test/private/bundled-function.test.ts`
 * fails on the oldest and the newest supported aws-cdk-lib if either moves.
 */
function handlerConstructs(name: BundledHandlerName): HandlerConstructs {
  let found = loaded.get(name);
  if (!found) {
    const root = path.dirname(require.resolve('aws-cdk-lib/package.json'));
    // Required by file name: the module's own `require('../../../aws-lambda')` then yields the very
    // aws-lambda module that `aws-cdk-lib/aws-lambda` names.
    const exported: Record<string, unknown> = require(path.join(root, PROVIDERS_FOLDER, `${name}-provider.generated.js`));
    const classes = Object.values(exported).filter((value): value is new (...args: any[]) => object => typeof value === 'function');
    found = {
      singleton: classes.find((c) => c.prototype instanceof lambda.SingletonFunction) as HandlerConstructs['singleton'],
      function: classes.find((c) => c.prototype instanceof lambda.Function) as HandlerConstructs['function'],
    };
    loaded.set(name, found);
  }
  return found;
}

/** The class aws-cdk-lib generates for handler `name`, of the given kind, or an error naming the installed version. */
function handlerConstruct<K extends keyof HandlerConstructs>(name: BundledHandlerName, kind: K): NonNullable<HandlerConstructs[K]> {
  const found = handlerConstructs(name)[kind];
  if (!found) {
    const version: string = require('aws-cdk-lib/package.json').version;
    throw new Error(`cdk-stepfunctions-tasks found no ${kind === 'singleton' ? 'lambda.SingletonFunction' : 'lambda.Function'} ` +
      `for the '${name}' Lambda handler in aws-cdk-lib ${version}`);
  }
  return found;
}

/**
 * A function of the stack, shared by every construct that asks for the same `uuid`, running a handler that
 * aws-cdk-lib ships, built by aws-cdk-lib's own construct for it (see `handlerConstructs`).
 */
export function bundledSingletonFunction(
  scope: Construct,
  id: string,
  handlerName: BundledHandlerName,
  props: BundledFunctionProps & Pick<lambda.SingletonFunctionProps, 'uuid' | 'lambdaPurpose'>,
): lambda.SingletonFunction {
  return new (handlerConstruct(handlerName, 'singleton'))(scope, id, props);
}

/** As `bundledSingletonFunction`, for a function that belongs to `scope` alone. */
export function bundledFunction(scope: Construct, id: string, handlerName: BundledHandlerName, props: BundledFunctionProps): lambda.Function {
  return new (handlerConstruct(handlerName, 'function'))(scope, id, props);
}
