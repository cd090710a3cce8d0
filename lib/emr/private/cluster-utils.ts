/**
 * Renders the structs of `EmrCreateCluster` and `EmrModifyInstanceGroupByName` into the shapes of the EMR API
 * (`RunJobFlow`, `ModifyInstanceGroups`), and checks the rules EMR would otherwise reject at run time.
 *
 * Only types are imported from the task files: they import this module, and a runtime import back would be
 * circular. Enum members are therefore compared by value.
 */
import { Token } from 'aws-cdk-lib';
import { unscopedValidationError } from '../../private';
import type { EmrCreateCluster } from '../create-cluster';
import type { EmrModifyInstanceGroupByName } from '../modify-instance-group-by-name';

/** Maps each element of a list, leaving an absent list as it is. */
export function mapList<T>(list: T[] | undefined, render: (item: T) => any): any[] | undefined {
  return list == null ? list : list.map(render);
}

/** `Key`/`Value` pairs of a string map, as EMR takes tags and step properties. */
export function keyValuePairs(map: { [key: string]: string }): Array<{ Key: string; Value: string }> {
  return Object.keys(map).map((key) => ({ Key: key, Value: map[key] }));
}

export function renderKerberosAttributes(p: EmrCreateCluster.KerberosAttributesProperty): any {
  return {
    ADDomainJoinPassword: p.adDomainJoinPassword,
    ADDomainJoinUser: p.adDomainJoinUser,
    CrossRealmTrustPrincipalPassword: p.crossRealmTrustPrincipalPassword,
    KdcAdminPassword: p.kdcAdminPassword,
    Realm: p.realm,
  };
}

export function renderInstances(p: EmrCreateCluster.InstancesConfigProperty): any {
  return {
    AdditionalMasterSecurityGroups: p.additionalMasterSecurityGroups,
    AdditionalSlaveSecurityGroups: p.additionalSlaveSecurityGroups,
    Ec2KeyName: p.ec2KeyName,
    Ec2SubnetId: p.ec2SubnetId,
    Ec2SubnetIds: p.ec2SubnetIds,
    EmrManagedMasterSecurityGroup: p.emrManagedMasterSecurityGroup,
    EmrManagedSlaveSecurityGroup: p.emrManagedSlaveSecurityGroup,
    HadoopVersion: p.hadoopVersion,
    InstanceCount: p.instanceCount,
    InstanceFleets: mapList(p.instanceFleets, renderInstanceFleet),
    InstanceGroups: mapList(p.instanceGroups, renderInstanceGroup),
    // Step Functions drives the cluster step by step, so it must outlive its first (absent) steps.
    KeepJobFlowAliveWhenNoSteps: true,
    MasterInstanceType: p.masterInstanceType,
    Placement: p.placement === undefined ? undefined : renderPlacement(p.placement),
    ServiceAccessSecurityGroup: p.serviceAccessSecurityGroup,
    SlaveInstanceType: p.slaveInstanceType,
    TerminationProtected: p.terminationProtected,
  };
}

export function renderApplication(p: EmrCreateCluster.ApplicationConfigProperty): any {
  return {
    Name: p.name,
    Args: p.args,
    Version: p.version,
    AdditionalInfo: p.additionalInfo,
  };
}

export function renderConfiguration(p: EmrCreateCluster.ConfigurationProperty): any {
  return {
    Classification: p.classification,
    Properties: p.properties,
    Configurations: mapList(p.configurations, renderConfiguration),
  };
}

function renderEbsBlockDevice(p: EmrCreateCluster.EbsBlockDeviceConfigProperty): any {
  const volume = p.volumeSpecification;
  return {
    VolumeSpecification: {
      Iops: volume.iops,
      SizeInGB: volume.volumeSize?.toGibibytes(),
      VolumeType: volume.volumeType,
    },
    VolumesPerInstance: p.volumesPerInstance,
  };
}

