import * as cdk from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { clusterArn, passRole, synthesizeValid } from './helpers';
import { EksCreateCluster, type EksCreateClusterProps } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

// Expected values: connect-eks.html (the createCluster.sync example: Name, ResourcesVpcConfig.SubnetIds,
// RoleArn; iam:PassRole of the cluster role), eks-iam.html (CreateCluster: eks:CreateCluster on "*", and for
// the wait eks:DescribeCluster and eks:DeleteCluster), the Service Authorization Reference
// (list_amazonelastickubernetesservice.html: CreateCluster has no resource type and no dependent action;
// TagResource's resource types include cluster), API_CreateCluster.html (the other request fields), and
// envelope-encryption.html (the creator needs kms:DescribeKey and kms:CreateGrant on the key).
const ROLE_ARN = 'arn:aws:iam::123456789012:role/MyEKSClusterRole';
const SUBNETS = ['subnet-053e7c47012341234', 'subnet-027cfea4b12341234'];

function props(stack: cdk.Stack, extra: Partial<EksCreateClusterProps> = {}): EksCreateClusterProps {
  return {
    clusterName: 'MyCluster',
    role: iam.Role.fromRoleArn(stack, 'ClusterRole', ROLE_ARN),
    vpcConfig: { subnetIds: SUBNETS },
    ...extra,
  };
}

