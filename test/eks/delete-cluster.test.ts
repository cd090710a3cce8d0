import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { clusterArn, synthesizeValid } from './helpers';
import { EksDeleteCluster } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

// Expected values: connect-eks.html ("deletes an Amazon EKS cluster" example) and eks-iam.html (DeleteCluster).
describe('EksDeleteCluster', () => {
  test('sends the cluster name (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster' });
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('eks:deleteCluster'), Parameters: { Name: 'MyCluster' } });
  });

  test('jsonata() sends the name through Arguments', () => {
    const stack = newStack();
    const task = EksDeleteCluster.jsonata(stack, 'Delete', { clusterName: '{% $states.input.cluster %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('eks:deleteCluster'),
      Arguments: { Name: '{% $states.input.cluster %}' },
    });
  });

  test('jsonPath() reads the name from the state input', () => {
    const stack = newStack();
    const task = EksDeleteCluster.jsonPath(stack, 'Delete', { clusterName: sfn.JsonPath.stringAt('$.cluster') });
    expect(renderState(task).Parameters).toEqual({ 'Name.$': '$.cluster' });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster' }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ Name: 'MyCluster' });
    expect(state.Parameters).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('eks:deleteCluster', '.sync'));
  });

  test('Request Response grants deleting the named cluster only', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster' }));
    expect(policyStatements(stack)).toEqual([{ Action: 'eks:DeleteCluster', Effect: 'Allow', Resource: clusterArn('MyCluster') }]);
  });

  test('.sync also grants describing the cluster, as the documented template does', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster', integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(policyStatements(stack)).toEqual([
      { Action: ['eks:DeleteCluster', 'eks:DescribeCluster'], Effect: 'Allow', Resource: clusterArn('MyCluster') },
    ]);
  });

  test.each([
    ['JSONPath', sfn.JsonPath.stringAt('$.cluster')],
    ['JSONata', '{% $states.input.cluster %}'],
  ])('a name from the state data (%s) grants on every cluster', (_, clusterName) => {
    const stack = newStack();
    synthesizeValid(stack, new EksDeleteCluster(stack, 'Delete', { clusterName }));
    expect(policyStatements(stack)[0].Resource).toEqual(clusterArn('*'));
  });

  test('a deploy-time token name keeps the grant on that cluster', () => {
    const stack = newStack();
    const name = new cdk.CfnParameter(stack, 'Name').valueAsString;
    synthesizeValid(stack, new EksDeleteCluster(stack, 'Delete', { clusterName: name }));
    expect(policyStatements(stack)[0].Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':eks:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':cluster/', { Ref: 'Name' }]],
    });
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN, which Amazon EKS does not offer', () => {
    const stack = newStack();
    expect(() => new EksDeleteCluster(stack, 'Delete', { clusterName: 'MyCluster', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });
});
