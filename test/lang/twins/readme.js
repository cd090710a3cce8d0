// The twin of the README's per-language examples: the README's own TypeScript example (the block under
// "## Using it"), which run.js transpiles to readme-using-it.js beside this file.
module.exports = {
  using_it() {
    return require('./readme-using-it.js').stack;
  },
};
