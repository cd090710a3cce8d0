#!/usr/bin/env node
// @ts-check
/**
 * Post-compile step of `npm run build`: makes the compiled library load only what a program uses. It is the
 * library's one lazy-loading mechanism: the sources import aws-cdk-lib's modules plainly, and
 * test/loading.test.ts checks on the built package that no heavy one is loaded before it is needed.
 *
 * jsii needs `lib/index.ts` (and each service's `index.ts`) to be plain `export * from './x'` lines, which
 * TypeScript compiles to `__exportStar(require('./x'), exports)`: loading the package would load every
 * class and, through their imports, much of aws-cdk-lib. aws-cdk-lib avoids this with an internal tool
 * that is not published; this is the small equivalent for our two output shapes:
 *
 * - barrel files (only `export *` lines): rewritten into one enumerable getter per exported name, which
 *   loads the file that defines the name on first access and then replaces itself with the value;
 * - every other file: each top-level `const x = require('m')` (also wrapped in `__importStar` or
 *   `__importDefault`) of a non-builtin module becomes a proxy that requires `m` on first property access,
 *   package modules through one shared, memoizing `require` (lib/private/require-package.ts); comments and
 *   the inline source map are removed (the `.d.ts` files and the jsii assembly keep the docs).
 *
 * (jsii's `.warnings.jsii.js` has a post-compile step of its own: scripts/deprecation-checks.js.)
 *
 * Usage: `node scripts/lazify.js [dir]` (default `lib`). Running it twice changes nothing.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { isBuiltin } = require('module');
const ts = require('typescript');

/**
 * First line of a rewritten barrel, followed by the modules it re-exports: a later run (after an incremental
 * build that did not re-emit this file) recomputes the barrel from them, so it never goes stale.
 */
const BARREL_MARK = '/* lazy barrel written by scripts/lazify.js, re-exporting: ';
/** Name of the helper appended to files whose imports were made lazy. */
const LAZY_HELPER = '__lazyRequire';

/** The module, relative to the compiled directory, whose `requirePackage(id)` requires each package module once. */
const SHARED_REQUIRE = 'private/require-package.js';
/**
 * Every `.js` file under `dir` (not `.d.ts`, not `node_modules`).
 * @param {string} dir
 * @returns {string[]}
 */
function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/** @param {string} file @param {string} text */
function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

/**
 * `require('x')` → 'x'; anything else → undefined.
 * @param {import('typescript').Node | undefined} node
 * @returns {string | undefined}
 */
function requiredModule(node) {
  return node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require'
    && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]) ? node.arguments[0].text : undefined;
}

/**
 * The modules a barrel re-exports, in order, or undefined when the file is not a barrel (has any statement
 * other than the directive, TypeScript's helper definitions, the `__esModule` marker and `__exportStar` calls).
 * @param {import('typescript').SourceFile} sourceFile
 * @returns {string[] | undefined}
 */
function barrelChildren(sourceFile) {
  const children = [];
  for (const statement of sourceFile.statements) {
    if (ts.isExpressionStatement(statement)) {
      const expr = statement.expression;
      if (ts.isStringLiteral(expr)) continue; // "use strict"
      if (ts.isCallExpression(expr)) {
        const callee = expr.expression.getText(sourceFile);
        if (callee === 'Object.defineProperty' && expr.arguments[0]?.getText(sourceFile) === 'exports'
          && ts.isStringLiteral(expr.arguments[1]) && expr.arguments[1].text === '__esModule') continue;
        if (callee === '__exportStar' && expr.arguments.length === 2 && expr.arguments[1].getText(sourceFile) === 'exports') {
          const child = requiredModule(expr.arguments[0]);
          if (child && child.startsWith('.')) { children.push(child); continue; }
        }
      }
      return undefined;
    }
    if (ts.isVariableStatement(statement)
      && statement.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && /^__[a-zA-Z]+$/.test(d.name.text))) continue;
    return undefined;
  }
  return children.length > 0 ? children : undefined;
}

/**
 * `./x` relative to `fromFile`, resolved the way Node would (`x.js` or `x/index.js`).
 * @param {string} fromFile @param {string} spec
 * @returns {string}
 */
function resolveChild(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.js`, path.join(base, 'index.js')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${fromFile}: cannot resolve '${spec}'`);
}

