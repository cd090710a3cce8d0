import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { EKS_PATTERNS, clusterChildArn, isSync } from './private/resources';

interface EksDeleteFargateProfileOptions {
  /**
   * The name of the cluster the Fargate profile belongs to.
   */
  readonly clusterName: string;

  /**
   * The name of the Fargate profile to delete. A cluster or profile name from the state's data (JSONPath or
   * JSONata) widens the IAM grant to any cluster or profile, in that part of the ARN.
   */
  readonly fargateProfileName: string;
}

/**
 * Props of `EksDeleteFargateProfile.jsonPath()`: deletes a Fargate profile from a JSONPath state.
 */
export interface EksDeleteFargateProfileJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteFargateProfileOptions {}

/**
 * Props of `EksDeleteFargateProfile.jsonata()`: deletes a Fargate profile from a JSONata state.
 */
export interface EksDeleteFargateProfileJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteFargateProfileOptions {}

/**
 * Props of `EksDeleteFargateProfile`, in either query language.
 */
export interface EksDeleteFargateProfileProps extends sfn.TaskStateBaseProps, EksDeleteFargateProfileOptions {}

/**
 * A Task state that deletes a Fargate profile of an Amazon EKS cluster.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the Fargate profile is gone.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteFargateProfile.html
 */
export class EksDeleteFargateProfile extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deletes a Fargate profile.
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteFargateProfileJsonPathProps): EksDeleteFargateProfile {
    return new EksDeleteFargateProfile(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes a Fargate profile.
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteFargateProfileJsonataProps): EksDeleteFargateProfile {
    return new EksDeleteFargateProfile(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EksDeleteFargateProfileProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    // No IAM template for deleteFargateProfile in eks-iam.html: the grants follow its DeleteNodegroup one
    // (delete and, for `.sync`, describe the named child of the cluster).
    this.taskPolicies = [
      new PolicyStatement({
        actions: ['eks:DeleteFargateProfile', ...(isSync(this.integrationPattern) ? ['eks:DescribeFargateProfile'] : [])],
        resources: [clusterChildArn(this, 'fargateprofile', props.clusterName, props.fargateProfileName)],
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('eks', 'deleteFargateProfile', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: this.props.clusterName,
        FargateProfileName: this.props.fargateProfileName,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
