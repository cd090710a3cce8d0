import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { featureEnabled, integrationPatternOf, integrationResourceArn, managedEventsRuleStatement, queryLanguageOf, validationError, withJsonata } from '../private';
import * as render from './private/cluster-utils';

/** The tag `AmazonEMRServicePolicy_v2` requires on the clusters and instances it manages. */
const SERVICE_POLICY_V2_TAGS = { 'for-use-with-amazon-emr-managed-policies': 'true' };

interface EmrCreateClusterOptions {
  /**
   * The EC2 instances of the cluster: their number, types, groups or fleets, network and access settings.
   */
  readonly instances: EmrCreateCluster.InstancesConfigProperty;

  /**
   * The role the cluster's EC2 instances assume (the "EC2 instance profile" or job flow role).
   *
   * When you pass a role, it must be usable through an instance profile of the same name.
   *
   * @default - a role that EC2 can assume, with no permissions, and an instance profile of the same name
   */
  readonly clusterRole?: iam.IRole;

  /**
   * A name for the cluster.
   */
  readonly name: string;

  /**
   * The role EMR itself assumes to manage AWS resources for the cluster.
   *
   * @default - a role that EMR can assume, with the `AmazonElasticMapReduceRole` managed policy, or
   * `AmazonEMRServicePolicy_v2` when the `@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2`
   * feature flag is on
   */
  readonly serviceRole?: iam.IRole;

  /**
   * A JSON string that turns on additional features.
   *
   * @default - None
   */
  readonly additionalInfo?: string;

  /**
   * The applications EMR installs on the cluster (names are case-insensitive).
   *
   * @default - EMR selected default
   */
  readonly applications?: EmrCreateCluster.ApplicationConfigProperty[];

  /**
   * The role EMR and Application Auto Scaling assume to scale instance groups by their automatic scaling
   * policies. Cannot be set for a cluster made of instance fleets.
   *
   * @default - for instance groups (or no groups at all), a role with the
   * `AmazonElasticMapReduceforAutoScalingRole` managed policy; for instance fleets, none
   */
  readonly autoScalingRole?: iam.IRole;

  /**
   * Scripts to run on every node before Hadoop starts.
   *
   * @default - None
   */
  readonly bootstrapActions?: EmrCreateCluster.BootstrapActionConfigProperty[];

  /**
   * Configuration classifications applied to the applications of the cluster.
   *
   * @default - None
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];

  /**
   * The ID of a custom Amazon EBS-backed Linux AMI to launch the instances from.
   *
   * @default - None
   */
  readonly customAmiId?: string;

  /**
   * Size of the EBS root volume of each instance, a whole number of GiB between 15 and 100.
   *
   * @default - EMR selected default
   */
  readonly ebsRootVolumeSize?: cdk.Size;

  /**
   * Provisioned IOPS of the EBS root volume of each instance, between 3000 and 16000.
   *
   * Needs EMR release 6.15.0 or later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html#emr-root-volume-overview
   * @default - EMR selected default
   */
  readonly ebsRootVolumeIops?: number;

  /**
   * Throughput of the EBS root volume of each instance, in MiB/s, between 125 and 1000.
   *
   * Needs EMR release 6.15.0 or later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html#emr-root-volume-overview
   * @default - EMR selected default
   */
  readonly ebsRootVolumeThroughput?: number;

  /**
   * Kerberos settings, for a cluster whose security configuration turns Kerberos authentication on.
   *
   * @default - None
   */
  readonly kerberosAttributes?: EmrCreateCluster.KerberosAttributesProperty;

  /**
   * The S3 location the cluster writes its logs to.
   *
   * @default - None
   */
  readonly logUri?: string;

  /**
   * Limits within which EMR managed scaling resizes the cluster.
   *
   * @default - None
   */
  readonly managedScalingPolicy?: EmrCreateCluster.ManagedScalingPolicyProperty;

  /**
   * The EMR release, `emr-x.y.z`, which fixes the versions of the open-source applications installed.
   *
   * @default - EMR selected default
   */
  readonly releaseLabel?: string;

  /**
   * How instances are terminated when the cluster scales in or an instance group shrinks.
   *
   * @default - EMR selected default
   */
  readonly scaleDownBehavior?: EmrCreateCluster.EmrClusterScaleDownBehavior;

  /**
   * The name of the security configuration applied to the cluster.
   *
   * @default - None
   */
  readonly securityConfiguration?: string;

  /**
   * How many steps may run at the same time, from 1 to 256.
   *
   * A value other than 1 needs EMR release 5.28.0 or later.
   *
   * @default 1 - no step concurrency allowed
   */
  readonly stepConcurrencyLevel?: number;

  /**
   * Tags for the cluster, which EMR propagates to its EC2 instances.
   *
   * @default - None
   */
  readonly tags?: { [key: string]: string };

  /**
   * Whether every IAM user of the account may act on the cluster (given IAM permissions), rather than
   * only the user who created it.
   *
   * @default true
   */
  readonly visibleToAllUsers?: boolean;

  /**
   * How long the cluster may stay idle before EMR terminates it: from 60 seconds to 7 days.
   *
   * @default - No timeout
   */
  readonly autoTerminationPolicyIdleTimeout?: cdk.Duration;
}

/**
 * Props of `EmrCreateCluster.jsonPath()`: a cluster created from a JSONPath state.
 */
export interface EmrCreateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrCreateClusterOptions {}

/**
 * Props of `EmrCreateCluster.jsonata()`: a cluster created from a JSONata state.
 */
export interface EmrCreateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrCreateClusterOptions {}

/**
 * Props of `EmrCreateCluster`, in either query language.
 */
export interface EmrCreateClusterProps extends sfn.TaskStateBaseProps, EmrCreateClusterOptions {}

