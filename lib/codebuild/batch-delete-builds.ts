import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, throwProblems, withJsonata } from '../private';
import { idListProblems, projectArnOrAny } from './private/build-call';

interface CodeBuildBatchDeleteBuildsOptions {
  /**
   * The IDs or ARNs of the builds to delete, 1 to 100. A `JsonPath.listAt(...)` token or a JSONata
   * expression passes a list from the state's data, e.g. `JsonPath.listAt('$.Build..Arn')`.
   */
  readonly ids: string[];

  /**
   * The project the builds belong to, which scopes the IAM grant.
   *
   * @default - the state machine may delete builds of every project in the stack's account and Region
   */
  readonly project?: codebuild.IProjectRef;
}

/**
 * Props of `CodeBuildBatchDeleteBuilds.jsonPath()`: a CodeBuild BatchDeleteBuilds call in a JSONPath state.
 */
export interface CodeBuildBatchDeleteBuildsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/**
 * Props of `CodeBuildBatchDeleteBuilds.jsonata()`: a CodeBuild BatchDeleteBuilds call in a JSONata state.
 */
export interface CodeBuildBatchDeleteBuildsJsonataProps extends sfn.TaskStateJsonataBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/**
 * Props of `CodeBuildBatchDeleteBuilds`, in either query language.
 */
export interface CodeBuildBatchDeleteBuildsProps extends sfn.TaskStateBaseProps, CodeBuildBatchDeleteBuildsOptions {}

/**
 * A Task state that deletes one or more AWS CodeBuild builds. The state's result lists the builds deleted
 * (`BuildsDeleted`) and those that were not (`BuildsNotDeleted`).
 *
 * Step Functions retries internally while a build that was just stopped is being finalized. Request
 * Response only: Step Functions has no `.sync` for this API.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchDeleteBuilds.html
 */
export class CodeBuildBatchDeleteBuilds extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deletes one or more AWS CodeBuild builds.
   */
  public static jsonPath(scope: Construct, id: string, props: CodeBuildBatchDeleteBuildsJsonPathProps): CodeBuildBatchDeleteBuilds {
    return new CodeBuildBatchDeleteBuilds(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes one or more AWS CodeBuild builds.
   */
  public static jsonata(scope: Construct, id: string, props: CodeBuildBatchDeleteBuildsJsonataProps): CodeBuildBatchDeleteBuilds {
    return new CodeBuildBatchDeleteBuilds(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: CodeBuildBatchDeleteBuildsProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    throwProblems(this, 'InvalidCodeBuildCall', 'Invalid CodeBuild batchDeleteBuilds call', idListProblems('ids', props.ids));
    this.taskPolicies = [new PolicyStatement({
      actions: ['codebuild:BatchDeleteBuilds'],
      resources: [projectArnOrAny(this, props.project)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('codebuild', 'batchDeleteBuilds', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Ids: this.props.ids,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
