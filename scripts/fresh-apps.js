#!/usr/bin/env node
// @ts-check
// `node scripts/fresh-apps.js VERSION TARBALL [LINE...]`: the packed package as a user gets it, next to aws-cdk-lib
// VERSION, running every TypeScript example of the README. `npm run test:cdk-range` calls it for each end of
// the supported range, with the tarball `npm pack` made of the build.
//
// Two fresh apps in a scratch folder, each with a package.json that names aws-cdk-lib VERSION, constructs (the
// lowest version our peer range allows when VERSION is the minimum, else the newest) and the tarball, set up
// with a plain `npm install` (the second one `--offline`, from npm's cache), so npm must find the ranges agree:
//   - an ES module app: `"type": "module"`, TypeScript with module and moduleResolution `nodenext`, strict;
//   - a CommonJS app: the same TypeScript compiled with module `commonjs` (moduleResolution `node10`), strict.
// Every README example is wrapped in rosetta/default.ts-fixture as jsii-rosetta wraps it (imports hoisted,
// the rest where `/// here` is), each `declare const x: T` given a value of that type by the language
// tests' test/lang/twins/readme-declared.js; the fixture's stack goes in a Stage with an account and region,
// so that lookups work, and the states an example leaves outside a state machine into one, so that every
// task renders.
// A `nofixture` example is a whole program: it runs on its own, and its App synthesizes itself at exit as
// under `cdk synth` (CDK_OUTDIR). Passes when each example compiles and synthesizes without error in both
// apps and the two apps write the same templates for it; else lists every problem at once and leaves the
// apps in place for a look. LINE... picks the examples whose fences open on those README lines.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// What the README examples run with besides the fixture, as the language tests run them too: ENV, the
// stack's account and region; DECLARED, a value of each type an example declares; and
// putLooseStatesInStateMachines, which puts the states an example leaves outside a state machine into one,
// so that synthesizing renders every task. Each app gets a copy beside its compiled examples.
const DECLARED_MODULE = path.join(ROOT, 'test', 'lang', 'twins', 'readme-declared.js');
const { DECLARED } = require(DECLARED_MODULE);
const DECLARED_TYPES = `import type { Construct } from 'constructs';
import type { Environment, Stack } from 'aws-cdk-lib';
export declare const ENV: Environment;
export declare const DECLARED: Record<string, (scope: Construct, name: string) => any>;
export declare function putLooseStatesInStateMachines(stack: Stack): void;
`;

/**
 * @typedef {{ name: string, line: number, standalone: boolean, source: string }} Example
 * @typedef {{ kind: 'esm' | 'cjs', dir: string, failures: string[], templates: Map<string, Map<string, string>> }} App
 */

/** Every ```ts block of the README, named after the line of its opening fence. */
function readmeExamples() {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  /** @type {{ line: number, info: string, code: string[] }[]} */
  const blocks = [];
  /** @type {{ line: number, info: string, code: string[] } | undefined} */
  let open;
  lines.forEach((text, i) => {
    if (!open && /^```ts(\s|$)/.test(text)) {
      open = { line: i + 1, info: text.slice(3), code: [] };
    } else if (open && text === '```') {
      blocks.push(open);
      open = undefined;
    } else if (open) {
      open.code.push(text);
    }
  });
  if (blocks.length === 0) {
    throw new Error('README.md has no ```ts block');
  }
  return blocks.map((b) => ({
    name: `readme-${b.line}`,
    line: b.line,
    standalone: /\bnofixture\b/.test(b.info),
    source: b.code.join('\n') + '\n',
  }));
}

/**
 * An example wrapped in the fixture: its imports above the fixture's, its statements where `/// here` is,
 * each of its `declare const` statements replaced by a constant holding a value of the declared type.
 * @param {Example} example
 * @param {string} fixture
 */
function wrap(example, fixture) {
  const file = ts.createSourceFile(`${example.name}.ts`, example.source, ts.ScriptTarget.ES2022, true);
  /** @type {string[]} */
  const imports = [];
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      imports.push(statement.getText());
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text: '' });
    } else if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
      const constants = statement.declarationList.declarations.map((d) => {
        const name = d.name.getText();
        const type = d.type?.getText() ?? '';
        if (!DECLARED[type]) {
          throw new Error(`README.md:${example.line} declares \`${name}: ${type}\`: give that type a value in DECLARED (${path.relative(ROOT, DECLARED_MODULE)})`);
        }
        return `const ${name}: ${type} = DECLARED['${type}'](this, '${name}');`;
      });
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text: constants.join('\n') });
    }
  }
  const body = edits.reduceRight((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), example.source).replace(/^\s+/, '');
  return ["import { DECLARED } from './readme-declared.cjs';", ...imports, fixture.replace('/// here', () => body), 'export { Fixture };', '']
    .join('\n');
}

/**
 * The synthesizing program: each fixture example in an App of its own, its stack in a Stage with ENV's account
 * and region (the fixture's stack names none), its loose states in state machines.
 */
