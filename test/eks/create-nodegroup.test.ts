import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { clusterArn, passRole, synthesizeValid } from './helpers';
import { EksCreateNodegroup, type EksCreateNodegroupProps } from '../../lib';
import { newStack, policyStatements, regionalArn, renderState, stateArn } from '../util';

// Expected values: connect-eks.html (the createNodegroup.sync example: ClusterName, NodegroupName,
// NodeRole, Subnets; iam:PassRole of the node role), eks-iam.html (CreateNodegroup: eks:CreateNodegroup,
// ec2:DescribeSubnets, iam:GetRole and iam:ListAttachedRolePolicies, and for the wait eks:DescribeNodegroup
// and eks:DeleteNodegroup on nodegroup/*), API_CreateNodegroup.html (the other request fields).
const NODE_ROLE_ARN = 'arn:aws:iam::123456789012:role/MyNodeInstanceRole';
const SUBNETS = ['subnet-09fb51df01234', 'subnet-027cfea4b1234'];

function props(stack: cdk.Stack, extra: Partial<EksCreateNodegroupProps> = {}): EksCreateNodegroupProps {
  return {
    clusterName: 'MyCluster',
    nodegroupName: 'MyNodegroup',
    nodeRole: iam.Role.fromRoleArn(stack, 'NodeRole', NODE_ROLE_ARN),
    subnetIds: SUBNETS,
    ...extra,
  };
}

const REQUEST = { ClusterName: 'MyCluster', NodegroupName: 'MyNodegroup', NodeRole: NODE_ROLE_ARN, Subnets: SUBNETS };

