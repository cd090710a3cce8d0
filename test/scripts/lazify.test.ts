/**
 * scripts/lazify.js, the post-compile step of `npm run build`: run on a small package compiled here the way
 * jsii compiles ours (TypeScript to CommonJS), then loaded in fresh Node processes.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const { lazify, stripComments } = require('../../scripts/lazify');

/** A package: a root barrel, a service barrel, a class that uses a heavy module, and a builtin import. */
const SOURCES: Record<string, string> = {
  'index.ts': "export * from './svc';\nexport * from './other';\nexport * from './callable';\n",
  'svc/index.ts': "export * from './a';\nexport * from './b';\n",
  'svc/a.ts': [
    "import * as path from 'path';",
    "import { heavy, Heavy } from '../heavy';",
    'export class A { static make(): string { return heavy() + path.sep.length + new Heavy().n; } }',
    "export enum E { X = 'x' }",
  ].join('\n'),
  'svc/b.ts': "export function b(): string { return 'b'; }\nexport const SHARED = 1;\n",
  'other.ts': "export const O = 'o';\nexport default 'ignored';\n",
  'callable.ts': [
    "import * as b from './svc/b';",
    "import fn = require('./fn');",
    'export function listB(): string[] { return Object.keys(b).sort(); }',
    'export function callFn(): string { return fn(); }',
  ].join('\n'),
  'fn.ts': "export = function fn(): string { return 'called'; };\n",
  'heavy.ts': "(globalThis as any).heavyLoads = ((globalThis as any).heavyLoads ?? 0) + 1;\nexport function heavy(): string { return 'heavy'; }\nexport class Heavy { n = 0; }\n",
};

function compile(dir: string): void {
  for (const [file, source] of Object.entries(SOURCES)) {
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const out = path.join(dir, file.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, outputText);
  }
}

