#!/usr/bin/env node
// Part of `npm run rosetta` (CONTRIBUTING.md, "Examples in other languages"), between
// cdk-generate-synthetic-examples and the jsii-rosetta extract that translates its examples.
//
// Two fixes to the generator's TypeScript examples, before they are compiled and translated (only the
// generated examples, `fixture=_generated`, are touched):
// - it fills a map-typed prop with one placeholder entry written as an identifier key
//   (`assign: {\n  assignKey: assign,\n}`), and jsii-rosetta snake-cases identifier keys in Python
//   (`"assign_key"`): quoting the key keeps it as written in every language, as the house rule for
//   data keys in examples asks;
// - it imports a type of aws-cdk-lib's `interfaces` submodules (`ITableRef`) as
//   `import { interfaces.aws_dynamodb as interfaces_aws_dynamodb } from 'aws-cdk-lib'`, which is not
//   TypeScript: the module is `aws-cdk-lib/interfaces`.
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.resolve(process.argv[2] ?? '.jsii');
const assembly = JSON.parse(fs.readFileSync(file, 'utf-8'));

let quoted = 0;
let imports = 0;
for (const type of Object.values(assembly.types ?? {})) {
  if (type.docs?.example === undefined || type.docs.custom?.exampleMetadata !== 'fixture=_generated') {
    continue;
  }
  // `<name>: {` then, on the next line, the generator's placeholder key `<name>Key: `.
  type.docs.example = type.docs.example.replace(/\b(\w+): \{\n(\s+)\1Key: /g, (/** @type {string} */ _match, /** @type {string} */ name, /** @type {string} */ indent) => {
    quoted++;
    return `${name}: {\n${indent}'${name}Key': `;
  });
  type.docs.example = type.docs.example.replace(/^import \{ interfaces\.(\w+) as (\w+) \} from 'aws-cdk-lib';$/gm, (/** @type {string} */ _match, /** @type {string} */ module, /** @type {string} */ alias) => {
    imports++;
    return `import { ${module} as ${alias} } from 'aws-cdk-lib/interfaces';`;
  });
}

if (quoted + imports > 0) {
  // As @jsii/spec's replaceAssembly does for any rewritten assembly: the fingerprint no longer holds.
  assembly.fingerprint = '*'.repeat(10);
  fs.writeFileSync(file, JSON.stringify(assembly, undefined, 2) + '\n');
}
console.log(`fix-generated-examples: ${quoted} placeholder map key(s) quoted, ${imports} import(s) of aws-cdk-lib/interfaces fixed in ${path.relative(process.cwd(), file)}`);