describe('EksCreateNodegroup', () => {
  test('sends the cluster, name, node role and subnets (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksCreateNodegroup(stack, 'Create', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('eks:createNodegroup'), Parameters: REQUEST });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = EksCreateNodegroup.jsonata(stack, 'Create', props(stack));
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, QueryLanguage: 'JSONata', Resource: stateArn('eks:createNodegroup'), Arguments: REQUEST });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    expect(renderState(new EksCreateNodegroup(stack, 'Create', props(stack)), sfn.QueryLanguage.JSONATA).Arguments).toEqual(REQUEST);
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksCreateNodegroup(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('eks:createNodegroup', '.sync'));
  });

  test('renders every optional field of the request', () => {
    const stack = newStack();
    const task = new EksCreateNodegroup(stack, 'Create', props(stack, {
      scalingConfig: { minSize: 1, maxSize: 4, desiredSize: 2 },
      instanceTypes: [new ec2.InstanceType('m5.large'), ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE)],
      amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
      capacityType: eks.CapacityType.SPOT,
      diskSize: cdk.Size.gibibytes(50),
      labels: { role: 'worker' },
      taints: [{ key: 'dedicated', value: 'gpu', effect: eks.TaintEffect.NO_SCHEDULE }],
      kubernetesVersion: eks.KubernetesVersion.V1_33,
      releaseVersion: '1.33.0-20250101',
      tags: { team: 'ml' },
    }));
    expect(renderState(task).Parameters).toEqual({
      ...REQUEST,
      ScalingConfig: { MinSize: 1, MaxSize: 4, DesiredSize: 2 },
      InstanceTypes: ['m5.large', 'c5.xlarge'],
      AmiType: 'AL2023_x86_64_STANDARD',
      CapacityType: 'SPOT',
      DiskSize: 50,
      Labels: { role: 'worker' },
      Taints: [{ Key: 'dedicated', Value: 'gpu', Effect: 'NO_SCHEDULE' }],
      Version: '1.33',
      ReleaseVersion: '1.33.0-20250101',
      Tags: { team: 'ml' },
    });
  });

  test('sends a launch template by ID and version', () => {
    const stack = newStack();
    const task = new EksCreateNodegroup(stack, 'Create', props(stack, { launchTemplate: { id: 'lt-0123456789abcdef0', version: '3' } }));
    expect(renderState(task).Parameters.LaunchTemplate).toEqual({ Id: 'lt-0123456789abcdef0', Version: '3' });
  });

  test('sends only the scaling sizes that are set', () => {
    const stack = newStack();
    const task = new EksCreateNodegroup(stack, 'Create', props(stack, { scalingConfig: { desiredSize: 3 } }));
    expect(renderState(task).Parameters.ScalingConfig).toEqual({ DesiredSize: 3 });
  });

  test('Request Response grants creating node groups in the cluster, checking subnets, and reading and passing the node role', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateNodegroup(stack, 'Create', props(stack)));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateNodegroup', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      { Action: 'ec2:DescribeSubnets', Effect: 'Allow', Resource: '*' },
      { Action: ['iam:GetRole', 'iam:ListAttachedRolePolicies'], Effect: 'Allow', Resource: NODE_ROLE_ARN },
      passRole(NODE_ROLE_ARN),
    ]);
  });

  test('.sync also grants describing and deleting that node group', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateNodegroup(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    expect(policyStatements(stack)[4]).toEqual({
      Action: ['eks:DescribeNodegroup', 'eks:DeleteNodegroup'],
      Effect: 'Allow',
      Resource: regionalArn('eks', 'nodegroup/MyCluster/MyNodegroup/*'),
    });
  });

  test('names from the state data widen the grants to any cluster or node group', () => {
    const stack = newStack();
    synthesizeValid(stack, EksCreateNodegroup.jsonPath(stack, 'Create', props(stack, {
      clusterName: sfn.JsonPath.stringAt('$.cluster'),
      nodegroupName: sfn.JsonPath.stringAt('$.nodegroup'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })));
    const statements = policyStatements(stack);
    expect(statements[0].Resource).toEqual(clusterArn('*'));
    expect(statements[4].Resource).toEqual(regionalArn('eks', 'nodegroup/*/*/*'));
  });

  test('tags add eks:TagResource on the new node group, TagResource\'s resource type, not on the cluster', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateNodegroup(stack, 'Create', props(stack, { tags: { team: 'ml' } })));
    expect(policyStatements(stack).slice(0, 2)).toEqual([
      { Action: 'eks:CreateNodegroup', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      { Action: 'eks:TagResource', Effect: 'Allow', Resource: regionalArn('eks', 'nodegroup/MyCluster/MyNodegroup/*') },
    ]);
  });

  test('tags with names from the state data tag any node group', () => {
    const stack = newStack();
    synthesizeValid(stack, EksCreateNodegroup.jsonPath(stack, 'Create', props(stack, {
      nodegroupName: sfn.JsonPath.stringAt('$.nodegroup'),
      tags: { team: 'ml' },
    })));
    expect(policyStatements(stack)[1]).toEqual({ Action: 'eks:TagResource', Effect: 'Allow', Resource: regionalArn('eks', 'nodegroup/MyCluster/*/*') });
  });

  test('a node role of the stack is referenced by its ARN', () => {
    const stack = newStack();
    const nodeRole = new iam.Role(stack, 'OwnNodeRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const task = new EksCreateNodegroup(stack, 'Create', { ...props(stack), nodeRole });
    synthesizeValid(stack, task);
    const roleArn = { 'Fn::GetAtt': [stack.getLogicalId(nodeRole.node.defaultChild as cdk.CfnElement), 'Arn'] };
    expect(renderState(task).Parameters.NodeRole).toEqual(roleArn);
    expect(policyStatements(stack).slice(2)).toEqual([
      { Action: ['iam:GetRole', 'iam:ListAttachedRolePolicies'], Effect: 'Allow', Resource: roleArn },
      passRole(roleArn),
    ]);
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow(/Unsupported service integration pattern/);
  });

  test('throws when the scaling sizes are out of order or out of range, reporting every problem', () => {
    const stack = newStack();
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { scalingConfig: { minSize: 5, maxSize: 0, desiredSize: 7 } })))
      .toThrow('Invalid EKS node group: scalingConfig.maxSize must be a whole number of at least 1, got 0; '
        + 'scalingConfig.minSize (5) must not exceed maxSize (0); scalingConfig.desiredSize (7) must not exceed maxSize (0)');
  });

  test('throws when the desired size is below the minimum', () => {
    const stack = newStack();
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { scalingConfig: { minSize: 2, desiredSize: 1 } })))
      .toThrow('Invalid EKS node group: scalingConfig.desiredSize (1) must not be below minSize (2)');
  });

  test('throws when no subnet is given', () => {
    const stack = newStack();
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { subnetIds: [] }))).toThrow('Invalid EKS node group: subnetIds must list at least one subnet');
  });

  test('throws when a disk size is combined with a launch template', () => {
    const stack = newStack();
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { diskSize: cdk.Size.gibibytes(20), launchTemplate: { id: 'lt-1' } })))
      .toThrow(/diskSize cannot be combined with launchTemplate/);
  });

  test('accepts scaling sizes known only at deploy time', () => {
    const stack = newStack();
    const size = new cdk.CfnParameter(stack, 'Size', { type: 'Number' }).valueAsNumber;
    expect(() => new EksCreateNodegroup(stack, 'Create', props(stack, { scalingConfig: { minSize: 3, maxSize: size, desiredSize: size } }))).not.toThrow();
  });
});