function renderEbsConfiguration(p: EmrCreateCluster.EbsConfigurationProperty): any {
  return {
    EbsBlockDeviceConfigs: mapList(p.ebsBlockDeviceConfigs, renderEbsBlockDevice),
    EbsOptimized: p.ebsOptimized,
  };
}

function renderInstanceTypeConfig(p: EmrCreateCluster.InstanceTypeConfigProperty): any {
  if (p.bidPrice && p.bidPriceAsPercentageOfOnDemandPrice) {
    throw unscopedValidationError('CannotSpecifyBothBidPriceOptions', 'Cannot specify both bidPrice and bidPriceAsPercentageOfOnDemandPrice');
  }
  if (p.priority !== undefined && !Token.isUnresolved(p.priority) && p.priority < 0) {
    throw unscopedValidationError('PriorityMustBeNonNegative',
      `priority must be a non-negative number, got ${p.priority}. Priority values start at 0 (highest priority) and are used with OnDemandAllocationStrategy.PRIORITIZED.`);
  }
  return {
    BidPrice: p.bidPrice,
    BidPriceAsPercentageOfOnDemandPrice: p.bidPriceAsPercentageOfOnDemandPrice,
    Configurations: mapList(p.configurations, renderConfiguration),
    EbsConfiguration: p.ebsConfiguration === undefined ? undefined : renderEbsConfiguration(p.ebsConfiguration),
    InstanceType: p.instanceType,
    Priority: p.priority,
    WeightedCapacity: p.weightedCapacity,
  };
}

function renderOnDemandSpecification(p?: EmrCreateCluster.OnDemandProvisioningSpecificationProperty): any {
  return p ? { AllocationStrategy: p.allocationStrategy } : undefined;
}

function renderSpotSpecification(p?: EmrCreateCluster.SpotProvisioningSpecificationProperty): any {
  if (!p) {
    return undefined;
  }
  // Exactly one of the two spellings of the timeout (a zero counts as unset).
  if ((p.timeout && p.timeoutDurationMinutes) || (!p.timeout && !p.timeoutDurationMinutes)) {
    throw unscopedValidationError('TimeoutOrTimeoutDurationMinutesRequired', 'one of timeout and timeoutDurationMinutes must be specified');
  }
  const minutes = p.timeout?.toMinutes() ?? p.timeoutDurationMinutes;
  if (minutes !== undefined && !Token.isUnresolved(minutes) && (minutes < 5 || minutes > 1440)) {
    throw unscopedValidationError('TimeoutMustBeBetween5And1440Minutes', `timeout must be between 5 and 1440 minutes, got ${minutes} minutes.`);
  }
  return {
    AllocationStrategy: p.allocationStrategy,
    BlockDurationMinutes: p.blockDurationMinutes,
    TimeoutAction: p.timeoutAction,
    TimeoutDurationMinutes: p.timeout?.toMinutes() || p.timeoutDurationMinutes,
  };
}

function renderLaunchSpecifications(p: EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty): any {
  return {
    OnDemandSpecification: renderOnDemandSpecification(p.onDemandSpecification),
    SpotSpecification: renderSpotSpecification(p.spotSpecification),
  };
}

function renderInstanceFleet(p: EmrCreateCluster.InstanceFleetConfigProperty): any {
  validateFleetCapacity(p);
  validateFleetPriorities(p);
  return {
    InstanceFleetType: p.instanceFleetType,
    InstanceTypeConfigs: mapList(p.instanceTypeConfigs, renderInstanceTypeConfig),
    LaunchSpecifications: p.launchSpecifications === undefined ? undefined : renderLaunchSpecifications(p.launchSpecifications),
    Name: p.name,
    TargetOnDemandCapacity: p.targetOnDemandCapacity,
    TargetSpotCapacity: p.targetSpotCapacity,
  };
}

