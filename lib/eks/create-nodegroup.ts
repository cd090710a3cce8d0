import { Token, type Size } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, queryLanguageOf, throwProblems, withJsonata,
} from '../private';
import { EKS_PATTERNS, atLeastProblems, clusterArn, clusterChildArn, isSync, passRoleToEks, renderEksTags, tagOnCreate, unlessEmpty } from './private/resources';
import type { EksNodegroupScalingConfig } from './types';

interface EksCreateNodegroupOptions {
  /**
   * The name of the cluster that gets the node group.
   */
  readonly clusterName: string;

  /**
   * The name of the new node group, unique in the cluster. A cluster or node group name from the state's
   * data (JSONPath or JSONata) widens the IAM grant to any cluster or node group, in that part of the ARN.
   */
  readonly nodegroupName: string;

  /**
   * The node IAM role, which the nodes' kubelet uses to call AWS (it usually carries the
   * `AmazonEKSWorkerNodePolicy`, `AmazonEC2ContainerRegistryReadOnly` and `AmazonEKS_CNI_Policy` managed
   * policies). The state machine may pass it to Amazon EKS, and to no other service, and may read it, which
   * Amazon EKS requires to validate it.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html
   */
  readonly nodeRole: IRole;

  /**
   * The subnets the nodes are launched in: IDs, or expressions that yield them.
   */
  readonly subnetIds: string[];

  /**
   * How many nodes the group runs.
   *
   * @default - none sent; Amazon EKS's default applies
   */
  readonly scalingConfig?: EksNodegroupScalingConfig;

  /**
   * The instance types of the nodes.
   *
   * @default - none sent; `t3.medium`, unless the launch template names a type
   */
  readonly instanceTypes?: ec2.InstanceType[];

  /**
   * The AMI type of the nodes.
   *
   * @default - none sent; Amazon EKS picks one that matches the instance types
   */
  readonly amiType?: eks.NodegroupAmiType;

  /**
   * Whether the nodes are On-Demand or Spot instances.
   *
   * @default - none sent; On-Demand
   */
  readonly capacityType?: eks.CapacityType;

  /**
   * The root volume size of each node, in whole gibibytes. Cannot be combined with `launchTemplate`.
   *
   * @default - none sent; 20 GiB (Linux) or 50 GiB (Windows)
   */
  readonly diskSize?: Size;

  /**
   * Kubernetes labels of the nodes.
   *
   * @default - no labels
   */
  readonly labels?: { [key: string]: string };

  /**
   * Kubernetes taints of the nodes.
   *
   * @default - no taints
   */
  readonly taints?: eks.TaintSpec[];

  /**
   * A launch template that configures the nodes.
   *
   * @default - no launch template
   */
  readonly launchTemplate?: eks.LaunchTemplateSpec;

  /**
   * The Kubernetes version of the nodes.
   *
   * @default - none sent; the cluster's version
   */
  readonly kubernetesVersion?: eks.KubernetesVersion;

  /**
   * The AMI release version of the nodes, e.g. `1.29.0-20240129`.
   *
   * @default - none sent; the latest release for the Kubernetes version
   */
  readonly releaseVersion?: string;

