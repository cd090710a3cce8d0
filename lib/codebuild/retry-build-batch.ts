import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { CodeBuildBuildCallBase } from './private/build-call';

interface CodeBuildRetryBuildBatchOptions {
  /**
   * The ID of the failed batch build to restart, `<project>:<uuid>`, usually from the state's data, e.g.
   * `JsonPath.stringAt('$.BuildBatch.Id')`.
   */
  readonly buildBatchId: string;

  /**
   * Which builds of the batch to run again.
   *
   * @default - CodeBuild's default
   */
  readonly retryType?: CodeBuildBatchRetryType;

  /**
   * A token, valid for five minutes, that makes repeated requests retry the batch once only.
   *
   * @default - none
   */
  readonly idempotencyToken?: string;

  /**
   * The project the batch build belongs to, which scopes the IAM grant.
   *
   * @default - the state machine may retry (and, with `.sync`, read and stop) batch builds of every project
   * in the stack's account and Region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Props of `CodeBuildRetryBuildBatch.jsonPath()`: a CodeBuild RetryBuildBatch call in a JSONPath state.
 */
export interface CodeBuildRetryBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildRetryBuildBatchOptions {}

/**
 * Props of `CodeBuildRetryBuildBatch.jsonata()`: a CodeBuild RetryBuildBatch call in a JSONata state.
 */
export interface CodeBuildRetryBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildRetryBuildBatchOptions {}

/**
 * Props of `CodeBuildRetryBuildBatch`, in either query language.
 */
export interface CodeBuildRetryBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildRetryBuildBatchOptions {}

/**
 * A Task state that restarts a failed AWS CodeBuild batch build.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits for the retried batch to finish. The state's
 * result is the batch (`BuildBatch`).
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html
 */
export class CodeBuildRetryBuildBatch extends CodeBuildBuildCallBase {
  /**
   * A Task state, in JSONPath, that restarts a failed AWS CodeBuild batch build.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildRetryBuildBatchJsonPathProps): CodeBuildRetryBuildBatch {
    return new CodeBuildRetryBuildBatch(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that restarts a failed AWS CodeBuild batch build.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildRetryBuildBatchJsonataProps): CodeBuildRetryBuildBatch {
    return new CodeBuildRetryBuildBatch(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: CodeBuildRetryBuildBatchProps) {
    super(scope, id, props, {
      api: 'retryBuildBatch',
      idProp: 'buildBatchId',
      id: props.buildBatchId,
      actions: ['codebuild:RetryBuildBatch'],
      // As the Step Functions developer guide lists them for RetryBuildBatch .sync (no events rule).
      syncActions: ['codebuild:RetryBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'],
      fields: { IdempotencyToken: props.idempotencyToken, RetryType: props.retryType },
      problems: props.idempotencyToken === '' ? ['idempotencyToken must not be empty'] : [],
    });
  }
}

/**
 * Which builds of a failed batch build a retry runs again.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_RetryBuildBatch.html#CodeBuild-RetryBuildBatch-request-retryType
 */
export enum CodeBuildBatchRetryType {
  /** Run every build of the batch again. */
  RETRY_ALL_BUILDS = 'RETRY_ALL_BUILDS',

  /** Run only the builds that failed. */
  RETRY_FAILED_BUILDS = 'RETRY_FAILED_BUILDS',
}