/** A fleet needs some capacity; a master fleet exactly one instance, of one purchasing option. */
function validateFleetCapacity(p: EmrCreateCluster.InstanceFleetConfigProperty): void {
  if (!p.targetSpotCapacity && !p.targetOnDemandCapacity) {
    throw unscopedValidationError('AtLeastOneTargetCapacityRequired', 'At least one of targetSpotCapacity and targetOnDemandCapacity should be greater than 0');
  }
  if ((p.instanceFleetType as string) !== 'MASTER') {
    return;
  }
  if (p.targetSpotCapacity && p.targetOnDemandCapacity) {
    throw unscopedValidationError('MasterInstanceFleetOnlyOneCapacityType',
      'For a master instance fleet, only one of targetSpotCapacity and targetOnDemandCapacity can be specified');
  }
  if (p.targetSpotCapacity && p.targetSpotCapacity !== 1) {
    throw unscopedValidationError('MasterInstanceFleetSpotCapacityMustBeOne',
      `For a master instance fleet, targetSpotCapacity cannot be a number other than 1, got ${p.targetSpotCapacity}`);
  }
  if (p.targetOnDemandCapacity && p.targetOnDemandCapacity !== 1) {
    throw unscopedValidationError('MasterInstanceFleetOnDemandCapacityMustBeOne',
      `For a master instance fleet, targetOnDemandCapacity cannot be a number other than 1, got ${p.targetOnDemandCapacity}`);
  }
}

/** Instance type priorities mean something only with the PRIORITIZED On-Demand strategy, and that strategy needs them. */
function validateFleetPriorities(p: EmrCreateCluster.InstanceFleetConfigProperty): void {
  const strategy: string = p.launchSpecifications?.onDemandSpecification?.allocationStrategy ?? 'lowest-price';
  const prioritized = !Token.isUnresolved(strategy) && strategy === 'prioritized';
  const hasPriority = p.instanceTypeConfigs?.some((config) => config.priority !== undefined && !Token.isUnresolved(config.priority));
  if (hasPriority && !prioritized) {
    throw unscopedValidationError('PriorityRequiresPrioritizedStrategy',
      `Priority values are set on instance type configs, but allocation strategy is '${strategy}'. Priority values only take effect with OnDemandAllocationStrategy.PRIORITIZED.`);
  }
  if (prioritized && !hasPriority && p.instanceTypeConfigs?.length) {
    throw unscopedValidationError('PrioritizedStrategyRequiresPriorityValues',
      'OnDemandAllocationStrategy.PRIORITIZED requires at least one instance type config to have a priority value set. See https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html');
  }
}

function renderMetricDimension(p: EmrCreateCluster.MetricDimensionProperty): any {
  return { Key: p.key, Value: p.value };
}

function renderScalingTrigger(p: EmrCreateCluster.ScalingTriggerProperty): any {
  const alarm = p.cloudWatchAlarmDefinition;
  return {
    CloudWatchAlarmDefinition: {
      ComparisonOperator: alarm.comparisonOperator,
      Dimensions: mapList(alarm.dimensions, renderMetricDimension),
      EvaluationPeriods: alarm.evaluationPeriods,
      MetricName: alarm.metricName,
      Namespace: alarm.namespace,
      Period: alarm.period.toSeconds(),
      Statistic: alarm.statistic,
      Threshold: alarm.threshold,
      Unit: alarm.unit,
    },
  };
}

function renderScalingAction(p: EmrCreateCluster.ScalingActionProperty): any {
  const config = p.simpleScalingPolicyConfiguration;
  return {
    Market: p.market,
    SimpleScalingPolicyConfiguration: {
      AdjustmentType: config.adjustmentType,
      CoolDown: config.coolDown,
      ScalingAdjustment: config.scalingAdjustment,
    },
  };
}

function renderScalingRule(p: EmrCreateCluster.ScalingRuleProperty): any {
  return {
    Action: renderScalingAction(p.action),
    Description: p.description,
    Name: p.name,
    Trigger: renderScalingTrigger(p.trigger),
  };
}

function renderAutoScalingPolicy(p: EmrCreateCluster.AutoScalingPolicyProperty): any {
  return {
    Constraints: {
      MaxCapacity: p.constraints.maxCapacity,
      MinCapacity: p.constraints.minCapacity,
    },
    Rules: mapList(p.rules, renderScalingRule),
  };
}