  /**
   * Tags of the node group (not propagated to the nodes).
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EksCreateNodegroup.jsonPath()`: creates a managed node group from a JSONPath state.
 */
export interface EksCreateNodegroupJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateNodegroupOptions {}

/**
 * Props of `EksCreateNodegroup.jsonata()`: creates a managed node group from a JSONata state.
 */
export interface EksCreateNodegroupJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateNodegroupOptions {}

/**
 * Props of `EksCreateNodegroup`, in either query language.
 */
export interface EksCreateNodegroupProps extends sfn.TaskStateBaseProps, EksCreateNodegroupOptions {}

/**
 * A Task state that creates a managed node group in an Amazon EKS cluster.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the node group is active.
 *
 * If Amazon EKS's service-linked role for node groups does not exist in the account yet, the state
 * machine's role also needs `iam:CreateServiceLinkedRole`, which this task does not grant.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html
 */
export class EksCreateNodegroup extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates a managed node group.
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateNodegroupJsonPathProps): EksCreateNodegroup {
    return new EksCreateNodegroup(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates a managed node group.
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateNodegroupJsonataProps): EksCreateNodegroup {
    return new EksCreateNodegroup(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly diskSizeGiB?: number;

  constructor(scope: Construct, id: string, private readonly props: EksCreateNodegroupProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    this.diskSizeGiB = props.diskSize?.toGibibytes();
    const scaling = props.scalingConfig ?? {};
    throwProblems(this, 'InvalidEksCreateNodegroup', 'Invalid EKS node group', [
      ...(props.subnetIds.length === 0 ? ['subnetIds must list at least one subnet'] : []),
      ...atLeastProblems('scalingConfig.minSize', scaling.minSize, 0),
      ...atLeastProblems('scalingConfig.maxSize', scaling.maxSize, 1),
      ...atLeastProblems('scalingConfig.desiredSize', scaling.desiredSize, 0),
      ...scalingOrderProblems(scaling),
      ...(props.diskSize && props.launchTemplate ? ['diskSize cannot be combined with launchTemplate: set the volume size in the launch template'] : []),
    ]);

    const nodegroup = clusterChildArn(this, 'nodegroup', props.clusterName, props.nodegroupName);
    this.taskPolicies = [
      // Amazon EKS checks the subnets and the node role with the caller's permissions.
      new PolicyStatement({ actions: ['eks:CreateNodegroup'], resources: [clusterArn(this, props.clusterName)] }),
      ...(renderEksTags(props.tags) ? [tagOnCreate(nodegroup)] : []),
      new PolicyStatement({ actions: ['ec2:DescribeSubnets'], resources: ['*'] }),
      new PolicyStatement({ actions: ['iam:GetRole', 'iam:ListAttachedRolePolicies'], resources: [props.nodeRole.roleArn] }),
      passRoleToEks(props.nodeRole),
      // Step Functions' own policy template for createNodegroup also allows deleting the node group.
      ...(isSync(this.integrationPattern)
        ? [new PolicyStatement({
          actions: ['eks:DescribeNodegroup', 'eks:DeleteNodegroup'],
          resources: [nodegroup],
        })]
        : []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    return {
      Resource: integrationResourceArn('eks', 'createNodegroup', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: props.clusterName,
        NodegroupName: props.nodegroupName,
        NodeRole: props.nodeRole.roleArn,
        Subnets: props.subnetIds,
        ScalingConfig: props.scalingConfig && unlessEmpty({
          MinSize: props.scalingConfig.minSize,
          MaxSize: props.scalingConfig.maxSize,
          DesiredSize: props.scalingConfig.desiredSize,
        }),
        InstanceTypes: props.instanceTypes?.map((type) => type.toString()),
        AmiType: props.amiType,
        CapacityType: props.capacityType,
        DiskSize: this.diskSizeGiB,
        Labels: props.labels,
        Taints: props.taints?.map((taint) => ({ Key: taint.key, Value: taint.value, Effect: taint.effect })),
        LaunchTemplate: props.launchTemplate && { Id: props.launchTemplate.id, Version: props.launchTemplate.version },
        Version: props.kubernetesVersion?.version,
        ReleaseVersion: props.releaseVersion,
        Tags: renderEksTags(props.tags),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}

/** The sizes of a scaling config known now must satisfy minSize <= desiredSize <= maxSize. */
function scalingOrderProblems(scaling: EksNodegroupScalingConfig): string[] {
  const known = (value?: number) => value !== undefined && !Token.isUnresolved(value);
  const problems: string[] = [];
  if (known(scaling.minSize) && known(scaling.maxSize) && scaling.minSize! > scaling.maxSize!) {
    problems.push(`scalingConfig.minSize (${scaling.minSize}) must not exceed maxSize (${scaling.maxSize})`);
  }
  if (known(scaling.desiredSize) && known(scaling.minSize) && scaling.desiredSize! < scaling.minSize!) {
    problems.push(`scalingConfig.desiredSize (${scaling.desiredSize}) must not be below minSize (${scaling.minSize})`);
  }
  if (known(scaling.desiredSize) && known(scaling.maxSize) && scaling.desiredSize! > scaling.maxSize!) {
    problems.push(`scalingConfig.desiredSize (${scaling.desiredSize}) must not exceed maxSize (${scaling.maxSize})`);
  }
  return problems;
}
