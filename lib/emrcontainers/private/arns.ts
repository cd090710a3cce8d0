import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { anyIfRunTime } from '../../private';

/**
 * The ARN of a virtual cluster, `.../virtualclusters/<id><suffix>`, or of every virtual cluster of the
 * account and region when the ID is only known at run time.
 */
export function virtualClusterArn(scope: IConstruct, virtualClusterId: string, suffix = ''): string {
  return Stack.of(scope).formatArn({
    arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
    service: 'emr-containers',
    resource: 'virtualclusters',
    resourceName: anyIfRunTime(virtualClusterId, suffix),
  });
}