/**
 * A Task state that creates and starts an EMR cluster (`RunJobFlow`); its result carries the cluster's ID.
 *
 * With `RUN_JOB` (the default) the state waits until the cluster is up. The task creates the service role,
 * the instance role with its instance profile, and (for instance groups) the auto-scaling role that you do
 * not pass in.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrCreateCluster extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates and starts an EMR cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrCreateClusterJsonPathProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates and starts an EMR cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EmrCreateClusterJsonataProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  private readonly visibleToAllUsers: boolean;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private _serviceRole: iam.IRole;
  private _clusterRole: iam.IRole;
  private _autoScalingRole?: iam.IRole;
  private _baseTags?: { [key: string]: string };

  constructor(scope: Construct, id: string, private readonly props: EmrCreateClusterProps) {
    super(scope, id, props);
    this.visibleToAllUsers = props.visibleToAllUsers ?? true;
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EmrCreateCluster.SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);

    const servicePolicyV2 = featureEnabled(this, 'emrServicePolicyV2');
    this._autoScalingRole = props.autoScalingRole;
    this._serviceRole = props.serviceRole ?? this.createServiceRole(!!servicePolicyV2);
    this._clusterRole = props.clusterRole ?? this.createClusterRole();
    // EMR hands the instance role to the cluster's instances on the caller's behalf.
    this._clusterRole.grantPassRole(this._serviceRole);
    if (servicePolicyV2) {
      this._baseTags = { ...SERVICE_POLICY_V2_TAGS };
    }

    // Automatic scaling policies belong to instance groups; fleets scale otherwise.
    if (props.instances.instanceFleets === undefined || props.instances.instanceFleets.length === 0) {
      this._autoScalingRole = this._autoScalingRole || this.createAutoScalingRole();
    } else if (this._autoScalingRole !== undefined) {
      throw validationError(this, 'AutoScalingRolesCannotBeSpecifiedWithInstanceFleets', 'Auto Scaling roles can not be specified with instance fleets.');
    }

    this.taskPolicies = this.createPolicyStatements(this._serviceRole, this._clusterRole, this._autoScalingRole);

    const idleTimeout = props.autoTerminationPolicyIdleTimeout;
    if (idleTimeout !== undefined && !cdk.Token.isUnresolved(idleTimeout)) {
      const seconds = idleTimeout.toSeconds();
      if (seconds < 60 || seconds > 604800) {
        throw validationError(this, 'AutoTerminationPolicyIdleTimeoutOutOfRange',
          `\`autoTerminationPolicyIdleTimeout\` must be between 60 and 604800 seconds, got ${seconds} seconds.`);
      }
    }
    this.validateReleaseDependentProps();
  }

  /**
   * The role EMR assumes for the cluster: the one passed as `serviceRole`, or the one this task created.
   */
  public get serviceRole(): iam.IRole {
    return this.roleOrThrow(this._serviceRole);
  }

  /**
   * The role the cluster's EC2 instances assume: the one passed as `clusterRole`, or the one this task created.
   */
  public get clusterRole(): iam.IRole {
    return this.roleOrThrow(this._clusterRole);
  }

  /**
   * The role used for automatic scaling: the one passed as `autoScalingRole`, or the one this task created.
   *
   * Throws for a cluster of instance fleets, which has none.
   */
  public get autoScalingRole(): iam.IRole {
    return this.roleOrThrow(this._autoScalingRole);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    const tags = props.tags ? { ...props.tags, ...this._baseTags } : this._baseTags;
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'createCluster', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Instances: render.renderInstances(props.instances),
        JobFlowRole: this._clusterRole.roleName,
        Name: props.name,
        ServiceRole: this._serviceRole.roleName,
        AdditionalInfo: props.additionalInfo,
        Applications: render.mapList(props.applications, render.renderApplication),
        AutoScalingRole: this._autoScalingRole?.roleName,
        BootstrapActions: render.mapList(props.bootstrapActions, render.renderBootstrapAction),
        Configurations: render.mapList(props.configurations, render.renderConfiguration),
        CustomAmiId: props.customAmiId,
        EbsRootVolumeSize: props.ebsRootVolumeSize?.toGibibytes(),
        EbsRootVolumeIops: props.ebsRootVolumeIops,
        EbsRootVolumeThroughput: props.ebsRootVolumeThroughput,
        KerberosAttributes: props.kerberosAttributes ? render.renderKerberosAttributes(props.kerberosAttributes) : undefined,
        LogUri: props.logUri,
        ManagedScalingPolicy: props.managedScalingPolicy ? render.renderManagedScalingPolicy(props.managedScalingPolicy) : undefined,
        ReleaseLabel: props.releaseLabel,
        ScaleDownBehavior: props.scaleDownBehavior,
        SecurityConfiguration: props.securityConfiguration,
        StepConcurrencyLevel: props.stepConcurrencyLevel,
        ...(tags ? { Tags: render.keyValuePairs(tags) } : {}),
        VisibleToAllUsers: this.visibleToAllUsers,
        AutoTerminationPolicy: props.autoTerminationPolicyIdleTimeout
          ? { IdleTimeout: props.autoTerminationPolicyIdleTimeout.toSeconds() }
          : undefined,
      }, queryLanguageOf(topLevelQueryLanguage, props.queryLanguage)),
    };
  }

  private roleOrThrow(role: iam.IRole | undefined): iam.IRole {
    if (role === undefined) {
      throw validationError(this, 'RoleNotAvailableYet', 'role not available yet--use the object in a Task first');
    }
    return role;
  }

  private createPolicyStatements(serviceRole: iam.IRole, clusterRole: iam.IRole, autoScalingRole?: iam.IRole): iam.PolicyStatement[] {
    const stack = cdk.Stack.of(this);
    const statements = [
      new iam.PolicyStatement({
        actions: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows', 'elasticmapreduce:AddTags'],
        resources: ['*'],
      }),
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [serviceRole.roleArn, clusterRole.roleArn],
      }),
      // EMR creates its cleanup service-linked role the first time an account runs a cluster.
      new iam.PolicyStatement({
        sid: 'ElasticMapReduceServiceLinkedRole',
        actions: ['iam:CreateServiceLinkedRole'],
        resources: [`arn:${cdk.Aws.PARTITION}:iam::${stack.account}:role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*`],
        conditions: {
          StringEquals: { 'iam:AWSServiceName': ['elasticmapreduce.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn'] },
        },
      }),
    ];
    if (autoScalingRole !== undefined) {
      statements.push(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [autoScalingRole.roleArn] }));
    }
    if (this.props.tags) {
      statements.push(new iam.PolicyStatement({
        actions: ['elasticmapreduce:AddTags'],
        resources: [stack.formatArn({ service: 'elasticmapreduce', resource: 'cluster', resourceName: '*' })],
      }));
    }
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(managedEventsRuleStatement(this, 'StepFunctionsGetEventForEMRRunJobFlowRule'));
    }
    return statements;
  }

  private createServiceRole(servicePolicyV2: boolean): iam.IRole {
    return new iam.Role(this, 'ServiceRole', {
      assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName(
        servicePolicyV2 ? 'service-role/AmazonEMRServicePolicy_v2' : 'service-role/AmazonElasticMapReduceRole')],
    });
  }

  /** The instance role has no permissions of its own: grant it the data access the cluster's jobs need. */
  private createClusterRole(): iam.IRole {
    const role = new iam.Role(this, 'InstanceRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    });
    new iam.CfnInstanceProfile(this, 'InstanceProfile', {
      roles: [role.roleName],
      instanceProfileName: role.roleName,
    });
    return role;
  }

  private createAutoScalingRole(): iam.IRole {
    const role = new iam.Role(this, 'AutoScalingRole', {
      assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonElasticMapReduceforAutoScalingRole')],
    });
    role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      principals: [new iam.ServicePrincipal('application-autoscaling.amazonaws.com')],
      actions: ['sts:AssumeRole'],
    }));
    return role;
  }

  /**
   * Checks the release label (`emr-x.y.z`, see
   * https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-release-components.html) and the props whose
   * range or availability depends on it.
   */
  private validateReleaseDependentProps(): void {
    const { releaseLabel, stepConcurrencyLevel, ebsRootVolumeSize, ebsRootVolumeIops, ebsRootVolumeThroughput } = this.props;
    if (releaseLabel !== undefined && !cdk.Token.isUnresolved(releaseLabel)) {
      this.validateReleaseLabel(releaseLabel);
    }

    if (stepConcurrencyLevel !== undefined && !cdk.Token.isUnresolved(stepConcurrencyLevel)) {
      if (stepConcurrencyLevel < 1 || stepConcurrencyLevel > 256) {
        throw validationError(this, 'StepConcurrencyLevelOutOfRange',
          `Step concurrency level must be in range [1, 256], but got ${stepConcurrencyLevel}.`);
      }
      if (releaseLabel && stepConcurrencyLevel !== 1) {
        const [major, minor] = releaseLabel.slice(4).split('.').map(Number);
        if (major < 5 || (major === 5 && minor < 28)) {
          throw validationError(this, 'StepConcurrencyNotSupportedInOlderVersions',
            `Step concurrency is only supported in EMR release version 5.28.0 and above but got ${releaseLabel}.`);
        }
      }
    }

    if (ebsRootVolumeSize !== undefined && (ebsRootVolumeSize.toGibibytes() < 15 || ebsRootVolumeSize.toGibibytes() > 100)) {
      throw validationError(this, 'EbsRootVolumeSizeOutOfRange',
        `ebsRootVolumeSize must be between 15 and 100 GiB, but got ${ebsRootVolumeSize.toGibibytes()} GiB.`);
    }

    const rootVolumeMinimumRelease = '6.15.0';
    if (releaseLabel && (ebsRootVolumeThroughput !== undefined || ebsRootVolumeIops !== undefined)
      && render.releaseBefore(releaseLabel.slice(4), rootVolumeMinimumRelease)) {
      throw validationError(this, 'EbsRootVolumeThroughputAndIopsNotSupportedInOlderVersions',
        `ebsRootVolumeThroughput and ebsRootVolumeIops are only supported in EMR release version ${rootVolumeMinimumRelease} and above but got ${releaseLabel}.`);
    }
    if (ebsRootVolumeThroughput !== undefined && (ebsRootVolumeThroughput < 125 || ebsRootVolumeThroughput > 1000)) {
      throw validationError(this, 'EbsRootVolumeThroughputOutOfRange',
        `ebsRootVolumeThroughput must be between 125 and 1000 MiB/s, but got ${ebsRootVolumeThroughput} MiB/s.`);
    }
    if (ebsRootVolumeIops !== undefined && (ebsRootVolumeIops < 3000 || ebsRootVolumeIops > 16000)) {
      throw validationError(this, 'EbsRootVolumeIopsOutOfRange',
        `ebsRootVolumeIops must be between 3000 and 16000, but got ${ebsRootVolumeIops}.`);
    }
  }

  private validateReleaseLabel(releaseLabel: string): void {
    const versions = releaseLabel.slice(4).split('.');
    const notANumber = (part: string) => part === '' || isNaN(Number(part));
    if (!releaseLabel.startsWith('emr-') || versions.length !== 3 || versions.some(notANumber)) {
      throw validationError(this, 'ReleaseLabelMustBeInCorrectFormat',
        `The release label must be in the format 'emr-x.x.x' but got ${releaseLabel}`);
    }
  }
}

