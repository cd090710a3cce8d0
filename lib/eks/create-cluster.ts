import type * as eks from 'aws-cdk-lib/aws-eks';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, lengthProblems, patternProblems, queryLanguageOf, throwProblems, withJsonata,
} from '../private';
import { EKS_PATTERNS, clusterArn, isSync, passRoleToEks, renderEksTags, tagOnCreate, unlessEmpty } from './private/resources';
import type { EksClusterVpcConfig } from './types';

interface EksCreateClusterOptions {
  /**
   * The name of the new cluster, unique in the account and Region: up to 100 letters, digits, hyphens and
   * underscores, starting with a letter or digit. A name from the state's data (JSONPath or JSONata) widens
   * the grants that name the cluster (tagging it and, with `.sync`, describing and deleting it) to every
   * cluster of the account and Region.
   */
  readonly clusterName: string;

  /**
   * The cluster IAM role, which the Kubernetes control plane uses to manage AWS resources for you (it
   * usually carries the `AmazonEKSClusterPolicy` managed policy). The state machine may pass it to Amazon
   * EKS, and to no other service.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/cluster-iam-role.html
   */
  readonly role: IRole;

  /**
   * The subnets and security groups of the control plane's network interfaces, and who may reach the
   * API server endpoint.
   */
  readonly vpcConfig: EksClusterVpcConfig;

  /**
   * The Kubernetes version of the cluster.
   *
   * @default - none sent; Amazon EKS uses its default version
   */
  readonly kubernetesVersion?: eks.KubernetesVersion;

  /**
   * The control plane log types to send to CloudWatch Logs.
   *
   * @default - none sent; no control plane logs are exported
   */
  readonly clusterLogging?: eks.ClusterLoggingTypes[];

  /**
   * The KMS key that encrypts Kubernetes secrets (envelope encryption). The state machine may describe
   * the key and create grants on it, which Amazon EKS requires of the caller.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
   * @default - secrets are not envelope-encrypted with a key of yours
   */
  readonly secretsEncryptionKey?: kms.IKey;

  /**
   * How the cluster authenticates IAM principals: access entries (`API`), the `aws-auth` ConfigMap
   * (`CONFIG_MAP`) or both.
   *
   * @default - none sent; Amazon EKS's default applies
   */
  readonly authenticationMode?: eks.AuthenticationMode;

  /**
   * Whether the IAM principal that creates the cluster (the state machine's role) becomes a cluster
   * administrator. It must, for the state machine to call the cluster with `EksCall` or `EksRunJob`
   * without being granted access some other way.
   *
   * @default - none sent; Amazon EKS makes the creator an administrator
   */
  readonly bootstrapClusterCreatorAdminPermissions?: boolean;

  /**
   * The CIDR block from which Kubernetes service IP addresses are assigned (IPv4 clusters only).
   *
   * @default - none sent; Amazon EKS picks 10.100.0.0/16 or 172.20.0.0/16
   */
  readonly serviceIpv4Cidr?: string;

  /**
   * Whether pods and services get IPv4 or IPv6 addresses.
   *
   * @default - none sent; IPv4
   */
  readonly ipFamily?: eks.IpFamily;

