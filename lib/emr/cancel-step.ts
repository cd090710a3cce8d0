import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';

interface EmrCancelStepOptions {
  /**
   * The ID of the cluster the step belongs to.
   */
  readonly clusterId: string;

  /**
   * The ID of the step to cancel.
   */
  readonly stepId: string;
}

/**
 * Props of `EmrCancelStep.jsonPath()`: a step cancelled from a JSONPath state.
 */
export interface EmrCancelStepJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrCancelStepOptions {}

/**
 * Props of `EmrCancelStep.jsonata()`: a step cancelled from a JSONata state.
 */
export interface EmrCancelStepJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrCancelStepOptions {}

/**
 * Props of `EmrCancelStep`, in either query language.
 */
export interface EmrCancelStepProps extends sfn.TaskStateBaseProps, EmrCancelStepOptions {}

/**
 * A Task state that cancels a pending step of an EMR cluster.
 *
 * The call always returns at once (request/response), whatever `integrationPattern` says.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrCancelStep extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that cancels a pending step of an EMR cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrCancelStepJsonPathProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that cancels a pending step of an EMR cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EmrCancelStepJsonataProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, withJsonata(props));
  }

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  constructor(scope: Construct, id: string, private readonly props: EmrCancelStepProps) {
    super(scope, id, props);
    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:CancelSteps'],
      resources: [emrClusterArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'cancelStep', sfn.IntegrationPattern.REQUEST_RESPONSE),
      ...this._renderParametersOrArguments({
        ClusterId: this.props.clusterId,
        StepId: this.props.stepId,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