/** A `require` specifier for `target` from a file in `fromDir`: `./a/b.js` (with the extension, which spares Node a lookup). */
/** @param {string} fromDir @param {string} target */
function relativeSpec(fromDir, target) {
  const rel = path.relative(fromDir, target).replace(/\\/g, '/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * Removes the comments of a compiled file, its inline source map among them: the doc comments live on in
 * the `.d.ts` files and the jsii assembly, and the map (which embeds the TypeScript source) more than
 * doubles what Node reads, parses and keeps in memory for each file. A comment that spans lines becomes a
 * line break, so automatic semicolon insertion reads the code as before.
 * @param {string} file @param {string} text
 * @returns {string | undefined} the new text, or undefined when there was no comment
 */
function stripComments(file, text) {
  const sourceFile = parse(file, text);
  const ranges = new Map();
  /** @param {import('typescript').CommentRange[] | undefined} list */
  const collect = (list) => { for (const range of list ?? []) ranges.set(range.pos, range); };
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    node.getChildren(sourceFile).forEach(visit);
  };
  visit(sourceFile);
  if (ranges.size === 0) return undefined;
  let out = '';
  let at = 0;
  for (const range of [...ranges.values()].sort((a, b) => a.pos - b.pos)) {
    const comment = text.slice(range.pos, range.end);
    out += text.slice(at, range.pos) + (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && /[\n\r]/.test(comment) ? '\n' : '');
    at = range.end;
  }
  return (out + text.slice(at)).replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
}

/**
 * Rewrites the top-level requires of a non-barrel file into lazy proxies; package modules (not relative
 * paths) go through `requirePackage` of the `sharedRequire` file when there is one, which resolves each
 * specifier once for the whole library (see lib/private/require-package.ts).
 * @param {string} file @param {string} text @param {string | undefined} sharedRequire
 * @returns {string | undefined} the new text, or undefined when nothing changed
 */
function lazifyRequires(file, text, sharedRequire) {
  if (text.includes(`function ${LAZY_HELPER}(`)) return undefined;
  const sourceFile = parse(file, text);
  const edits = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) continue;
    const declaration = statement.declarationList.declarations[0];
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
    let init = declaration.initializer;
    if (ts.isCallExpression(init) && ts.isIdentifier(init.expression)
      && ['__importStar', '__importDefault'].includes(init.expression.text) && init.arguments.length === 1) {
      init = init.arguments[0];
    }
    const spec = requiredModule(init);
    // A module that is itself a function or class (`import x = require('m')`, then `x()`) stays eager: a proxy
    // of it could not be called.
    const name = declaration.name.text;
    if (!spec || isBuiltin(spec) || new RegExp(`(\\bnew\\s+${name}(?![\\w$.])|(^|[^.\\w$])${name}\\s*\\()`, 'm').test(text)) continue;
    const keyword = statement.declarationList.flags & ts.NodeFlags.Const ? 'const' : 'var';
    let load = declaration.initializer.getText(sourceFile);
    const call = init.getText(sourceFile);
    if (spec.startsWith('.')) {
      // The file itself (`../private/index.js` for `../private`): Node need not try the alternatives.
      load = load.replace(call, `require(${JSON.stringify(relativeSpec(path.dirname(file), resolveChild(file, spec)))})`);
    } else if (sharedRequire && !path.isAbsolute(spec)) {
      load = load.replace(call, `require(${JSON.stringify(relativeSpec(path.dirname(file), sharedRequire))}).requirePackage(${JSON.stringify(spec)})`);
    }
    edits.push({
      start: statement.getStart(sourceFile),
      end: statement.getEnd(),
      text: `${keyword} ${declaration.name.text} = ${LAZY_HELPER}(() => ${load});`,
    });
  }
  if (edits.length === 0) return undefined;
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // Appended (function declarations are hoisted) so that line numbers stay as they were.
  const helper = `function ${LAZY_HELPER}(load) { let m; const get = () => (m ??= load()); return new Proxy({}, { `
    + 'get: (_, k) => get()[k], has: (_, k) => k in get(), ownKeys: () => Reflect.ownKeys(get()), '
    + 'getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(get(), k); return d && { ...d, configurable: true }; } }); }\n';
  const mapAt = out.lastIndexOf('\n//# sourceMappingURL=');
  return mapAt < 0 ? `${out}\n${helper}` : `${out.slice(0, mapAt + 1)}${helper}${out.slice(mapAt + 1)}`;
}

/**
 * The names each of `files` exports, found by loading them in a separate Node process (so that this one
 * never holds a stale copy of the library): `{ [file]: names }`.
 * @param {string[]} files
 * @returns {Record<string, string[]>}
 */
