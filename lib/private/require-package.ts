/**
 * One `require` of another package's module for the whole library, each module resolved once.
 *
 * Node does not cache how it resolves a specifier through a package's `exports` map, and for aws-cdk-lib
 * (377 entries) one such resolution costs about 1 ms, the first one over 3 ms: more than loading the
 * module it finds. The build's post-compile step (scripts/lazify.js) routes the compiled files' package
 * imports here; the sources keep plain imports.
 *
 * Here a specifier is looked up once, directly in its package's `exports` map, and the file it names is
 * required by path: Node caches modules by file name, so this is the very module instance `require(id)`
 * gives. Whatever the direct lookup does not cover (no `exports` map, conditional or pattern targets, a
 * package not installed in a `node_modules` folder) goes through plain `require(id)`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const loaded = new Map<string, unknown>();

/** Per package name, its folder and `exports` map, or null when `require` must resolve its specifiers. */
const packages = new Map<string, { readonly folder: string; readonly exports: Record<string, unknown> } | null>();

/** The module `id` (a package specifier such as `aws-cdk-lib/aws-iam`), as `require(id)` gives it. */
export function requirePackage(id: string): any {
  let found = loaded.get(id);
  if (found === undefined) {
    found = require(exportedFile(id) ?? id);
    loaded.set(id, found);
  }
  return found;
}

/** The file a bare specifier names through its package's `exports` map, when that map names it plainly. */
function exportedFile(id: string): string | undefined {
  const parts = id.split('/');
  const nameLength = id.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');

  let installed = packages.get(name);
  if (installed === undefined) {
    installed = findPackage(name);
    packages.set(name, installed);
  }
  const target = installed?.exports[subpath];
  return typeof target === 'string' && target.startsWith('./') ? join(installed!.folder, target) : undefined;
}

/** Where `require` would find package `name`: the first `node_modules` folder on its lookup path holding it. */
function findPackage(name: string) {
  for (const lookup of require.resolve.paths(name) ?? []) {
    const folder = join(lookup, name);
    let manifest: { exports?: unknown };
    try {
      manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf-8'));
    } catch (error: any) {
      if (error?.code === 'ENOENT' || error?.code === 'ENOTDIR') continue;
      return null;
    }
    const exports = manifest.exports;
    return exports !== null && typeof exports === 'object' && !Array.isArray(exports) && '.' in exports
      ? { folder, exports: exports as Record<string, unknown> }
      : null;
  }
  return null;
}
