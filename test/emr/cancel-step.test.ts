import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrCancelStep } from '../../lib';
import { newStack, policyStatements, renderState, stateArn, type Tasks, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN } from './fixtures';

describe('EmrCancelStep', () => {
  test('cancels the step by cluster and step ID (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrCancelStep(stack, 'Task', { clusterId: 'ClusterId', stepId: sfn.JsonPath.stringAt('$.StepId') });
    // THEN
    expect(renderState(task)).toEqual({
      'Type': 'Task',
      'End': true,
      'Resource': stateArn('elasticmapreduce:cancelStep'),
      'Parameters': { 'ClusterId': 'ClusterId', 'StepId.$': '$.StepId' },
    });
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = EmrCancelStep.jsonata(stack, 'Task', { clusterId: 'ClusterId', stepId: '{% $states.input.StepId %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:cancelStep'),
      Arguments: { ClusterId: 'ClusterId', StepId: '{% $states.input.StepId %}' },
    });
  });

  test('ignores integrationPattern and always calls request/response, as the reference does', () => {
    const stack = newStack();
    const task = new EmrCancelStep(stack, 'Task', { clusterId: 'c', stepId: 's', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('elasticmapreduce:cancelStep'));
  });

  test('may cancel steps on any cluster of the account and region', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrCancelStep(stack, 'Task', { clusterId: 'c', stepId: 's' })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'elasticmapreduce:CancelSteps', Effect: 'Allow', Resource: ANY_CLUSTER_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each([
      ['the README example', (t: Tasks, s: cdk.Stack) => new t.EmrCancelStep(s, 'Task', { clusterId: 'ClusterId', stepId: 'StepId' })],
      ['every prop', (t: Tasks, s: cdk.Stack) => new t.EmrCancelStep(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'), stepId: sfn.JsonPath.stringAt('$.StepId'), resultPath: sfn.JsonPath.DISCARD, comment: 'c',
      })],
      ['an integration pattern, ignored', (t: Tasks, s: cdk.Stack) => new t.EmrCancelStep(s, 'Task', {
        clusterId: 'c', stepId: 's', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['jsonPath()', (t: Tasks, s: cdk.Stack) => t.EmrCancelStep.jsonPath(s, 'Task', { clusterId: 'c', stepId: 's' })],
      ['jsonata()', (t: Tasks, s: cdk.Stack) => t.EmrCancelStep.jsonata(s, 'Task', { clusterId: 'c', stepId: '{% $states.input.s %}' })],
    ])('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrCancelStep(s, 'Task', { clusterId: 'c', stepId: 's' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });
});
