import type * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * What to change, for one run, in one container of the task definition.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
 */
export interface ContainerOverride {
  /**
   * The container to change; its name is what the override refers to.
   */
  readonly containerDefinition: ecs.ContainerDefinition;

  /**
   * The command the container runs instead of its usual one.
   *
   * @default - the command of the task definition, else of the image
   */
  readonly command?: string[];

  /**
   * Environment variables to add to the container, or to replace where a variable of that name exists.
   *
   * @default - only the variables of the image and the task definition
   */
  readonly environment?: TaskEnvironmentVariable[];

  /**
   * CPU units reserved for the container.
   *
   * @default - the value of the task definition
   */
  readonly cpu?: number;

  /**
   * The most memory, in MiB, the container may use (the hard limit).
   *
   * @default - the value of the task definition
   */
  readonly memoryLimit?: number;

  /**
   * The memory, in MiB, kept aside for the container (the soft limit).
   *
   * @default - the value of the task definition
   */
  readonly memoryReservation?: number;
}

/**
 * One environment variable set in a container for one run of the task.
 */
export interface TaskEnvironmentVariable {
  /**
   * The variable's name; may be read from the state with `JsonPath`.
   */
  readonly name: string;

  /**
   * The variable's value; may be read from the state with `JsonPath`.
   */
  readonly value: string;
}

/**
 * The props that ECS run-task integrations have in common (cluster, task definition, overrides and
 * pattern), kept for code written against the first ECS tasks; `EcsRunTaskProps` is what `EcsRunTask` takes.
 */
export interface CommonEcsRunTaskProps {
  /**
   * The cluster the task runs in.
   */
  readonly cluster: ecs.ICluster;

  /**
   * The task definition to run.
   *
   * A `TaskDefinition` built in this app rather than an imported one, since running it needs facts
   * (compatibility, network mode, containers, roles) that an imported definition does not carry.
   */
  readonly taskDefinition: ecs.TaskDefinition;

  /**
   * Changes to particular containers for this run.
   *
   * @default - no overrides
   */
  readonly containerOverrides?: ContainerOverride[];

  /**
   * How Step Functions calls RunTask: start and move on, wait for the task to stop, or wait for a
   * task token.
   *
   * @default FIRE_AND_FORGET
   */
  readonly integrationPattern?: sfn.ServiceIntegrationPattern;
}
