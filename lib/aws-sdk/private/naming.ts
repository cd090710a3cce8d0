/**
 * Naming rules shared by the AWS SDK tasks: the case of actions and parameter names, and the IAM action a
 * call needs.
 */

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
 * SDK service names whose IAM prefix differs, as `CallAwsService` knows them. The list is short and kept by
 * hand, and deliberately the same as aws-cdk-lib's so that both grant the same action: any other service
 * is assumed to use its own name as IAM prefix.
 */
export const CALL_AWS_SERVICE_IAM_PREFIXES: Readonly<Record<string, string>> = {
  bedrockagent: 'bedrock',
  cloudwatchlogs: 'logs',
  efs: 'elasticfilesystem',
  elasticloadbalancingv2: 'elasticloadbalancing',
  mediapackagevod: 'mediapackage-vod',
  mwaa: 'airflow',
  sfn: 'states',
};

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
