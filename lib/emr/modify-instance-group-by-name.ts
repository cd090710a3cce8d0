import type { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { EmrCreateCluster } from './create-cluster';
import { integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';
import { renderInstanceGroupModifyConfig } from './private/cluster-utils';

interface EmrModifyInstanceGroupByNameOptions {
  /**
   * The ID of the cluster that holds the instance group.
   */
  readonly clusterId: string;

  /**
   * The name of the instance group to change.
   */
  readonly instanceGroupName: string;

  /**
   * The changes to make: the fields of an instance group in the `ModifyInstanceGroups` API.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceGroups.html
   */
  readonly instanceGroup: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty;
}

/**
 * Props of `EmrModifyInstanceGroupByName.jsonPath()`: an instance group changed from a JSONPath state.
 */
export interface EmrModifyInstanceGroupByNameJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * Props of `EmrModifyInstanceGroupByName.jsonata()`: an instance group changed from a JSONata state.
 */
export interface EmrModifyInstanceGroupByNameJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * Props of `EmrModifyInstanceGroupByName`, in either query language.
 */
export interface EmrModifyInstanceGroupByNameProps extends sfn.TaskStateBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * A Task state that resizes or reconfigures an EMR instance group, found by its name.
 *
 * The call always returns at once (request/response), whatever `integrationPattern` says.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrModifyInstanceGroupByName extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that resizes or reconfigures an EMR instance group.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonPathProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that resizes or reconfigures an EMR instance group.
   */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonataProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, withJsonata(props));
  }

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  constructor(scope: Construct, id: string, private readonly props: EmrModifyInstanceGroupByNameProps) {
    super(scope, id, props);
    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'],
      resources: [emrClusterArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'modifyInstanceGroupByName', sfn.IntegrationPattern.REQUEST_RESPONSE),
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        InstanceGroupName: this.props.instanceGroupName,
        InstanceGroup: renderInstanceGroupModifyConfig(this.props.instanceGroup),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}

/**
 * The structs of `EmrModifyInstanceGroupByName`'s props, which mirror the EMR `ModifyInstanceGroups` API.
 */
// A namespace merged with the class gives these types the reference's jsii names, `EmrModifyInstanceGroupByName.<Type>`.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace EmrModifyInstanceGroupByName {
  /**
   * Which instances to keep or remove when an instance group shrinks.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceResizePolicy.html
   */
  export interface InstanceResizePolicyProperty {
    /**
     * IDs of the instances that must survive the shrink.
     *
     * @default - No instances will be protected when shrinking an instance group
     */
    readonly instancesToProtect?: string[];

    /**
     * IDs of the instances to terminate first.
     *
     * @default - No instances will be terminated when shrinking an instance group.
     */
    readonly instancesToTerminate?: string[];

    /**
     * The decommissioning timeout of the instances in `instancesToTerminate`, a whole number of seconds.
     *
     * @default - the group's decommissioning timeout
     */
    readonly instanceTerminationTimeout?: Duration;
  }

  /**
   * How an instance group shrinks: decommissioning timeout and which instances go.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
   */
  export interface ShrinkPolicyProperty {
    /**
     * How long a node may take to decommission, a whole number of seconds; overrides YARN's own timeout.
     *
     * @default - EMR selected default
     */
    readonly decommissionTimeout?: Duration;

    /**
     * Which instances to keep or remove.
     *
     * @default - None
     */
    readonly instanceResizePolicy?: InstanceResizePolicyProperty;
  }

  /**
   * The changes to an instance group: its size, its configurations, instances to remove, how to shrink.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupModifyConfig.html
   */
  export interface InstanceGroupModifyConfigProperty {
    /**
     * Configuration classifications to add or change on the group.
     *
     * @default - None
     */
    readonly configurations?: EmrCreateCluster.ConfigurationProperty[];

    /**
     * IDs of EC2 instances to terminate; the group does not replace them.
     *
     * @default - None
     */
    readonly eC2InstanceIdsToTerminate?: string[];

    /**
     * The new number of instances in the group.
     *
     * @default - None
     */
    readonly instanceCount?: number;

    /**
     * How the group shrinks.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
     * @default - None
     */
    readonly shrinkPolicy?: ShrinkPolicyProperty;
  }
}