function exportNames(files) {
  const script = `const files = JSON.parse(require('fs').readFileSync(0, 'utf-8'));
    console.log(JSON.stringify(Object.fromEntries(files.map((f) => [f, Object.keys(require(f))]))));`;
  const out = execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(files), encoding: 'utf-8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/**
 * The names a file exports, each with the file that defines it. Barrels are followed, as `__exportStar`
 * would at run time: the first definition of a name wins, and `default` is left out.
 * @param {string} file
 * @param {Map<string, { specs: string[], files: string[] }>} barrels
 * @param {Record<string, string[]>} names
 * @param {Map<string, Map<string, string>>} memo
 * @returns {Map<string, string>}
 */
function exportsOf(file, barrels, names, memo) {
  const known = memo.get(file);
  if (known) return known;
  const result = new Map();
  const children = barrels.get(file)?.files;
  if (children) {
    for (const child of children) {
      for (const [name, definedIn] of exportsOf(child, barrels, names, memo)) {
        if (!result.has(name)) result.set(name, definedIn);
      }
    }
  } else {
    for (const name of names[file]) {
      if (name !== 'default' && name !== '__esModule') result.set(name, file);
    }
  }
  memo.set(file, result);
  return result;
}

/**
 * The text of a rewritten barrel: one self-replacing getter per name, pointing at the defining file.
 *
 * Node's ESM loader finds the names of a CommonJS module by reading its text (cjs-module-lexer), and a
 * getter defined through a helper is invisible to it. Each getter is therefore preceded by
 * `exports.Name = void 0;`, the assignment TypeScript itself emits and the lexer detects, so that
 * `import { Name }` and `import * as ns` from an ES module see every name (aws-cdk-lib's index does the same).
 * @param {string} file @param {string[]} specs @param {Map<string, string>} names
 */
function barrelText(file, specs, names) {
  const dir = path.dirname(file);
  const lines = [
    `${BARREL_MARK}${JSON.stringify(specs)} */`,
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'function __lazyExport(name, load) {',
    '    Object.defineProperty(exports, name, {',
    '        enumerable: true, configurable: true,',
    '        get() {',
    '            const value = load()[name];',
    '            Object.defineProperty(exports, name, { enumerable: true, configurable: true, value });',
    '            return value;',
    '        },',
    '    });',
    '}',
  ];
  for (const [name, definedIn] of names) {
    lines.push(`exports.${name} = void 0;`);
    lines.push(`__lazyExport(${JSON.stringify(name)}, () => require(${JSON.stringify(relativeSpec(dir, definedIn))}));`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Lazifies every compiled file under `dir`.
 * @param {string} dir
 * @returns the files rewritten, relative to `dir`, as `{ barrels, modules }`
 */
function lazify(dir) {
  const root = path.resolve(dir);
  const files = jsFiles(root);
  const sharedRequire = path.join(root, SHARED_REQUIRE);
  /** @type {Map<string, { specs: string[], files: string[] }>} */
  const barrels = new Map();
  const modules = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf-8');
    /** @type {string[] | undefined} */
    const children = text.startsWith(BARREL_MARK)
      ? JSON.parse(text.slice(BARREL_MARK.length, text.indexOf(' */')))
      : barrelChildren(parse(file, text));
    if (children) {
      barrels.set(file, { specs: children, files: children.map((spec) => resolveChild(file, spec)) });
      continue;
    }
    const stripped = stripComments(file, text);
    const lazy = lazifyRequires(file, stripped ?? text, file !== sharedRequire && fs.existsSync(sharedRequire) ? sharedRequire : undefined);
    const rewritten = lazy ?? stripped;
    if (rewritten !== undefined) fs.writeFileSync(file, rewritten);
    if (lazy !== undefined) modules.push(file);
  }
  // Only after every module is rewritten, since listing a module's exports loads it.
  const leaves = [...new Set([...barrels.values()].flatMap(({ files: children }) => children))].filter((f) => !barrels.has(f));
  const names = exportNames(leaves);
  const memo = new Map();
  const texts = [...barrels].map(([file, { specs }]) => [file, barrelText(file, specs, exportsOf(file, barrels, names, memo))]);
  for (const [file, text] of texts) fs.writeFileSync(file, text);
  const rel = (/** @type {string} */ f) => path.relative(root, f).replace(/\\/g, '/');
  return { barrels: [...barrels.keys()].map(rel), modules: modules.map(rel) };
}

module.exports = { lazify, lazifyRequires, barrelChildren, stripComments };

if (require.main === module) {
  const dir = process.argv[2] ?? 'lib';
  const { barrels, modules } = lazify(dir);
  console.log(`lazify: ${barrels.length} barrel(s) turned into lazy getters, top-level requires made lazy in `
    + `${modules.length} file(s) under ${dir}/`);
}
