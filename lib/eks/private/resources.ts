import { Stack, Token } from 'aws-cdk-lib';
import type * as eks from 'aws-cdk-lib/aws-eks';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { anyIfRunTime, validationError } from '../../private';

/**
 * The patterns of the Amazon EKS integrations this library adds: the call alone, or `.sync`, which waits
 * until the cluster, node group, Fargate profile or Kubernetes job has reached the state the call leads to.
 * Step Functions offers no `.waitForTaskToken` for Amazon EKS.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export const EKS_PATTERNS: readonly sfn.IntegrationPattern[] = [
  sfn.IntegrationPattern.REQUEST_RESPONSE,
  sfn.IntegrationPattern.RUN_JOB,
];

/** True when the task waits for the outcome (`.sync`). */
export function isSync(pattern: sfn.IntegrationPattern): boolean {
  return pattern === sfn.IntegrationPattern.RUN_JOB;
}

/** `arn:<partition>:eks:<region>:<account>:cluster/<name>`, any cluster when the name is known only at run time. */
export function clusterArn(scope: IConstruct, clusterName: string): string {
  return Stack.of(scope).formatArn({ service: 'eks', resource: 'cluster', resourceName: anyIfRunTime(clusterName) });
}

/**
 * Every node group (or Fargate profile) named `name` in the cluster: `<kind>/<cluster>/<name>/*`, the
 * last segment being the UUID that Amazon EKS appends to the ARN.
 */
export function clusterChildArn(scope: IConstruct, kind: 'nodegroup' | 'fargateprofile', clusterName: string, name: string): string {
  return Stack.of(scope).formatArn({
    service: 'eks',
    resource: kind,
    resourceName: `${anyIfRunTime(clusterName)}/${anyIfRunTime(name)}/*`,
  });
}

/**
 * Lets the state machine hand `role` (a cluster, node or pod execution role) to Amazon EKS, and to no
 * other service.
 */
export function passRoleToEks(role: IRole): PolicyStatement {
  return new PolicyStatement({
    actions: ['iam:PassRole'],
    resources: [role.roleArn],
    conditions: { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } },
  });
}


/**
 * Lets the state machine tag, as Amazon EKS creates it, the cluster, node group or Fargate profile at
 * `resourceArn`. `eks:TagResource` names these as its resource types in the Service Authorization Reference
 * (list_amazonelastickubernetesservice.html), so the grant is on the new resource, not on its cluster.
 * Amazon EKS has been seen to check it when a create call carries tags (aws-cdk#7163 for Fargate profiles,
 * karpenter-provider-aws#4434 for node groups), though the reference lists it as no create action's
 * dependent action.
 */
export function tagOnCreate(resourceArn: string): PolicyStatement {
  return new PolicyStatement({ actions: ['eks:TagResource'], resources: [resourceArn] });
}

/** The object, or `undefined` when none of its fields is set (so that an empty request field is left out). */
export function unlessEmpty<T extends object>(fields: T): T | undefined {
  return Object.values(fields).some((value) => value !== undefined) ? fields : undefined;
}

/** `{ Key: value }` for a tag map, as the Amazon EKS API takes tags; nothing when there are none. */
export function renderEksTags(tags: { [key: string]: string } | undefined): { [key: string]: string } | undefined {
  return tags && Object.keys(tags).length > 0 ? tags : undefined;
}

/** The problem with a count the API bounds from below only, if it is known now and out of bounds. */
export function atLeastProblems(name: string, value: number | undefined, min: number): string[] {
  if (value === undefined || Token.isUnresolved(value)) {
    return [];
  }
  return Number.isInteger(value) && value >= min ? [] : [`${name} must be a whole number of at least ${min}, got ${value}`];
}

/**
 * The endpoint and certificate authority data of a cluster, which Step Functions needs to call its
 * Kubernetes API. An imported cluster throws when it was given neither; the error then names the attribute.
 */
export function kubernetesApiOf(scope: IConstruct, cluster: eks.ICluster): { endpoint: string; certificateAuthority: string } {
  let endpoint: string;
  let certificateAuthority: string;
  try {
    endpoint = cluster.clusterEndpoint;
  } catch {
    throw validationError(scope, 'MustBeClusterendpointPropertySpecified', 'The "clusterEndpoint" property must be specified when using an imported Cluster.');
  }
  try {
    certificateAuthority = cluster.clusterCertificateAuthorityData;
  } catch {
    throw validationError(scope, 'ClusterCertificateAuthorityDataProperty',
      'The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.');
  }
  return { endpoint, certificateAuthority };
}
