/**
 * Rules for JSONata states: every `{% %}` expression parses, and reads only fields of `$states` that exist
 * where it stands.
 */
import type { StateEntry } from './definition';
import { expressionBody, isStatesField, parseExpression } from './jsonata';
import { fieldName, forEachString, Problem } from './problem';

/** Fields of a state that are names, not values: never evaluated. */
const NOT_EVALUATED = new Set(['Type', 'Next', 'End', 'Comment', 'QueryLanguage', 'Default', 'StartAt', 'Resource', 'ErrorEquals']);

/** States whose Output and Assign see `$states.result`. */
const WITH_RESULT = new Set(['Task', 'Parallel', 'Map']);

export function jsonataProblems(state: StateEntry): Problem[] {
  if (state.queryLanguage !== 'JSONata') return [];
  const problems: Problem[] = [];
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
