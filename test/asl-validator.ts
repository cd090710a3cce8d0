/**
 * `asl-validator`, with its JSON schemas compiled once per test file instead of once per definition.
 *
 * asl-validator 4.0.0 builds a new Ajv for every definition it checks (`new (require('ajv').default)(...)`,
 * read at call time), so it compiles its ASL schemas every time: about half a second, more than the rest of a
 * reference check. Every call builds the same Ajv (the same options and schemas, then the same formats and
 * keywords added), so here each `new` after the first returns the first Ajv, whose compiled schemas are
 * reused: the formats added again are the same pure functions, and a keyword already defined keeps its
 * definition (Ajv would throw on a second one). The checks and the errors stay asl-validator's own;
 * `test/util.test.ts` checks that the shared Ajv still rejects what a fresh one rejects.
 *
 * Only asl-validator's default options are used: the formats its `checkPaths`/`checkArn` options choose are
 * bound into the compiled schemas on the first call.
 */
import * as path from 'path';

/** asl-validator's result (the package has no type declarations). */
export interface AslValidation {
  readonly isValid: boolean;
  readonly errors: Array<{ readonly Message?: string }>;
}

/** Checks a state machine definition (as a JSON value) against the Amazon States Language, with asl-validator. */
export const validateAsl: (definition: unknown) => AslValidation = require('asl-validator');

interface Ajv {
  addKeyword(definition: unknown, deprecated?: unknown): Ajv;
  getKeyword(keyword: string): unknown;
}
type AjvClass = new (options: object) => Ajv;

// The module asl-validator reads its Ajv class from (its own copy, nested under it).
const ajvModule: { default: AjvClass } = require(require.resolve('ajv', { paths: [path.dirname(require.resolve('asl-validator'))] }));
const Ajv = ajvModule.default;

/** Ajv, where defining keywords that are already defined keeps their first definition. */
class OnceConfiguredAjv extends Ajv {
  public addKeyword(definition: unknown, deprecated?: unknown): Ajv {
    const keyword = typeof definition === 'string' ? definition : (definition as { keyword?: unknown } | undefined)?.keyword;
    const keywords = Array.isArray(keyword) ? keyword : [keyword];
    const defined = keywords.length > 0 && keywords.every((k) => typeof k === 'string' && this.getKeyword(k));
    return defined ? this : super.addKeyword(definition, deprecated);
  }
}

const shared = new Map<string, Ajv>();
/** A constructor that returns one Ajv per distinct set of options. */
function SharedAjv(options: object): Ajv {
  const key = JSON.stringify(options);
  if (!shared.has(key)) shared.set(key, new OnceConfiguredAjv(options));
  return shared.get(key)!;
}
ajvModule.default = SharedAjv as unknown as AjvClass;
