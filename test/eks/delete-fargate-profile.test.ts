import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthesizeValid } from './helpers';
import { EksDeleteFargateProfile } from '../../lib';
import { newStack, policyStatements, regionalArn, renderState, stateArn } from '../util';

// Expected values: connect-eks.html ("deletes a Fargate profile" example; DeleteFargateProfile API). eks-iam.html
// has no DeleteFargateProfile template; its actions and ARN follow the DeleteNodegroup one (fargateprofile/<cluster>/<profile>/*).
describe('EksDeleteFargateProfile', () => {
  test('sends the cluster and Fargate profile names (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksDeleteFargateProfile(stack, 'Delete', { clusterName: 'MyCluster', fargateProfileName: 'MyFargateProfile' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('eks:deleteFargateProfile'),
      Parameters: { ClusterName: 'MyCluster', FargateProfileName: 'MyFargateProfile' },
    });
  });

  test('jsonata() sends the names through Arguments', () => {
    const stack = newStack();
    const task = EksDeleteFargateProfile.jsonata(stack, 'Delete', { clusterName: 'MyCluster', fargateProfileName: '{% $states.input.profile %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('eks:deleteFargateProfile'),
      Arguments: { ClusterName: 'MyCluster', FargateProfileName: '{% $states.input.profile %}' },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new EksDeleteFargateProfile(stack, 'Delete', { clusterName: 'c', fargateProfileName: 'n' }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ClusterName: 'c', FargateProfileName: 'n' });
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksDeleteFargateProfile(stack, 'Delete', { clusterName: 'c', fargateProfileName: 'n', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('eks:deleteFargateProfile', '.sync'));
  });

  test('Request Response grants deleting that Fargate profile of that cluster only', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteFargateProfile(stack, 'Delete', { clusterName: 'MyCluster', fargateProfileName: 'MyFargateProfile' }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:DeleteFargateProfile', Effect: 'Allow', Resource: regionalArn('eks', 'fargateprofile/MyCluster/MyFargateProfile/*') },
    ]);
  });

  test('.sync also grants describing the Fargate profile', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteFargateProfile(stack, 'Delete', {
      clusterName: 'MyCluster', fargateProfileName: 'MyFargateProfile', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([{
      Action: ['eks:DeleteFargateProfile', 'eks:DescribeFargateProfile'],
      Effect: 'Allow',
      Resource: regionalArn('eks', 'fargateprofile/MyCluster/MyFargateProfile/*'),
    }]);
  });

  test('names from the state data widen only their own part of the ARN', () => {
    const stack = newStack();
    synthesizeValid(stack, EksDeleteFargateProfile.jsonPath(stack, 'Delete', { clusterName: 'MyCluster', fargateProfileName: sfn.JsonPath.stringAt('$.profile') }));
    expect(policyStatements(stack)[0].Resource).toEqual(regionalArn('eks', 'fargateprofile/MyCluster/*/*'));
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksDeleteFargateProfile(stack, 'Delete', { clusterName: 'c', fargateProfileName: 'n', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow(/Unsupported service integration pattern/);
  });
});
