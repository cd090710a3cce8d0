import { JsonPath, QueryLanguage } from 'aws-cdk-lib/aws-stepfunctions';

/** The query language a state renders in: its own, else its state machine's, else JSONPath. */
export function queryLanguageOf(topLevel?: QueryLanguage, stateLevel?: QueryLanguage): QueryLanguage {
  return stateLevel ?? topLevel ?? QueryLanguage.JSON_PATH;
}

/**
 * The props of a `jsonata()` factory: the caller's, with the state's query language set to JSONata.
 *
 * Every task class repeats its own `jsonPath()`/`jsonata()` factories and its props trio (`XProps`,
 * `XJsonPathProps`, `XJsonataProps`) as aws-cdk-lib does, and cannot share them: jsii gives static methods
 * no inheritance in the other languages, each factory returns its own class, and each props struct is a
 * public type of its own. What the factories do is this function.
 */
export function withJsonata<T extends object>(props: T): T & { readonly queryLanguage: QueryLanguage } {
  return { ...props, queryLanguage: QueryLanguage.JSONATA };
}

/** True for a JSONata expression string, `{% ... %}`. */
export function isJsonataExpression(value: string): boolean {
  return /^{%(.*)%}$/s.test(value);
}

/** True for a string that Step Functions resolves at run time: an encoded JSONPath or a JSONata expression. */
export function isJsonPathOrJsonataExpression(value: string): boolean {
  return JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value);
}

/**
 * The resource name to grant on for a value that may be resolved only at run time: any (`*`) when it
 * comes from the state's data (JSONPath or JSONata), else the value followed by `suffix`. A deploy-time
 * token is kept, since it is known when the policy is.
 */
export function anyIfRunTime(value: string, suffix = ''): string {
  return isJsonPathOrJsonataExpression(value) ? '*' : `${value}${suffix}`;
}
