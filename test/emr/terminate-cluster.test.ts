import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrTerminateCluster } from '../../lib';
import { expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn, type Tasks, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN, eventsRuleStatement } from './fixtures';

const TERMINATE = {
  Action: ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'],
  Effect: 'Allow',
  Resource: ANY_CLUSTER_ARN,
};

describe('EmrTerminateCluster', () => {
  test('terminates the cluster and waits for it by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrTerminateCluster(stack, 'Task', { clusterId: 'ClusterId' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:terminateCluster', '.sync'),
      Parameters: { ClusterId: 'ClusterId' },
    });
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = EmrTerminateCluster.jsonata(stack, 'Task', { clusterId: '{% $states.input.id %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:terminateCluster', '.sync'),
      Arguments: { ClusterId: '{% $states.input.id %}' },
    });
  });

  test('REQUEST_RESPONSE renders no suffix and needs no EventBridge permissions', () => {
    const stack = newStack();
    const task = new EmrTerminateCluster(stack, 'Task', { clusterId: 'c', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(renderState(task).Resource).toEqual(stateArn('elasticmapreduce:terminateCluster'));
    expect(policyStatements(stack)).toEqual([TERMINATE]);
  });

  test('RUN_JOB may also manage the EventBridge rule that reports the termination', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrTerminateCluster(stack, 'Task', { clusterId: 'c' })),
    });
    expect(policyStatements(stack)).toEqual([TERMINATE, eventsRuleStatement('StepFunctionsGetEventForEMRTerminateJobFlowsRule')]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrTerminateCluster(stack, 'Task', { clusterId: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    test.each([
      ['the README example', (t: Tasks, s: cdk.Stack) => new t.EmrTerminateCluster(s, 'Task', { clusterId: 'ClusterId' })],
      ['REQUEST_RESPONSE from the input', (t: Tasks, s: cdk.Stack) => new t.EmrTerminateCluster(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, resultPath: sfn.JsonPath.DISCARD,
      })],
      ['jsonPath()', (t: Tasks, s: cdk.Stack) => t.EmrTerminateCluster.jsonPath(s, 'Task', { clusterId: 'c' })],
      ['jsonata()', (t: Tasks, s: cdk.Stack) => t.EmrTerminateCluster.jsonata(s, 'Task', { clusterId: 'c', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })],
    ])('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrTerminateCluster(s, 'Task', { clusterId: 'c' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EmrTerminateCluster(s, 'Task', {
        clusterId: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