/**
 * The structs and enums of `EmrCreateCluster`'s props, which mirror the request of the EMR `RunJobFlow` API.
 */
// A namespace merged with the class gives these types the reference's jsii names, `EmrCreateCluster.<Type>`.
// They must live here, not in a types file, and the enums and structs of similar shape (instance groups and
// fleets, their volume and Spot options) stay separate: each is a public type of its own in every language.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace EmrCreateCluster {
  /**
   * How EMR terminates instances when the cluster scales in or an instance group shrinks.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html#EMR-RunJobFlow-request-ScaleDownBehavior
   */
  export enum EmrClusterScaleDownBehavior {
    /**
     * Terminate instances at the next instance-hour boundary, whenever the request came (EMR 5.1.0 and later,
     * where it is the default).
     */
    TERMINATE_AT_INSTANCE_HOUR = 'TERMINATE_AT_INSTANCE_HOUR',

    /**
     * Put instances on a deny list, let their tasks drain, then terminate them, regardless of instance-hour
     * boundaries.
     */
    TERMINATE_AT_TASK_COMPLETION = 'TERMINATE_AT_TASK_COMPLETION',
  }

  /**
   * The part an instance group or fleet plays in the cluster.
   */
  export enum InstanceRoleType {
    /**
     * The primary (master) node, which manages the cluster.
     */
    MASTER = 'MASTER',

    /**
     * Core nodes, which run tasks and store HDFS data.
     */
    CORE = 'CORE',

    /**
     * Task nodes, which only run tasks.
     */
    TASK = 'TASK',
  }

  /**
   * EBS volume types.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_VolumeSpecification.html#EMR-Type-VolumeSpecification-VolumeType
   */
  export enum EbsBlockDeviceVolumeType {
    /**
     * General purpose SSD, gp3.
     */
    GP3 = 'gp3',

    /**
     * General purpose SSD, gp2.
     */
    GP2 = 'gp2',

    /**
     * Provisioned IOPS SSD, io1.
     */
    IO1 = 'io1',

    /**
     * Throughput-optimized HDD, st1.
     */
    ST1 = 'st1',

    /**
     * Cold HDD, sc1.
     */
    SC1 = 'sc1',

    /**
     * Previous-generation magnetic volumes.
     */
    STANDARD = 'standard',
  }

  /**
   * The type, size and IOPS of an EBS volume attached to instances of the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_VolumeSpecification.html
   */
  export interface VolumeSpecificationProperty {
    /**
     * The I/O operations per second the volume provides.
     *
     * @default - EMR selected default
     */
    readonly iops?: number;

    /**
     * The size of the volume, a whole number of GiB (at least 10 GiB for an EBS-optimized volume, at most 1 TiB).
     */
    readonly volumeSize: cdk.Size;

    /**
     * The type of the volume.
     */
    readonly volumeType: EbsBlockDeviceVolumeType;
  }

  /**
   * A kind of EBS volume, and how many of it each instance of the group or fleet gets.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_EbsBlockDeviceConfig.html
   */
  export interface EbsBlockDeviceConfigProperty {
    /**
     * The type, size and IOPS of the volumes.
     */
    readonly volumeSpecification: VolumeSpecificationProperty;

    /**
     * How many such volumes each instance gets.
     *
     * @default EMR selected default
     */
    readonly volumesPerInstance?: number;
  }

  /**
   * The EBS volumes of the instances of a group or fleet.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_EbsConfiguration.html
   */
  export interface EbsConfigurationProperty {
    /**
     * The volumes attached to each instance.
     *
     * @default - None
     */
    readonly ebsBlockDeviceConfigs?: EbsBlockDeviceConfigProperty[];

    /**
     * Whether the instances are EBS-optimized.
     *
     * @default - EMR selected default
     */
    readonly ebsOptimized?: boolean;
  }

  /**
   * One EC2 instance type an instance fleet may launch to reach its On-Demand and Spot target capacities.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
   */
  export interface InstanceTypeConfigProperty {
    /**
     * The highest price, in USD, to pay for a Spot instance of this type. Exclusive with
     * `bidPriceAsPercentageOfOnDemandPrice`.
     *
     * @default - None
     */
    readonly bidPrice?: string;

    /**
     * The highest price to pay for a Spot instance of this type, as a percentage of its On-Demand price.
     * Exclusive with `bidPrice`.
     *
     * @default - None
     */
    readonly bidPriceAsPercentageOfOnDemandPrice?: number;

    /**
     * Configuration classifications applied to instances of this type.
     *
     * @default - None
     */
    readonly configurations?: ConfigurationProperty[];

    /**
     * The EBS volumes attached to each instance of this type.
     *
     * @default - None
     */
    readonly ebsConfiguration?: EbsConfigurationProperty;

    /**
     * The EC2 instance type, e.g. `m5.xlarge`.
     */
    readonly instanceType: string;

    /**
     * The order in which EMR tries this type, 0 being tried first. Used only, and needed by at least one type
     * of the fleet, with `OnDemandAllocationStrategy.PRIORITIZED`.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
     * @default - No priority is assigned
     */
    readonly priority?: number;

    /**
     * How many units of the fleet's target capacities one instance of this type counts for.
     *
     * @default - None
     */
    readonly weightedCapacity?: number;
  }

  /**
   * How an instance fleet picks On-Demand instance types.
   *
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-emr-instancefleetconfig-ondemandprovisioningspecification.html
   */
  export enum OnDemandAllocationStrategy {
    /**
     * Launch from the cheapest pool that has capacity.
     */
    LOWEST_PRICE = 'lowest-price',

    /**
     * Launch by the `priority` given to each instance type, which at least one type must then have.
     */
    PRIORITIZED = 'prioritized',
  }

  /**
   * How an instance fleet launches its On-Demand instances.
   *
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-emr-instancefleetconfig-ondemandprovisioningspecification.html
   */
  export interface OnDemandProvisioningSpecificationProperty {
    /**
     * The strategy that picks instance types.
     */
    readonly allocationStrategy: OnDemandAllocationStrategy;
  }

  /**
   * What EMR does when a fleet's Spot capacity is still short when the provisioning timeout expires.
   */
  export enum SpotTimeoutAction {
    /**
     * Fill the remaining capacity with On-Demand instances.
     */
    SWITCH_TO_ON_DEMAND = 'SWITCH_TO_ON_DEMAND',

    /**
     * Give up and terminate the cluster.
     */
    TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',
  }

  /**
   * How an instance fleet picks Spot instance pools.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
   */
  export enum SpotAllocationStrategy {
    /**
     * Launch from the pools with the most spare capacity for the number of instances requested.
     */
    CAPACITY_OPTIMIZED = 'capacity-optimized',

    /**
     * Launch from the pools with the best capacity availability, preferring the cheaper among them; the
     * strategy AWS recommends.
     */
    PRICE_CAPACITY_OPTIMIZED = 'price-capacity-optimized',

    /**
     * Launch from the cheapest pool that has capacity.
     */
    LOWEST_PRICE = 'lowest-price',

    /**
     * Spread the instances over all Spot pools.
     */
    DIVERSIFIED = 'diversified',
  }

  /**
   * How an instance fleet launches its Spot instances: pool selection and provisioning timeout.
   *
   * Give the timeout as exactly one of `timeout` and `timeoutDurationMinutes`, between 5 and 1440 minutes.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
   */
  export interface SpotProvisioningSpecificationProperty {
    /**
     * The strategy that picks Spot pools.
     *
     * @default - No allocation strategy, i.e. spot instance type will be chosen based on current price only
     */
    readonly allocationStrategy?: SpotAllocationStrategy;

    /**
     * The defined duration of Spot blocks, in minutes.
     *
     * @default - No blockDurationMinutes
     * @deprecated Spot blocks (Spot instances with a defined duration) are no longer offered; leave this unset.
     */
    readonly blockDurationMinutes?: number;

    /**
     * What to do when the Spot target capacity is not met in time.
     */
    readonly timeoutAction: SpotTimeoutAction;

    /**
     * The provisioning timeout, in minutes (5 to 1440).
     *
     * @default - The value in `timeout` is used
     * @deprecated use `timeout`
     */
    readonly timeoutDurationMinutes?: number;

    /**
     * The provisioning timeout, a whole number of minutes from 5 to 1440.
     *
     * @default - The value in `timeoutDurationMinutes` is used
     */
    readonly timeout?: cdk.Duration;
  }

  /**
   * How an instance fleet launches its On-Demand and Spot instances.
   *
   * Instance fleets need EMR 4.8.0 or later (not 5.0.x); allocation strategies need EMR 5.12.1 or later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetProvisioningSpecifications.html
   */
  export interface InstanceFleetProvisioningSpecificationsProperty {
    /**
     * How On-Demand instances are launched.
     *
     * @default - no on-demand specification
     */
    readonly onDemandSpecification?: OnDemandProvisioningSpecificationProperty;

    /**
     * How Spot instances are launched.
     *
     * @default - no spot specification
     */
    readonly spotSpecification?: SpotProvisioningSpecificationProperty;
  }

  /**
   * An instance fleet: a node type served by a choice of instance types and purchasing options.
   *
   * At least one target capacity must be above 0. A master fleet has exactly one instance: set one of the
   * two target capacities, to 1.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetConfig.html
   */
  export interface InstanceFleetConfigProperty {
    /**
     * The node type the fleet provides.
     */
    readonly instanceFleetType: InstanceRoleType;

    /**
     * The instance types the fleet may launch.
     *
     * @default No instanceTpeConfigs
     */
    readonly instanceTypeConfigs?: InstanceTypeConfigProperty[];

    /**
     * How the fleet launches On-Demand and Spot instances.
     *
     * @default No launchSpecifications
     */
    readonly launchSpecifications?: InstanceFleetProvisioningSpecificationsProperty;

    /**
     * A friendly name for the fleet.
     *
     * @default No name
     */
    readonly name?: string;

    /**
     * The On-Demand capacity, in units, the fleet provides; 0 or unset means Spot instances only.
     *
     * @default No targetOnDemandCapacity
     */
    readonly targetOnDemandCapacity?: number;

    /**
     * The Spot capacity, in units, the fleet provides; 0 or unset means On-Demand instances only.
     *
     * @default No targetSpotCapacity
     */
    readonly targetSpotCapacity?: number;
  }

  /**
   * How a CloudWatch alarm compares the metric's statistic with the threshold.
   */
  export enum CloudWatchAlarmComparisonOperator {
    /**
     * The statistic is at or above the threshold.
     */
    GREATER_THAN_OR_EQUAL = 'GREATER_THAN_OR_EQUAL',

    /**
     * The statistic is above the threshold.
     */
    GREATER_THAN = 'GREATER_THAN',

    /**
     * The statistic is below the threshold.
     */
    LESS_THAN = 'LESS_THAN',

    /**
     * The statistic is at or below the threshold.
     */
    LESS_THAN_OR_EQUAL = 'LESS_THAN_OR_EQUAL',
  }

  /**
   * The statistic a CloudWatch alarm computes over each period.
   */
  export enum CloudWatchAlarmStatistic {
    /**
     * The number of data points.
     */
    SAMPLE_COUNT = 'SAMPLE_COUNT',

    /**
     * The mean of the data points.
     */
    AVERAGE = 'AVERAGE',

    /**
     * The sum of the data points.
     */
    SUM = 'SUM',

    /**
     * The smallest data point.
     */
    MINIMUM = 'MINIMUM',

    /**
     * The largest data point.
     */
    MAXIMUM = 'MAXIMUM',
  }

  /**
   * The unit of the metric a CloudWatch alarm watches.
   */
  export enum CloudWatchAlarmUnit {
    /**
     * No unit.
     */
    NONE = 'NONE',

    /**
     * Seconds.
     */
    SECONDS = 'SECONDS',

    /**
     * Microseconds.
     */
    MICRO_SECONDS = 'MICRO_SECONDS',

    /**
     * Milliseconds.
     */
    MILLI_SECONDS = 'MILLI_SECONDS',

    /**
     * Bytes.
     */
    BYTES = 'BYTES',

    /**
     * Kilobytes.
     */
    KILO_BYTES = 'KILO_BYTES',

    /**
     * Megabytes.
     */
    MEGA_BYTES = 'MEGA_BYTES',

    /**
     * Gigabytes.
     */
    GIGA_BYTES = 'GIGA_BYTES',

    /**
     * Terabytes.
     */
    TERA_BYTES = 'TERA_BYTES',

    /**
     * Bits.
     */
    BITS = 'BITS',

    /**
     * Kilobits.
     */
    KILO_BITS = 'KILO_BITS',

    /**
     * Megabits.
     */
    MEGA_BITS = 'MEGA_BITS',

    /**
     * Gigabits.
     */
    GIGA_BITS = 'GIGA_BITS',

    /**
     * Terabits.
     */
    TERA_BITS = 'TERA_BITS',

    /**
     * Percent.
     */
    PERCENT = 'PERCENT',

    /**
     * A count.
     */
    COUNT = 'COUNT',

    /**
     * Bytes per second.
     */
    BYTES_PER_SECOND = 'BYTES_PER_SECOND',

    /**
     * Kilobytes per second.
     */
    KILO_BYTES_PER_SECOND = 'KILO_BYTES_PER_SECOND',

    /**
     * Megabytes per second.
     */
    MEGA_BYTES_PER_SECOND = 'MEGA_BYTES_PER_SECOND',

    /**
     * Gigabytes per second.
     */
    GIGA_BYTES_PER_SECOND = 'GIGA_BYTES_PER_SECOND',

    /**
     * Terabytes per second.
     */
    TERA_BYTES_PER_SECOND = 'TERA_BYTES_PER_SECOND',

    /**
     * Bits per second.
     */
    BITS_PER_SECOND = 'BITS_PER_SECOND',

    /**
     * Kilobits per second.
     */
    KILO_BITS_PER_SECOND = 'KILO_BITS_PER_SECOND',

    /**
     * Megabits per second.
     */
    MEGA_BITS_PER_SECOND = 'MEGA_BITS_PER_SECOND',

    /**
     * Gigabits per second.
     */
    GIGA_BITS_PER_SECOND = 'GIGA_BITS_PER_SECOND',

    /**
     * Terabits per second.
     */
    TERA_BITS_PER_SECOND = 'TERA_BITS_PER_SECOND',

    /**
     * A count per second.
     */
    COUNT_PER_SECOND = 'COUNT_PER_SECOND',
  }

  /**
   * A CloudWatch metric dimension, a key (CloudWatch's "name") and its value.
   *
   * EMR's own rules use the key `JobFlowID` with the value `${emr.clusterId}`, which EMR fills in once the
   * cluster exists.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_MetricDimension.html
   */
  export interface MetricDimensionProperty {
    /**
     * The name of the dimension.
     */
    readonly key: string;

    /**
     * The value of the dimension.
     */
    readonly value: string;
  }

  /**
   * The CloudWatch alarm whose firing triggers an automatic scaling activity.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CloudWatchAlarmDefinition.html
   */
  export interface CloudWatchAlarmDefinitionProperty {
    /**
     * How the statistic is compared with `threshold`.
     */
    readonly comparisonOperator: CloudWatchAlarmComparisonOperator;

    /**
     * Dimensions that select the metric.
     *
     * @default - No dimensions
     */
    readonly dimensions?: MetricDimensionProperty[];

    /**
     * For how many consecutive periods (of five minutes) the condition must hold before scaling starts.
     *
     * @default 1
     */
    readonly evaluationPeriods?: number;

    /**
     * The name of the metric.
     */
    readonly metricName: string;

    /**
     * The namespace of the metric.
     *
     * @default 'AWS/ElasticMapReduce'
     */
    readonly namespace?: string;

    /**
     * The period over which the statistic is computed, a whole number of seconds. EMR publishes its metrics
     * every five minutes, so use 300 seconds for an EMR metric.
     */
    readonly period: cdk.Duration;

    /**
     * The statistic computed over each period.
     *
     * @default CloudWatchAlarmStatistic.AVERAGE
     */
    readonly statistic?: CloudWatchAlarmStatistic;

    /**
     * The value the statistic is compared with.
     *
     * @default - None
     */
    readonly threshold?: number;

    /**
     * The unit of the metric, which must be the one the metric is published in.
     *
     * @default CloudWatchAlarmUnit.NONE
     */
    readonly unit?: CloudWatchAlarmUnit;
  }

  /**
   * What triggers a scaling rule: a CloudWatch alarm.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingTrigger.html
   */
  export interface ScalingTriggerProperty {
    /**
     * The alarm that starts the scaling activity when it fires.
     */
    readonly cloudWatchAlarmDefinition: CloudWatchAlarmDefinitionProperty;
  }

  /**
   * The purchasing option of EC2 instances.
   */
  export enum InstanceMarket {
    /**
     * On-Demand instances.
     */
    ON_DEMAND = 'ON_DEMAND',

    /**
     * Spot instances.
     */
    SPOT = 'SPOT',
  }

  /**
   * How a scaling rule's `scalingAdjustment` is read.
   */
  export enum ScalingAdjustmentType {
    /**
     * Add (or, if negative, remove) that many instances.
     */
    CHANGE_IN_CAPACITY = 'CHANGE_IN_CAPACITY',

    /**
     * Grow (or, if negative, shrink) the group by that percentage.
     */
    PERCENT_CHANGE_IN_CAPACITY = 'PERCENT_CHANGE_IN_CAPACITY',

    /**
     * Set the group to exactly that many instances.
     */
    EXACT_CAPACITY = 'EXACT_CAPACITY',
  }

  /**
   * How a scaling rule changes the group: by how much, and how long to wait before the next change.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SimpleScalingPolicyConfiguration.html
   */
  export interface SimpleScalingPolicyConfigurationProperty {
    /**
     * How `scalingAdjustment` is read.
     *
     * @default - None
     */
    readonly adjustmentType?: ScalingAdjustmentType;

    /**
     * Seconds to wait after a scaling activity before another rule-triggered activity may start.
     *
     * @default 0
     */
    readonly coolDown?: number;

    /**
     * How much to scale: positive grows the group, negative shrinks it; with `EXACT_CAPACITY`, a positive
     * whole number of instances.
     */
    readonly scalingAdjustment: number;
  }

  /**
   * The scaling a rule performs when triggered.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingAction.html
   */
  export interface ScalingActionProperty {
    /**
     * The purchasing option of the instances added. Instance groups ignore it and use their own market.
     *
     * @default - EMR selected default
     */
    readonly market?: InstanceMarket;

    /**
     * How the group changes.
     */
    readonly simpleScalingPolicyConfiguration: SimpleScalingPolicyConfigurationProperty;
  }

  /**
   * A scale-out or scale-in rule: the alarm that triggers it and the change it makes.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingRule.html
   */
  export interface ScalingRuleProperty {
    /**
     * The change the rule makes.
     */
    readonly action: ScalingActionProperty;

    /**
     * A longer description of the rule.
     *
     * @default - None
     */
    readonly description?: string;

    /**
     * A name for the rule, unique within its policy.
     */
    readonly name: string;

    /**
     * The alarm that triggers the rule.
     */
    readonly trigger: ScalingTriggerProperty;
  }

  /**
   * The bounds automatic scaling keeps an instance group within.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingConstraints.html
   */
  export interface ScalingConstraintsProperty {
    /**
     * The most instances scaling out may reach.
     */
    readonly maxCapacity: number;

    /**
     * The fewest instances scaling in may leave.
     */
    readonly minCapacity: number;
  }

  /**
   * An automatic scaling policy of a core or task instance group.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_AutoScalingPolicy.html
   */
  export interface AutoScalingPolicyProperty {
    /**
     * The bounds the group stays within.
     */
    readonly constraints: ScalingConstraintsProperty;

    /**
     * The scale-out and scale-in rules.
     */
    readonly rules: ScalingRuleProperty[];
  }

  /**
   * An instance group: a number of instances of one type playing one part in the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupConfig.html
   */
  export interface InstanceGroupConfigProperty {
    /**
     * The automatic scaling policy of a core or task group.
     *
     * @default - None
     */
    readonly autoScalingPolicy?: AutoScalingPolicyProperty;

    /**
     * The highest price, in USD, to pay for a Spot instance of the group.
     *
     * @default - None
     */
    readonly bidPrice?: string;

    /**
     * Configuration classifications applied to the group's instances.
     *
     * @default - None
     */
    readonly configurations?: ConfigurationProperty[];

    /**
     * The EBS volumes attached to each instance of the group.
     *
     * @default - None
     */
    readonly ebsConfiguration?: EbsConfigurationProperty;

    /**
     * How many instances the group has.
     */
    readonly instanceCount: number;

    /**
     * The part the group plays in the cluster.
     */
    readonly instanceRole: InstanceRoleType;

    /**
     * The EC2 instance type of every instance of the group.
     */
    readonly instanceType: string;

    /**
     * The purchasing option of the group's instances.
     *
     * @default - EMR selected default
     */
    readonly market?: InstanceMarket;

    /**
     * A friendly name for the group.
     *
     * @default - None
     */
    readonly name?: string;
  }

  /**
   * The Availability Zone(s) the cluster runs in.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_PlacementType.html
   */
  export interface PlacementTypeProperty {
    /**
     * The one Availability Zone of a cluster made of instance groups.
     *
     * @default - EMR selected default
     */
    readonly availabilityZone?: string;

    /**
     * The candidate Availability Zones of a cluster made of instance fleets; EMR launches in the best of them.
     *
     * @default - EMR selected default
     */
    readonly availabilityZones?: string[];
  }

  /**
   * The EC2 side of the cluster: instance types and counts, groups or fleets, subnets, security groups and
   * SSH key. `KeepJobFlowAliveWhenNoSteps` is always sent as `true`, so the cluster waits for the steps the
   * state machine adds.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_JobFlowInstancesConfig.html
   */
  export interface InstancesConfigProperty {
    /**
     * Extra security groups for the master node.
     *
     * @default - None
     */
    readonly additionalMasterSecurityGroups?: string[];

    /**
     * Extra security groups for the core and task nodes.
     *
     * @default - None
     */
    readonly additionalSlaveSecurityGroups?: string[];

    /**
     * The EC2 key pair that lets you SSH into the master node as the user `hadoop`.
     *
     * @default - None
     */
    readonly ec2KeyName?: string;

    /**
     * The VPC subnet to launch a cluster of instance groups in.
     *
     * @default EMR selected default
     */
    readonly ec2SubnetId?: string;

    /**
     * The candidate VPC subnets of a cluster of instance fleets; EMR launches in the best of them.
     *
     * @default EMR selected default
     */
    readonly ec2SubnetIds?: string[];

    /**
     * The EMR-managed security group of the master node.
     *
     * @default - None
     */
    readonly emrManagedMasterSecurityGroup?: string;

    /**
     * The EMR-managed security group of the core and task nodes.
     *
     * @default - None
     */
    readonly emrManagedSlaveSecurityGroup?: string;

    /**
     * The Hadoop version, for EMR releases before 4.0 only.
     *
     * @default - 0.18 if the AmiVersion parameter is not set. If AmiVersion is set, the version of Hadoop for that AMI version is used.
     */
    readonly hadoopVersion?: string;

    /**
     * How many EC2 instances the cluster has (with `masterInstanceType` and `slaveInstanceType`).
     *
     * @default 0
     */
    readonly instanceCount?: number;

    /**
     * The instance fleets of the cluster (EMR 4.8.0 and later, not 5.0.x).
     *
     * @default - None
     */
    readonly instanceFleets?: InstanceFleetConfigProperty[];

    /**
     * The instance groups of the cluster.
     *
     * @default - None
     */
    readonly instanceGroups?: InstanceGroupConfigProperty[];

    /**
     * The EC2 instance type of the master node.
     *
     * @default - None
     */
    readonly masterInstanceType?: string;

    /**
     * The Availability Zone(s) the cluster runs in.
     *
     * @default - EMR selected default
     */
    readonly placement?: PlacementTypeProperty;

    /**
     * The security group through which EMR reaches a cluster in a private subnet.
     *
     * @default - None
     */
    readonly serviceAccessSecurityGroup?: string;

    /**
     * The EC2 instance type of the core and task nodes.
     *
     * @default - None
     */
    readonly slaveInstanceType?: string;

    /**
     * Whether the cluster is locked against termination by API call, user action or job-flow error.
     *
     * @default false
     */
    readonly terminationProtected?: boolean;
  }

  /**
   * An application EMR installs on the cluster (EMR 4.0 and later).
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Application.html
   */
  export interface ApplicationConfigProperty {
    /**
     * Metadata for third-party applications, for advanced use only.
     *
     * @default No additionalInfo
     */
    readonly additionalInfo?: { [key: string]: string };

    /**
     * Arguments EMR passes to the application.
     *
     * @default No args
     */
    readonly args?: string[];

    /**
     * The application's name, e.g. `Spark` (case-insensitive).
     */
    readonly name: string;

    /**
     * The application's version.
     *
     * @default No version
     */
    readonly version?: string;
  }

  /**
   * The script a bootstrap action runs, and its arguments.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScriptBootstrapActionConfig.html
   */
  export interface ScriptBootstrapActionConfigProperty {
    /**
     * Where the script is: an S3 location or a path on the node.
     */
    readonly path: string;

    /**
     * Command-line arguments for the script.
     *
     * @default No args
     */
    readonly args?: string[];
  }

  /**
   * A bootstrap action: a script run on every node before Hadoop starts.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_BootstrapActionConfig.html
   */
  export interface BootstrapActionConfigProperty {
    /**
     * A name for the action.
     */
    readonly name: string;

    /**
     * The script the action runs.
     */
    readonly scriptBootstrapAction: ScriptBootstrapActionConfigProperty;
  }

  /**
   * Settings for an application bundled with EMR: a classification (a configuration file, such as
   * `spark-defaults`), its properties, and nested classifications.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Configuration.html
   */
  export interface ConfigurationProperty {
    /**
     * The classification the settings belong to.
     *
     * @default No classification
     */
    readonly classification?: string;

    /**
     * The settings, by name.
     *
     * @default No properties
     */
    readonly properties?: { [key: string]: string };

    /**
     * Nested configurations.
     *
     * @default No configurations
     */
    readonly configurations?: ConfigurationProperty[];
  }

  /**
   * Kerberos settings, for a cluster whose security configuration turns Kerberos authentication on.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_KerberosAttributes.html
   */
  export interface KerberosAttributesProperty {
    /**
     * The Active Directory password of `adDomainJoinUser`.
     *
     * @default No adDomainJoinPassword
     */
    readonly adDomainJoinPassword?: string;

    /**
     * An Active Directory user allowed to join resources to the domain; needed only for a cross-realm trust
     * with Active Directory.
     *
     * @default No adDomainJoinUser
     */
    readonly adDomainJoinUser?: string;

    /**
     * The cross-realm principal password, the same in every realm; needed only for a cross-realm trust with
     * a KDC of another realm.
     *
     * @default No crossRealmTrustPrincipalPassword
     */
    readonly crossRealmTrustPrincipalPassword?: string;

    /**
     * The password of the `kadmin` service of the cluster-dedicated KDC.
     *
     * @default No kdcAdminPassword
     */
    readonly kdcAdminPassword?: string;

    /**
     * The Kerberos realm of every node of the cluster, e.g. `EC2.INTERNAL`.
     */
    readonly realm: string;
  }

  /**
   * An EMR managed scaling policy.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ManagedScalingPolicy.html
   */
  export interface ManagedScalingPolicyProperty {
    /**
     * The limits managed scaling keeps the cluster within.
     *
     * @default - None
     */
    readonly computeLimits?: ManagedScalingComputeLimitsProperty;
  }

  /**
   * The limits, in EC2 units, managed scaling keeps the cluster within.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ComputeLimits.html
   */
  export interface ManagedScalingComputeLimitsProperty {
    /**
     * The unit the limits are counted in.
     */
    readonly unitType: ComputeLimitsUnitType;

    /**
     * The fewest units the cluster may have.
     */
    readonly minimumCapacityUnits: number;

    /**
     * The most units the cluster may have.
     */
    readonly maximumCapacityUnits: number;

    /**
     * The most On-Demand units the cluster may have.
     *
     * @default - None
     */
    readonly maximumOnDemandCapacityUnits?: number;

    /**
     * The most units the core nodes may have.
     *
     * @default - None
     */
    readonly maximumCoreCapacityUnits?: number;
  }

  /**
   * The unit managed scaling limits are counted in.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ComputeLimits.html
   */
  export enum ComputeLimitsUnitType {
    /**
     * Units of instance fleet capacity (the weighted capacities of the instance types).
     */
    INSTANCE_FLEET_UNITS = 'InstanceFleetUnits',

    /**
     * Instances.
     */
    INSTANCES = 'Instances',

    /**
     * Virtual CPUs.
     */
    VCPU = 'VCPU',
  }
}
