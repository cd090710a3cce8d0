/**
 * The JSONPath and intrinsic-function syntax of the Amazon States Language, read well enough to tell a
 * value Step Functions accepts from one it rejects. Each function returns the problem found, or undefined.
 *
 * Step Functions evaluates paths with Jayway JsonPath: a path starts with `$` (the state input), `$$` (the
 * context object) or `$name` (a workflow variable), followed by `.name`, `..name`, `.*`, `[...]` segments
 * (indexes, quoted names, unions, slices, `*`, filters `?(...)`, scripts `(...)`) and possibly a function
 * call such as `.length()`. A reference path, which must name one node, allows only `.name`, `['name']`
 * and `[index]` segments.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */

/** Where a path stands, which decides what it may contain. */
export enum PathKind {
  /** A path in a payload template or InputPath/OutputPath: any JSONPath. */
  PATH = 'path',
  /** A reference path (ItemsPath, SecondsPath, TimeoutSecondsPath, ...): one node, by names and indexes. */
  REFERENCE = 'reference path',
  /** ResultPath: a reference path into the state input (not the context object or a variable). */
  RESULT = 'result path',
}

/** Each intrinsic function with the least and most arguments it takes. */
const INTRINSICS: Record<string, [number, number]> = {
  'States.Array': [0, Infinity],
  'States.ArrayContains': [2, 2],
  'States.ArrayGetItem': [2, 2],
  'States.ArrayLength': [1, 1],
  'States.ArrayPartition': [2, 2],
  'States.ArrayRange': [3, 3],
  'States.ArrayUnique': [1, 1],
  'States.Base64Decode': [1, 1],
  'States.Base64Encode': [1, 1],
  'States.Format': [1, Infinity],
  'States.Hash': [2, 2],
  'States.JsonMerge': [3, 3],
  'States.JsonToString': [1, 1],
  'States.MathAdd': [2, 2],
  'States.MathRandom': [2, 3],
  'States.StringSplit': [2, 2],
  'States.StringToJson': [1, 1],
  'States.UUID': [0, 0],
};

/** A cursor over a string, for the small recursive-descent readers below. */
class Reader {
  public position = 0;
  constructor(public readonly text: string) {}
  get done(): boolean { return this.position >= this.text.length; }
  peek(offset = 0): string { return this.text[this.position + offset] ?? ''; }
  skipSpaces(): void { while (/\s/.test(this.peek())) this.position++; }
  fail(message: string): never { throw new SyntaxProblem(`${message} at position ${this.position}`); }
}

class SyntaxProblem extends Error {}

function attempt(read: () => void): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxProblem) return error.message;
    throw error;
  }
}

/** Results by kind and value: a definition repeats the same paths many times. */
const results = new Map<string, string | undefined>();

function cached(key: string, find: () => string | undefined): string | undefined {
  if (results.has(key)) return results.get(key);
  const result = find();
  results.set(key, result);
  return result;
}

/** The problem with `value` as a path of `kind`, or undefined when Step Functions accepts it. */
export function pathProblem(value: string, kind: PathKind): string | undefined {
  return cached(`${kind}:${value}`, () => findPathProblem(value, kind));
}

/** The problem with `value` as an intrinsic function call (`States.Format(...)`), or undefined. */
export function intrinsicProblem(value: string): string | undefined {
  return cached(`intrinsic:${value}`, () => findIntrinsicProblem(value));
}

function findPathProblem(value: string, kind: PathKind): string | undefined {
  const problem = attempt(() => {
    const reader = new Reader(value);
    readPath(reader, kind, () => reader.done);
    if (!reader.done) reader.fail(`unexpected '${reader.peek()}'`);
  });
  return problem && `'${value}' is not a valid ${kind}: ${problem}`;
}

function findIntrinsicProblem(value: string): string | undefined {
  const problem = attempt(() => {
    const reader = new Reader(value);
    readCall(reader);
    reader.skipSpaces();
    if (!reader.done) reader.fail(`unexpected '${reader.peek()}' after the call`);
  });
  return problem && `'${value}' is not a valid intrinsic function call: ${problem}`;
}

