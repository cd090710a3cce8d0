import { Aws } from 'aws-cdk-lib';
import { IntegrationPattern } from 'aws-cdk-lib/aws-stepfunctions';
import { unscopedValidationError } from './errors';

const PATTERN_SUFFIX: Record<IntegrationPattern, string> = {
  [IntegrationPattern.REQUEST_RESPONSE]: '',
  [IntegrationPattern.RUN_JOB]: '.sync',
  [IntegrationPattern.WAIT_FOR_TASK_TOKEN]: '.waitForTaskToken',
};

/**
 * The `Resource` of an optimized service integration, e.g. `arn:${Partition}:states:::sqs:sendMessage`,
 * with the suffix that selects the integration pattern.
 */
export function integrationResourceArn(service: string, api: string, pattern?: IntegrationPattern): string {
  if (!service || !api) {
    throw unscopedValidationError('MustBeBothServiceApi', "Both 'service' and 'api' must be provided to build the resource ARN.");
  }
  return `arn:${Aws.PARTITION}:states:::${service}:${api}` + (pattern ? PATTERN_SUFFIX[pattern] : '');
}

/** Throws unless `pattern` is one the integration supports. */
export function validatePatternSupported(pattern: IntegrationPattern, supported: readonly IntegrationPattern[]): void {
  if (!supported.includes(pattern)) {
    throw unscopedValidationError('UnsupportedServiceIntegrationPatternSupported',
      `Unsupported service integration pattern. Supported Patterns: ${supported}. Received: ${pattern}`);
  }
}

/**
 * Defaults and validates a task's integration pattern in one step.
 *
 * @returns the pattern the task will use
 */
export function integrationPatternOf(
  requested: IntegrationPattern | undefined,
  supported: readonly IntegrationPattern[],
  fallback: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE,
): IntegrationPattern {
  const pattern = requested ?? fallback;
  validatePatternSupported(pattern, supported);
  return pattern;
}
