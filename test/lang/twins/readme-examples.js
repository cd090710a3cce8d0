// The twins of the README's examples as rosetta translates them (test/lang/python/test_readme_examples.py):
// each TypeScript example in rosetta's fixture, which run.js compiles from the tablet to
// readme-examples/snippet_<its key in the tablet>.js beside this file. A fixture module exports its
// `Fixture` stack; an example that is a whole program (its own imports and App) exports its `stack`.
const fs = require('node:fs');
const path = require('node:path');
const { putLooseStatesInStateMachines } = require('./readme-declared.js');

const dir = path.join(__dirname, 'readme-examples');
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  module.exports[path.basename(file, '.js')] = (app) => {
    const example = require(path.join(dir, file));
    if (example.stack) return example.stack;
    const stack = new example.Fixture(app, 'Example');
    putLooseStatesInStateMachines(stack);
    return stack;
  };
}