describe('EksCreateCluster', () => {
  test('sends the name, role and subnets (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksCreateCluster(stack, 'Create', props(stack));
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('eks:createCluster'),
      Parameters: { Name: 'MyCluster', RoleArn: ROLE_ARN, ResourcesVpcConfig: { SubnetIds: SUBNETS } },
    });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = EksCreateCluster.jsonata(stack, 'Create', props(stack, { clusterName: '{% $states.input.name %}' }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('eks:createCluster'),
      Arguments: { Name: '{% $states.input.name %}', RoleArn: ROLE_ARN, ResourcesVpcConfig: { SubnetIds: SUBNETS } },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new EksCreateCluster(stack, 'Create', props(stack)), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.Name).toEqual('MyCluster');
    expect(state.Parameters).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EksCreateCluster(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(renderState(task).Resource).toEqual(stateArn('eks:createCluster', '.sync'));
  });

  test('renders every optional field of the request', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    // WHEN
    const task = new EksCreateCluster(stack, 'Create', props(stack, {
      vpcConfig: {
        subnetIds: SUBNETS,
        securityGroupIds: ['sg-0123456789abcdef0'],
        endpointPublicAccess: true,
        endpointPrivateAccess: true,
        publicAccessCidrs: ['203.0.113.0/24'],
      },
      kubernetesVersion: eks.KubernetesVersion.V1_33,
      clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT],
      secretsEncryptionKey: key,
      authenticationMode: eks.AuthenticationMode.API_AND_CONFIG_MAP,
      bootstrapClusterCreatorAdminPermissions: true,
      serviceIpv4Cidr: '10.100.0.0/16',
      ipFamily: eks.IpFamily.IP_V4,
      tags: { team: 'ml' },
    }));
    // THEN
    expect(renderState(task).Parameters).toEqual({
      Name: 'MyCluster',
      RoleArn: ROLE_ARN,
      ResourcesVpcConfig: {
        SubnetIds: SUBNETS,
        SecurityGroupIds: ['sg-0123456789abcdef0'],
        EndpointPublicAccess: true,
        EndpointPrivateAccess: true,
        PublicAccessCidrs: ['203.0.113.0/24'],
      },
      Version: '1.33',
      Logging: { ClusterLogging: [{ Types: ['api', 'audit'], Enabled: true }] },
      EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }],
      AccessConfig: { AuthenticationMode: 'API_AND_CONFIG_MAP', BootstrapClusterCreatorAdminPermissions: true },
      KubernetesNetworkConfig: { ServiceIpv4Cidr: '10.100.0.0/16', IpFamily: 'ipv4' },
      Tags: { team: 'ml' },
    });
  });

  test('sends only the access and network settings that are set', () => {
    const stack = newStack();
    const task = new EksCreateCluster(stack, 'Create', props(stack, { authenticationMode: eks.AuthenticationMode.API, ipFamily: eks.IpFamily.IP_V6 }));
    const parameters = renderState(task).Parameters;
    expect(parameters.AccessConfig).toEqual({ AuthenticationMode: 'API' });
    expect(parameters.KubernetesNetworkConfig).toEqual({ IpFamily: 'ipv6' });
  });

  test('takes subnets and the name from the state input', () => {
    const stack = newStack();
    const task = EksCreateCluster.jsonPath(stack, 'Create', props(stack, {
      clusterName: sfn.JsonPath.stringAt('$.name'),
      vpcConfig: { subnetIds: sfn.JsonPath.listAt('$.subnets') },
    }));
    expect(renderState(task).Parameters).toEqual({ 'Name.$': '$.name', 'RoleArn': ROLE_ARN, 'ResourcesVpcConfig': { 'SubnetIds.$': '$.subnets' } });
  });

  test('Request Response grants eks:CreateCluster on "*" (no resource type in the Service Authorization Reference, "*" in eks-iam.html) and passing the role to Amazon EKS', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateCluster(stack, 'Create', props(stack)));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' },
      passRole(ROLE_ARN),
    ]);
  });

  test('.sync also grants describing and deleting the named cluster, as the documented template does', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateCluster(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' },
      { Action: ['eks:DescribeCluster', 'eks:DeleteCluster'], Effect: 'Allow', Resource: clusterArn('MyCluster') },
      passRole(ROLE_ARN),
    ]);
  });

  test('a name from the state data widens the grants that name the cluster to every cluster', () => {
    const stack = newStack();
    synthesizeValid(stack, EksCreateCluster.jsonata(stack, 'Create', props(stack, {
      clusterName: '{% $states.input.name %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      tags: { team: 'ml' },
    })));
    const statements = policyStatements(stack);
    expect(statements[1]).toEqual({ Action: 'eks:TagResource', Effect: 'Allow', Resource: clusterArn('*') });
    expect(statements[2].Resource).toEqual(clusterArn('*'));
  });

  test('tags add eks:TagResource on the new cluster, one of TagResource\'s resource types', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateCluster(stack, 'Create', props(stack, { tags: { team: 'ml' } })));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' },
      { Action: 'eks:TagResource', Effect: 'Allow', Resource: clusterArn('MyCluster') },
      passRole(ROLE_ARN),
    ]);
  });

  test('bootstrapping the creator as administrator grants no eks:CreateAccessEntry: the reference lists no dependent action of CreateCluster', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksCreateCluster(stack, 'Create', props(stack, { bootstrapClusterCreatorAdminPermissions: true })));
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' },
      passRole(ROLE_ARN),
    ]);
  });

  test('a role and a key of the stack are referenced, and the key may be described and granted on', () => {
    // GIVEN
    const stack = newStack();
    const role = new iam.Role(stack, 'ClusterRole', { assumedBy: new iam.ServicePrincipal('eks.amazonaws.com') });
    const key = new kms.Key(stack, 'Key');
    // WHEN
    const task = new EksCreateCluster(stack, 'Create', { clusterName: 'MyCluster', role, vpcConfig: { subnetIds: SUBNETS }, secretsEncryptionKey: key });
    synthesizeValid(stack, task);
    // THEN
    const roleArn = { 'Fn::GetAtt': [stack.getLogicalId(role.node.defaultChild as cdk.CfnElement), 'Arn'] };
    const keyArn = { 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as cdk.CfnElement), 'Arn'] };
    expect(renderState(task).Parameters.RoleArn).toEqual(roleArn);
    expect(policyStatements(stack)).toEqual([
      { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' },
      passRole(roleArn),
      { Action: ['kms:DescribeKey', 'kms:CreateGrant'], Effect: 'Allow', Resource: keyArn },
    ]);
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when the cluster name breaks the API constraints, reporting every problem', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, { clusterName: `-${'a'.repeat(100)}` })))
      .toThrow('Invalid EKS cluster: clusterName must be 1 to 100 characters long, got 101; '
        + `clusterName must be letters, digits, hyphens and underscores, starting with a letter or digit, got '-${'a'.repeat(100)}'`);
  });

  test('throws when the cluster name is empty', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, { clusterName: '' }))).toThrow(/clusterName must be 1 to 100 characters long, got 0/);
  });

  test('throws when the VPC config lists no subnet or too many security groups', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, {
      vpcConfig: { subnetIds: [], securityGroupIds: ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'] },
    }))).toThrow('Invalid EKS cluster: vpcConfig.subnetIds must list at least one subnet; '
      + 'vpcConfig.securityGroupIds may list at most 5 security groups, got 6');
  });

  test('throws when both endpoints are turned off', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, {
      vpcConfig: { subnetIds: SUBNETS, endpointPublicAccess: false, endpointPrivateAccess: false },
    }))).toThrow(/endpointPublicAccess and endpointPrivateAccess cannot both be false/);
  });

  test('throws when public access CIDRs are given for a private endpoint', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, {
      vpcConfig: { subnetIds: SUBNETS, endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24'] },
    }))).toThrow(/vpcConfig.publicAccessCidrs needs endpointPublicAccess/);
  });

  test('throws when a service IPv4 CIDR is given for an IPv6 cluster', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, { serviceIpv4Cidr: '10.100.0.0/16', ipFamily: eks.IpFamily.IP_V6 })))
      .toThrow(/serviceIpv4Cidr applies to IPv4 clusters only/);
  });

  test('throws a ValidationError naming the construct', () => {
    const stack = newStack();
    expect(() => new EksCreateCluster(stack, 'Create', props(stack, { clusterName: '' }))).toThrow(cdk.ValidationError);
  });
});
