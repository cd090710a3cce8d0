import * as ecs from 'aws-cdk-lib/aws-ecs';
import { unscopedValidationError, validationError } from '../private';
import type { EcsLaunchTargetConfig, EcsRunTask, IEcsLaunchTarget, LaunchTargetBindOptions } from './run-task';

/**
 * Options of `EcsFargateLaunchTarget`.
 */
export interface EcsFargateLaunchTargetOptions {
  /**
   * The Fargate platform version (kernel and container runtime) the task runs on.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html
   */
  readonly platformVersion: ecs.FargatePlatformVersion;

  /**
   * Run the task through capacity providers instead of the `FARGATE` launch type.
   *
   * `CapacityProviderOptions.custom([...])` names the providers (the only way to use `FARGATE_SPOT`);
   * `CapacityProviderOptions.default()` uses the cluster's default strategy.
   *
   * @default - the `FARGATE` launch type (On-Demand), no capacity provider strategy
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/**
 * Options of `EcsEc2LaunchTarget`.
 */
export interface EcsEc2LaunchTargetOptions {
  /**
   * Rules the container instance that receives the task must satisfy.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html
   * @default - no constraints
   */
  readonly placementConstraints?: ecs.PlacementConstraint[];

  /**
   * How ECS chooses among the container instances that satisfy the constraints.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html
   * @default - no strategies
   */
  readonly placementStrategies?: ecs.PlacementStrategy[];

  /**
   * Run the task through capacity providers instead of the `EC2` launch type.
   *
   * `CapacityProviderOptions.custom([...])` names the providers; `CapacityProviderOptions.default()` uses
   * the cluster's default strategy.
   *
   * @default - the `EC2` launch type on the cluster's registered instances, no capacity provider strategy
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/**
 * The capacity provider strategy a task runs with, in place of a launch type.
 */
export class CapacityProviderOptions {
  /**
   * Run with these capacity providers (between 1 and 20), weighted as given.
   *
   * @param capacityProviderStrategy the providers, with their weight and base
   */
  public static custom(capacityProviderStrategy: ecs.CapacityProviderStrategy[]): CapacityProviderOptions {
    if (capacityProviderStrategy.length < 1 || capacityProviderStrategy.length > 20) {
      throw unscopedValidationError('CapacityProviderStrategyRange',
        `Capacity provider strategy must contain between 1 and 20 capacity providers, got ${capacityProviderStrategy.length}`);
    }
    return new CapacityProviderOptions(capacityProviderStrategy);
  }

  /**
   * Run with the cluster's default capacity provider strategy.
   */
  public static default(): CapacityProviderOptions {
    return new CapacityProviderOptions([]);
  }

  private constructor(private readonly capacityProviderStrategy: ecs.CapacityProviderStrategy[]) {}

  /**
   * The strategy's entries; none means the cluster's default.
   *
   * @internal
   */
  public _bind(): ecs.CapacityProviderStrategy[] {
    return this.capacityProviderStrategy;
  }
}

/**
 * Runs the task on AWS Fargate.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/userguide/launch_types.html#launch-type-fargate
 */
export class EcsFargateLaunchTarget implements IEcsLaunchTarget {
  constructor(private readonly options?: EcsFargateLaunchTargetOptions) {}

  /**
   * Checks that the task definition can run on Fargate and returns the RunTask fields that select Fargate.
   */
  public bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    if (!launchTargetOptions.taskDefinition.isFargateCompatible) {
      throw validationError(task, 'SuppliedTaskDefinitionCompatibleFargate', 'Supplied TaskDefinition is not compatible with Fargate');
    }
    return {
      parameters: {
        ...launchTypeOrStrategy(ecs.LaunchType.FARGATE, this.options?.capacityProviderOptions),
        PlatformVersion: this.options?.platformVersion,
      },
    };
  }
}

/**
 * Runs the task on the EC2 instances registered to the cluster.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/userguide/launch_types.html#launch-type-ec2
 */
export class EcsEc2LaunchTarget implements IEcsLaunchTarget {
  constructor(private readonly options?: EcsEc2LaunchTargetOptions) {}

  /**
   * Checks that the task definition can run on EC2 and that the cluster has EC2 capacity, and returns the
   * RunTask fields that select EC2 and place the task.
   */
  public bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    if (!launchTargetOptions.taskDefinition.isEc2Compatible) {
      throw validationError(task, 'SuppliedTaskDefinitionCompatible', 'Supplied TaskDefinition is not compatible with EC2');
    }
    if (!launchTargetOptions.cluster?.hasEc2Capacity) {
      throw validationError(task, 'ClusterServiceNeedsCapacity', 'Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster.');
    }
    return {
      parameters: {
        ...launchTypeOrStrategy(ecs.LaunchType.EC2, this.options?.capacityProviderOptions),
        PlacementConstraints: placementFields(this.options?.placementConstraints),
        PlacementStrategy: placementFields(this.options?.placementStrategies),
      },
    };
  }
}

/**
 * `LaunchType`, unless capacity provider options are given; then `CapacityProviderStrategy`, left out
 * when empty so that the cluster's default strategy applies.
 */
function launchTypeOrStrategy(launchType: ecs.LaunchType, options?: CapacityProviderOptions) {
  const strategy = options?._bind() ?? [];
  return {
    LaunchType: options ? undefined : launchType,
    CapacityProviderStrategy: strategy.length === 0 ? undefined : strategy.map((entry) => ({
      CapacityProvider: entry.capacityProvider,
      Weight: entry.weight,
      Base: entry.base,
    })),
  };
}

/** The RunTask rendering of placement constraints or strategies: their JSON with capitalized keys, or nothing. */
function placementFields(placements?: Array<ecs.PlacementConstraint | ecs.PlacementStrategy>): object[] | undefined {
  const fields = (placements ?? []).flatMap((placement) => placement.toJson().map(capitalizeKeys));
  return fields.length === 0 ? undefined : fields;
}

function capitalizeKeys(obj: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([key, value]) => [key.charAt(0).toUpperCase() + key.slice(1), value]));
}
