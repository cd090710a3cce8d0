import type * as eks from 'aws-cdk-lib/aws-eks';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, queryLanguageOf, throwProblems, withJsonata,
} from '../private';
import { EKS_PATTERNS, clusterArn, clusterChildArn, isSync, passRoleToEks, renderEksTags, tagOnCreate } from './private/resources';

interface EksCreateFargateProfileOptions {
  /**
   * The name of the cluster that gets the Fargate profile.
   */
  readonly clusterName: string;

  /**
   * The name of the new Fargate profile, unique in the cluster. A cluster or profile name from the state's
   * data (JSONPath or JSONata) widens the IAM grant to any cluster or profile, in that part of the ARN.
   */
  readonly fargateProfileName: string;

  /**
   * The pod execution role, with which the Fargate infrastructure registers the pods' nodes with the
   * cluster and pulls images (it usually carries the `AmazonEKSFargatePodExecutionRolePolicy` managed
   * policy). The state machine may pass it to Amazon EKS, and to no other service.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html
   */
  readonly podExecutionRole: IRole;

  /**
   * Which pods run on Fargate: one to five selectors, each a namespace and optionally labels that a pod
   * must all carry.
   */
  readonly selectors: eks.Selector[];

  /**
   * The private subnets the pods run in: IDs, or expressions that yield them.
   *
   * @default - none sent; the cluster's private subnets
   */
  readonly subnetIds?: string[];

  /**
   * Tags of the Fargate profile.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EksCreateFargateProfile.jsonPath()`: creates a Fargate profile from a JSONPath state.
 */
export interface EksCreateFargateProfileJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateFargateProfileOptions {}

/**
 * Props of `EksCreateFargateProfile.jsonata()`: creates a Fargate profile from a JSONata state.
 */
export interface EksCreateFargateProfileJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateFargateProfileOptions {}

/**
 * Props of `EksCreateFargateProfile`, in either query language.
 */
export interface EksCreateFargateProfileProps extends sfn.TaskStateBaseProps, EksCreateFargateProfileOptions {}

/**
 * A Task state that creates a Fargate profile in an Amazon EKS cluster, so that the pods it selects run
 * on AWS Fargate.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the profile is active.
 *
 * If Amazon EKS's service-linked role for Fargate does not exist in the account yet, the state machine's
 * role also needs `iam:CreateServiceLinkedRole`, which this task does not grant.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html
 */
export class EksCreateFargateProfile extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates a Fargate profile.
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateFargateProfileJsonPathProps): EksCreateFargateProfile {
    return new EksCreateFargateProfile(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates a Fargate profile.
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateFargateProfileJsonataProps): EksCreateFargateProfile {
    return new EksCreateFargateProfile(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EksCreateFargateProfileProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    throwProblems(this, 'InvalidEksCreateFargateProfile', 'Invalid EKS Fargate profile', [
      ...(props.selectors.length < 1 || props.selectors.length > 5 ? [`selectors must list 1 to 5 selectors, got ${props.selectors.length}`] : []),
      ...props.selectors.flatMap((selector, i) => {
        const labels = Object.keys(selector.labels ?? {}).length;
        return labels > 5 ? [`selectors[${i}].labels may hold at most 5 labels, got ${labels}`] : [];
      }),
    ]);

    // Step Functions documents no IAM template for createFargateProfile (eks-iam.html has CreateCluster,
    // CreateNodeGroup, DeleteCluster and DeleteNodegroup): the grants take the CreateNodeGroup one's shape
    // (create in the cluster, pass the role connect-eks.html names, describe the new child for `.sync`), each
    // action on the resource type the Service Authorization Reference gives it: CreateFargateProfile on the
    // cluster, DescribeFargateProfile and TagResource on the profile.
    const profile = clusterChildArn(this, 'fargateprofile', props.clusterName, props.fargateProfileName);
    this.taskPolicies = [
      new PolicyStatement({ actions: ['eks:CreateFargateProfile'], resources: [clusterArn(this, props.clusterName)] }),
      ...(renderEksTags(props.tags) ? [tagOnCreate(profile)] : []),
      passRoleToEks(props.podExecutionRole),
      ...(isSync(this.integrationPattern) ? [new PolicyStatement({ actions: ['eks:DescribeFargateProfile'], resources: [profile] })] : []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    return {
      Resource: integrationResourceArn('eks', 'createFargateProfile', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: props.clusterName,
        FargateProfileName: props.fargateProfileName,
        PodExecutionRoleArn: props.podExecutionRole.roleArn,
        Selectors: props.selectors.map((selector) => ({ Namespace: selector.namespace, Labels: selector.labels })),
        Subnets: props.subnetIds,
        Tags: renderEksTags(props.tags),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
