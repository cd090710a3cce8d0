/**
 * Reads lib/ with the TypeScript compiler and lists every place that rejects a user's input, so that
 * test/validation.test.ts can require a table row for each one: a validation added without a row fails
 * the suite.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const LIB = path.resolve(__dirname, '..', 'lib');

/** One place in lib/ that throws on bad input. */
export interface ThrowSite {
  /** Path under lib/, e.g. `sqs/send-message.ts`. */
  readonly file: string;
  /** First and last line (1-based) of the call, either of which a stack frame may name. */
  readonly lines: readonly [number, number];
  /** The error's name: the validation code, or the class of a literal `throw new Error(...)`. */
  readonly code: string;
  /** How it throws. */
  readonly kind: 'validationError' | 'unscopedValidationError' | 'throwProblems' | 'requireTaskToken' | 'literal';
  /** The source text of the call, for failure messages. */
  readonly text: string;
}

/**
 * One problem that a `throwProblems` error may list: a problem literal (`'x must ...'`) or a call of a
 * `...Problems('name', ...)` helper. A row covers it when one item of its message matches `pattern`.
 */
export interface ProblemSite {
  readonly file: string;
  readonly line: number;
  readonly pattern: RegExp;
  readonly text: string;
}

/** Helpers that pass a code given by their callers; their callers are the sites. */
const FORWARDERS = new Set(['private/errors.ts', 'private/task-token.ts', 'private/problems.ts']);

/** The shared problem helpers of lib/private/problems.ts and the words each adds after the name. */
const PROBLEM_HELPERS: Record<string, (name: string, call: ts.CallExpression) => string> = {
  lengthProblems: (name) => `${name} must be \\d+ to \\d+ characters long, got \\d+`,
  patternProblems: (name, call) => `${name} must be ${escape(literalText(call.arguments[3]) ?? '')}, got '.*'`,
  rangeProblems: (name) => `${name} must be a whole number from -?[\\d.]+ to -?[\\d.]+, got .*`,
};

const LITERAL_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

function sourceFiles(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of a string literal, or undefined for anything else. */
function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** A string or template literal as a pattern: its substitutions match anything. */
function templatePattern(node: ts.Node): string | undefined {
  const literal = literalText(node);
  if (literal !== undefined) return escape(literal);
  if (ts.isTemplateExpression(node)) {
    return escape(node.head.text) + node.templateSpans.map((span) => '.*?' + escape(span.literal.text)).join('');
  }
  return undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Is `node` inside code that builds a list of problems (a throwProblems argument, a `...Problems` function, a `problems` value)? */
function inProblemList(node: ts.Node): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && calleeName(at) === 'throwProblems') return true;
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at)) && at.name && /Problems$/.test(at.name.getText())) return true;
    if ((ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at)) && at.name.getText() === 'problems') return true;
    if (ts.isFunctionLike(at) && !ts.isArrowFunction(at)) return false;
  }
  return false;
}

/** Every throw site and problem site in lib/. */
export function validationSites(): { sites: ThrowSite[]; problems: ProblemSite[] } {
  const sites: ThrowSite[] = [];
  const problems: ProblemSite[] = [];
  for (const full of sourceFiles()) {
    const file = path.relative(LIB, full).split(path.sep).join('/');
    const source = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
    const site = (node: ts.Node, kind: ThrowSite['kind'], code: string | undefined) => {
      if (code === undefined) {
        if (FORWARDERS.has(file)) return;
        throw new Error(`lib/${file}:${lineOf(node.getStart())}: the error code is not a literal, so no row can be required for it: ${node.getText()}`);
      }
      sites.push({ file, lines: [lineOf(node.getStart()), lineOf(node.getEnd())], code, kind, text: node.getText().replace(/\s+/g, ' ') });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const args = node.arguments;
        if (name === 'validationError') site(node, 'validationError', literalText(args[1]));
        else if (name === 'unscopedValidationError') site(node, 'unscopedValidationError', literalText(args[0]));
        else if (name === 'throwProblems') site(node, 'throwProblems', literalText(args[1]));
        else if (name === 'requireTaskToken' && !FORWARDERS.has(file)) site(node, 'requireTaskToken', args[4] ? literalText(args[4]) : 'TaskTokenRequired');
        else if (name && /^[a-z]\w*Problems$/.test(name) && file !== 'private/problems.ts' && args.length > 0) {
          const subject = templatePattern(args[0]);
          if (subject !== undefined) {
            const words = PROBLEM_HELPERS[name]?.(subject, node) ?? `${subject}\\b.*`;
            problems.push({ file, line: lineOf(node.getStart()), pattern: new RegExp(`^${words}$`), text: node.getText().replace(/\s+/g, ' ') });
          }
        }
      } else if (ts.isNewExpression(node)) {
        const name = calleeName(node);
        if (name === 'ValidationError') site(node, 'validationError', literalText(node.arguments?.[0]));
        else if (name === 'UnscopedValidationError') site(node, 'unscopedValidationError', literalText(node.arguments?.[0]));
        else if (name && LITERAL_ERRORS.has(name) && ts.isThrowStatement(node.parent)) site(node, 'literal', name);
      } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
        && (ts.isArrayLiteralExpression(node.parent) || (ts.isCallExpression(node.parent) && calleeName(node.parent) === 'push')
          || (ts.isArrowFunction(node.parent) && node.parent.body === node))
        && file !== 'private/problems.ts' && inProblemList(node)) {
        problems.push({ file, line: lineOf(node.getStart()), pattern: new RegExp(`^${templatePattern(node)}$`), text: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { sites, problems };
}

/** The `lib/<file>:<line>` frames of an error's stack, innermost first. */
export function libFrames(error: Error): { file: string; line: number }[] {
  const frames: { file: string; line: number }[] = [];
  const prefix = escape(LIB + path.sep);
  for (const match of (error.stack ?? '').matchAll(new RegExp(`${prefix}([^:()\\s]+\\.ts):(\\d+):\\d+`, 'g'))) {
    frames.push({ file: match[1].split(path.sep).join('/'), line: Number(match[2]) });
  }
  return frames;
}
