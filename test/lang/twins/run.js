#!/usr/bin/env node
// Synthesizes the TypeScript-side twins of a language test and writes each template to
// OUT/<module>/<name>.json.
//
//   node test/lang/twins/run.js --tarballs DIR --out OUT [module ...]
//
// DIR holds the jsii tarballs (`*.tgz`, each an npm package) that the language binding under test runs:
// aws-cdk-lib and constructs as that language's packages ship them, their jsii dependencies, and this
// library's own tarball as its package for that language embeds it. They are unpacked into a scratch node_modules and the twins run
// from beside it, so a twin and its Python, Java or Go counterpart run the very same JavaScript: a
// difference between their templates can only come from the binding. Modules are the files of this
// folder (examples, api-shapes, workflow, readme, readme-examples); each exports functions of an App
// returning a stack.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function parseArgs(argv) {
  const args = { modules: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tarballs') args.tarballs = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else args.modules.push(argv[i]);
  }
  if (!args.tarballs || !args.out || args.modules.length === 0) {
    throw new Error('usage: run.js --tarballs DIR --out OUT module...');
  }
  return args;
}

/** Unpacks every npm tarball of `dir` into `nodeModules/<package name>`. */
function unpackTarballs(dir, nodeModules) {
  const tarballs = fs.readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length === 0) throw new Error(`no .tgz in ${dir}`);
  for (const tarball of tarballs) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'twin-pkg-'));
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', scratch]);
    const packageDir = path.join(scratch, 'package');
    const { name, version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    const target = path.join(nodeModules, name);
    if (fs.existsSync(target)) throw new Error(`two tarballs of ${name} in ${dir}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(packageDir, target);
    fs.rmSync(scratch, { recursive: true, force: true });
    console.log(`  ${name}@${version}`);
  }
}

/**
 * The template a twin synthesizes or, for a twin meant to be rejected (its name starts with `error_`),
 * the error it throws: `{ "error": { "name": ..., "message": ... } }`.
 */
function outcome(name, synthesize, build) {
  if (!name.startsWith('error_')) return synthesize(build);
  try {
    synthesize(build);
  } catch (e) {
    return { error: { name: e.name, message: e.message } };
  }
  throw new Error(`twin ${name} was expected to throw`);
}

const root = path.join(__dirname, '..', '..', '..');

/** TypeScript source as a CommonJS module. */
function transpile(source) {
  const ts = require('typescript');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
}

/**
 * The README's TypeScript example under "## Using it", as a CommonJS module exporting its `app` and
 * `stack`: the twin of the README's Python, Java and Go examples.
 */
function readmeExampleModule() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Using it$/m)[1];
  const block = section && /```ts[^\n]*\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no TypeScript example under "## Using it"');
  return transpile(`${block[1]}\nexport { app, stack };\n`);
}

/** The name jsii-rosetta gives a TypeScript variable in Python (its `mangleIdentifier`). */
function pythonName(name) {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
  return snake === 'lambda' ? 'lambda_' : snake;
}

/**
 * Writes each TypeScript example of the README, as the tablet `npm run rosetta` wrote holds it, to
 * `dir/snippet_<its key in the tablet>.js` (the twins of readme-examples.js): in rosetta's fixture, with
 * the stack's environment and the declared values of readme-declared.js, exporting `Fixture`; or, an
 * example that is a whole program (rosetta used no fixture), as it is, exporting its `stack`.
 */
function writeReadmeExampleModules(dir) {
  const snippets = JSON.parse(fs.readFileSync(path.join(root, '.jsii.tabl.json'), 'utf8')).snippets;
  const fixture = fs.readFileSync(path.join(root, 'rosetta', 'default.ts-fixture'), 'utf8');
  const superCall = '    super(scope, id);\n';
  if (!fixture.includes(superCall) || !fixture.includes('/// here')) {
    throw new Error(`rosetta/default.ts-fixture has no '${superCall.trim()}' or no '/// here'`);
  }
  fs.mkdirSync(dir);
  for (const [key, snippet] of Object.entries(snippets)) {
    if (snippet.location.api.api !== 'moduleReadme') continue;
    const source = snippet.translations.$.source;
    let module = `${source}\nexport { stack };\n`;
    if (snippet.fullSource.includes('/// !show')) {
      const imports = [];
      const declared = [];
      const body = [];
      for (const line of source.split('\n')) {
        const declare = /^declare const (\w+): ([\w.]+);/.exec(line);
        if (declare) {
          declared.push(`const ${declare[1]} = DECLARED['${declare[2]}'](this, '${pythonName(declare[1])}');`);
        } else if (/^import .*;$/.test(line)) {
          imports.push(line);
        } else {
          body.push(line);
        }
      }
      const code = [...declared, ...body].join('\n');
      module = [
        "import { ENV, DECLARED } from '../readme-declared.js';",
        ...imports,
        fixture.replace(superCall, '    super(scope, id, { env: ENV });\n').replace('/// here', code),
        'export { Fixture };',
      ].join('\n');
    }
    fs.writeFileSync(path.join(dir, `snippet_${key}.js`), transpile(module));
  }
}

/**
 * Writes the twins into `twinsDir` (a new folder): the modules of this folder, the README's first example and,
 * with `readmeExamples`, the modules of readme-examples.js. They load their packages from the node_modules
 * of a folder above `twinsDir`.
 */
function writeTwins(twinsDir, readmeExamples) {
  fs.mkdirSync(twinsDir);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.js') && f !== 'run.js')) {
    fs.copyFileSync(path.join(__dirname, file), path.join(twinsDir, file));
  }
  fs.writeFileSync(path.join(twinsDir, 'readme-using-it.js'), readmeExampleModule());
  if (readmeExamples) writeReadmeExampleModules(path.join(twinsDir, 'readme-examples'));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const env = fs.mkdtempSync(path.join(os.tmpdir(), 'twins-'));
  try {
    console.log(`twins: JavaScript packages from ${args.tarballs}`);
    unpackTarballs(args.tarballs, path.join(env, 'node_modules'));
    const twinsDir = path.join(env, 'twins');
    writeTwins(twinsDir, args.modules.includes('readme-examples'));
    const { synthesize } = require(path.join(twinsDir, 'common.js'));
    let count = 0;
    for (const moduleName of args.modules) {
      const twins = require(path.join(twinsDir, `${moduleName}.js`));
      const out = path.join(args.out, moduleName);
      fs.mkdirSync(out, { recursive: true });
      for (const [name, build] of Object.entries(twins)) {
        fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(outcome(name, synthesize, build), null, 1));
        count++;
      }
    }
    console.log(`twins: ${count} templates written to ${args.out}`);
  } finally {
    fs.rmSync(env, { recursive: true, force: true });
  }
}

// test/checks/readme-examples.test.ts runs the README examples' twins with StateMachineChecks.
if (require.main === module) main();
module.exports = { writeTwins };
