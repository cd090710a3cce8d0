/**
 * The fuzz cases where we differ from aws-cdk-lib on purpose (README, "Differences from aws-cdk-lib").
 *
 * A recognized case is not let off: its reference side is changed by exactly the intended difference
 * (test/differences.ts), and the result must still be identical to ours. Keep each recognizer as narrow as
 * the fix it stands for.
 */
import { callAwsServiceIamActions } from '../../lib/aws-sdk/private/permissions';
import type { IntendedDifference } from '../util';
import { grantsTopicKey, runsBedrockJobToCompletion } from '../differences';
import { TASKS } from './assembly';
import { type FuzzCase, builderOf } from './fuzz';
import type { Recipe } from './recipes';

interface KnownDifference {
  /** The upstream issue, where there is one. */
  readonly issue?: string;
  /** The difference for this case, or undefined when the case does not reach it. */
  readonly recognize: (fuzzCase: FuzzCase) => IntendedDifference | undefined;
}

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    issue: 'aws-cdk#32303',
    // SnsPublish grants the use of a customer managed key of the topic.
    recognize: (c) => c.task === 'SnsPublish' && isExternal(prop(c, 'topic'), 'topic.encrypted') ? grantsTopicKey() : undefined,
  },
  {
    issue: 'aws-cdk#12456',
    // DynamoAttributeValue.fromNumber of a JSONPath number renders it as text, and listFromJsonPath and
    // booleanFromJsonPath of a path string render a path field: what the reference renders for
    // numberFromString(JsonPath.format('{}', stringAt(path))) and for the path given as JsonPath.stringAt.
    recognize: (c) => {
      const rewritten = rewriteRecipe(c.props, dynamoValueAsReference);
      return rewritten === c.props ? undefined : { referenceBuild: builderOf({ ...c, props: rewritten }) };
    },
  },
  {
    issue: 'aws-cdk#23824',
    // CallAwsService grants the generated IAM prefix of a service that aws-cdk-lib's hand-written list
    // lacks, and the IAM action an operation needs where `<prefix>:<action>` is not one: what the reference
    // grants when given that action as iamAction.
    recognize: (c) => {
      const [service, action] = [prop(c, 'service'), prop(c, 'action')];
      if (c.task !== 'CallAwsService' || prop(c, 'iamAction') || !service || !('lit' in service) || !action || !('lit' in action)) return undefined;
      const ours = callAwsServiceIamActions(String(service.lit), String(action.lit));
      const theirs = `${REFERENCE_IAM_PREFIXES[String(service.lit)] ?? service.lit}:${action.lit}`;
      if (ours.length !== 1 || ours[0] === theirs) return undefined;
      const props = { struct: { ...(c.props as { struct: Record<string, Recipe> }).struct, iamAction: { lit: ours[0] } } };
      return { referenceBuild: builderOf({ ...c, props }) };
    },
  },
  {
    // BedrockCreateModelCustomizationJob with RUN_JOB renders `.sync` and may follow and stop the job.
    recognize: (c) => {
      const pattern = prop(c, 'integrationPattern');
      return c.task === 'BedrockCreateModelCustomizationJob' && pattern && 'enum' in pattern && pattern.member === 'RUN_JOB'
        ? runsBedrockJobToCompletion() : undefined;
    },
  },
];

/** aws-cdk-lib 2.276.0's own list (its CallAwsService looks the service up as given, without changing its case). */
const REFERENCE_IAM_PREFIXES: Record<string, string> = {
  bedrockagent: 'bedrock', cloudwatchlogs: 'logs', efs: 'elasticfilesystem', elasticloadbalancingv2: 'elasticloadbalancing',
  mediapackagevod: 'mediapackage-vod', mwaa: 'airflow', sfn: 'states',
};

const DYNAMO_VALUE = `${TASKS}DynamoAttributeValue`;

function dynamoValueAsReference(recipe: Recipe): Recipe | undefined {
  if (!('call' in recipe) || recipe.call !== DYNAMO_VALUE) return undefined;
  const [arg] = recipe.args;
  if (recipe.method === 'fromNumber' && arg && 'token' in arg && arg.token === 'number') {
    const asText: Recipe = { call: 'aws-cdk-lib.aws_stepfunctions.JsonPath', method: 'format', args: [{ lit: '{}' }, { token: 'string', path: arg.path }] };
    return { call: DYNAMO_VALUE, method: 'numberFromString', args: [asText] };
  }
  if ((recipe.method === 'listFromJsonPath' || recipe.method === 'booleanFromJsonPath')
    && arg && 'lit' in arg && typeof arg.lit === 'string' && arg.lit.startsWith('$')) {
    return { call: DYNAMO_VALUE, method: recipe.method, args: [{ token: 'string', path: arg.lit }] };
  }
  return undefined;
}

/** The recipe with every node that `replace` answers for replaced; the same object when nothing was. */
function rewriteRecipe(recipe: Recipe, replace: (r: Recipe) => Recipe | undefined): Recipe {
  const replaced = replace(recipe);
  if (replaced) return replaced;
  const each = (list: Recipe[]) => {
    const out = list.map((r) => rewriteRecipe(r, replace));
    return out.some((r, i) => r !== list[i]) ? out : list;
  };
  const eachValue = (map: Record<string, Recipe>) => {
    const keys = Object.keys(map);
    const out = keys.map((k) => rewriteRecipe(map[k], replace));
    return out.some((r, i) => r !== map[keys[i]]) ? Object.fromEntries(keys.map((k, i) => [k, out[i]])) : map;
  };
  if ('struct' in recipe) { const struct = eachValue(recipe.struct); return struct === recipe.struct ? recipe : { struct }; }
  if ('map' in recipe) { const map = eachValue(recipe.map); return map === recipe.map ? recipe : { map }; }
  if ('list' in recipe) { const list = each(recipe.list); return list === recipe.list ? recipe : { list }; }
  if ('call' in recipe) { const args = each(recipe.args); return args === recipe.args ? recipe : { ...recipe, args }; }
  if ('construct' in recipe) { const args = each(recipe.args); return args === recipe.args ? recipe : { ...recipe, args }; }
  if ('ext' in recipe && recipe.args) { const args = each(recipe.args); return args === recipe.args ? recipe : { ...recipe, args }; }
  return recipe;
}

/**
 * The intended difference a fuzz case reaches, if any. (A case reaching two would need them combined; none
 * of the task classes can reach two of these.)
 */
export function intendedDifferenceOf(fuzzCase: FuzzCase): IntendedDifference | undefined {
  for (const known of KNOWN_DIFFERENCES) {
    const difference = known.recognize(fuzzCase);
    if (difference) return difference;
  }
  return undefined;
}

function prop(fuzzCase: FuzzCase, name: string): Recipe | undefined {
  return 'struct' in fuzzCase.props ? fuzzCase.props.struct[name] : undefined;
}

function isExternal(recipe: Recipe | undefined, key: string): boolean {
  return recipe !== undefined && 'ext' in recipe && recipe.ext === key;
}
