import { ArnFormat, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  featureEnabled, integrationPatternOf, integrationResourceArn, managedEventsRuleStatement, propertyInjectable, queryLanguageOf, requireTaskToken, validationError, withJsonata,
} from '../private';
import type { ContainerOverride } from './types';

interface EcsRunTaskOptions {
  /**
   * The cluster the task runs in.
   */
  readonly cluster: ecs.ICluster;

  /**
   * The task definition to run.
   *
   * A `TaskDefinition` built in this app rather than an imported one, since running it needs facts
   * (compatibility, network mode, containers, roles) that an imported definition does not carry; for an
   * imported definition, write the state with `sfn.CustomState`.
   */
  readonly taskDefinition: ecs.TaskDefinition;

  /**
   * The revision of the task definition's family to run.
   *
   * @default - the family alone, so ECS runs its latest ACTIVE revision
   */
  readonly revisionNumber?: number;

  /**
   * Changes to particular containers for this run.
   *
   * @default - no overrides
   */
  readonly containerOverrides?: ContainerOverride[];

  /**
   * The subnets the task's network interfaces go in (task definitions in `AWS_VPC` network mode only).
   *
   * @default - the cluster VPC's public subnets when `assignPublicIp` is set, its private subnets with egress otherwise
   */
  readonly subnets?: ec2.SubnetSelection;

  /**
   * The security groups of the task's network interfaces (task definitions in `AWS_VPC` network mode only).
   *
   * @default - a new security group in the cluster's VPC
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Give the task's network interface a public IP address.
   *
   * @default false
   */
  readonly assignPublicIp?: boolean;

  /**
   * Where the task runs: `EcsFargateLaunchTarget` or `EcsEc2LaunchTarget`.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
   */
  readonly launchTarget: IEcsLaunchTarget;

  /**
   * Copy the tags of the task definition onto the task (`SERVICE` is rejected by ECS for RunTask).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-propagateTags
   * @default - no tags are copied
   */
  readonly propagatedTagSource?: ecs.PropagatedTagSource;

  /**
   * Turn on ECS Exec for the task, so that commands can be run in its containers.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-enableExecuteCommand
   * @default false
   */
  readonly enableExecuteCommand?: boolean;

  /**
   * CPU units for the whole task, in place of the task definition's.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html
   * @default - the task definition's
   */
  readonly cpu?: string;

  /**
   * Memory, in MiB, for the whole task, in place of the task definition's.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html
   * @default - the task definition's
   */
  readonly memoryMiB?: string;
}

/**
 * Where an ECS task runs (Fargate or EC2): validates the task definition and cluster for that
 * infrastructure and supplies the RunTask fields that select it.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
 */
export interface IEcsLaunchTarget {
  /**
   * Called when the task state is rendered; returns the RunTask fields for this launch target.
   */
  bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig;
}

/**
 * What a launch target is told about the task it is bound to.
 */
export interface LaunchTargetBindOptions {
  /**
   * The task definition the task runs.
   */
  readonly taskDefinition: ecs.ITaskDefinition;

  /**
   * The cluster the task runs in.
   *
   * @default - no cluster
   */
  readonly cluster?: ecs.ICluster;
}

/**
 * What a launch target adds to the RunTask call.
 */
export interface EcsLaunchTargetConfig {
  /**
   * RunTask fields, by API name (e.g. `LaunchType`, `PlacementStrategy`), merged into the state's parameters.
   *
   * @default - no fields
   */
  readonly parameters?: { [key: string]: any };
}

/**
 * Props of `EcsRunTask.jsonPath()`: an ECS RunTask call in a JSONPath state.
 */
export interface EcsRunTaskJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EcsRunTaskOptions {}

/**
 * Props of `EcsRunTask.jsonata()`: an ECS RunTask call in a JSONata state.
 */
export interface EcsRunTaskJsonataProps extends sfn.TaskStateJsonataBaseProps, EcsRunTaskOptions {}

/**
 * Props of `EcsRunTask`, in either query language.
 */
export interface EcsRunTaskProps extends sfn.TaskStateBaseProps, EcsRunTaskOptions {}

/**
 * A Task state that runs an Amazon ECS task, on Fargate or on EC2.
 *
 * For task definitions in `AWS_VPC` network mode the state owns the security groups of the task's
 * network interfaces, reachable through `connections`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
 */
