import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { managedEventsRuleStatement, ServiceCallTask, withJsonata } from '../private';
import { projectMetrics } from './private/build-call';
import { renderEnvironmentVariablesOverride } from './private/environment-variables';

interface CodeBuildStartBuildBatchOptions {
  /**
   * The CodeBuild project to build; batch builds must be enabled on it (`project.enableBatchBuilds()`, or
   * already configured for an imported project).
   */
  readonly project: codebuild.IProjectRef;

  /**
   * Environment variables for the builds of this batch only, added to or replacing the project's.
   *
   * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html#CodeBuild-StartBuildBatch-request-environmentVariablesOverride
   * @default - the project's environment variables
   */
  readonly environmentVariablesOverride?: { [name: string]: codebuild.BuildEnvironmentVariable };
}

/**
 * Props of `CodeBuildStartBuildBatch.jsonPath()`: a CodeBuild StartBuildBatch call in a JSONPath state.
 */
export interface CodeBuildStartBuildBatchJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildStartBuildBatchOptions {}

/**
 * Props of `CodeBuildStartBuildBatch.jsonata()`: a CodeBuild StartBuildBatch call in a JSONata state.
 */
export interface CodeBuildStartBuildBatchJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildStartBuildBatchOptions {}

/**
 * Props of `CodeBuildStartBuildBatch`, in either query language.
 */
export interface CodeBuildStartBuildBatchProps extends sfn.TaskStateBaseProps, CodeBuildStartBuildBatchOptions {}

/**
 * A Task state that starts a batch build of an AWS CodeBuild project.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuildBatch.html
 */
export class CodeBuildStartBuildBatch extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that starts a batch build of an AWS CodeBuild project.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonPathProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts a batch build of an AWS CodeBuild project.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildStartBuildBatchJsonataProps): CodeBuildStartBuildBatch {
    return new CodeBuildStartBuildBatch(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: CodeBuildStartBuildBatchProps) {
    super(scope, id, props, {
      service: 'codebuild',
      api: 'startBuildBatch',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });

    const projectArn = props.project.projectRef.projectArn;
    this._setTaskMetrics(projectMetrics(projectArn));
    // Starting is all REQUEST_RESPONSE does; RUN_JOB also follows the batch to its end, and stops it when the state is cancelled.
    this._setTaskPolicies(this._integrationPattern === sfn.IntegrationPattern.RUN_JOB
      ? [
        new PolicyStatement({
          resources: [projectArn],
          actions: ['codebuild:StartBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'],
        }),
        managedEventsRuleStatement(this, 'StepFunctionsGetEventForCodeBuildStartBuildBatchRule'),
      ]
      : [new PolicyStatement({ resources: [projectArn], actions: ['codebuild:StartBuildBatch'] })]);
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
