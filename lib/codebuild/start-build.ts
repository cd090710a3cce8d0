import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { managedEventsRuleStatement, ServiceCallTask, withJsonata } from '../private';
import { projectMetrics } from './private/build-call';
import { renderEnvironmentVariablesOverride } from './private/environment-variables';

interface CodeBuildStartBuildOptions {
  /**
   * The CodeBuild project to build.
   */
  readonly project: codebuild.IProjectRef;

  /**
   * Environment variables for this build only, added to or replacing the project's.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html#CodeBuild-StartBuild-request-environmentVariablesOverride
   * @default - the project's environment variables
   */
  readonly environmentVariablesOverride?: { [name: string]: codebuild.BuildEnvironmentVariable };
}

/**
 * Props of `CodeBuildStartBuild.jsonPath()`: a CodeBuild StartBuild call in a JSONPath state.
 */
export interface CodeBuildStartBuildJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStartBuildOptions {}

/**
 * Props of `CodeBuildStartBuild.jsonata()`: a CodeBuild StartBuild call in a JSONata state.
 */
export interface CodeBuildStartBuildJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStartBuildOptions {}

/**
 * Props of `CodeBuildStartBuild`, in either query language.
 */
export interface CodeBuildStartBuildProps extends sfn.TaskStateBaseProps, CodeBuildStartBuildOptions {}

/**
 * A Task state that starts a build of an AWS CodeBuild project.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 */
export class CodeBuildStartBuild extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that starts a build of an AWS CodeBuild project.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStartBuildJsonPathProps): CodeBuildStartBuild {
    return new CodeBuildStartBuild(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts a build of an AWS CodeBuild project.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStartBuildJsonataProps): CodeBuildStartBuild {
    return new CodeBuildStartBuild(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: CodeBuildStartBuildProps) {
    super(scope, id, props, {
      service: 'codebuild',
      api: 'startBuild',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });

    const projectArn = props.project.projectRef.projectArn;
    this._setTaskMetrics(projectMetrics(projectArn));
    this._setTaskPolicies([
      new PolicyStatement({
        resources: [projectArn],
        actions: ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds', 'codebuild:BatchGetReports'],
      }),
      ...(this._integrationPattern === sfn.IntegrationPattern.RUN_JOB
        ? [managedEventsRuleStatement(this, 'StepFunctionsGetEventForCodeBuildStartBuildRule')]
        : []),
    ]);
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return {
      ProjectName: this.props.project.projectRef.projectName,
      EnvironmentVariablesOverride: renderEnvironmentVariablesOverride(this.props.environmentVariablesOverride),
    };
  }
}
