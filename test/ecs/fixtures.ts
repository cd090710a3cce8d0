/**
 * Clusters, VPCs and task definitions shared by the ECS tests, created or imported.
 */
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

export const ENV = { account: '123456789012', region: 'us-east-1' };

/** The answer `ec2.Vpc.fromLookup({ isDefault: true })` gets in `ENV`, as `cdk context` would have stored it. */
export const VPC_LOOKUP_CONTEXT = {
  'vpc-provider:account=123456789012:filter.isDefault=true:region=us-east-1:returnAsymmetricSubnets=true': {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    vpcCidrBlock: '172.31.0.0/16',
    availabilityZones: [],
    subnetGroups: [
      {
        name: 'Public',
        type: 'Public',
        subnets: [
          { subnetId: 'subnet-0aaaaaaaaaaaaaaa1', cidr: '172.31.0.0/20', availabilityZone: 'us-east-1a', routeTableId: 'rtb-0aaaaaaaaaaaaaaa1' },
          { subnetId: 'subnet-0aaaaaaaaaaaaaaa2', cidr: '172.31.16.0/20', availabilityZone: 'us-east-1b', routeTableId: 'rtb-0aaaaaaaaaaaaaaa2' },
        ],
      },
      {
        name: 'Private',
        type: 'Private',
        subnets: [
          { subnetId: 'subnet-0bbbbbbbbbbbbbbb1', cidr: '172.31.32.0/20', availabilityZone: 'us-east-1a', routeTableId: 'rtb-0bbbbbbbbbbbbbbb1' },
          { subnetId: 'subnet-0bbbbbbbbbbbbbbb2', cidr: '172.31.48.0/20', availabilityZone: 'us-east-1b', routeTableId: 'rtb-0bbbbbbbbbbbbbbb2' },
        ],
      },
    ],
  },
};

/** Harness options for examples that look the default VPC up. */
export const LOOKUP = { env: ENV, context: VPC_LOOKUP_CONTEXT };

export const CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/my-cluster';
export const TASK_ROLE_ARN = 'arn:aws:iam::123456789012:role/task-role';
export const EXECUTION_ROLE_ARN = 'arn:aws:iam::123456789012:role/execution-role';
export const SECURITY_GROUP_ID = 'sg-0123456789abcdef0';

export function createdVpc(stack: cdk.Stack): ec2.IVpc {
  return new ec2.Vpc(stack, 'Vpc');
}

/** A VPC with two public and two private subnets, known by id. */
export function importedVpc(stack: cdk.Stack): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-public-a', 'subnet-public-b'],
    privateSubnetIds: ['subnet-private-a', 'subnet-private-b'],
  });
}

export function createdCluster(stack: cdk.Stack, vpc: ec2.IVpc = createdVpc(stack)): ecs.Cluster {
  return new ecs.Cluster(stack, 'Cluster', { vpc });
}

/** A cluster known by ARN, with one security group; aws-ecs assumes EC2 capacity unless `hasEc2Capacity` is false. */
export function importedCluster(stack: cdk.Stack, options: { hasEc2Capacity?: boolean; vpc?: ec2.IVpc } = {}): ecs.ICluster {
  return ecs.Cluster.fromClusterAttributes(stack, 'Cluster', {
    clusterName: 'my-cluster',
    clusterArn: CLUSTER_ARN,
    vpc: options.vpc ?? importedVpc(stack),
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'ClusterSecurityGroup', 'sg-cluster')],
    hasEc2Capacity: options.hasEc2Capacity,
  });
}

/** A created cluster with an Auto Scaling group of EC2 instances. */
export function ec2Cluster(stack: cdk.Stack, vpc: ec2.IVpc = createdVpc(stack)): ecs.Cluster {
  const cluster = createdCluster(stack, vpc);
  cluster.addCapacity('DefaultAutoScalingGroup', { instanceType: new ec2.InstanceType('t3.micro') });
  return cluster;
}

export function importedTaskRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'TaskRole', TASK_ROLE_ARN);
}

/** A Fargate task definition with one container, `TheContainer`. */
export function fargateTaskDefinition(stack: cdk.Stack, props: ecs.FargateTaskDefinitionProps = {}): ecs.FargateTaskDefinition {
  const taskDefinition = new ecs.FargateTaskDefinition(stack, 'TD', { memoryLimitMiB: 512, cpu: 256, ...props });
  taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
  return taskDefinition;
}

/** An EC2 task definition (bridge network mode unless told otherwise) with one container, `TheContainer`. */
export function ec2TaskDefinition(stack: cdk.Stack, props: ecs.Ec2TaskDefinitionProps = {}): ecs.Ec2TaskDefinition {
  const taskDefinition = new ecs.Ec2TaskDefinition(stack, 'TD', props);
  taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
  return taskDefinition;
}

/** The container of a task definition built by one of the functions above. */
export function theContainer(taskDefinition: ecs.TaskDefinition): ecs.ContainerDefinition {
  return taskDefinition.findContainer('TheContainer')!;
}

/** The `{ Ref }` CloudFormation gives a construct's default resource. */
export function refOf(construct: IConstruct): any {
  return { Ref: cdk.Stack.of(construct).getLogicalId(construct.node.defaultChild as cdk.CfnElement) };
}
