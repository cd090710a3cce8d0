import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { CodeBuildBuildCallBase } from './private/build-call';

interface CodeBuildDeleteBuildBatchOptions {
  /**
   * The ID of the batch build to delete, `<project>:<uuid>`, usually from the state's data, e.g.
   * `JsonPath.stringAt('$.BuildBatch.Id')` after a `CodeBuildStartBuildBatch`.
   */
  readonly buildBatchId: string;

  /**
   * The project the batch build belongs to, which scopes the IAM grant.
   *
   * @default - the state machine may delete batch builds of every project in the stack's account and Region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Props of `CodeBuildDeleteBuildBatch.jsonPath()`: a CodeBuild DeleteBuildBatch call in a JSONPath state.
 */
export interface CodeBuildDeleteBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildDeleteBuildBatchOptions {}

/**
 * Props of `CodeBuildDeleteBuildBatch.jsonata()`: a CodeBuild DeleteBuildBatch call in a JSONata state.
 */
export interface CodeBuildDeleteBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildDeleteBuildBatchOptions {}

/**
 * Props of `CodeBuildDeleteBuildBatch`, in either query language.
 */
export interface CodeBuildDeleteBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildDeleteBuildBatchOptions {}

/**
 * A Task state that deletes an AWS CodeBuild batch build and its builds. Step Functions
 * retries internally while a batch that was just stopped is being finalized.
 *
 * Request Response only: Step Functions has no `.sync` for this API.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_DeleteBuildBatch.html
 */
export class CodeBuildDeleteBuildBatch extends CodeBuildBuildCallBase {
  /**
   * A Task state, in JSONPath, that deletes an AWS CodeBuild batch build.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchJsonPathProps): CodeBuildDeleteBuildBatch {
    return new CodeBuildDeleteBuildBatch(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes an AWS CodeBuild batch build.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchJsonataProps): CodeBuildDeleteBuildBatch {
    return new CodeBuildDeleteBuildBatch(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: CodeBuildDeleteBuildBatchProps) {
    super(scope, id, props, {
      api: 'deleteBuildBatch',
      idProp: 'buildBatchId',
      id: props.buildBatchId,
      actions: ['codebuild:DeleteBuildBatch'],
    });
  }
}
