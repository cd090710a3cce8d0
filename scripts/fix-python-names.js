#!/usr/bin/env node
// @ts-check
// The last step of `npm run rosetta` (CONTRIBUTING.md, "Examples in other languages"): gives the Python
// translations in the tablet (.jsii.tabl.json) the names the wheel really has, where jsii-rosetta guesses
// them differently from jsii-pacmak, which names the Python API (aws/jsii#3516):
// - a member whose name holds KiB, MiB or GiB: rosetta writes `memoryMiB` as `memory_mi_b`, pacmak as
//   `memory_mib`;
// - a constant (`static readonly`) with a digit inside: rosetta keeps `G_1X`, pacmak writes `G_1_X` (enum
//   members keep their names in both).
// The names come from the assemblies the examples use (ours and aws-cdk-lib's), renamed the way each tool
// renames them; a name is rewritten only after a `.` or before a keyword argument's `=`, never in strings.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { toSnakeCase } = require('codemaker');
const { toPythonIdentifier } = require('jsii-pacmak/lib/targets/python/util');

/**
 * The Python name jsii-rosetta gives a TypeScript identifier (its languages/python.js `mangleIdentifier`).
 * @param {string} name
 */
function rosettaName(name) {
  if (/^[A-Z]/.test(name)) return name;
  const cased = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
  return cased === 'lambda' ? 'lambda_' : cased;
}

/**
 * The Python name jsii-pacmak gives a member (its targets/python.js `toPythonPropertyName`).
 * @param {string} name
 * @param {boolean} constant
 */
function pacmakName(name, constant) {
  const snake = toPythonIdentifier(toSnakeCase(name));
  return constant ? snake.toUpperCase() : snake;
}

/**
 * Every property, method and parameter name of an assembly, with whether pacmak writes it as a constant.
 * @param {any} assembly
 * @returns {Array<[string, boolean]>}
 */
function memberNames(assembly) {
  /** @type {Array<[string, boolean]>} */
  const names = [];
  for (const type of Object.values(assembly.types ?? {})) {
    for (const property of type.properties ?? []) names.push([property.name, property.const === true]);
    for (const callable of [type.initializer, ...(type.methods ?? [])]) {
      if (!callable) continue;
      if (callable.name) names.push([callable.name, false]);
      for (const parameter of callable.parameters ?? []) names.push([parameter.name, false]);
    }
  }
  return names;
}

/**
 * rosetta's name to pacmak's, for every name where the two differ and rosetta's names only one of pacmak's.
 * @param {any[]} assemblies
 */
function renames(assemblies) {
  /** @type {Map<string, Set<string>>} */
  const found = new Map();
  for (const [name, constant] of assemblies.flatMap(memberNames)) {
    const guessed = rosettaName(name);
    const real = pacmakName(name, constant);
    if (guessed !== real) found.set(guessed, (found.get(guessed) ?? new Set()).add(real));
  }
  return new Map([...found].filter(([, reals]) => reals.size === 1).map(([guessed, reals]) => [guessed, [...reals][0]]));
}

/**
 * `source` with each renamed attribute (`.name`) and keyword argument (`name=`) given its real name.
 * @param {string} source
 * @param {Map<string, string>} table
 */
function rename(source, table) {
  // Strings are kept as written: the user's data keys never change.
  return source.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/).map((part, i) => i % 2 === 1 ? part : part
    .replace(/\.([A-Za-z_]\w*)\b/g, (match, name) => table.has(name) ? `.${table.get(name)}` : match)
    .replace(/\b([a-z_]\w*)(\s*=)(?!=)/g, (match, name, equals) => table.has(name) ? `${table.get(name)}${equals}` : match),
  ).join('');
}

/**
 * The assembly in `dir`, following the redirect to a gzipped one that aws-cdk-lib ships.
 * @param {string} dir
 */
function readAssembly(dir) {
  const assembly = JSON.parse(fs.readFileSync(path.join(dir, '.jsii'), 'utf-8'));
  if (assembly.schema !== 'jsii/file-redirect') return assembly;
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, assembly.filename))).toString('utf-8'));
}

const tabletFile = path.resolve(process.argv[2] ?? '.jsii.tabl.json');
const tablet = JSON.parse(fs.readFileSync(tabletFile, 'utf-8'));
const table = renames([
  readAssembly(path.dirname(tabletFile)),
  readAssembly(path.dirname(require.resolve('aws-cdk-lib/package.json'))),
]);

let changed = 0;
for (const snippet of Object.values(tablet.snippets ?? {})) {
  const python = snippet.translations?.python;
  if (!python) continue;
  const fixed = rename(python.source, table);
  if (fixed !== python.source) {
    python.source = fixed;
    changed++;
  }
}
if (changed > 0) fs.writeFileSync(tabletFile, JSON.stringify(tablet));
console.log(`fix-python-names: ${changed} Python translation(s) given the wheel's member names in ${path.relative(process.cwd(), tabletFile)}`);
