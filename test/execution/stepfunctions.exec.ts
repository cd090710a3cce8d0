/**
 * Nested executions (StepFunctionsStartExecution) cannot be executed in moto 5.2.5: its interpreter sends
 * the child's input to its own StartExecution handler under the ASL field name `Input` rather than the API's
 * `input`, so every child execution fails with `States.Runtime: 'Input'`, whatever the definition (the same
 * happens with the `aws-sdk:sfn:startExecution` integration). What moto can check is that its ASL parser
 * accepts the definitions we synthesize, in every pattern and both query languages; that is done here.
 */
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CreateStateMachineCommand, DescribeStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { StepFunctionsStartExecution } from '../../lib';
import { ACCOUNT, sdk, synthesizeDefinition, workflowStack } from './harness';

const CHILD = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:child`;

describe('StepFunctionsStartExecution definitions in moto', () => {
  test.each([
    ['JSONPath, RUN_JOB', () => {
      const stack = workflowStack();
      return synthesizeDefinition(stack, new StepFunctionsStartExecution(stack, 'Start child', {
        stateMachine: sfn.StateMachine.fromStateMachineArn(stack, 'Child', CHILD),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        input: sfn.TaskInput.fromObject({ n: sfn.JsonPath.numberAt('$.value') }),
        resultSelector: { 'child.$': 'States.StringToJson($.Output)' },
      }));
    }],
    ['JSONPath, WAIT_FOR_TASK_TOKEN, associated with the parent', () => {
      const stack = workflowStack();
      return synthesizeDefinition(stack, new StepFunctionsStartExecution(stack, 'Start child', {
        stateMachine: sfn.StateMachine.fromStateMachineArn(stack, 'Child', CHILD),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
        associateWithParent: true,
      }));
    }],
    ['JSONata, REQUEST_RESPONSE', () => {
      const stack = workflowStack();
      return synthesizeDefinition(stack, StepFunctionsStartExecution.jsonata(stack, 'Start child', {
        stateMachine: sfn.StateMachine.fromStateMachineArn(stack, 'Child', CHILD),
        input: sfn.TaskInput.fromObject({ n: '{% $states.input.value %}' }),
        outputs: '{% $states.result.ExecutionArn %}',
      }));
    }],
  ])('moto accepts the definition (%s)', async (name, synthesize) => {
    // GIVEN
    const definition = synthesize();
    // WHEN
    const { stateMachineArn } = await sdk(SFNClient).send(new CreateStateMachineCommand({
      name: `parent-${name.replace(/\W+/g, '-')}`, definition, roleArn: `arn:aws:iam::${ACCOUNT}:role/parent`,
    }));
    // THEN
    const described = await sdk(SFNClient).send(new DescribeStateMachineCommand({ stateMachineArn }));
    expect(JSON.parse(described.definition!)).toEqual(JSON.parse(definition));
  });
});
