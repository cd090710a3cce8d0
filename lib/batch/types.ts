import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Size } from 'aws-cdk-lib';

/**
 * What to change, for one job, in the container of the job definition.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html
 */
export interface BatchContainerOverrides {
  /**
   * The command the container runs instead of the one of the job definition or image.
   *
   * @default - the job definition's command
   */
  readonly command?: string[];

  /**
   * Environment variables to add to the container, or to replace where a variable of that name exists.
   * Names starting with `AWS_BATCH` are reserved by AWS Batch and rejected.
   *
   * @default - only the variables of the image and the job definition
   */
  readonly environment?: { [key: string]: string };

  /**
   * The instance type for a multi-node parallel job (not valid for single-node container jobs).
   *
   * @default - the job definition's instance type
   */
  readonly instanceType?: ec2.InstanceType;

  /**
   * Memory kept for the job, in place of the job definition's.
   *
   * @default - the job definition's memory
   */
  readonly memory?: Size;

  /**
   * Physical GPUs kept for the container; all containers of a job together must fit the GPUs of the
   * compute resource that runs it.
   *
   * @default - no GPUs
   */
  readonly gpuCount?: number;

  /**
   * vCPUs kept for the container, in place of the job definition's.
   *
   * @default - the job definition's vCPUs
   */
  readonly vcpus?: number;
}

/**
 * A job that must finish before the submitted job starts.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_JobDependency.html
 */
export interface BatchJobDependency {
  /**
   * The ID of the job depended on.
   *
   * @default - no job ID
   */
  readonly jobId?: string;

  /**
   * The kind of dependency: `N_TO_N` or `SEQUENTIAL` for array jobs.
   *
   * @default - no type
   */
  readonly type?: string;
}

/**
 * The container overrides of the first AWS Batch task, with memory as a number of MiB; `BatchSubmitJob`
 * takes `BatchContainerOverrides`, whose `memory` is a `Size`.
 */
export interface ContainerOverrides {
  /**
   * The command the container runs instead of the one of the job definition or image.
   *
   * @default - the job definition's command
   */
  readonly command?: string[];

  /**
   * Environment variables to add to the container, or to replace where a variable of that name exists.
   *
   * @default - only the variables of the image and the job definition
   */
  readonly environment?: { [key: string]: string };

  /**
   * The instance type for a multi-node parallel job (not valid for single-node container jobs).
   *
   * @default - the job definition's instance type
   */
  readonly instanceType?: ec2.InstanceType;

  /**
   * Memory kept for the job, in MiB, in place of the job definition's.
   *
   * @default - the job definition's memory
   */
  readonly memory?: number;

  /**
   * Physical GPUs kept for the container.
   *
   * @default - no GPUs
   */
  readonly gpuCount?: number;

  /**
   * vCPUs kept for the container, in place of the job definition's.
   *
   * @default - the job definition's vCPUs
   */
  readonly vcpus?: number;
}

/**
 * A job dependency in the shape of the first AWS Batch task; `BatchSubmitJob` takes `BatchJobDependency`.
 */
export interface JobDependency {
  /**
   * The ID of the job depended on.
   *
   * @default - no job ID
   */
  readonly jobId?: string;

  /**
   * The kind of dependency: `N_TO_N` or `SEQUENTIAL` for array jobs.
   *
   * @default - no type
   */
  readonly type?: string;
}