  /**
   * Tags of the cluster.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EksCreateCluster.jsonPath()`: creates an Amazon EKS cluster from a JSONPath state.
 */
export interface EksCreateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateClusterOptions {}

/**
 * Props of `EksCreateCluster.jsonata()`: creates an Amazon EKS cluster from a JSONata state.
 */
export interface EksCreateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateClusterOptions {}

/**
 * Props of `EksCreateCluster`, in either query language.
 */
export interface EksCreateClusterProps extends sfn.TaskStateBaseProps, EksCreateClusterOptions {}

/**
 * A Task state that creates an Amazon EKS cluster (its control plane).
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the cluster is active; its result then
 * describes the cluster, including the endpoint and certificate authority data that `EksCall` and
 * `EksRunJob` need. Step Functions does not delete the cluster when the execution stops: delete it with
 * `EksDeleteCluster`.
 *
 * If Amazon EKS's service-linked role does not exist in the account yet, the state machine's role also
 * needs `iam:CreateServiceLinkedRole`, which this task does not grant.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html
 */
export class EksCreateCluster extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates an Amazon EKS cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateClusterJsonPathProps): EksCreateCluster {
    return new EksCreateCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an Amazon EKS cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateClusterJsonataProps): EksCreateCluster {
    return new EksCreateCluster(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EksCreateClusterProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    const vpc = props.vpcConfig;
    throwProblems(this, 'InvalidEksCreateCluster', 'Invalid EKS cluster', [
      ...lengthProblems('clusterName', props.clusterName, 1, 100),
      ...patternProblems('clusterName', props.clusterName, /^[0-9A-Za-z][A-Za-z0-9_-]*$/,
        'letters, digits, hyphens and underscores, starting with a letter or digit'),
      ...(vpc.subnetIds.length === 0 ? ['vpcConfig.subnetIds must list at least one subnet'] : []),
      ...((vpc.securityGroupIds?.length ?? 0) > 5 ? [`vpcConfig.securityGroupIds may list at most 5 security groups, got ${vpc.securityGroupIds!.length}`] : []),
      ...(vpc.endpointPublicAccess === false && vpc.endpointPrivateAccess === false
        ? ['vpcConfig must leave the endpoint reachable: endpointPublicAccess and endpointPrivateAccess cannot both be false'] : []),
      ...(vpc.publicAccessCidrs && vpc.endpointPublicAccess === false ? ['vpcConfig.publicAccessCidrs needs endpointPublicAccess'] : []),
      ...(props.serviceIpv4Cidr !== undefined && props.ipFamily === 'ipv6' ? ['serviceIpv4Cidr applies to IPv4 clusters only, not with ipFamily IP_V6'] : []),
    ]);

    const cluster = clusterArn(this, props.clusterName);
    this.taskPolicies = [
      // The Service Authorization Reference gives eks:CreateCluster no resource type, so only "*" matches
      // it, as in Step Functions' template (eks-iam.html). Making the creator a cluster administrator is
      // authorized on this call too (condition key eks:bootstrapClusterCreatorAdminPermissions): the
      // reference lists no dependent action, so no eks:CreateAccessEntry.
      new PolicyStatement({ actions: ['eks:CreateCluster'], resources: ['*'] }),
      ...(renderEksTags(props.tags) ? [tagOnCreate(cluster)] : []),
      // `.sync` reads the cluster until it is active; Step Functions' own policy template for
      // createCluster also allows deleting it.
      ...(isSync(this.integrationPattern) ? [new PolicyStatement({ actions: ['eks:DescribeCluster', 'eks:DeleteCluster'], resources: [cluster] })] : []),
      passRoleToEks(props.role),
      ...(props.secretsEncryptionKey
        ? [new PolicyStatement({ actions: ['kms:DescribeKey', 'kms:CreateGrant'], resources: [props.secretsEncryptionKey.keyArn] })]
        : []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    const vpc = props.vpcConfig;
    return {
      Resource: integrationResourceArn('eks', 'createCluster', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Name: props.clusterName,
        RoleArn: props.role.roleArn,
        ResourcesVpcConfig: {
          SubnetIds: vpc.subnetIds,
          SecurityGroupIds: vpc.securityGroupIds,
          EndpointPublicAccess: vpc.endpointPublicAccess,
          EndpointPrivateAccess: vpc.endpointPrivateAccess,
          PublicAccessCidrs: vpc.publicAccessCidrs,
        },
        Version: props.kubernetesVersion?.version,
        Logging: props.clusterLogging ? { ClusterLogging: [{ Types: props.clusterLogging, Enabled: true }] } : undefined,
        EncryptionConfig: props.secretsEncryptionKey
          ? [{ Resources: ['secrets'], Provider: { KeyArn: props.secretsEncryptionKey.keyArn } }]
          : undefined,
        AccessConfig: unlessEmpty({
          AuthenticationMode: props.authenticationMode,
          BootstrapClusterCreatorAdminPermissions: props.bootstrapClusterCreatorAdminPermissions,
        }),
        KubernetesNetworkConfig: unlessEmpty({ ServiceIpv4Cidr: props.serviceIpv4Cidr, IpFamily: props.ipFamily }),
        Tags: renderEksTags(props.tags),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
