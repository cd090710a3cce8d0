import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { ExecutionClass, WorkerConfigurationProperty } from './types';
import { ServiceCallTask, validationError, withJsonata } from '../private';

interface GlueStartJobRunOptions {
  /**
   * The name of the Glue job to run.
   */
  readonly glueJobName: string;

  /**
   * Arguments for this run only; they replace the job definition's default arguments.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html
   * @default - the job definition's default arguments
   */
  readonly arguments?: sfn.TaskInput;

  /**
   * The name of the Glue security configuration the run uses.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-common.html#aws-glue-api-regex-oneLine
   * @default - the job definition's security configuration
   */
  readonly securityConfiguration?: string;

  /**
   * How long the run may go before Glue sends a "job run delayed" notification; at least one minute.
   *
   * @default - the job definition's notification delay
   */
  readonly notifyDelayAfter?: Duration;

  /**
   * The worker type and number of workers for this run.
   *
   * @default - the job definition's workers
   */
  readonly workerConfiguration?: WorkerConfigurationProperty;

  /**
   * Whether the run gets dedicated capacity (`STANDARD`) or spare capacity (`FLEX`).
   *
   * @default - STANDARD
   */
  readonly executionClass?: ExecutionClass;
}

/**
 * Props of `GlueStartJobRun.jsonPath()`: a Glue job run in a JSONPath state.
 */
export interface GlueStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueStartJobRunOptions {}

/**
 * Props of `GlueStartJobRun.jsonata()`: a Glue job run in a JSONata state.
 */
export interface GlueStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueStartJobRunOptions {}

/**
 * Props of `GlueStartJobRun`, in either query language.
 */
export interface GlueStartJobRunProps extends sfn.TaskStateBaseProps, GlueStartJobRunOptions {}

/**
 * A Task state that starts a run of an AWS Glue job.
 *
 * The state's result is Glue's `JobRun` structure. The state's timeout (`taskTimeout`, or the deprecated
 * `timeout`) is handed to Glue as the run's `Timeout`, in minutes, rather than set on the state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
 */
export class GlueStartJobRun extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that starts a run of an AWS Glue job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
   */
  public static jsonPath(scope: Construct, id: string, props: GlueStartJobRunJsonPathProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts a run of an AWS Glue job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
   */
  public static jsonata(scope: Construct, id: string, props: GlueStartJobRunJsonataProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: GlueStartJobRunProps) {
    // `arguments` here are the job's, not the JSONata state's `Arguments`: keep them away from the state.
    // (A statement before `super` also makes jsii check deprecated props first, as aws-cdk-lib's class does,
    // so warnings print in the same order.)
    const stateProps = { ...props, arguments: undefined } as sfn.TaskStateBaseProps;
    super(scope, id, stateProps, {
      service: 'glue',
      api: 'startJobRun',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });

    const actions = this._integrationPattern === sfn.IntegrationPattern.RUN_JOB
      ? ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun']
      : ['glue:StartJobRun'];
    this._setTaskPolicies([new PolicyStatement({
      resources: [Stack.of(this).formatArn({ service: 'glue', resource: 'job', resourceName: props.glueJobName })],
      actions,
    })]);
    this._setTaskMetrics({
      metricPrefixSingular: 'GlueJob',
      metricPrefixPlural: 'GlueJobs',
      metricDimensions: { GlueJobName: props.glueJobName },
    });
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    const workerConfiguration = this.props.workerConfiguration;
    return {
      JobName: this.props.glueJobName,
      Arguments: this.props.arguments?.value,
      Timeout: this.runTimeout(),
      SecurityConfiguration: this.props.securityConfiguration,
      NotificationProperty: this.props.notifyDelayAfter ? { NotifyDelayAfter: this.props.notifyDelayAfter.toMinutes() } : null,
      WorkerType: this.workerTypeName(),
      NumberOfWorkers: workerConfiguration?.numberOfWorkers,
      ExecutionClass: this.props.executionClass,
    };
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      ...super._renderTask(topLevelQueryLanguage),
      // The timeout went to the job run above; the state itself has none.
      TimeoutSeconds: undefined,
      TimeoutSecondsPath: undefined,
    };
  }

  /** The run's `Timeout` in minutes, from `timeout` or `taskTimeout` (a JSONPath timeout stays a path). */
  private runTimeout(): number | undefined {
    const { timeout, taskTimeout } = this.props;
    if (timeout) {
      return timeout.toMinutes();
    }
    if (taskTimeout?.seconds) {
      return Duration.seconds(taskTimeout.seconds).toMinutes();
    }
    return taskTimeout?.path ? sfn.JsonPath.numberAt(taskTimeout.path) : undefined;
  }

  /** The worker type's name, after checking that exactly one of the two worker type props is set. */
  private workerTypeName(): string | undefined {
    const config = this.props.workerConfiguration;
    if (config) {
      if (config.workerType && config.workerTypeV2) {
        throw validationError(this, 'CannotSetBothWorkerTypeAndWorkerTypeV2',
          "You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'.");
      }
      if (!config.workerType && !config.workerTypeV2) {
        throw validationError(this, 'EitherWorkerTypeOrWorkerTypeV2Required',
          "You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'.");
      }
    }
    return config?.workerType ?? config?.workerTypeV2?.name;
  }
}
