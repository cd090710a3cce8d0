import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { EKS_PATTERNS, clusterChildArn, isSync } from './private/resources';

interface EksDeleteNodegroupOptions {
  /**
   * The name of the cluster the node group belongs to.
   */
  readonly clusterName: string;

  /**
   * The name of the node group to delete. A cluster or node group name from the state's data (JSONPath or
   * JSONata) widens the IAM grant to any cluster or node group, in that part of the ARN.
   */
  readonly nodegroupName: string;
}

/**
 * Props of `EksDeleteNodegroup.jsonPath()`: deletes a managed node group from a JSONPath state.
 */
export interface EksDeleteNodegroupJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteNodegroupOptions {}

/**
 * Props of `EksDeleteNodegroup.jsonata()`: deletes a managed node group from a JSONata state.
 */
export interface EksDeleteNodegroupJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteNodegroupOptions {}

/**
 * Props of `EksDeleteNodegroup`, in either query language.
 */
export interface EksDeleteNodegroupProps extends sfn.TaskStateBaseProps, EksDeleteNodegroupOptions {}

/**
 * A Task state that deletes a managed node group of an Amazon EKS cluster.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the node group is gone.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteNodegroup.html
 */
export class EksDeleteNodegroup extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deletes a managed node group.
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteNodegroupJsonPathProps): EksDeleteNodegroup {
    return new EksDeleteNodegroup(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes a managed node group.
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteNodegroupJsonataProps): EksDeleteNodegroup {
    return new EksDeleteNodegroup(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EksDeleteNodegroupProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({
        actions: ['eks:DeleteNodegroup', ...(isSync(this.integrationPattern) ? ['eks:DescribeNodegroup'] : [])],
        resources: [clusterChildArn(this, 'nodegroup', props.clusterName, props.nodegroupName)],
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('eks', 'deleteNodegroup', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: this.props.clusterName,
        NodegroupName: this.props.nodegroupName,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
