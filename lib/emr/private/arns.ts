import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Every EMR cluster of the stack's account and region: the resource of the cluster-level EMR actions. */
export function emrClusterArn(scope: IConstruct): string {
  return Stack.of(scope).formatArn({ service: 'elasticmapreduce', resource: 'cluster', resourceName: '*' });
}
