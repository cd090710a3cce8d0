/**
 * Checks one state machine and adds an error annotation for each problem found, on the construct of the
 * state it is in (or on the state machine, for the definition's own fields and for states no construct of
 * the app can be told to own).
 */
import { Annotations, Stack } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { CallAwsService } from '../../aws-sdk/call-aws-service';
import { CallAwsServiceCrossRegion } from '../../aws-sdk/call-aws-service-cross-region';
import { crossRegionIamActions, sdkCallStatements } from '../../aws-sdk/private/permissions';
import { definitionOf, type StateEntry, statesOf } from './definition';
import { jsonataProblems } from './jsonata-rules';
import { jsonPathProblems } from './jsonpath-rules';
import type { Problem } from './problem';
import { iamActionProblems, sdkCallOf, sdkCallProblems } from './sdk-rules';
import { secondsProblem, taskProblems } from './task-rules';

/** The states of each construct tree, by state name: built once per tree, when first needed. */
const stateIndexes = new WeakMap<IConstruct, Map<string, sfn.State[]>>();
/** The same for the AWS SDK tasks alone, which every check of an SDK state needs. */
const sdkTaskIndexes = new WeakMap<IConstruct, Map<string, sfn.State[]>>();

export function checkStateMachine(machine: sfn.StateMachine): void {
  const found = definitionOf(machine);
  if (!found) return;
  const report = (owner: IConstruct, where: string, problems: Problem[]) => {
    for (const problem of problems) {
      Annotations.of(owner).addError(`${where}, ${problem.field}: ${problem.message}`);
    }
  };
  const timeout = secondsProblem('TimeoutSeconds', found.definition.TimeoutSeconds);
  report(machine, 'State machine', timeout ? [timeout] : []);
  for (const state of statesOf(found.definition)) {
    const sdkTask = found.rendered ? ownerOf(machine, state.name, sdkTaskIndexes, isSdkTask) : undefined;
    const problems = [...jsonataProblems(state), ...jsonPathProblems(state), ...taskProblems(state), ...sdkProblems(state, sdkTask)];
    if (problems.length > 0) {
      const owner = sdkTask ?? (found.rendered ? ownerOf(machine, state.name, stateIndexes, () => true) : undefined);
      report(owner ?? machine, `State '${state.name}'`, problems);
    }
  }
}

function isSdkTask(state: sfn.State): boolean {
  return state instanceof CallAwsService || state instanceof CallAwsServiceCrossRegion;
}

function sdkProblems(state: StateEntry, owner: sfn.State | undefined): Problem[] {
  const call = sdkCallOf(state);
  const problems = call ? sdkCallProblems(call) : [];
  if (owner instanceof CallAwsService) {
    // The statements the task adds to the state machine's role.
    problems.push(...iamActionProblems((owner as any).taskPolicies ?? [], 'iamAction'));
  } else if (owner instanceof CallAwsServiceCrossRegion) {
    const props = (owner as any).props;
    // The call is the function's event: the state's input, or its Payload when the task waits for the call.
    const input = state.queryLanguage === 'JSONata' ? 'Arguments' : 'Parameters';
    const event = state.json[input]?.Payload !== undefined ? `${input}.Payload` : input;
    problems.push(...sdkCallProblems({
      service: props.service,
      action: props.action,
      parameters: props.parameters,
      fields: { service: `${event}.service`, action: `${event}.action`, parameters: `${event}.parameters` },
      byStepFunctions: false,
    }));
    // The statements the task adds to the calling function's role.
    const statements = sdkCallStatements(owner, props, () => crossRegionIamActions(props.service, props.action));
    problems.push(...iamActionProblems(statements, 'iamAction'));
  }
  return problems;
}

/**
 * The state construct named `name` that belongs with `machine`: the one of that name in the app, else the
 * one of that name in the machine's stack; undefined when that leaves none or several. Only the states that
 * `include` accepts are indexed.
 */
function ownerOf(machine: sfn.StateMachine, name: string, indexes: WeakMap<IConstruct, Map<string, sfn.State[]>>,
  include: (state: sfn.State) => boolean): sfn.State | undefined {
  const root = machine.node.root;
  let index = indexes.get(root);
  if (!index) {
    index = new Map();
    for (const construct of root.node.findAll()) {
      if (construct instanceof sfn.State && include(construct)) {
        const list = index.get(construct.stateId) ?? [];
        list.push(construct);
        index.set(construct.stateId, list);
      }
    }
    indexes.set(root, index);
  }
  const candidates = index.get(name) ?? [];
  if (candidates.length === 1) return candidates[0];
  const inStack = candidates.filter((state) => Stack.of(state) === Stack.of(machine));
  return inStack.length === 1 ? inStack[0] : undefined;
}
