import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, managedEventsRuleStatement, queryLanguageOf, withJsonata } from '../private';
import { emrClusterArn } from './private/arns';

/**
 * What EMR does with the cluster when a step fails.
 *
 * The EMR API also names a fourth value, `TERMINATE_JOB_FLOW`, an older spelling of `TERMINATE_CLUSTER`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
 */
export enum ActionOnFailure {
  /**
   * Shut the whole cluster down.
   */
  TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',

  /**
   * Cancel the steps still pending and leave the cluster running, in the WAITING state.
   */
  CANCEL_AND_WAIT = 'CANCEL_AND_WAIT',

  /**
   * Carry on with the next step as if nothing happened.
   */
  CONTINUE = 'CONTINUE',
}

interface EmrAddStepOptions {
  /**
   * The ID of the cluster that runs the step.
   */
  readonly clusterId: string;

  /**
   * A name for the step.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
   */
  readonly name: string;

  /**
   * What happens to the cluster if the step fails.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
   * @default ActionOnFailure.CONTINUE
   */
  readonly actionOnFailure?: ActionOnFailure;

  /**
   * Location of the JAR file the step runs (an S3 path, or a path on the cluster such as
   * `command-runner.jar`).
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   */
  readonly jar: string;

  /**
   * The class whose `main` method the step runs.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - the `Main-Class` named in the JAR's manifest
   */
  readonly mainClass?: string;

  /**
   * Command-line arguments handed to the main method.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - no arguments
   */
  readonly args?: string[];

  /**
   * Java system properties set for the step, as name/value pairs.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - no properties
   */
  readonly properties?: { [key: string]: string };

  /**
   * ARN of the runtime role the step runs as.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_AddJobFlowSteps.html#API_AddJobFlowSteps_RequestSyntax
   * @default - the role of the cluster's EC2 instance profile
   */
  readonly executionRoleArn?: string;
}

/**
 * Props of `EmrAddStep.jsonPath()`: a step added in a JSONPath state.
 */
export interface EmrAddStepJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrAddStepOptions {}

/**
 * Props of `EmrAddStep.jsonata()`: a step added in a JSONata state.
 */
export interface EmrAddStepJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrAddStepOptions {}

/**
 * Props of `EmrAddStep`, in either query language.
 */
export interface EmrAddStepProps extends sfn.TaskStateBaseProps, EmrAddStepOptions {}

/**
 * A Task state that adds a Hadoop JAR step to a running EMR cluster; its result carries the new step's ID.
 *
 * With `RUN_JOB` (the default) the state waits until the step finishes.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrAddStep extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that adds a step to a running EMR cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrAddStepJsonPathProps): EmrAddStep {
    return new EmrAddStep(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that adds a step to a running EMR cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EmrAddStepJsonataProps): EmrAddStep {
    return new EmrAddStep(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  private readonly actionOnFailure: ActionOnFailure;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EmrAddStepProps) {
    super(scope, id, props);
    this.actionOnFailure = props.actionOnFailure ?? ActionOnFailure.CONTINUE;
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EmrAddStep.SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);

    this.taskPolicies = [new PolicyStatement({
      actions: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
      resources: [emrClusterArn(this)],
    })];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      this.taskPolicies.push(managedEventsRuleStatement(this, 'StepFunctionsGetEventForEMRAddJobFlowStepsRule'));
    }
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'addStep', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterId: props.clusterId,
        ExecutionRoleArn: props.executionRoleArn,
        Step: {
          Name: props.name,
          ActionOnFailure: this.actionOnFailure,
          HadoopJarStep: {
            Jar: props.jar,
            MainClass: props.mainClass,
            Args: props.args,
            Properties: props.properties === undefined ? undefined
              : Object.entries(props.properties).map(([Key, Value]) => ({ Key, Value })),
          },
        },
      }, queryLanguageOf(topLevelQueryLanguage, props.queryLanguage)),
    };
  }
}