/** True for a value written as an intrinsic function call (it may still be a bad one). */
export function looksLikeIntrinsic(value: string): boolean {
  return /^\s*States\.[A-Za-z0-9]*\s*\(/.test(value);
}

/**
 * Reads a path up to where `atEnd` says it stops (the end of the text, or a `,`/`)` in a call's arguments).
 */
function readPath(reader: Reader, kind: PathKind, atEnd: () => boolean): void {
  if (reader.peek() !== '$') reader.fail('a path starts with $');
  reader.position++;
  if (reader.peek() === '$') {
    if (kind === PathKind.RESULT) reader.fail('ResultPath cannot refer to the context object');
    reader.position++;
  } else if (/[A-Za-z_]/.test(reader.peek())) {
    if (kind === PathKind.RESULT) reader.fail('ResultPath cannot refer to a variable');
    while (/[A-Za-z0-9_]/.test(reader.peek())) reader.position++;
  }
  while (!atEnd()) {
    const c = reader.peek();
    if (c === '.') {
      reader.position++;
      if (reader.peek() === '.') {
        if (kind !== PathKind.PATH) reader.fail('a reference path cannot use ..');
        reader.position++;
        if (reader.peek() === '[') continue;
      }
      if (reader.peek() === '*') {
        if (kind !== PathKind.PATH) reader.fail('a reference path cannot use *');
        reader.position++;
        continue;
      }
      readName(reader, kind);
    } else if (c === '[') {
      readBracket(reader, kind);
    } else {
      reader.fail(`unexpected '${c}'`);
    }
  }
}

/** A member name after a dot, and a function call such as `length()` where paths allow one. */
function readName(reader: Reader, kind: PathKind): void {
  const start = reader.position;
  while (!reader.done && !/[.[\]()'"\s,]/.test(reader.peek())) reader.position++;
  if (reader.position === start) reader.fail('a name is missing after .');
  if (reader.peek() === '(') {
    if (kind !== PathKind.PATH) reader.fail('a reference path cannot call a function');
    reader.position++;
    readBalanced(reader, ')');
  }
}

function readBracket(reader: Reader, kind: PathKind): void {
  reader.position++; // [
  reader.skipSpaces();
  const c = reader.peek();
  if (c === "'" || c === '"') {
    readQuoted(reader, c);
    reader.skipSpaces();
    while (reader.peek() === ',') {
      if (kind !== PathKind.PATH) reader.fail('a reference path cannot use a union');
      reader.position++;
      reader.skipSpaces();
      if (reader.peek() !== "'" && reader.peek() !== '"') reader.fail('a quoted name is expected');
      readQuoted(reader, reader.peek());
      reader.skipSpaces();
    }
  } else if (c === '?' || c === '(') {
    if (kind !== PathKind.PATH) reader.fail('a reference path cannot use a filter or script');
    if (c === '?') {
      reader.position++;
      reader.skipSpaces();
      if (reader.peek() !== '(') reader.fail('a filter is written ?(...)');
    }
    reader.position++;
    readBalanced(reader, ')');
    reader.skipSpaces();
  } else if (c === '*') {
    if (kind !== PathKind.PATH) reader.fail('a reference path cannot use *');
    reader.position++;
    reader.skipSpaces();
  } else {
    const start = reader.position;
    while (/[-0-9:,\s]/.test(reader.peek())) reader.position++;
    const inner = reader.text.slice(start, reader.position).trim();
    const isIndex = /^-?\d+$/.test(inner);
    if (!isIndex && !/^(-?\d+\s*,\s*)+-?\d+$/.test(inner) && !/^(-?\d+)?\s*:\s*(-?\d+)?(\s*:\s*(-?\d+)?)?$/.test(inner)) {
      reader.fail(inner === '' ? 'an empty or unknown [] subscript' : `'[${inner}' is not an index, union or slice`);
    }
    if (!isIndex && kind !== PathKind.PATH) reader.fail('a reference path cannot use a union or slice');
  }
  if (reader.peek() !== ']') reader.fail('] is missing');
  reader.position++;
}

function readQuoted(reader: Reader, quote: string): void {
  reader.position++;
  while (reader.peek() !== quote) {
    if (reader.done) reader.fail(`the closing ${quote} is missing`);
    if (reader.peek() === '\\') reader.position++;
    reader.position++;
  }
  reader.position++;
}

/** Skips to the `close` that balances an opening already read, through nested brackets and quotes. */
function readBalanced(reader: Reader, close: string): void {
  const closing: string[] = [close];
  while (closing.length > 0) {
    if (reader.done) reader.fail(`the closing ${closing[closing.length - 1]} is missing`);
    const c = reader.peek();
    if (c === "'" || c === '"') {
      readQuoted(reader, c);
      continue;
    }
    if (c === '(' || c === '[') closing.push(c === '(' ? ')' : ']');
    else if (c === ')' || c === ']') {
      if (c !== closing.pop()) reader.fail(`unbalanced '${c}'`);
    }
    reader.position++;
  }
}

/** An intrinsic function call: its name must exist and its arguments must be as many as it takes. */
function readCall(reader: Reader): void {
  reader.skipSpaces();
  const start = reader.position;
  while (/[A-Za-z0-9.]/.test(reader.peek())) reader.position++;
  const name = reader.text.slice(start, reader.position);
  const arity = Object.prototype.hasOwnProperty.call(INTRINSICS, name) ? INTRINSICS[name] : undefined;
  if (!arity) reader.fail(`${name} is not an intrinsic function`);
  reader.skipSpaces();
  if (reader.peek() !== '(') reader.fail(`( is missing after ${name}`);
  reader.position++;
  const args: string[] = [];
  reader.skipSpaces();
  if (reader.peek() === ')') {
    reader.position++;
  } else {
    for (;;) {
      args.push(readArgument(reader));
      reader.skipSpaces();
      const c = reader.peek();
      reader.position++;
      if (c === ')') break;
      if (c !== ',') reader.fail(c === '' ? `the closing ) of ${name} is missing` : `unexpected '${c}' in the arguments of ${name}`);
    }
  }
  const [min, max] = arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    reader.fail(`${name} takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`);
  }
  if (name === 'States.Format' && args[0].startsWith("'")) {
    const placeholders = (args[0].replace(/\\./g, '').match(/\{\}/g) ?? []).length;
    if (placeholders !== args.length - 1) {
      const values = args.length - 1;
      reader.fail(`the template of States.Format has ${placeholders} {} but ${values} value${values === 1 ? ' follows' : 's follow'}`);
    }
  }
}

/** One argument of a call, returned as written: a string, number, boolean, null, path or nested call. */
function readArgument(reader: Reader): string {
  reader.skipSpaces();
  const start = reader.position;
  const c = reader.peek();
  if (c === "'") {
    readQuoted(reader, "'");
  } else if (c === '$') {
    readPath(reader, PathKind.PATH, () => {
      reader.skipSpaces();
      return reader.done || reader.peek() === ',' || reader.peek() === ')';
    });
  } else if (looksLikeIntrinsic(reader.text.slice(reader.position))) {
    readCall(reader);
  } else {
    const literal = /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(reader.text.slice(reader.position));
    if (!literal) reader.fail(c === '' ? 'an argument is missing' : `'${c}' does not start a string, number, path or call`);
    reader.position += literal[0].length;
  }
  return reader.text.slice(start, reader.position);
}
