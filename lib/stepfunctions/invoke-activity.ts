import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { queryLanguageOf, withJsonata } from '../private';

interface StepFunctionsInvokeActivityOptions {
  /**
   * The activity whose workers do the work.
   */
  readonly activity: sfn.IActivity;
}

interface StepFunctionsInvokeActivityJsonPathOptions {
  /**
   * The input handed to the activity worker: literal values, and JSONPath values selected from the state
   * input or the context object.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-parameters
   * @default - the state input, after `inputPath`
   */
  readonly parameters?: { [name: string]: any };
}

/**
 * Props of `StepFunctionsInvokeActivity.jsonPath()`: handing work to an activity worker from a JSONPath state.
 */
export interface StepFunctionsInvokeActivityJsonPathProps extends sfn.TaskStateJsonPathBaseProps,
  StepFunctionsInvokeActivityOptions, StepFunctionsInvokeActivityJsonPathOptions {}

/**
 * Props of `StepFunctionsInvokeActivity.jsonata()`: handing work to an activity worker from a JSONata state.
 */
export interface StepFunctionsInvokeActivityJsonataProps extends sfn.TaskStateJsonataBaseProps,
  StepFunctionsInvokeActivityOptions, sfn.JsonataStateOptions {}

/**
 * Props of `StepFunctionsInvokeActivity`, in either query language: `parameters` for JSONPath,
 * `arguments` for JSONata.
 */
export interface StepFunctionsInvokeActivityProps extends sfn.TaskStateBaseProps,
  StepFunctionsInvokeActivityOptions, StepFunctionsInvokeActivityJsonPathOptions, sfn.JsonataStateOptions {}

/**
 * A Task state that hands work to an activity: the execution waits until a worker (running anywhere)
 * polls for the task with `GetActivityTask` and reports back with `SendTaskSuccess` or `SendTaskFailure`.
 *
 * The activity's ARN is the state's `Resource`. Set `heartbeatTimeout` to fail the state when the worker
 * stops sending heartbeats.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
 */
export class StepFunctionsInvokeActivity extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that hands work to an activity.
   */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonPathProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that hands work to an activity.
   */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonataProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: StepFunctionsInvokeActivityProps) {
    super(scope, id, props);
    // Tasks of an activity encrypted with a customer managed key can only be read and written with that key.
    const encryption = props.activity.encryptionConfiguration;
    if (encryption instanceof sfn.CustomerManagedEncryptionConfiguration) {
      this.taskPolicies = [this.keyPolicy(encryption.kmsKey)];
    }
    this.taskMetrics = {
      metricDimensions: { ActivityArn: props.activity.activityArn },
      metricPrefixSingular: 'Activity',
      metricPrefixPlural: 'Activities',
    };
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const input = this.props.parameters ?? this.props.arguments;
    return {
      Resource: this.props.activity.activityArn,
      ...(input ? this._renderParametersOrArguments(input, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)) : undefined),
    };
  }

  private keyPolicy(key: kms.IKey): PolicyStatement {
    return new PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [key.keyRef.keyArn],
      conditions: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': this.props.activity.activityArn } },
    });
  }
}
