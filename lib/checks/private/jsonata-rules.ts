/**
 * Rules for JSONata states: every `{% %}` expression parses, reads only fields of `$states` that exist
 * where it stands, and no field of JSONPath is left in the state.
 */
import type { StateEntry } from './definition';
import { expressionBody, isStatesField, parseExpression } from './jsonata';
import { fieldName, forEachString, type Problem } from './problem';

/** Fields of a state that are names, not values: never evaluated. */
const NOT_EVALUATED = new Set(['Type', 'Next', 'End', 'Comment', 'QueryLanguage', 'Default', 'StartAt', 'Resource', 'ErrorEquals']);

/** States whose Output and Assign see `$states.result`. */
const WITH_RESULT = new Set(['Task', 'Parallel', 'Map']);

/** Fields of a state that only JSONPath has: Step Functions refuses a JSONata state that holds one. */
const JSONPATH_ONLY = /^(Parameters|ResultSelector|InputPath|OutputPath|ResultPath|[A-Za-z]+Path)$/;

export function jsonataProblems(state: StateEntry): Problem[] {
  if (state.queryLanguage !== 'JSONata') return [];
  const problems: Problem[] = Object.keys(state.json).filter((field) => JSONPATH_ONLY.test(field) && state.json[field] !== undefined).map((field) => ({
    field,
    message: `${field} is a JSONPath field, which Step Functions refuses in a JSONata state`
      + (state.json.QueryLanguage === undefined ? ' (it takes the query language of the state machine or the state it is nested in: build it with jsonata(...), or give it a queryLanguage)' : ''),
  }));
  forEachString(state.json, (value, _key, path) => {
    const body = expressionBody(value);
    if (body === undefined || NOT_EVALUATED.has(String(path[0]))) return;
    const field = fieldName(path);
    const expression = parseExpression(body);
    if (expression.syntaxError) {
      problems.push({ field, message: `the JSONata expression ${value} does not parse: ${expression.syntaxError}` });
      return;
    }
    for (const name of new Set(expression.statesFields)) {
      if (!isStatesField(name)) {
        problems.push({ field, message: `$states.${name} does not exist: $states has input, context, result and errorOutput` });
      } else if (name === 'result' && !(WITH_RESULT.has(state.json.Type) && (path[0] === 'Output' || path[0] === 'Assign'))) {
        problems.push({ field, message: '$states.result is only available in the Output and Assign of a Task, Parallel or Map state' });
      } else if (name === 'errorOutput' && !(path[0] === 'Catch' && (path[2] === 'Output' || path[2] === 'Assign'))) {
        problems.push({ field, message: '$states.errorOutput is only available in the Output and Assign of a Catch' });
      }
    }
  });
  return problems;
}
