import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { CodeBuildBuildCallBase } from './private/build-call';

interface CodeBuildStopBuildOptions {
  /**
   * The ID of the build to stop, `<project>:<uuid>`, usually from the state's data, e.g.
   * `JsonPath.stringAt('$.Build.Id')` after a `CodeBuildStartBuild`.
   */
  readonly buildId: string;

  /**
   * The project the build belongs to, which scopes the IAM grant.
   *
   * @default - the state machine may stop builds of every project in the stack's account and Region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Props of `CodeBuildStopBuild.jsonPath()`: a CodeBuild StopBuild call in a JSONPath state.
 */
export interface CodeBuildStopBuildJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStopBuildOptions {}

/**
 * Props of `CodeBuildStopBuild.jsonata()`: a CodeBuild StopBuild call in a JSONata state.
 */
export interface CodeBuildStopBuildJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStopBuildOptions {}

/**
 * Props of `CodeBuildStopBuild`, in either query language.
 */
export interface CodeBuildStopBuildProps extends sfn.TaskStateBaseProps, CodeBuildStopBuildOptions {}

/**
 * A Task state that stops a running AWS CodeBuild build. The state's result is the stopped build
 * (`Build`).
 *
 * Request Response only: Step Functions has no `.sync` for this API.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StopBuild.html
 */
export class CodeBuildStopBuild extends CodeBuildBuildCallBase {
  /**
   * A Task state, in JSONPath, that stops a running AWS CodeBuild build.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStopBuildJsonPathProps): CodeBuildStopBuild {
    return new CodeBuildStopBuild(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that stops a running AWS CodeBuild build.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStopBuildJsonataProps): CodeBuildStopBuild {
    return new CodeBuildStopBuild(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: CodeBuildStopBuildProps) {
    super(scope, id, props, {
      api: 'stopBuild',
      idProp: 'buildId',
      id: props.buildId,
      actions: ['codebuild:StopBuild'],
    });
  }
}
