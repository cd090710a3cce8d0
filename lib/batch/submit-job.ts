import { Fn, Stack, Token, withResolved } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { isJsonPathOrJsonataExpression, managedEventsRuleStatement, ServiceCallTask, validationError, withJsonata } from '../private';
import type { BatchContainerOverrides, BatchJobDependency } from './types';

interface BatchSubmitJobOptions {
  /**
   * The ARN of the job definition the job is made from.
   */
  readonly jobDefinitionArn: string;

  /**
   * The job's name: up to 128 letters, digits, hyphens and underscores, starting with a letter or digit.
   */
  readonly jobName: string;

  /**
   * The ARN of the job queue the job is submitted to.
   */
  readonly jobQueueArn: string;

  /**
   * Run the job as an array job of this many child jobs (between 2 and 10,000).
   *
   * @see https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html
   * @default - a single job, not an array
   */
  readonly arraySize?: number;

  /**
   * Changes to the job definition's container for this job.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-containerOverrides
   * @default - no overrides
   */
  readonly containerOverrides?: BatchContainerOverrides;

  /**
   * Jobs (at most 20) that must finish before this one starts.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-dependsOn
   * @default - no dependencies
   */
  readonly dependsOn?: BatchJobDependency[];

  /**
   * Values for the parameter placeholders of the job definition (`Parameters` of SubmitJob).
   *
   * @default - no parameters
   */
  readonly payload?: sfn.TaskInput;

  /**
   * How many times (between 1 and 10) AWS Batch may move the job to RUNNABLE: above 1, a failed job is
   * retried until the attempts run out.
   *
   * @default 1
   */
  readonly attempts?: number;

  /**
   * Tags for the job (at most 50; keys of 1 to 128 characters, values of at most 256).
   *
   * @default {} - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Allow the state machine to submit jobs of this job definition only (any of its revisions), instead of
   * jobs of every job definition in the account and Region.
   *
   * An opt-in of this library, not a prop of aws-cdk-lib (aws-cdk#37214): `batch:SubmitJob` is granted on
   * `job-definition/NAME` and `job-definition/NAME:*` of the account and Region of `jobDefinitionArn`,
   * and on the job queue. `jobDefinitionArn` must then be known when the stack is synthesized (an ARN,
   * literal or from a construct), not a JSONPath or JSONata value. A job queue chosen at run time is
   * granted as every queue of the stack's account and Region.
   *
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbatch.html#awsbatch-resources-for-iam-policies
   * @default false - every job definition (`job-definition/*`), as aws-cdk-lib grants
   */
  readonly scopePolicyToJobDefinition?: boolean;
}

/**
 * Props of `BatchSubmitJob.jsonPath()`: an AWS Batch SubmitJob call in a JSONPath state.
 */
export interface BatchSubmitJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, BatchSubmitJobOptions {}

/**
 * Props of `BatchSubmitJob.jsonata()`: an AWS Batch SubmitJob call in a JSONata state.
 */
export interface BatchSubmitJobJsonataProps extends sfn.TaskStateJsonataBaseProps, BatchSubmitJobOptions {}

/**
 * Props of `BatchSubmitJob`, in either query language.
 */
export interface BatchSubmitJobProps extends sfn.TaskStateBaseProps, BatchSubmitJobOptions {}

/**
 * A Task state that submits an AWS Batch job made from a job definition and, by default, waits for it
 * to finish.
 *
 * The state's `timeout` (or `taskTimeout`) becomes the job's attempt duration, which AWS Batch enforces,
 * instead of a timeout of the state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
 */
