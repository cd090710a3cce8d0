import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { CodeBuildBuildCallBase } from './private/build-call';

interface CodeBuildStopBuildBatchOptions {
  /**
   * The ID of the batch build to stop, `<project>:<uuid>`, usually from the state's data, e.g.
   * `JsonPath.stringAt('$.BuildBatch.Id')` after a `CodeBuildStartBuildBatch`.
   */
  readonly buildBatchId: string;

  /**
   * The project the batch build belongs to, which scopes the IAM grant.
   *
   * @default - the state machine may stop batch builds of every project in the stack's account and Region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Props of `CodeBuildStopBuildBatch.jsonPath()`: a CodeBuild StopBuildBatch call in a JSONPath state.
 */
export interface CodeBuildStopBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStopBuildBatchOptions {}

/**
 * Props of `CodeBuildStopBuildBatch.jsonata()`: a CodeBuild StopBuildBatch call in a JSONata state.
 */
export interface CodeBuildStopBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStopBuildBatchOptions {}

/**
 * Props of `CodeBuildStopBuildBatch`, in either query language.
 */
export interface CodeBuildStopBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildStopBuildBatchOptions {}

/**
 * A Task state that stops a running AWS CodeBuild batch build. The state's result is the
 * stopped batch (`BuildBatch`).
 *
 * Request Response only: Step Functions has no `.sync` for this API.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuildBatch.html
 */
export class CodeBuildStopBuildBatch extends CodeBuildBuildCallBase {
  /**
   * A Task state, in JSONPath, that stops a running AWS CodeBuild batch build.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStopBuildBatchJsonPathProps): CodeBuildStopBuildBatch {
    return new CodeBuildStopBuildBatch(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that stops a running AWS CodeBuild batch build.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStopBuildBatchJsonataProps): CodeBuildStopBuildBatch {
    return new CodeBuildStopBuildBatch(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: CodeBuildStopBuildBatchProps) {
    super(scope, id, props, {
      api: 'stopBuildBatch',
      idProp: 'buildBatchId',
      id: props.buildBatchId,
      actions: ['codebuild:StopBuildBatch'],
    });
  }
}
