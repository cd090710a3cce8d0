import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { EKS_PATTERNS, clusterArn, isSync } from './private/resources';

interface EksDeleteClusterOptions {
  /**
   * The name of the cluster to delete. A name from the state's data (JSONPath or JSONata) grants the
   * state machine the right to delete any cluster of the account and Region.
   */
  readonly clusterName: string;
}

/**
 * Props of `EksDeleteCluster.jsonPath()`: deletes an Amazon EKS cluster from a JSONPath state.
 */
export interface EksDeleteClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteClusterOptions {}

/**
 * Props of `EksDeleteCluster.jsonata()`: deletes an Amazon EKS cluster from a JSONata state.
 */
export interface EksDeleteClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteClusterOptions {}

/**
 * Props of `EksDeleteCluster`, in either query language.
 */
export interface EksDeleteClusterProps extends sfn.TaskStateBaseProps, EksDeleteClusterOptions {}

/**
 * A Task state that deletes an Amazon EKS cluster (its control plane). Delete its node groups and Fargate
 * profiles first: Amazon EKS refuses to delete a cluster that still has them.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the cluster is gone.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteCluster.html
 */
export class EksDeleteCluster extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deletes an Amazon EKS cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteClusterJsonPathProps): EksDeleteCluster {
    return new EksDeleteCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes an Amazon EKS cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteClusterJsonataProps): EksDeleteCluster {
    return new EksDeleteCluster(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EksDeleteClusterProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({
        actions: ['eks:DeleteCluster', ...(isSync(this.integrationPattern) ? ['eks:DescribeCluster'] : [])],
        resources: [clusterArn(this, props.clusterName)],
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('eks', 'deleteCluster', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Name: this.props.clusterName,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
