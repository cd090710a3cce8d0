import { Stack, Token } from 'aws-cdk-lib';
import type * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct, IConstruct } from 'constructs';
import { ServiceCallTask, throwProblems } from '../../private';

/**
 * The ARN of the project whose builds a call acts on, or of every project in the stack's account and
 * Region when no project is given (Step Functions' "dynamic resources" policy).
 */
export function projectArnOrAny(scope: IConstruct, project?: codebuild.IProjectRef): string {
  return project?.projectRef.projectArn ?? Stack.of(scope).formatArn({ service: 'codebuild', resource: 'project', resourceName: '*' });
}

/**
 * The props every call on one build or build batch takes.
 */
export interface CodeBuildBuildCallProps extends sfn.TaskStateBaseProps {
  readonly project?: codebuild.IProjectRef;
}

/**
 * How one call on a build or build batch differs from the others.
 */
export interface CodeBuildBuildCall {
  /** The integration's API, e.g. `stopBuild`. */
  readonly api: string;
  /** The prop that names the build or batch, for error messages, e.g. `buildId`. */
  readonly idProp: string;
  /** The ID of the build or batch, sent as `Id`. */
  readonly id: string;
  /** The IAM actions of Request Response, on the project. */
  readonly actions: string[];
  /** The IAM actions of `.sync`, on the project; unset when the API has no `.sync`. */
  readonly syncActions?: string[];
  /** The request's fields besides `Id`. */
  readonly fields?: { [field: string]: unknown };
  /** The problems with those fields, reported with the ID's. */
  readonly problems?: string[];
}

/**
 * What the calls on one build or build batch (stop, retry, delete) share: the `Id` request, the
 * patterns the API supports, and the statement on the project.
 *
 * Not exported: jsii folds its members into the public classes.
 *
 * @internal
 */
export abstract class CodeBuildBuildCallBase extends ServiceCallTask {
  private readonly call: CodeBuildBuildCall;

  constructor(scope: Construct, id: string, props: CodeBuildBuildCallProps, call: CodeBuildBuildCall) {
    super(scope, id, props, {
      service: 'codebuild',
      api: call.api,
      patterns: call.syncActions
        ? [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB]
        : [sfn.IntegrationPattern.REQUEST_RESPONSE],
    });
    this.call = call;
    throwProblems(this, 'InvalidCodeBuildCall', `Invalid CodeBuild ${call.api} call`, [
      ...(call.id === '' ? [`${call.idProp} must not be empty`] : []),
      ...call.problems ?? [],
    ]);
    this._setTaskPolicies([new PolicyStatement({
      actions: this._integrationPattern === sfn.IntegrationPattern.RUN_JOB ? call.syncActions : call.actions,
      resources: [projectArnOrAny(this, props.project)],
    })]);
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return { Id: this.call.id, ...this.call.fields };
  }
}

/**
 * The problems with a list of 1 to 100 IDs or ARNs, when the list is known now: its size and any empty
 * entry. A list from the state's data (a token) is not checked.
 */
export function idListProblems(name: string, ids: string[]): string[] {
  if (Token.isUnresolved(ids)) {
    return [];
  }
  return [
    ...(ids.length < 1 || ids.length > 100 ? [`${name} must hold 1 to 100 entries, got ${ids.length}`] : []),
    ...ids.flatMap((id, i) => (id === '' ? [`${name}[${i}] must not be empty`] : [])),
  ];
}

/** The metrics of a task that starts builds of one project. */
export function projectMetrics(projectArn: string): sfn.TaskMetricsConfig {
  return {
    metricPrefixSingular: 'CodeBuildProject',
    metricPrefixPlural: 'CodeBuildProjects',
    metricDimensions: { ProjectArn: projectArn },
  };
}
