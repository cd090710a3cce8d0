import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, managedEventsRuleStatement, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';

interface EmrTerminateClusterOptions {
  /**
   * The ID of the cluster to shut down.
   */
  readonly clusterId: string;
}

/**
 * Props of `EmrTerminateCluster.jsonPath()`: a cluster shut down from a JSONPath state.
 */
export interface EmrTerminateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrTerminateClusterOptions {}

/**
 * Props of `EmrTerminateCluster.jsonata()`: a cluster shut down from a JSONata state.
 */
export interface EmrTerminateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrTerminateClusterOptions {}

/**
 * Props of `EmrTerminateCluster`, in either query language.
 */
export interface EmrTerminateClusterProps extends sfn.TaskStateBaseProps, EmrTerminateClusterOptions {}

/**
 * A Task state that shuts an EMR cluster down.
 *
 * With `RUN_JOB` (the default) the state waits until the cluster has terminated.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrTerminateCluster extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that shuts an EMR cluster down.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrTerminateClusterJsonPathProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that shuts an EMR cluster down.
   */
  public static jsonata(scope: Construct, id: string, props: EmrTerminateClusterJsonataProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EmrTerminateClusterProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EmrTerminateCluster.SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);

    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'],
      resources: [emrClusterArn(this)],
    })];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      this.taskPolicies.push(managedEventsRuleStatement(this, 'StepFunctionsGetEventForEMRTerminateJobFlowsRule'));
    }
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'terminateCluster', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
