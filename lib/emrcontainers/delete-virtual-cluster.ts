import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ServiceCallTask, withJsonata } from '../private';
import { virtualClusterArn } from './private/arns';

interface EmrContainersDeleteVirtualClusterOptions {
  /**
   * The ID of the virtual cluster to delete, literal (`sfn.TaskInput.fromText`) or from the state's data
   * (`sfn.TaskInput.fromJsonPathAt`).
   */
  readonly virtualClusterId: sfn.TaskInput;
}

/**
 * Props of `EmrContainersDeleteVirtualCluster.jsonPath()`: a virtual cluster deleted from a JSONPath state.
 */
export interface EmrContainersDeleteVirtualClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * Props of `EmrContainersDeleteVirtualCluster.jsonata()`: a virtual cluster deleted from a JSONata state.
 */
export interface EmrContainersDeleteVirtualClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * Props of `EmrContainersDeleteVirtualCluster`, in either query language.
 */
export interface EmrContainersDeleteVirtualClusterProps extends sfn.TaskStateBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * A Task state that deletes an Amazon EMR on EKS virtual cluster; with `RUN_JOB` it waits until the deletion
 * is complete.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersDeleteVirtualCluster extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that deletes an EMR on EKS virtual cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonPathProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes an EMR on EKS virtual cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonataProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: EmrContainersDeleteVirtualClusterProps) {
    super(scope, id, props, {
      service: 'emr-containers',
      api: 'deleteVirtualCluster',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });

    const actions = ['emr-containers:DeleteVirtualCluster'];
    if (this._integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      actions.push('emr-containers:DescribeVirtualCluster');
    }
    this._setTaskPolicies([new PolicyStatement({
      resources: [virtualClusterArn(this, props.virtualClusterId.value)],
      actions,
    })]);
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return {
      Id: this.props.virtualClusterId.value,
    };
  }
}