function runner(/** @type {'esm' | 'cjs'} */ kind) {
  const head = kind === 'esm'
    ? `import * as fs from 'node:fs';
import { App, Stage } from 'aws-cdk-lib';
import { ENV, putLooseStatesInStateMachines } from './out/readme-declared.cjs';
const load = (file) => import(file);`
    : `const fs = require('node:fs');
const { App, Stage } = require('aws-cdk-lib');
const { ENV, putLooseStatesInStateMachines } = require('./out/readme-declared.cjs');
const load = async (file) => require(file);`;
  return `${head}
const [outdir, ...names] = process.argv.slice(2);
(async () => {
  const failures = {};
  for (const name of names) {
    try {
      const { Fixture } = await load('./out/' + name + '.js');
      const app = new App({ outdir: outdir + '/' + name });
      putLooseStatesInStateMachines(new Fixture(new Stage(app, 'Example', { env: ENV }), 'Fixture'));
      app.synth();
    } catch (e) {
      failures[name] = e instanceof Error ? e.stack : String(e);
    }
  }
  fs.writeFileSync(outdir + '/failures.json', JSON.stringify(failures));
})();
`;
}

/** Every `*.template.json` under `dir`, by path relative to it. */
function templates(/** @type {string} */ dir) {
  /** @type {Map<string, string>} */
  const found = new Map();
  if (fs.existsSync(dir)) {
    for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (entry.endsWith('.template.json')) {
        found.set(entry, fs.readFileSync(path.join(dir, entry), 'utf8'));
      }
    }
  }
  return found;
}

/**
 * Runs `node ARGS...` (or `npm` when `npm` is set) to its end, without blocking the other app's steps.
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { npm?: boolean }} options
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function run(args, options) {
  return new Promise((resolve, reject) => {
    const child = options.npm ? spawn('npm', args, options) : spawn(process.execPath, args, options);
    let output = '';
    child.stdout?.on('data', (chunk) => output += chunk);
    child.stderr?.on('data', (chunk) => output += chunk);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * A fresh app of that kind in `dir`: a package.json naming `dependencies`, and each example's program in `src/`.
 * @param {'esm' | 'cjs'} kind
 * @param {string} dir
 * @param {Record<string, string>} dependencies
 * @param {Map<string, string>} sources each example's program, by name
 * @returns {App}
 */
function createApp(kind, dir, dependencies, sources) {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `${kind}-app`, private: true, ...(kind === 'esm' ? { type: 'module' } : {}), dependencies,
  }, undefined, 2));
  for (const [name, source] of sources) {
    fs.writeFileSync(path.join(dir, 'src', `${name}.ts`), source);
  }
  fs.writeFileSync(path.join(dir, 'src', 'readme-declared.d.cts'), DECLARED_TYPES);
  fs.mkdirSync(path.join(dir, 'out'));
  fs.copyFileSync(DECLARED_MODULE, path.join(dir, 'out', 'readme-declared.cjs'));
  const compilerOptions = kind === 'esm'
    ? { module: 'nodenext', moduleResolution: 'nodenext' }
    : { module: 'commonjs', moduleResolution: 'node10' };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { ...compilerOptions, target: 'es2022', strict: true, skipLibCheck: true, types: [], rootDir: 'src', outDir: 'out' },
    include: ['src'],
  }, undefined, 2));
  fs.writeFileSync(path.join(dir, kind === 'esm' ? 'synth.js' : 'synth.cjs'), runner(kind));
  return { kind, dir, failures: [], templates: new Map() };
}

/**
 * Times one step of an app.
 * @param {App} app
 * @param {string} label
 * @param {() => Promise<void>} fn
 */
async function step(app, label, fn) {
  const start = Date.now();
  await fn();
  console.log(`${app.kind}: ${label} (${((Date.now() - start) / 1000).toFixed(0)}s)`);
}

/**
 * A plain `npm install`; `offline` for the second app, which must find all it needs in npm's cache.
 * @param {App} app
 * @param {{ offline?: boolean }} options
 */
async function install(app, options = {}) {
  await step(app, options.offline ? 'npm install --offline' : 'npm install', async () => {
    const npm = await run(['install', ...(options.offline ? ['--offline'] : []), '--no-audit', '--no-fund'], { cwd: app.dir, npm: true });
    if (npm.status !== 0) {
      throw new Error(`npm install in the ${app.kind} app failed:\n${npm.output}`);
    }
  });
}

/**
 * Compiles the app and synthesizes each example: what goes wrong goes to `failures`, each example's
 * templates to `templates`.
 * @param {App} app
 * @param {Example[]} examples
 */
