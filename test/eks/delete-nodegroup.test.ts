import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthesizeValid } from './helpers';
import { EksDeleteNodegroup } from '../../lib';
import { newStack, policyStatements, regionalArn, renderState, stateArn } from '../util';

// Expected values: connect-eks.html ("deletes a node group" example) and eks-iam.html (DeleteNodegroup:
// eks:DeleteNodegroup and eks:DescribeNodegroup on nodegroup/<cluster>/<nodegroup>/*).
describe('EksDeleteNodegroup', () => {
  test('sends the cluster and node group names (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksDeleteNodegroup(stack, 'Delete', { clusterName: 'MyCluster', nodegroupName: 'MyNodegroup' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('eks:deleteNodegroup'),
      Parameters: { ClusterName: 'MyCluster', NodegroupName: 'MyNodegroup' },
    });
  });

  test('jsonata() sends the names through Arguments', () => {
    const stack = newStack();
    const task = EksDeleteNodegroup.jsonata(stack, 'Delete', { clusterName: 'MyCluster', nodegroupName: '{% $states.input.nodegroup %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('eks:deleteNodegroup'),
      Arguments: { ClusterName: 'MyCluster', NodegroupName: '{% $states.input.nodegroup %}' },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new EksDeleteNodegroup(stack, 'Delete', { clusterName: 'c', nodegroupName: 'n' }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ClusterName: 'c', NodegroupName: 'n' });
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksDeleteNodegroup(stack, 'Delete', { clusterName: 'c', nodegroupName: 'n', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('eks:deleteNodegroup', '.sync'));
  });

  test('Request Response grants deleting that node group of that cluster only', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteNodegroup(stack, 'Delete', { clusterName: 'MyCluster', nodegroupName: 'MyNodegroup' }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:DeleteNodegroup', Effect: 'Allow', Resource: regionalArn('eks', 'nodegroup/MyCluster/MyNodegroup/*') },
    ]);
  });

  test('.sync also grants describing the node group', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteNodegroup(stack, 'Delete', {
      clusterName: 'MyCluster', nodegroupName: 'MyNodegroup', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([{
      Action: ['eks:DeleteNodegroup', 'eks:DescribeNodegroup'],
      Effect: 'Allow',
      Resource: regionalArn('eks', 'nodegroup/MyCluster/MyNodegroup/*'),
    }]);
  });

  test('names from the state data widen only their own part of the ARN', () => {
    const stack = newStack();
    synthesizeValid(stack, EksDeleteNodegroup.jsonPath(stack, 'Delete', { clusterName: 'MyCluster', nodegroupName: sfn.JsonPath.stringAt('$.ng') }));
    expect(policyStatements(stack)[0].Resource).toEqual(regionalArn('eks', 'nodegroup/MyCluster/*/*'));
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksDeleteNodegroup(stack, 'Delete', { clusterName: 'c', nodegroupName: 'n', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/Unsupported service integration pattern/);
  });
});
