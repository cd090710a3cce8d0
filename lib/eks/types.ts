/**
 * The network settings of a cluster that `EksCreateCluster` creates.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html
 */
export interface EksClusterVpcConfig {
  /**
   * The subnets, in at least two Availability Zones, where Amazon EKS places the network interfaces
   * through which the control plane talks to the nodes. IDs or expressions that yield them, e.g.
   * `vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnetIds`.
   */
  readonly subnetIds: string[];

  /**
   * Security groups (at most five) for those network interfaces, in addition to the one Amazon EKS creates.
   *
   * @default - only the security group Amazon EKS creates
   */
  readonly securityGroupIds?: string[];

  /**
   * Whether the Kubernetes API server endpoint is reachable from the internet. Keep it on to call the
   * cluster from Step Functions (`EksCall`, `EksRunJob`), which reaches public endpoints only.
   *
   * @default - none sent; Amazon EKS enables public access
   */
  readonly endpointPublicAccess?: boolean;

  /**
   * Whether the Kubernetes API server endpoint is reachable from within the VPC.
   *
   * @default - none sent; Amazon EKS disables private access
   */
  readonly endpointPrivateAccess?: boolean;

  /**
   * The CIDR blocks allowed to reach the public endpoint.
   *
   * @default - none sent; any address (`0.0.0.0/0`)
   */
  readonly publicAccessCidrs?: string[];
}

/**
 * How many nodes a managed node group runs.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupScalingConfig.html
 */
export interface EksNodegroupScalingConfig {
  /**
   * The fewest nodes the group scales in to.
   *
   * @default - none sent; Amazon EKS's default applies
   */
  readonly minSize?: number;

  /**
   * The most nodes the group scales out to.
   *
   * @default - none sent; Amazon EKS's default applies
   */
  readonly maxSize?: number;

  /**
   * The number of nodes the group starts with.
   *
   * @default - none sent; Amazon EKS's default applies
   */
  readonly desiredSize?: number;
}

/**
 * Whether and how `EksRunJob` collects the logs of the job's pods once the job has finished (`.sync`
 * only). The logs land in the state's result under `logs.pods.<pod>.containers.<container>.log`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export interface EksRunJobLogOptions {
  /**
   * Whether to fetch the logs once the job has finished.
   *
   * @default - none sent; logs are not fetched
   */
  readonly retrieveLogs?: boolean;

  /**
   * Whether to return each log as the raw string instead of parsing it as JSON where it is JSON (parsing
   * may, for example, round numbers with many digits).
   *
   * @default - none sent; logs are parsed as JSON where possible
   */
  readonly rawLogs?: boolean;

  /**
   * Query parameters of the Kubernetes "read log" call, each with its list of values, e.g.
   * `{ tailLines: ['100'] }` to stay within Step Functions' payload quota.
   *
   * @see https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#get-read-log-of-the-specified-pod
   * @default - none sent; the whole log
   */
  readonly logParameters?: { [key: string]: string[] };
}
