/**
 * Rules for a Task state's settings: timeouts and heartbeats, and the task token of `.waitForTaskToken`.
 */
import { isLateBound, type StateEntry } from './definition';
import { forEachString, type Problem } from './problem';

/** The problems with a positive number of seconds, such as a state machine's or a task's TimeoutSeconds. */
export function secondsProblem(field: string, value: unknown): Problem | undefined {
  if (typeof value !== 'number' || isLateBound(value)) return undefined;
  return Number.isInteger(value) && value > 0 ? undefined : { field, message: `must be a positive whole number of seconds, got ${value}` };
}

export function taskProblems(state: StateEntry): Problem[] {
  const json = state.json;
  if (json.Type !== 'Task') return [];
  const problems: Problem[] = [];
  const timeout = secondsProblem('TimeoutSeconds', json.TimeoutSeconds);
  const heartbeat = secondsProblem('HeartbeatSeconds', json.HeartbeatSeconds);
  problems.push(...[timeout, heartbeat].filter((p): p is Problem => p !== undefined));
  if (!timeout && !heartbeat && typeof json.TimeoutSeconds === 'number' && typeof json.HeartbeatSeconds === 'number'
      && !isLateBound(json.TimeoutSeconds) && !isLateBound(json.HeartbeatSeconds) && json.HeartbeatSeconds >= json.TimeoutSeconds) {
    problems.push({ field: 'HeartbeatSeconds', message: `${json.HeartbeatSeconds} must be shorter than TimeoutSeconds (${json.TimeoutSeconds})` });
  }
  if (typeof json.Resource === 'string' && json.Resource.endsWith('.waitForTaskToken') && !passesTaskToken(state)) {
    problems.push({
      field: 'Resource',
      message: `the .waitForTaskToken pattern waits for a task token, but the state's input (${state.queryLanguage === 'JSONata' ? 'Arguments' : 'Parameters'}) `
        + `never passes one (${state.queryLanguage === 'JSONata' ? '$states.context.Task.Token' : '$$.Task.Token'})`,
    });
  }
  return problems;
}

/** True when the state's input holds the task token, or holds a value not known yet that may. */
function passesTaskToken(state: StateEntry): boolean {
  const input = state.queryLanguage === 'JSONata' ? state.json.Arguments : state.json.Parameters;
  if (isLateBound(input)) return true;
  const token = state.queryLanguage === 'JSONata' ? '$states.context.Task.Token' : '$$.Task.Token';
  let found = false;
  let unknown = false;
  forEachString({ input }, (value) => { found ||= value.includes(token); });
  JSON.stringify(input ?? null, (_key, value) => { unknown ||= isLateBound(value); return value; });
  return found || unknown;
}
