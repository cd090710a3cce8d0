import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrSetClusterTerminationProtection } from '../../lib';
import { newStack, policyStatements, renderState, stateArn, type Tasks, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN } from './fixtures';

describe('EmrSetClusterTerminationProtection', () => {
  test('sets the protection flag of the cluster (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrSetClusterTerminationProtection(stack, 'Task', { clusterId: 'ClusterId', terminationProtected: false });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:setClusterTerminationProtection'),
      Parameters: { ClusterId: 'ClusterId', TerminationProtected: false },
    });
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = EmrSetClusterTerminationProtection.jsonata(stack, 'Task', { clusterId: '{% $states.input.id %}', terminationProtected: true });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:setClusterTerminationProtection'),
      Arguments: { ClusterId: '{% $states.input.id %}', TerminationProtected: true },
    });
  });

  test('may set termination protection on any cluster of the account and region', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrSetClusterTerminationProtection(stack, 'Task', { clusterId: 'c', terminationProtected: true })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'elasticmapreduce:SetTerminationProtection', Effect: 'Allow', Resource: ANY_CLUSTER_ARN }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each([
      ['the README example', (t: Tasks, s: cdk.Stack) => new t.EmrSetClusterTerminationProtection(s, 'Task', { clusterId: 'ClusterId', terminationProtected: false })],
      ['protection on, from the input', (t: Tasks, s: cdk.Stack) => new t.EmrSetClusterTerminationProtection(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'), terminationProtected: true, resultPath: sfn.JsonPath.DISCARD,
      })],
      ['an integration pattern, ignored', (t: Tasks, s: cdk.Stack) => new t.EmrSetClusterTerminationProtection(s, 'Task', {
        clusterId: 'c', terminationProtected: true, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonPath()', (t: Tasks, s: cdk.Stack) => t.EmrSetClusterTerminationProtection.jsonPath(s, 'Task', { clusterId: 'c', terminationProtected: true })],
      ['jsonata()', (t: Tasks, s: cdk.Stack) => t.EmrSetClusterTerminationProtection.jsonata(s, 'Task', { clusterId: 'c', terminationProtected: false })],
    ])('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrSetClusterTerminationProtection(s, 'Task', { clusterId: 'c', terminationProtected: true }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });
});