export class BatchSubmitJob extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that submits an AWS Batch job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
   */
  public static jsonPath(scope: Construct, id: string, props: BatchSubmitJobJsonPathProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that submits an AWS Batch job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
   */
  public static jsonata(scope: Construct, id: string, props: BatchSubmitJobJsonataProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: BatchSubmitJobProps) {
    super(scope, id, props, {
      service: 'batch',
      api: 'submitJob',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
      defaultPattern: sfn.IntegrationPattern.RUN_JOB,
    });

    withResolved(props.arraySize, (arraySize) => {
      if (arraySize !== undefined && (arraySize < 2 || arraySize > 10_000)) {
        throw validationError(this, 'MustBeArraySizeBetween', `arraySize must be between 2 and 10,000. Received ${arraySize}.`);
      }
    });
    if (props.dependsOn && props.dependsOn.length > 20) {
      throw validationError(this, 'MustBeDependenciesLess', `dependencies must be 20 or less. Received ${props.dependsOn.length}.`);
    }
    withResolved(props.attempts, (attempts) => {
      if (attempts !== undefined && (attempts < 1 || attempts > 10)) {
        throw validationError(this, 'MustBeAttemptsBetween', `attempts must be between 1 and 10. Received ${attempts}.`);
      }
    });
    if (props.timeout !== undefined || props.taskTimeout !== undefined) {
      withResolved(props.timeout?.toSeconds(), props.taskTimeout?.seconds, (timeout, taskTimeout) => {
        const seconds = timeout ?? taskTimeout;
        if (seconds && seconds < 60) {
          throw validationError(this, 'MustBeAttemptDurationGreater', `attempt duration must be greater than 60 seconds. Received ${seconds} seconds.`);
        }
      });
    }
    for (const name of Object.keys(props.containerOverrides?.environment ?? {})) {
      if (name.match(/^AWS_BATCH/)) {
        throw validationError(this, 'InvalidEnvironmentVariableName',
          `Invalid environment variable name: ${name}. Environment variable names starting with 'AWS_BATCH' are reserved.`);
      }
    }
    this.validateTags(props.tags);

    this._setTaskPolicies([
      new PolicyStatement({
        resources: props.scopePolicyToJobDefinition ? this.scopedSubmitJobResources() : this.submitJobResources(),
        actions: ['batch:SubmitJob'],
      }),
      managedEventsRuleStatement(this, 'StepFunctionsGetEventsForBatchJobsRule'),
    ]);
  }

  /** What aws-cdk-lib grants `batch:SubmitJob` on: every job definition and the queue, or anything at all. */
  private submitJobResources(): string[] {
    // A queue chosen at run time could be any queue.
    return isJsonPathOrJsonataExpression(this.props.jobQueueArn)
      ? ['*']
      : [Stack.of(this).formatArn({ service: 'batch', resource: 'job-definition', resourceName: '*' }), this.props.jobQueueArn];
  }

  /** `scopePolicyToJobDefinition`: the job definition, any revision of it, and the queue. */
  private scopedSubmitJobResources(): string[] {
    const { jobDefinitionArn, jobQueueArn } = this.props;
    if (isJsonPathOrJsonataExpression(jobDefinitionArn)) {
      throw validationError(this, 'ScopedPolicyNeedsJobDefinitionArn',
        'scopePolicyToJobDefinition needs a jobDefinitionArn known at synthesis, not a JSONPath or JSONata value');
    }
    const definition = jobDefinitionWithoutRevision(jobDefinitionArn);
    const queue = isJsonPathOrJsonataExpression(jobQueueArn)
      ? Stack.of(this).formatArn({ service: 'batch', resource: 'job-queue', resourceName: '*' })
      : jobQueueArn;
    return [definition, `${definition}:*`, queue];
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    const props = this.props;
    const attemptSeconds = props.timeout?.toSeconds()
      ?? (props.taskTimeout?.seconds || (props.taskTimeout?.path ? sfn.JsonPath.numberAt(props.taskTimeout.path) : undefined));
    return {
      JobDefinition: props.jobDefinitionArn,
      JobName: props.jobName,
      JobQueue: props.jobQueueArn,
      Parameters: props.payload?.value,
      ArrayProperties: props.arraySize !== undefined ? { Size: props.arraySize } : undefined,
      ContainerOverrides: props.containerOverrides ? renderContainerOverrides(props.containerOverrides) : undefined,
      DependsOn: props.dependsOn?.map((dependency) => ({ JobId: dependency.jobId, Type: dependency.type })),
      RetryStrategy: props.attempts !== undefined ? { Attempts: props.attempts } : undefined,
      Tags: props.tags,
      Timeout: attemptSeconds ? { AttemptDurationSeconds: attemptSeconds } : undefined,
    };
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      ...super._renderTask(topLevelQueryLanguage),
      // The timeout is the job's attempt duration, enforced by AWS Batch, so the state itself has none.
      TimeoutSeconds: undefined,
      TimeoutSecondsPath: undefined,
    };
  }

  private validateTags(tags?: { [key: string]: string }): void {
    if (tags === undefined) {
      return;
    }
    const entries = Object.entries(tags);
    if (entries.length > 50) {
      throw validationError(this, 'MaximumNumberEntries', `Maximum tag number of entries is 50. Received ${entries.length}.`);
    }
    for (const [key, value] of entries) {
      if (key.length < 1 || key.length > 128) {
        throw validationError(this, 'MustBeSizeBetween', `Tag key size must be between 1 and 128, but got ${key.length}.`);
      }
      if (value.length > 256) {
        throw validationError(this, 'ValueMaximumSize', `Tag value maximum size is 256, but got ${value.length}.`);
      }
    }
  }
}

/** SubmitJob's `ContainerOverrides`: environment as name/value pairs, and GPUs, memory and vCPUs as resource requirements. */
function renderContainerOverrides(overrides: BatchContainerOverrides): object {
  const resources: Array<{ Type: string; Value: string }> = [];
  if (overrides.gpuCount) {
    resources.push({ Type: 'GPU', Value: `${overrides.gpuCount}` });
  }
  if (overrides.memory) {
    resources.push({ Type: 'MEMORY', Value: `${overrides.memory.toMebibytes()}` });
  }
  if (overrides.vcpus) {
    resources.push({ Type: 'VCPU', Value: `${overrides.vcpus}` });
  }
  return {
    Command: overrides.command,
    Environment: overrides.environment && Object.entries(overrides.environment).map(([name, value]) => ({ Name: name, Value: value })),
    InstanceType: overrides.instanceType?.toString(),
    ResourceRequirements: resources.length ? resources : undefined,
  };
}

/**
 * A job definition's ARN without its revision, `arn:PARTITION:batch:REGION:ACCOUNT:job-definition/NAME`:
 * the first six `:`-separated fields of the ARN, cut at synthesis or, for a token, by CloudFormation.
 */
function jobDefinitionWithoutRevision(arn: string): string {
  if (!Token.isUnresolved(arn)) {
    return arn.split(':').slice(0, 6).join(':');
  }
  const fields = Fn.split(':', arn);
  return Fn.join(':', [0, 1, 2, 3, 4, 5].map((index) => Fn.select(index, fields)));
}
