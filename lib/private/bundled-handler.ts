import * as fs from 'fs';
import * as path from 'path';

/** The aws-cdk-lib versions whose bundled Step Functions handlers we know how to find. */
export const SUPPORTED_AWS_CDK_LIB = '^2.276.0';

/** A Lambda handler that aws-cdk-lib ships prebuilt, and the asset hash aws-cdk-lib gives it. */
export interface BundledHandler {
  /** Folder holding the handler code, inside the installed aws-cdk-lib. */
  readonly directory: string;
  /** The asset hash aws-cdk-lib declares for that folder; using it keeps our templates identical to the reference's. */
  readonly assetHash: string;
}

/** Where aws-cdk-lib keeps the handlers, relative to its package root. */
const HANDLERS_FOLDER = path.join('custom-resource-handlers', 'dist', 'aws-stepfunctions-tasks/');

const cache = new Map<string, BundledHandler>();

/**
 * Finds a handler that the installed aws-cdk-lib ships for its Step Functions tasks (for example
 * `eval-nodejs` for EvaluateExpression), so that our functions deploy the very same asset and we never
 * keep a copy of its code.
 *
 * aws-cdk-lib builds each handler into `custom-resource-handlers/dist/aws-stepfunctions-tasks/<name>-handler`
 * and records the asset hash beside it, in `<name>-provider.generated.js`.
 */
export function bundledHandler(name: string): BundledHandler {
  let found = cache.get(name);
  if (!found) {
    found = locate(name);
    cache.set(name, found);
  }
  return found;
}

function locate(name: string): BundledHandler {
  const packageJson = require.resolve('aws-cdk-lib/package.json');
  // The folder of prebuilt handler code; nothing is loaded from aws-cdk-lib's tasks module itself.
  const root = path.join(path.dirname(packageJson), HANDLERS_FOLDER);
  const directory = path.join(root, `${name}-handler`);
  const provider = path.join(root, `${name}-provider.generated.js`);
  const source = fs.existsSync(directory) && fs.existsSync(provider) ? fs.readFileSync(provider, 'utf-8') : '';
  const assetHash = new RegExp(`"${name}-handler"\\s*\\)\\s*,\\s*\\{\\s*assetHash\\s*:\\s*"([0-9a-f]+)"`).exec(source)?.[1];
  if (!assetHash) {
    const version: string = JSON.parse(fs.readFileSync(packageJson, 'utf-8')).version;
    throw new Error(`cdk-stepfunctions-tasks could not find the '${name}' Lambda handler that aws-cdk-lib ships in ${root} ` +
      `(aws-cdk-lib ${version} is installed; this library supports aws-cdk-lib ${SUPPORTED_AWS_CDK_LIB})`);
  }
  return { directory, assetHash };
}
