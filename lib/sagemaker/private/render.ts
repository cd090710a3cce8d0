import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Stack } from 'aws-cdk-lib';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import { isJsonPathOrJsonataExpression } from '../../private';

/** `{ Tags: [{ Key, Value }, ...] }` for a tag map, or nothing when there are no tags. */
export function renderTags(tags: { [key: string]: string } | undefined): { Tags?: Array<{ Key: string; Value: string }> } {
  return tags ? { Tags: Object.keys(tags).map((key) => ({ Key: key, Value: tags[key] })) } : {};
}

/** `{ Environment: {...} }` for a map of environment variables, or nothing. */
export function renderEnvironment(environment: { [key: string]: string } | undefined): { Environment?: { [key: string]: string } } {
  return environment ? { Environment: environment } : {};
}

/**
 * The instance type SageMaker expects: `ml.` followed by the EC2 type, or an expression as it is (its
 * value at run time must carry the prefix itself).
 */
export function mlInstanceType(instanceType: ec2.InstanceType): string {
  const name = instanceType.toString();
  return isJsonPathOrJsonataExpression(name) ? name : `ml.${name}`;
}

/**
 * The resource name to grant SageMaker actions on: any (`*`) when the name comes from the state's data,
 * else the name, lower-cased (SageMaker ARNs are lower case) when asked, with `suffix` appended.
 */
export function sagemakerResourceName(name: string, options: { lowerCase?: boolean; suffix?: string } = {}): string {
  if (isJsonPathOrJsonataExpression(name)) {
    return '*';
  }
  return `${options.lowerCase ? name.toLowerCase() : name}${options.suffix ?? ''}`;
}

/** Lets the state machine hand `role` to SageMaker, and to no other service. */
export function passRoleToSageMaker(role: IRole): PolicyStatement {
  return new PolicyStatement({
    actions: ['iam:PassRole'],
    resources: [role.roleArn],
    conditions: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  });
}

/** Lets the state machine read the tags of SageMaker resources. */
export function listTagsStatement(): PolicyStatement {
  return new PolicyStatement({ actions: ['sagemaker:ListTags'], resources: ['*'] });
}

/** What SageMaker needs to place a job's or a model's network interfaces in a VPC. */
export const VPC_NETWORKING_ACTIONS: readonly string[] = [
  'ec2:CreateNetworkInterface',
  'ec2:CreateNetworkInterfacePermission',
  'ec2:DeleteNetworkInterface',
  'ec2:DeleteNetworkInterfacePermission',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DescribeDhcpOptions',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];

/**
 * `action` on an endpoint and an endpoint configuration, by name (lower-cased, as SageMaker's ARNs are),
 * or on any when a name comes from the state's data.
 */
export function endpointStatement(stack: Stack, action: string, endpointName: string, endpointConfigName: string): PolicyStatement {
  return new PolicyStatement({
    actions: [action],
    resources: [
      stack.formatArn({ service: 'sagemaker', resource: 'endpoint', resourceName: sagemakerResourceName(endpointName, { lowerCase: true }) }),
      stack.formatArn({ service: 'sagemaker', resource: 'endpoint-config', resourceName: sagemakerResourceName(endpointConfigName, { lowerCase: true }) }),
    ],
  });
}
