import type * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { clusterArn, passRole, synthesizeValid } from './helpers';
import { EksCreateFargateProfile, type EksCreateFargateProfileProps } from '../../lib';
import { newStack, policyStatements, regionalArn, renderState, stateArn } from '../util';

// Expected values: connect-eks.html (the createFargateProfile.sync example: ClusterName,
// FargateProfileName, PodExecutionRoleArn, Selectors; iam:PassRole of the pod execution role) and
// API_CreateFargateProfile.html (Subnets, Tags, at most five selectors). eks-iam.html has no
// CreateFargateProfile template: the action is granted on the cluster, as aws-cdk-lib's own EKS cluster
// handler grants eks:CreateFargateProfile, and the wait describes the profile (fargateprofile/<c>/<p>/*).
// Tagging on create is granted on the profile, the resource type list_amazonelastickubernetesservice.html
// gives eks:TagResource.
const POD_ROLE_ARN = 'arn:aws:iam::123456789012:role/MyFargatePodExecutionRole';

function props(stack: cdk.Stack, extra: Partial<EksCreateFargateProfileProps> = {}): EksCreateFargateProfileProps {
  return {
    clusterName: 'MyCluster',
    fargateProfileName: 'MyFargateProfile',
    podExecutionRole: iam.Role.fromRoleArn(stack, 'PodRole', POD_ROLE_ARN),
    selectors: [{ namespace: 'my-namespace', labels: { 'my-label': 'my-value' } }],
    ...extra,
  };
}

const REQUEST = {
  ClusterName: 'MyCluster',
  FargateProfileName: 'MyFargateProfile',
  PodExecutionRoleArn: POD_ROLE_ARN,
  Selectors: [{ Namespace: 'my-namespace', Labels: { 'my-label': 'my-value' } }],
};

describe('EksCreateFargateProfile', () => {
  test('sends the cluster, name, pod execution role and selectors (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksCreateFargateProfile(stack, 'Create', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('eks:createFargateProfile'), Parameters: REQUEST });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = EksCreateFargateProfile.jsonata(stack, 'Create', props(stack));
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, QueryLanguage: 'JSONata', Resource: stateArn('eks:createFargateProfile'), Arguments: REQUEST });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    expect(renderState(new EksCreateFargateProfile(stack, 'Create', props(stack)), sfn.QueryLanguage.JSONATA).Arguments).toEqual(REQUEST);
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksCreateFargateProfile(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('eks:createFargateProfile', '.sync'));
  });

  test('renders subnets, tags and a selector without labels', () => {
    const stack = newStack();
    const task = new EksCreateFargateProfile(stack, 'Create', props(stack, {
      selectors: [{ namespace: 'default' }],
      subnetIds: ['subnet-1', 'subnet-2'],
      tags: { team: 'ml' },
    }));
    expect(renderState(task).Parameters).toEqual({
      ...REQUEST,
      Selectors: [{ Namespace: 'default' }],
      Subnets: ['subnet-1', 'subnet-2'],
      Tags: { team: 'ml' },
    });
  });

  test('Request Response grants creating profiles in the cluster and passing the pod execution role', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateFargateProfile(stack, 'Create', props(stack)));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateFargateProfile', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      passRole(POD_ROLE_ARN),
    ]);
  });

  test('.sync also grants describing that profile', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateFargateProfile(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateFargateProfile', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      passRole(POD_ROLE_ARN),
      { Action: 'eks:DescribeFargateProfile', Effect: 'Allow', Resource: regionalArn('eks', 'fargateprofile/MyCluster/MyFargateProfile/*') },
    ]);
  });

  test('names from the state data widen the grants', () => {
    const stack = newStack();
    synthesizeValid(stack, EksCreateFargateProfile.jsonata(stack, 'Create', props(stack, {
      clusterName: '{% $states.input.cluster %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })));
    const statements = policyStatements(stack);
    expect(statements[0].Resource).toEqual(clusterArn('*'));
    expect(statements[2].Resource).toEqual(regionalArn('eks', 'fargateprofile/*/MyFargateProfile/*'));
  });

  test('tags add eks:TagResource on the new profile, TagResource\'s resource type, not on the cluster', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateFargateProfile(stack, 'Create', props(stack, { tags: { team: 'ml' } })));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateFargateProfile', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      { Action: 'eks:TagResource', Effect: 'Allow', Resource: regionalArn('eks', 'fargateprofile/MyCluster/MyFargateProfile/*') },
      passRole(POD_ROLE_ARN),
    ]);
  });

  test('a pod execution role of the stack is referenced by its ARN', () => {
    const stack = newStack();
    const podExecutionRole = new iam.Role(stack, 'OwnPodRole', { assumedBy: new iam.ServicePrincipal('eks-fargate-pods.amazonaws.com') });
    const task = new EksCreateFargateProfile(stack, 'Create', { ...props(stack), podExecutionRole });
    synthesizeValid(stack, task);
    const roleArn = { 'Fn::GetAtt': [stack.getLogicalId(podExecutionRole.node.defaultChild as cdk.CfnElement), 'Arn'] };
    expect(renderState(task).Parameters.PodExecutionRoleArn).toEqual(roleArn);
    expect(policyStatements(stack)[1]).toEqual(passRole(roleArn));
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksCreateFargateProfile(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow(/Unsupported service integration pattern/);
  });

  test('throws when there is no selector', () => {
    const stack = newStack();
    expect(() => new EksCreateFargateProfile(stack, 'Create', props(stack, { selectors: [] })))
      .toThrow('Invalid EKS Fargate profile: selectors must list 1 to 5 selectors, got 0');
  });

  test('throws when there are too many selectors or labels, reporting every problem', () => {
    const stack = newStack();
    const labels = { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' };
    expect(() => new EksCreateFargateProfile(stack, 'Create', props(stack, {
      selectors: [{ namespace: 'a', labels }, { namespace: 'b' }, { namespace: 'c' }, { namespace: 'd' }, { namespace: 'e' }, { namespace: 'f' }],
    }))).toThrow('Invalid EKS Fargate profile: selectors must list 1 to 5 selectors, got 6; selectors[0].labels may hold at most 5 labels, got 6');
  });
});
