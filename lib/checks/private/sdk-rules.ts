/**
 * Rules for the AWS SDK integrations (`CallAwsService`, `CallAwsServiceCrossRegion`): the service, the action
 * and each parameter exist in the AWS SDK's models, and each IAM action the task grants exists.
 */
import { Token } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { isLateBound, type StateEntry } from './definition';
import type { Problem } from './problem';
import { iamActionExists, sdkService, sdkServiceByClientName } from './sdk-model';

/** `arn:<partition>:states:::aws-sdk:<service>:<action>[.<pattern>]` */
const SDK_RESOURCE = /:states:::aws-sdk:([^:]+):([^:.]+)(\.[A-Za-z]+)?$/;

/** A call as the rules read it, from a state's JSON or a task's props. */
export interface SdkCall {
  readonly service: string;
  readonly action: string;
  readonly parameters: unknown;
  /** The fields of the state that hold the service, the action and the parameters. */
  readonly fields: { readonly service: string; readonly action: string; readonly parameters: string };
  /** Whether Step Functions reads the parameter names (PascalCase) or the AWS SDK for JavaScript does. */
  readonly byStepFunctions: boolean;
}

/** The AWS SDK call of a state, when it is a `aws-sdk:` Task state. */
export function sdkCallOf(state: StateEntry): SdkCall | undefined {
  const match = state.json.Type === 'Task' && typeof state.json.Resource === 'string' ? SDK_RESOURCE.exec(state.json.Resource) : null;
  if (!match) return undefined;
  const jsonata = state.queryLanguage === 'JSONata';
  return {
    service: match[1],
    action: match[2],
    parameters: jsonata ? state.json.Arguments : state.json.Parameters,
    fields: { service: 'Resource', action: 'Resource', parameters: jsonata ? 'Arguments' : 'Parameters' },
    byStepFunctions: true,
  };
}

/** The problems with an AWS SDK call: unknown service, action or parameter names. */
export function sdkCallProblems(call: SdkCall): Problem[] {
  if (isLateBound(call.service) || isLateBound(call.action)) return [];
  const service = call.byStepFunctions ? sdkService(call.service) : sdkServiceByClientName(call.service);
  if (!service) {
    return [{
      field: call.fields.service,
      message: `${call.service} is not an AWS SDK service${call.byStepFunctions ? ' that Step Functions can call (aws-sdk:<service>)' : ' (an AWS SDK for JavaScript v3 client name)'}`,
    }];
  }
  const operation = service.operations.get(call.action.toLowerCase());
  if (!operation) {
    return [{
      field: call.fields.action,
      message: `${call.action} is not an action of ${call.service}${suggestion(call.action, [...service.operations.values()].map((op) => camelCase(op.name)))}`,
    }];
  }
  const parameters = call.parameters;
  if (parameters === undefined || parameters === null || typeof parameters !== 'object' || Array.isArray(parameters) || isLateBound(parameters)) {
    return [];
  }
  // Step Functions takes a member's name in PascalCase and matches it to the model whatever the case of the
  // rest; the AWS SDK for JavaScript takes the model's names exactly, and drops any other silently.
  const spelling = (name: string) => call.byStepFunctions ? name.toLowerCase() : name;
  const members = new Set(operation.members.map(spelling));
  return Object.keys(parameters)
    .filter((key) => !Token.isUnresolved(key))
    .map((key) => [key, key.endsWith('.$') ? key.slice(0, -2) : key])
    .filter(([, name]) => !members.has(spelling(name)))
    .map(([key, name]) => ({
      field: `${call.fields.parameters}.${key}`,
      message: `${name} is not a parameter of ${call.service}:${call.action}`
        + (operation.members.length === 0 ? ', which takes none' : suggestion(name, operation.members.map((m) => call.byStepFunctions ? pascalCase(m) : m), true)),
    }));
}

/** The problems with the IAM actions of policy statements: each must exist in the Service Authorization Reference. */
export function iamActionProblems(statements: readonly iam.PolicyStatement[], field: string): Problem[] {
  const actions = statements.flatMap((statement) => statement.actions).filter((action) => !isLateBound(action));
  return [...new Set(actions)].filter((action) => !iamActionExists(action)).map((action) => ({
    field,
    message: `the IAM action ${action} does not exist in the IAM Service Authorization Reference`,
  }));
}

/** `; did you mean X?` for the known name closest to `name`, or the known names when there are few. */
function suggestion(name: string, known: string[], listAll = false): string {
  const close = known.filter((k) => distance(k.toLowerCase(), name.toLowerCase()) <= Math.max(2, Math.floor(name.length / 4)));
  if (close.length > 0) return `; did you mean ${close.slice(0, 3).join(' or ')}?`;
  if (listAll && known.length <= 12) return `; it takes ${known.join(', ')}`;
  return '';
}

function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Levenshtein distance, for suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

