#!/usr/bin/env node
// @ts-check
/**
 * Post-compile step of `npm run build` for `.warnings.jsii.js`, the deprecation checks jsii writes for
 * `--add-deprecation-warnings` (every constructor and static factory calls the check of its props):
 *
 * - each props check repeats the checks of the members it inherits from aws-cdk-lib's TaskStateBaseOptions
 *   (`heartbeat`, `timeout`); TaskStateBase's constructor runs aws-cdk-lib's own check of the same props,
 *   so the repeats only printed each warning a second time (aws-cdk-lib's tasks print it once) and made
 *   up most of the file's 180 kB. They are removed, and so are the checks left with nothing to check
 *   (a missing check is a no-op: jsii's module returns `nop` for any name it does not define);
 * - the checks of aws-cdk-lib structs call `require('aws-cdk-lib/.warnings.jsii.js')` each time, which
 *   Node resolves against aws-cdk-lib's exports map on every call: they go through the library's shared
 *   `requirePackage` (lib/private/require-package.ts) instead.
 *
 * Usage: `node scripts/deprecation-checks.js [file] [shared require module]` (default `.warnings.jsii.js`
 * and `lib/private/require-package.js`). Running it twice changes nothing.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

/** Members whose deprecation TaskStateBase's constructor checks itself (with aws-cdk-lib's messages). */
const CHECKED_BY_TASK_STATE_BASE = 'aws-cdk-lib.aws_stepfunctions.TaskStateBaseOptions#';
/** Name of the helper through which the rewritten file requires package modules. */
const PACKAGE_HELPER = '__requirePackage';

/**
 * Routes the package requires (`require("pkg/...")`, not relative ones) of `text` through `requirePackage`
 * of the module `sharedSpec` (a specifier relative to the file).
 * @param {string} text @param {string} sharedSpec
 * @returns {string | undefined} the new text, or undefined when there was nothing to route
 */
function routePackageRequires(text, sharedSpec) {
  if (text.includes(`function ${PACKAGE_HELPER}(`)) return undefined;
  let count = 0;
  const out = text.replace(/\brequire\(("[^".][^"]*")\)/g, (_, /** @type {string} */ spec) => {
    count++;
    return `${PACKAGE_HELPER}(${spec})`;
  });
  if (count === 0) return undefined;
  return `${out}\nlet __sharedRequire;\n`
    + `function ${PACKAGE_HELPER}(id) { return (__sharedRequire ??= require(${JSON.stringify(sharedSpec)})).requirePackage(id); }\n`;
}

/**
 * The `try { ... }` of a check: `function name(p) { if (p == null) return; ...; try { ... } finally { ... } }`.
 * @param {import('typescript').FunctionExpression} fn
 */
function tryBlockOf(fn) {
  return fn.body?.statements.find(ts.isTryStatement)?.tryBlock;
}

/**
 * Whether `statement` can do anything: print a warning TaskStateBase does not print itself, run a check
 * in `live`, or call anything else (an aws-cdk-lib check among them). `visitedObjects.has` does nothing.
 * @param {import('typescript').Statement} statement @param {Set<string | undefined>} live @param {import('typescript').SourceFile} sourceFile
 */
function hasEffect(statement, live, sourceFile) {
  let effect = false;
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (effect) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sourceFile);
      const checked = callee.match(/^module\.exports\.(\w+)$/);
      if (callee === 'print') {
        effect = !(ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text.startsWith(CHECKED_BY_TASK_STATE_BASE));
      } else if (checked) {
        effect = live.has(checked[1]);
      } else {
        effect = callee !== 'visitedObjects.has';
      }
      if (effect) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(statement);
  return effect;
}

/**
 * Removes from the checks object (`const VALIDATORS = { name: function name(p) {...}, ... }`) every
 * statement that cannot have an effect (see `hasEffect`), then every check left empty, until none is left
 * to remove: a check that only calls checks now gone goes too.
 * @param {string} file @param {string} text
 * @returns {string | undefined} the new text, or undefined when nothing was removed
 */
function dropRepeatedChecks(file, text) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const declaration = sourceFile.statements.filter(ts.isVariableStatement)
    .flatMap((s) => s.declarationList.declarations)
    .find((d) => ts.isIdentifier(d.name) && d.name.text === 'VALIDATORS');
  if (!declaration?.initializer || !ts.isObjectLiteralExpression(declaration.initializer)) return undefined;

  // Per check: its property, its try block, and the statements of that block still kept.
  /** @type {Map<string | undefined, { property: import('typescript').ObjectLiteralElementLike, block: import('typescript').Block, kept: readonly import('typescript').Statement[] }>} */
  const checks = new Map();
  for (const property of declaration.initializer.properties) {
    const fn = ts.isPropertyAssignment(property) && ts.isFunctionExpression(property.initializer) ? property.initializer : undefined;
    const block = fn && tryBlockOf(fn);
    if (block) checks.set(property.name?.getText(sourceFile), { property, block, kept: block.statements });
  }
  const live = new Set(checks.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const name of live) {
      const check = checks.get(name);
      if (!check) continue;
      const kept = check.kept.filter((s) => hasEffect(s, live, sourceFile));
      if (kept.length === check.kept.length) continue;
      check.kept = kept;
      changed = true;
      if (kept.length === 0) live.delete(name);
    }
  }
  const edited = [...checks.values()].filter((c) => c.kept.length !== c.block.statements.length);
  if (edited.length === 0) return undefined;

  const properties = declaration.initializer.properties.flatMap((property) => {
    const check = checks.get(property.name?.getText(sourceFile));
    const propertyText = property.getText(sourceFile);
    if (!check || check.kept.length === check.block.statements.length) return [propertyText];
    if (check.kept.length === 0) return [];
    const offset = property.getStart(sourceFile);
    const body = check.kept.map((s) => `\n            ${s.getText(sourceFile)}`).join('') + '\n        ';
    return [propertyText.slice(0, check.block.getStart(sourceFile) + 1 - offset) + body + propertyText.slice(check.block.getEnd() - 1 - offset)];
  });
  return text.slice(0, declaration.initializer.getStart(sourceFile)) + `{ ${properties.join(', ')} }`
    + text.slice(declaration.initializer.getEnd());
}

module.exports = { dropRepeatedChecks, routePackageRequires };

if (require.main === module) {
  const file = process.argv[2] ?? '.warnings.jsii.js';
  const shared = process.argv[3] ?? path.join('lib', 'private', 'require-package.js');
  const original = fs.readFileSync(file, 'utf-8');
  const trimmed = dropRepeatedChecks(file, original) ?? original;
  let spec = path.relative(path.dirname(file), shared).replace(/\\/g, '/');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  const routed = routePackageRequires(trimmed, spec) ?? trimmed;
  if (routed !== original) fs.writeFileSync(file, routed);
  console.log(`deprecation-checks: ${file} ${original.length} -> ${routed.length} bytes`);
}