async function compileAndSynth(app, examples) {
  const { kind, dir } = app;
  await step(app, 'tsc', async () => {
    const tsc = await run([require.resolve('typescript/bin/tsc'), '-p', dir], {});
    if (tsc.status !== 0) {
      app.failures.push(`tsc (${kind}):\n${tsc.output}`);
    }
  });

  const synthDir = path.join(dir, 'synth');
  fs.mkdirSync(synthDir);
  // aws-cdk-lib's own template validation (on by default in recent versions) only warns unless an app opts
  // in, so it can fail nothing here; it would double this step's time. Off, as CDK_VALIDATION=false does.
  const env = { ...process.env, CDK_VALIDATION: 'false' };
  const compiled = examples.filter((e) => fs.existsSync(path.join(dir, 'out', `${e.name}.js`)));
  await step(app, 'synth', async () => {
    const fixtureRun = await run([path.join(dir, kind === 'esm' ? 'synth.js' : 'synth.cjs'), synthDir,
      ...compiled.filter((e) => !e.standalone).map((e) => e.name)], { cwd: dir, env });
    if (fixtureRun.status !== 0) {
      app.failures.push(`the synthesizing program (${kind}) failed:\n${fixtureRun.output}`);
    } else {
      for (const [name, error] of Object.entries(JSON.parse(fs.readFileSync(path.join(synthDir, 'failures.json'), 'utf8')))) {
        app.failures.push(`${name} (${kind}): ${error}`);
      }
    }
    for (const example of compiled.filter((e) => e.standalone)) {
      const program = await run([path.join(dir, 'out', `${example.name}.js`)],
        { cwd: dir, env: { ...env, CDK_OUTDIR: path.join(synthDir, example.name) } });
      if (program.status !== 0) {
        app.failures.push(`${example.name} (${kind}):\n${program.output}`);
      }
    }
  });
  for (const example of examples) {
    app.templates.set(example.name, templates(path.join(synthDir, example.name)));
  }
}

async function main() {
  const [version, tarball, ...lines] = process.argv.slice(2);
  if (!version || !tarball) {
    console.error('usage: node scripts/fresh-apps.js VERSION TARBALL [LINE...]');
    process.exit(1);
  }
  const examples = readmeExamples().filter((e) => lines.length === 0 || lines.includes(String(e.line)));
  if (examples.length === 0) {
    throw new Error(`README.md has no \`\`\`ts block on line ${lines.join(', ')}`);
  }
  const constructsRange = pkg.peerDependencies.constructs;
  const dependencies = {
    'aws-cdk-lib': version,
    'constructs': version === pkg.awsCdkLibRange.minimum ? constructsRange.replace(/^\^/, '') : constructsRange,
    [pkg.name]: `file:${path.resolve(tarball)}`,
  };
  console.log(`${examples.length} README examples; dependencies ${JSON.stringify(dependencies)}`);

  const fixture = fs.readFileSync(path.join(ROOT, 'rosetta', 'default.ts-fixture'), 'utf8');
  if (fixture.split('/// here').length !== 2) {
    throw new Error('rosetta/default.ts-fixture must hold `/// here` exactly once');
  }
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string>} */
  const sources = new Map();
  for (const example of examples) {
    try {
      sources.set(example.name, example.standalone ? example.source : wrap(example, fixture));
    } catch (e) {
      problems.push(`${example.name}: ${e instanceof Error ? e.message : e}`);
    }
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-apps-'));
  const apps = [createApp('esm', path.join(work, 'esm'), dependencies, sources), createApp('cjs', path.join(work, 'cjs'), dependencies, sources)];
  const [esm, cjs] = apps;
  // The first install fills npm's cache; the second app installs from it alone (it downloads nothing) while
  // the first one compiles and synthesizes.
  await install(esm);
  await Promise.all([compileAndSynth(esm, examples), install(cjs, { offline: true }).then(() => compileAndSynth(cjs, examples))]);
  problems.push(...apps.flatMap((a) => a.failures));
  for (const example of examples) {
    const [fromEsm, fromCjs] = [esm.templates.get(example.name) ?? new Map(), cjs.templates.get(example.name) ?? new Map()];
    if (fromEsm.size === 0 || fromCjs.size === 0) {
      problems.push(`${example.name}: no template (ES module app: ${fromEsm.size}, CommonJS app: ${fromCjs.size})`);
    }
    const differing = [...new Set([...fromEsm.keys(), ...fromCjs.keys()])].filter((f) => fromEsm.get(f) !== fromCjs.get(f));
    if (differing.length > 0) {
      problems.push(`${example.name}: the ES module and CommonJS apps synthesize different templates: ${differing.join(', ')}`);
    }
  }
  if (problems.length > 0) {
    console.error(`\naws-cdk-lib ${version}: ${problems.length} problem(s) with the README examples in fresh apps (README.md:<line> is readme-<line>):\n`);
    console.error(problems.join('\n\n'));
    console.error(`\nThe apps are in ${work}.`);
    process.exitCode = 1;
  } else {
    const count = examples.reduce((n, e) => n + (esm.templates.get(e.name)?.size ?? 0), 0);
    console.log(`aws-cdk-lib ${version}: ${examples.length} README examples compile and synthesize in fresh ES module and CommonJS apps, ${count} templates, the same from both`);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { readmeExamples, wrap };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