/** Runs `code` in a fresh Node process with `lib` bound to the package; returns what it prints, as JSON. */
function inFreshProcess(dir: string, code: string): any {
  const script = `const lib = require(${JSON.stringify(dir)});
    const loaded = () => Object.keys(require.cache).map((f) => require('path').relative(${JSON.stringify(dir)}, f)).sort();
    ${code}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8' }));
}

describe('lazify', () => {
  let eager: string;
  let lazy: string;

  beforeEach(() => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lazify-test-'));
    eager = path.join(root, 'eager');
    lazy = path.join(root, 'lazy');
    compile(eager);
    compile(lazy);
    lazify(lazy);
  });

  test('the package exports the same names, in the same order, with the same values', () => {
    // GIVEN the same package compiled twice, one copy lazified
    // WHEN both are loaded
    const names = (dir: string) => inFreshProcess(dir, 'console.log(JSON.stringify(Object.keys(lib)))');
    const values = (dir: string) => inFreshProcess(dir,
      'console.log(JSON.stringify({ a: lib.A.make(), e: lib.E.X, b: lib.b(), shared: lib.SHARED, o: lib.O, default: lib.default }))');

    // THEN they agree, and `default` stays out as it does with `export *`
    expect(names(lazy)).toEqual(names(eager));
    expect([...names(lazy)].sort()).toEqual(['A', 'E', 'O', 'SHARED', 'b', 'callFn', 'listB']);
    expect(values(lazy)).toEqual({ a: 'heavy10', e: 'x', b: 'b', shared: 1, o: 'o' });
    expect(values(lazy)).toEqual(values(eager));
  });

  test('loading the package loads no other file', () => {
    expect(inFreshProcess(lazy, 'console.log(JSON.stringify(loaded()))')).toEqual(['index.js']);
    expect(inFreshProcess(eager, 'console.log(JSON.stringify(loaded()))')).toEqual(
      ['callable.js', 'fn.js', 'heavy.js', 'index.js', 'other.js', 'svc/a.js', 'svc/b.js', 'svc/index.js']);
  });

  test('a class loads its own file on first access, and its imports on first use', () => {
    const result = inFreshProcess(lazy, `
      const A = lib.A;
      const onAccess = loaded();
      A.make();
      console.log(JSON.stringify({ onAccess, onUse: loaded(), heavyLoads: globalThis.heavyLoads }));`);
    expect(result).toEqual({ onAccess: ['index.js', 'svc/a.js'], onUse: ['heavy.js', 'index.js', 'svc/a.js'], heavyLoads: 1 });
  });

  test('a lazily required module can still be listed, and a module that is a function is still called', () => {
    const result = inFreshProcess(lazy, 'console.log(JSON.stringify({ keys: lib.listB(), called: lib.callFn() }))');
    expect(result).toEqual({ keys: ['SHARED', 'b'], called: 'called' });
    expect(fs.readFileSync(path.join(lazy, 'callable.js'), 'utf-8')).toContain('const fn = require("./fn");');
  });

  test('a getter becomes a plain enumerable value after first access', () => {
    const result = inFreshProcess(lazy, `
      const before = Object.getOwnPropertyDescriptor(lib, 'b');
      lib.b;
      const after = Object.getOwnPropertyDescriptor(lib, 'b');
      const same = lib.b === require(${JSON.stringify(path.join(lazy, 'svc', 'b'))}).b;
      console.log(JSON.stringify({ before: typeof before.get, after: typeof after.value, enumerable: after.enumerable, same }));`);
    expect(result).toEqual({ before: 'function', after: 'function', enumerable: true, same: true });
  });

  test('top-level requires become lazy, builtins stay as they are', () => {
    const a = fs.readFileSync(path.join(lazy, 'svc', 'a.js'), 'utf-8');
    expect(a).toContain('const path = __importStar(require("path"));');
    expect(a).toContain('const heavy_1 = __lazyRequire(() => require("../heavy.js"));');
  });

  test('a second run changes nothing', () => {
    const snapshot = () => ['index.js', 'svc/index.js', 'svc/a.js'].map((f) => fs.readFileSync(path.join(lazy, f), 'utf-8'));
    const before = snapshot();
    lazify(lazy);
    expect(snapshot()).toEqual(before);
  });

  test('a rerun after an incremental build refreshes a barrel that was not re-emitted', () => {
    // GIVEN a service file re-emitted with a new export, its barrels left as the last run wrote them
    fs.appendFileSync(path.join(lazy, 'svc', 'b.js'), '\nexports.ADDED = 2;\n');

    // WHEN lazify runs again
    lazify(lazy);

    // THEN the root barrel has the new name
    expect(inFreshProcess(lazy, 'console.log(JSON.stringify(lib.ADDED))')).toBe(2);
  });
});

describe('stripComments', () => {
  test('removes comments and the source map, and nothing that only looks like one', () => {
    // GIVEN code whose strings and regular expressions hold comment markers
    const text = [
      '"use strict";',
      '/** Doc. */',
      'const url = "http://x/*y*/"; // trailing',
      'const re = /\\/\\/[a-z]*/g;',
      'const t = `/* not a comment */`;',
      'function f() { return /* inline */ 1 + /** spans',
      ' lines */ 2; }',
      '//# sourceMappingURL=data:application/json;base64,AAAA',
    ].join('\n');

    // WHEN
    const out = stripComments('f.js', text);

    // THEN
    expect(out).not.toMatch(/Doc\.|trailing|inline|spans|sourceMappingURL/);
    expect(out).toContain('"http://x/*y*/"');
    expect(out).toContain('/\\/\\/[a-z]*/g');
    expect(out).toContain('`/* not a comment */`');
    expect(stripComments('f.js', out)).toBeUndefined();
  });

  test('a comment that spans lines still ends a statement', () => {
    // `return` followed by a line break returns undefined; so must it after the comment is gone
    const text = 'module.exports = function () { return /* a\n b */ 42; };';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-test-'));
    fs.writeFileSync(path.join(dir, 'before.js'), text);
    fs.writeFileSync(path.join(dir, 'after.js'), stripComments('after.js', text));
    const run = (f: string) => execFileSync(process.execPath, ['-e', `console.log(String(require(${JSON.stringify(path.join(dir, f))})()))`], { encoding: 'utf-8' });
    expect(run('after.js')).toBe(run('before.js'));
    expect(run('after.js').trim()).toBe('undefined');
  });
});
