/**
 * One `require` of another package's module for the whole library, each module resolved once.
 *
 * Node does not cache how it resolves a specifier through a package's `exports` map (aws-cdk-lib's has
 * hundreds of entries), so `require('aws-cdk-lib/aws-iam')` costs a fresh resolution in every file that
 * says it. The build's post-compile step (scripts/lazify.js) routes the compiled files' package imports
 * here; the sources keep plain imports.
 */
const loaded = new Map<string, unknown>();

/** The module `id` (a package specifier such as `aws-cdk-lib/aws-iam`), as `require(id)` gives it. */
export function requirePackage(id: string): any {
  let found = loaded.get(id);
  if (found === undefined) {
    found = require(id);
    loaded.set(id, found);
  }
  return found;
}