@propertyInjectable
export class EcsRunTask extends sfn.TaskStateBase implements ec2.IConnectable {
  /**
   * The id under which property injectors registered for this class are found (the reference class's id).
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask';

  /**
   * A Task state, in JSONPath, that runs an Amazon ECS task.
   */
  public static jsonPath(scope: Construct, id: string, props: EcsRunTaskJsonPathProps): EcsRunTask {
    return new EcsRunTask(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs an Amazon ECS task.
   */
  public static jsonata(scope: Construct, id: string, props: EcsRunTaskJsonataProps): EcsRunTask {
    return new EcsRunTask(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The network traffic rules of the task: its security groups (`AWS_VPC` network mode), else the cluster's.
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private networkConfiguration?: object;

  constructor(scope: Construct, id: string, private readonly props: EcsRunTaskProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EcsRunTask.SUPPORTED_INTEGRATION_PATTERNS);
    requireTaskToken(this, this.integrationPattern, props.containerOverrides?.map((override) => override.environment),
      'Task Token is required in at least one `containerOverrides.environment` for callback. Use JsonPath.taskToken to set the token.',
      'IsRequiredTaskTokenRequired');
    if (!props.taskDefinition.defaultContainer) {
      throw validationError(this, 'TaskDefinitionLeastEssentialContainer', 'A TaskDefinition must have at least one essential container');
    }

    if (props.taskDefinition.networkMode === ecs.NetworkMode.AWS_VPC) {
      this.configureAwsVpcNetworking();
    } else {
      if (props.subnets !== undefined || props.securityGroups !== undefined) {
        throw validationError(this, 'NetworkModeRequired',
          `Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use 'vpcSubnets' and 'securityGroup'. Received: ${props.taskDefinition.networkMode}`);
      }
      this.connections.addSecurityGroup(...props.cluster.connections.securityGroups);
    }

    for (const override of props.containerOverrides ?? []) {
      const name = override.containerDefinition.containerName;
      if (!Token.isUnresolved(name) && !props.taskDefinition.findContainer(name)) {
        throw validationError(this, 'OverridesMentionContainerName', `Overrides mention container with name '${name}', but no such container in task definition`);
      }
    }

    this.taskPolicies = this.policyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const { cluster, taskDefinition, revisionNumber } = this.props;
    return {
      Resource: integrationResourceArn('ecs', 'runTask', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Cluster: cluster.clusterArn,
        TaskDefinition: revisionNumber === undefined ? taskDefinition.family : `${taskDefinition.family}:${revisionNumber}`,
        NetworkConfiguration: this.networkConfiguration,
        Overrides: renderOverrides(this.props),
        PropagateTags: this.props.propagatedTagSource,
        ...this.props.launchTarget.bind(this, { taskDefinition, cluster }).parameters,
        EnableExecuteCommand: this.props.enableExecuteCommand,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** Places the task's network interfaces: the chosen (or default) subnets and the given (or a new) security group. */
  private configureAwsVpcNetworking(): void {
    const { cluster, assignPublicIp } = this.props;
    const subnets = this.props.subnets ?? { subnetType: assignPublicIp ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS };
    const securityGroups = this.props.securityGroups ?? [new ec2.SecurityGroup(this, 'SecurityGroup', { vpc: cluster.vpc })];
    this.connections.addSecurityGroup(...securityGroups);
    this.networkConfiguration = {
      AwsvpcConfiguration: {
        AssignPublicIp: assignPublicIp ? 'ENABLED' : undefined,
        Subnets: cluster.vpc.selectSubnets(subnets).subnetIds,
        SecurityGroups: securityGroups.map((group) => group.securityGroupId),
      },
    };
  }

  private policyStatements(): PolicyStatement[] {
    const taskDefinition = this.props.taskDefinition;
    // Without the flag, every revision of the family may be run (the historical grant); with it, only the given one.
    const runnable = featureEnabled(this, 'ecsRunTaskPolicyFix')
      ? taskDefinition.taskDefinitionArn
      : `${this.familyArn()}:*`;
    const roles: IRole[] = [taskDefinition.taskRole, ...(taskDefinition.executionRole ? [taskDefinition.executionRole] : [])];
    const statements = [
      new PolicyStatement({ actions: ['ecs:RunTask'], resources: [runnable] }),
      new PolicyStatement({ actions: ['ecs:StopTask', 'ecs:DescribeTasks'], resources: ['*'] }),
      new PolicyStatement({ actions: ['iam:PassRole'], resources: roles.map((role) => role.roleArn) }),
    ];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(managedEventsRuleStatement(this, 'StepFunctionsGetEventsForECSTaskRule'));
    }
    return statements;
  }

  /**
   * The task definition's ARN without its revision: `arn:aws:ecs:us-west-2:123456789012:task-definition/web:8`
   * becomes `arn:aws:ecs:us-west-2:123456789012:task-definition/web`.
   */
  private familyArn(): string {
    const stack = Stack.of(this);
    const arn = stack.splitArn(this.props.taskDefinition.taskDefinitionArn, ArnFormat.SLASH_RESOURCE_NAME);
    return stack.formatArn({
      partition: arn.partition,
      service: arn.service,
      account: arn.account,
      region: arn.region,
      resource: arn.resource,
      arnFormat: arn.arnFormat,
      resourceName: arn.resourceName?.split(':')[0],
    });
  }
}

/** The RunTask `Overrides` field: task CPU and memory and per-container changes, or nothing when none is given. */
function renderOverrides(props: EcsRunTaskOptions): object | undefined {
  const containerOverrides = props.containerOverrides ?? [];
  if (containerOverrides.length === 0 && !props.cpu && !props.memoryMiB) {
    return undefined;
  }
  return {
    Cpu: props.cpu,
    Memory: props.memoryMiB,
    ContainerOverrides: containerOverrides.length === 0 ? undefined : containerOverrides.map((override) => ({
      Name: override.containerDefinition.containerName,
      Command: override.command,
      Cpu: override.cpu,
      Memory: override.memoryLimit,
      MemoryReservation: override.memoryReservation,
      Environment: override.environment?.map((variable) => ({ Name: variable.name, Value: variable.value })),
    })),
  };
}
