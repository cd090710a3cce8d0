import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';

interface EmrSetClusterTerminationProtectionOptions {
  /**
   * The ID of the cluster to lock or unlock.
   */
  readonly clusterId: string;

  /**
   * `true` locks the cluster against termination (by API call, user action or job-flow error); `false`
   * lifts the lock.
   */
  readonly terminationProtected: boolean;
}

/**
 * Props of `EmrSetClusterTerminationProtection.jsonPath()`: termination protection set from a JSONPath state.
 */
export interface EmrSetClusterTerminationProtectionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * Props of `EmrSetClusterTerminationProtection.jsonata()`: termination protection set from a JSONata state.
 */
export interface EmrSetClusterTerminationProtectionJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * Props of `EmrSetClusterTerminationProtection`, in either query language.
 */
export interface EmrSetClusterTerminationProtectionProps extends sfn.TaskStateBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * A Task state that turns termination protection of an EMR cluster on or off.
 *
 * The call always returns at once (request/response), whatever `integrationPattern` says.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrSetClusterTerminationProtection extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that turns termination protection of an EMR cluster on or off.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionJsonPathProps): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that turns termination protection of an EMR cluster on or off.
   */
  public static jsonata(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionJsonataProps): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, withJsonata(props));
  }

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  constructor(scope: Construct, id: string, private readonly props: EmrSetClusterTerminationProtectionProps) {
    super(scope, id, props);
    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:SetTerminationProtection'],
      resources: [emrClusterArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'setClusterTerminationProtection', sfn.IntegrationPattern.REQUEST_RESPONSE),
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        TerminationProtected: this.props.terminationProtected,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