function renderInstanceGroup(p: EmrCreateCluster.InstanceGroupConfigProperty): any {
  return {
    AutoScalingPolicy: p.autoScalingPolicy === undefined ? undefined : renderAutoScalingPolicy(p.autoScalingPolicy),
    BidPrice: p.bidPrice,
    Configurations: mapList(p.configurations, renderConfiguration),
    EbsConfiguration: p.ebsConfiguration === undefined ? undefined : renderEbsConfiguration(p.ebsConfiguration),
    InstanceCount: p.instanceCount,
    InstanceRole: p.instanceRole,
    InstanceType: p.instanceType,
    Market: p.market,
    Name: p.name,
  };
}

function renderPlacement(p: EmrCreateCluster.PlacementTypeProperty): any {
  return {
    AvailabilityZone: p.availabilityZone,
    AvailabilityZones: p.availabilityZones,
  };
}

export function renderBootstrapAction(p: EmrCreateCluster.BootstrapActionConfigProperty): any {
  return {
    Name: p.name,
    ScriptBootstrapAction: {
      Path: p.scriptBootstrapAction.path,
      Args: p.scriptBootstrapAction.args,
    },
  };
}

export function renderManagedScalingPolicy(p: EmrCreateCluster.ManagedScalingPolicyProperty): any {
  const limits = p.computeLimits;
  return {
    ComputeLimits: limits ? {
      UnitType: limits.unitType,
      MinimumCapacityUnits: limits.minimumCapacityUnits,
      MaximumCapacityUnits: limits.maximumCapacityUnits,
      MaximumOnDemandCapacityUnits: limits.maximumOnDemandCapacityUnits,
      MaximumCoreCapacityUnits: limits.maximumCoreCapacityUnits,
    } : undefined,
  };
}

export function renderInstanceGroupModifyConfig(p: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty): any {
  return {
    Configurations: mapList(p.configurations, renderConfiguration),
    EC2InstanceIdsToTerminate: p.eC2InstanceIdsToTerminate,
    InstanceCount: p.instanceCount,
    ShrinkPolicy: p.shrinkPolicy === undefined ? undefined : renderShrinkPolicy(p.shrinkPolicy),
  };
}

function renderShrinkPolicy(p: EmrModifyInstanceGroupByName.ShrinkPolicyProperty): any {
  return {
    DecommissionTimeout: p.decommissionTimeout?.toSeconds(),
    InstanceResizePolicy: p.instanceResizePolicy ? renderInstanceResizePolicy(p.instanceResizePolicy) : undefined,
  };
}

function renderInstanceResizePolicy(p: EmrModifyInstanceGroupByName.InstanceResizePolicyProperty): any {
  return {
    InstancesToProtect: p.instancesToProtect,
    InstancesToTerminate: p.instancesToTerminate,
    InstanceTerminationTimeout: p.instanceTerminationTimeout?.toSeconds(),
  };
}

/**
 * Whether EMR release `version` (`x.y.z`, the part of a release label after `emr-`) precedes `minimum`.
 *
 * Versions are read strictly, as semantic versions (no leading zeros, no signs); anything else throws a
 * `TypeError` that names the version, as aws-cdk-lib does for such labels.
 */
export function releaseBefore(version: string, minimum: string): boolean {
  const [a, b] = [parseVersion(version), parseVersion(minimum)];
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i];
    }
  }
  return false;
}

function parseVersion(version: string): number[] {
  if (version.length > 256) {
    throw new TypeError('version is longer than 256 characters');
  }
  const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version.trim());
  if (!match) {
    throw new TypeError(`Invalid Version: ${version}`);
  }
  const parts = match.slice(1).map(Number);
  ['major', 'minor', 'patch'].forEach((name, i) => {
    if (parts[i] > Number.MAX_SAFE_INTEGER) {
      throw new TypeError(`Invalid ${name} version`);
    }
  });
  return parts;
}
