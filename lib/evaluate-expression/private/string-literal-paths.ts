/**
 * The state paths an `EvaluateExpression` expression refers to: `$.` or `$[` followed by name, index and
 * separator characters. The task binds every match as a value the Lambda function substitutes.
 */
export const STATE_PATH = /\$[.[][-.\w[\]]+/g;

/** Where a state path was found written as text rather than as code. */
export type LiteralKind = 'plainString' | 'templateText';

/** A state path that the Lambda function will not resolve because it sits in literal text. */
export interface PathInLiteral {
  /** The path as written, e.g. `$.count`. */
  readonly path: string;
  /** The kind of literal the path is written in. */
  readonly context: LiteralKind;
}

/**
 * A nesting level of the scan: code (the expression itself, or a `${...}` inside a template literal,
 * which counts its own `{`/`}` pairs so that it knows which `}` closes it), a quoted string, a template
 * literal's text, or a regular expression literal.
 */
type Level =
  | { readonly kind: 'code'; readonly interpolation: boolean; openBraces: number }
  | { readonly kind: 'quoted'; readonly quote: string }
  | { readonly kind: 'template' }
  | { readonly kind: 'regex' };

/**
 * Lists the state paths of `expression` that are written inside a string literal (`'...'`, `"..."`) or in
 * the text of a template literal (`` `...` `` outside its `${...}`), which the Lambda function leaves as
 * they are. Paths used as code, including inside `${...}`, are not listed.
 *
 * This is a lexical scan, not a JavaScript parser: a `/` in code starts a regular expression literal when
 * nothing that could end an operand (a name, a number, `)` or `]`) comes before it, and the text of a
 * regular expression is never searched. Each path is listed once, plain strings first.
 */
export function pathsInsideStringLiterals(expression: string): PathInLiteral[] {
  const kindAt = literalKinds(expression);
  const found: Record<LiteralKind, Set<string>> = { plainString: new Set(), templateText: new Set() };
  for (const match of expression.matchAll(STATE_PATH)) {
    const kind = kindAt[match.index!];
    if (kind) {
      found[kind].add(match[0]);
    }
  }
  return (['plainString', 'templateText'] as const).flatMap((context) => [...found[context]].map((path) => ({ path, context })));
}

/** For each character of `expression`, the kind of literal text it belongs to, if any. */
function literalKinds(expression: string): Array<LiteralKind | undefined> {
  const kinds = new Array<LiteralKind | undefined>(expression.length);
  const levels: Level[] = [{ kind: 'code', interpolation: false, openBraces: 0 }];
  let i = 0;
  while (i < expression.length) {
    const level = levels[levels.length - 1];
    const char = expression[i];
    switch (level.kind) {
      case 'quoted': {
        // An escape keeps the next character, even the quote, inside the string.
        const width = char === '\\' ? 2 : 1;
        kinds.fill('plainString', i, Math.min(i + width, expression.length));
        if (char === level.quote) levels.pop();
        i += width;
        break;
      }
      case 'regex':
        if (char === '/') levels.pop();
        i += char === '\\' ? 2 : 1;
        break;
      case 'template':
        if (char === '\\') {
          kinds.fill('templateText', i, Math.min(i + 2, expression.length));
          i += 2;
        } else if (char === '`') {
          levels.pop();
          i += 1;
        } else if (char === '$' && expression[i + 1] === '{') {
          levels.push({ kind: 'code', interpolation: true, openBraces: 0 });
          i += 2;
        } else {
          kinds[i] = 'templateText';
          i += 1;
        }
        break;
      case 'code':
        if (char === '\'' || char === '"') {
          levels.push({ kind: 'quoted', quote: char });
        } else if (char === '`') {
          levels.push({ kind: 'template' });
        } else if (char === '/' && !followsOperand(expression, i)) {
          levels.push({ kind: 'regex' });
        } else if (char === '{') {
          level.openBraces += 1;
        } else if (char === '}') {
          if (level.openBraces > 0) {
            level.openBraces -= 1;
          } else if (level.interpolation) {
            levels.pop();
          }
        }
        i += 1;
        break;
    }
  }
  return kinds;
}

/** True when the last non-blank character before `index` can end an operand, so a `/` there divides. */
function followsOperand(expression: string, index: number): boolean {
  const before = expression.slice(0, index).trimEnd();
  return before.length > 0 && /[\w$)\]]/.test(before[before.length - 1]);
}
