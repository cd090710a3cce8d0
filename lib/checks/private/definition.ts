/**
 * The definition a state machine deploys, read as an object, and its states with the query language each
 * is evaluated in.
 */
import { type IResolveContext, Stack, Token, Tokenization } from 'aws-cdk-lib';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/** Stands for a token's value in a definition that had to be resolved (see `definitionOf`). */
const TOKEN_MARK = '\uE000';

/** A value only known at deploy time: a token, or a string that holds one. */
export function isLateBound(value: unknown): boolean {
  if (typeof value === 'string') {
    // Every string token has this in its text: a cheap test before aws-cdk-lib's own.
    return value.includes(TOKEN_MARK) || ((value.includes('${Token[') || value.includes('#{Token[')) && Token.isUnresolved(value));
  }
  return Token.isUnresolved(value);
}

/** One state of a definition. */
export interface StateEntry {
  /** Its name, as `States` keys it. */
  readonly name: string;
  /** Its JSON, as rendered (tokens left in). */
  readonly json: { readonly [field: string]: any };
  /** The query language it is evaluated in: its own, else the definition's, else JSONPath. */
  readonly queryLanguage: 'JSONPath' | 'JSONata';
}

/** Keys of a state whose values hold further states (Parallel branches, Map processors). */
export const NESTED_STATES_FIELDS: ReadonlySet<string> = new Set(['Branches', 'ItemProcessor', 'Iterator']);

const CAPTURED = Symbol('captured');

/**
 * The definition object of a state machine, or undefined when it is not known at synthesis (a file or S3
 * location, or a definition that does not parse).
 *
 * `sfn.StateMachine` renders its states when it is constructed and hands the rendered object to
 * `Stack.toJsonString`, which keeps it behind a lazy token and resolves it as its first step. Resolving
 * that token with a context that takes the object and stops there gives the definition as it was rendered,
 * at no cost; resolving it in full (the fallback, should that first step ever change) costs as much as the
 * stack's own synthesis of it.
 */
export function definitionOf(machine: sfn.StateMachine): { readonly definition: any; readonly rendered: boolean } | undefined {
  const definitionString = (machine.node.defaultChild as sfn.CfnStateMachine | undefined)?.definitionString;
  if (typeof definitionString !== 'string') {
    return undefined;
  }
  if (!Token.isUnresolved(definitionString)) {
    const definition = parseJson(definitionString);
    return definition && { definition, rendered: false };
  }
  const token = Tokenization.reverseString(definitionString).firstToken;
  let captured: unknown;
  if (token) {
    const context: IResolveContext = {
      scope: machine,
      preparing: false,
      documentPath: [],
      registerPostProcessor: () => undefined,
      resolve: (value: any) => {
        captured = value;
        throw CAPTURED;
      },
    };
    try {
      token.resolve(context);
    } catch (error) {
      if (error !== CAPTURED) captured = undefined;
    }
  }
  if (isDefinition(captured)) {
    return { definition: captured, rendered: true };
  }
  const definition = parseJson(joinResolved(Stack.of(machine).resolve(definitionString)));
  return definition && { definition, rendered: true };
}

/**
 * Every state of a definition, those in Parallel branches and Map processors included. A state without a
 * query language of its own takes that of the state it is nested in, else the definition's.
 */
export function statesOf(definition: any): StateEntry[] {
  const languageOf = (json: any, inherited: StateEntry['queryLanguage']) =>
    json.QueryLanguage === 'JSONata' ? 'JSONata' : json.QueryLanguage === 'JSONPath' ? 'JSONPath' : inherited;
  const entries: StateEntry[] = [];
  const collect = (graph: any, inherited: StateEntry['queryLanguage']) => {
    if (!isDefinition(graph)) return;
    for (const [name, json] of Object.entries<any>(graph.States)) {
      if (json === null || typeof json !== 'object' || Token.isUnresolved(json)) continue;
      const queryLanguage = languageOf(json, inherited);
      entries.push({ name, json, queryLanguage });
      for (const branch of Array.isArray(json.Branches) ? json.Branches : []) collect(branch, queryLanguage);
      collect(json.ItemProcessor, queryLanguage);
      collect(json.Iterator, queryLanguage);
    }
  };
  collect(definition, languageOf(definition, 'JSONPath'));
  return entries;
}

function isDefinition(value: unknown): value is { States: Record<string, unknown> } {
  return value !== null && typeof value === 'object' && typeof (value as any).States === 'object' && (value as any).States !== null;
}

function parseJson(text: string | undefined): any {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text);
    return isDefinition(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A resolved definition string as text, each CloudFormation intrinsic in it replaced by `TOKEN_MARK`. */
function joinResolved(resolved: unknown): string | undefined {
  if (typeof resolved === 'string') return resolved;
  const join = (resolved as any)?.['Fn::Join'];
  if (Array.isArray(join) && join[0] === '' && Array.isArray(join[1])) {
    return join[1].map((part: unknown) => typeof part === 'string' ? part : TOKEN_MARK).join('');
  }
  return undefined;
}
