/**
 * Naming rules shared by the AWS SDK tasks: the case of actions and parameter names, and the IAM action a
 * call needs.
 */

import { Token } from 'aws-cdk-lib';
import { GENERATED_IAM_PREFIXES } from './iam-prefixes.generated';

/**
 * True when `value` begins with the lower-case form of its first letter (so also for a digit); false for
 * an empty string, which has no first letter to check.
 */
export function startsInLowerCase(value: string): boolean {
  return value.length > 0 && value.startsWith(value[0].toLowerCase());
}

/** As `startsInLowerCase`, for upper case. */
export function startsInUpperCase(value: string): boolean {
  return value.length > 0 && value.startsWith(value[0].toUpperCase());
}

/**
 * The IAM prefix of each AWS SDK service that Step Functions names differently (`sfn` is `states`,
 * `cloudwatchlogs` is `logs`, `emr` is `elasticmapreduce`, ...), for `CallAwsService`.
 *
 * Beyond aws-cdk-lib (aws-cdk#23824): aws-cdk-lib keeps seven such services in a hand-written list, and
 * assumes any other service's name is its IAM prefix. This map is generated from AWS's SDK service models
 * and the IAM service authorization reference by scripts/aws-sdk-iam.py; it has aws-cdk-lib's
 * seven entries, with the same prefixes, among the others.
 */
export const CALL_AWS_SERVICE_IAM_PREFIXES: Readonly<Record<string, string>> = GENERATED_IAM_PREFIXES;

/**
 * The IAM prefix of a `CallAwsService` service: from `CALL_AWS_SERVICE_IAM_PREFIXES`, read in lower case
 * as Step Functions reads the service, else (and for a token) the service as given.
 */
export function callAwsServiceIamPrefix(service: string): string {
  const key = Token.isUnresolved(service) ? service : service.toLowerCase();
  return Object.prototype.hasOwnProperty.call(CALL_AWS_SERVICE_IAM_PREFIXES, key) ? CALL_AWS_SERVICE_IAM_PREFIXES[key] : service;
}

/** The same for `CallAwsServiceCrossRegion`, whose list (like aws-cdk-lib's) is shorter still. */
export const CROSS_REGION_IAM_PREFIXES: Readonly<Record<string, string>> = {
  'sfn': 'states',
  'cloudwatch-logs': 'logs',
  'mwaa': 'airflow',
};

/** The IAM action `service:action`, with the service renamed to its IAM prefix where `prefixes` says so. */
export function iamActionOf(service: string, action: string, prefixes: Readonly<Record<string, string>>): string {
  const prefix = Object.prototype.hasOwnProperty.call(prefixes, service) ? prefixes[service] : service;
  return `${prefix}:${action}`;
}
