import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';

interface EmrModifyInstanceFleetByNameOptions {
  /**
   * The ID of the cluster that holds the instance fleet.
   */
  readonly clusterId: string;

  /**
   * The name of the instance fleet to resize.
   */
  readonly instanceFleetName: string;

  /**
   * How many On-Demand capacity units the fleet should provide.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetOnDemandCapacity: number;

  /**
   * How many Spot capacity units the fleet should provide.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetSpotCapacity: number;
}

/**
 * Props of `EmrModifyInstanceFleetByName.jsonPath()`: a fleet resized from a JSONPath state.
 */
export interface EmrModifyInstanceFleetByNameJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * Props of `EmrModifyInstanceFleetByName.jsonata()`: a fleet resized from a JSONata state.
 */
export interface EmrModifyInstanceFleetByNameJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * Props of `EmrModifyInstanceFleetByName`, in either query language.
 */
export interface EmrModifyInstanceFleetByNameProps extends sfn.TaskStateBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * A Task state that sets the target On-Demand and Spot capacities of an EMR instance fleet, found by its name.
 *
 * The call always returns at once (request/response), whatever `integrationPattern` says.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrModifyInstanceFleetByName extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that sets the target capacities of an EMR instance fleet.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonPathProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that sets the target capacities of an EMR instance fleet.
   */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonataProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, withJsonata(props));
  }

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  constructor(scope: Construct, id: string, private readonly props: EmrModifyInstanceFleetByNameProps) {
    super(scope, id, props);
    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'],
      resources: [emrClusterArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'modifyInstanceFleetByName', sfn.IntegrationPattern.REQUEST_RESPONSE),
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        InstanceFleetName: this.props.instanceFleetName,
        InstanceFleet: {
          TargetOnDemandCapacity: this.props.targetOnDemandCapacity,
          TargetSpotCapacity: this.props.targetSpotCapacity,
        },
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
