import { FeatureFlags } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The feature flags of aws-cdk-lib that change what its tasks render, by the names apps set in
 * `cdk.json`. Read by name rather than through `aws-cdk-lib/cx-api`'s constants, so that a flag an older
 * aws-cdk-lib lacks reads as unset instead of failing, and no task loads cx-api to read one.
 */
export const FEATURE_FLAGS = {
  /** Created EMR service roles get `AmazonEMRServicePolicy_v2`, and clusters the tag it requires. */
  emrServicePolicyV2: '@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2',
  /** BedrockInvokeModel takes its S3 URIs from `input`/`output` rather than `inputPath`/`outputPath`. */
  bedrockS3UriProps: '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask',
  /** EcsRunTask grants `ecs:RunTask` on the given task definition revision only. */
  ecsRunTaskPolicyFix: '@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy',
  /** HttpInvoke joins a JSONPath endpoint with `States.Format` at run time. */
  httpInvokeDynamicJsonPathEndpoint: '@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint',
  /** Each EvaluateExpression gets its own Lambda function. */
  evaluateExpressionDedicatedFunction: '@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction',
} as const;

/**
 * Whether the installed aws-cdk-lib has `flag`. Where it does not, its tasks module predates the behaviour
 * the flag selects, so a task builds what that version builds and says nothing about the flag.
 */
export function featureKnown(flag: keyof typeof FEATURE_FLAGS): boolean {
  // cx-api only here, for the rare task that must ask: loading it costs more than the flag read itself.
  const { FLAGS } = require('aws-cdk-lib/cx-api') as typeof import('aws-cdk-lib/cx-api');
  return FEATURE_FLAGS[flag] in FLAGS;
}

/** Whether the app enables `flag` for `scope` (or aws-cdk-lib enables it by default). */
export function featureEnabled(scope: IConstruct, flag: keyof typeof FEATURE_FLAGS): boolean {
  return FeatureFlags.of(scope).isEnabled(FEATURE_FLAGS[flag]) ?? false;
}
