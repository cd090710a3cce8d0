/**
 * What the AWS SDK tasks grant for their call: the statement for `iamAction` (or the IAM actions the
 * operation needs) on `iamResources`, then `additionalIamStatements`; or, with `grantIamPermissions: false`,
 * only the latter.
 */

import { Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { GENERATED_IAM_ACTIONS } from './iam-actions.generated';
import { CROSS_REGION_IAM_PREFIXES, callAwsServiceIamPrefix, iamActionOf } from './naming';
import { validationError } from '../../private';

/** The props of an SDK task that decide what it grants. */
export interface SdkCallPermissionProps {
  readonly iamResources: string[];
  readonly iamAction?: string;
  readonly additionalIamStatements?: iam.PolicyStatement[];
  readonly grantIamPermissions?: boolean;
}

/**
 * The statements an SDK task grants for its call, with `defaultActions` where no `iamAction` is given.
 *
 * With `grantIamPermissions: false` there is no statement for the call, so `iamResources` and `iamAction`
 * would be ignored: they must be empty and absent, rather than silently dropped.
 */
export function sdkCallStatements(scope: IConstruct, props: SdkCallPermissionProps, defaultActions: () => string[]): iam.PolicyStatement[] {
  const additional = props.additionalIamStatements ?? [];
  if (props.grantIamPermissions === false) {
    const ignored = [
      ...props.iamResources.length > 0 ? ['iamResources'] : [],
      ...props.iamAction != null ? ['iamAction'] : [],
    ];
    if (ignored.length > 0) {
      throw validationError(scope, 'IamPermissionsNotGranted',
        `grantIamPermissions: false grants no statement for the call, so ${ignored.join(' and ')} would be ignored: pass iamResources: [] and no iamAction`);
    }
    return [...additional];
  }
  return [
    new iam.PolicyStatement({ resources: props.iamResources, actions: props.iamAction != null ? [props.iamAction] : defaultActions() }),
    ...additional,
  ];
}

/**
 * The IAM actions a `CallAwsService` call needs: `<prefix>:<action>` as aws-cdk-lib grants it (with the
 * generated prefix), unless that is not an IAM action and AWS's data names the ones the operation needs
 * (`s3:listObjectsV2` needs `s3:ListBucket`; see scripts/aws-sdk-iam.py).
 */
export function callAwsServiceIamActions(service: string, action: string): string[] {
  return generatedIamActions(service, action) ?? [`${callAwsServiceIamPrefix(service)}:${action}`];
}

/**
 * The same for `CallAwsServiceCrossRegion`, whose `service` is a client name of the AWS SDK for JavaScript
 * v3 (`cloudwatch-logs`) and whose default prefixes are aws-cdk-lib's shorter list. The generated actions
 * apply where the client name without its hyphens is a Step Functions service name with the same IAM
 * prefix as this task grants, so that the fact the data records (`<prefix>:<Operation>` is not an IAM
 * action) is about the very action aws-cdk-lib would grant.
 */
export function crossRegionIamActions(service: string, action: string): string[] {
  const granted = iamActionOf(service, action, CROSS_REGION_IAM_PREFIXES);
  if (Token.isUnresolved(service)) return [granted];
  const name = service.replace(/-/g, '');
  const samePrefix = `${callAwsServiceIamPrefix(name)}:${action}` === granted;
  return (samePrefix ? generatedIamActions(name, action) : undefined) ?? [granted];
}

function generatedIamActions(service: string, action: string): string[] | undefined {
  if (Token.isUnresolved(service) || Token.isUnresolved(action)) return undefined;
  const key = `${service.toLowerCase()}:${action.toLowerCase()}`;
  return Object.prototype.hasOwnProperty.call(GENERATED_IAM_ACTIONS, key) ? [...GENERATED_IAM_ACTIONS[key]] : undefined;
}
