/**
 * JSONata expressions as Step Functions reads them: parsed by the `jsonata` package (the version Step
 * Functions implements), then searched for the fields of the reserved `$states` variable they use.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */

/** The fields of `$states`. */
export type StatesField = 'input' | 'context' | 'result' | 'errorOutput';
const STATES_FIELDS: ReadonlySet<string> = new Set<StatesField>(['input', 'context', 'result', 'errorOutput']);

/** What one expression says: why it does not parse, or the `$states` fields it reads. */
export interface ParsedExpression {
  readonly syntaxError?: string;
  /** `$states.<name>` references, valid or not. */
  readonly statesFields: readonly string[];
}

type Parse = (expression: string) => { ast(): unknown };
let parse: Parse | undefined;
const parsed = new Map<string, ParsedExpression>();

/** The body of a `{% ... %}` string, or undefined for a string that is not a JSONata expression. */
export function expressionBody(value: string): string | undefined {
  if (!value.includes('{%')) return undefined;
  const trimmed = value.trim();
  return trimmed.startsWith('{%') && trimmed.endsWith('%}') && trimmed.length >= 4 ? trimmed.slice(2, -2) : undefined;
}

/** Parses one expression body (cached: a definition often repeats the same expression). */
export function parseExpression(body: string): ParsedExpression {
  let result = parsed.get(body);
  if (result === undefined) {
    result = parseOnce(body);
    parsed.set(body, result);
  }
  return result;
}

function parseOnce(body: string): ParsedExpression {
  parse ??= require('jsonata') as Parse;
  let ast: unknown;
  try {
    ast = parse(body).ast();
  } catch (error: any) {
    const where = typeof error?.position === 'number' ? ` (at character ${error.position})` : '';
    return { syntaxError: `${error?.message ?? error}${where}`, statesFields: [] };
  }
  const fields: string[] = [];
  collectStatesFields(ast, fields, new Set());
  return { statesFields: fields };
}

/** True for a field of `$states` that exists. */
export function isStatesField(name: string): boolean {
  return STATES_FIELDS.has(name);
}

/** Every `$states.<name>` in a parsed expression: a path whose first step is the variable `states`. */
function collectStatesFields(node: unknown, fields: string[], seen: Set<object>): void {
  // The parser links some nodes to their ancestors: each node is visited once.
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) collectStatesFields(item, fields, seen);
    return;
  }
  const n = node as { type?: string; steps?: Array<{ type?: string; value?: unknown }> };
  if (n.type === 'path' && n.steps && n.steps.length > 1 && n.steps[0].type === 'variable' && n.steps[0].value === 'states'
      && n.steps[1].type === 'name' && typeof n.steps[1].value === 'string') {
    fields.push(n.steps[1].value);
  }
  for (const value of Object.values(node)) {
    collectStatesFields(value, fields, seen);
  }
}
