import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import type { EksClusterInput } from './types';

interface EmrContainersCreateVirtualClusterOptions {
  /**
   * The EKS cluster the virtual cluster is created on.
   */
  readonly eksCluster: EksClusterInput;

  /**
   * The Kubernetes namespace of the EKS cluster the virtual cluster maps to.
   *
   * @default 'default'
   */
  readonly eksNamespace?: string;

  /**
   * A name for the virtual cluster.
   *
   * @default - the execution name and the state name, as `<execution>/<state>`
   */
  readonly virtualClusterName?: string;

  /**
   * Tags for the virtual cluster.
   *
   * @default {}
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EmrContainersCreateVirtualCluster.jsonPath()`: a virtual cluster created from a JSONPath state.
 */
export interface EmrContainersCreateVirtualClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrContainersCreateVirtualClusterOptions {}

/**
 * Props of `EmrContainersCreateVirtualCluster.jsonata()`: a virtual cluster created from a JSONata state.
 */
export interface EmrContainersCreateVirtualClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrContainersCreateVirtualClusterOptions {}

/**
 * Props of `EmrContainersCreateVirtualCluster`, in either query language.
 */
export interface EmrContainersCreateVirtualClusterProps extends sfn.TaskStateBaseProps, EmrContainersCreateVirtualClusterOptions {}

/**
 * A Task state that creates an Amazon EMR on EKS virtual cluster, mapped to one Kubernetes namespace of an EKS
 * cluster; its result carries the virtual cluster's ID.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersCreateVirtualCluster extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates an EMR on EKS virtual cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonPathProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an EMR on EKS virtual cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonataProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EmrContainersCreateVirtualClusterProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EmrContainersCreateVirtualCluster.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({
        resources: ['*'],
        actions: ['emr-containers:CreateVirtualCluster'],
      }),
      // EMR on EKS creates its service-linked role the first time an account uses it.
      new PolicyStatement({
        resources: [Stack.of(this).formatArn({
          service: 'iam',
          region: '',
          resource: 'role/aws-service-role/emr-containers.amazonaws.com',
          resourceName: 'AWSServiceRoleForAmazonEMRContainers',
        })],
        actions: ['iam:CreateServiceLinkedRole'],
        conditions: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const queryLanguage = queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage);
    return {
      Resource: integrationResourceArn('emr-containers', 'createVirtualCluster', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Name: this.props.virtualClusterName ?? defaultName(queryLanguage),
        ContainerProvider: {
          Id: this.props.eksCluster.clusterName,
          Info: { EksInfo: { Namespace: this.props.eksNamespace ?? 'default' } },
          Type: 'EKS',
        },
        Tags: this.props.tags,
      }, queryLanguage),
    };
  }
}

/** `<execution name>/<state name>`, computed by Step Functions when the state runs. */
function defaultName(queryLanguage: sfn.QueryLanguage): string {
  return queryLanguage === sfn.QueryLanguage.JSONATA
    ? "{% States.Format('{}/{}', $states.context.Execution.Name, $states.context.State.Name) %}"
    : sfn.JsonPath.stringAt("States.Format('{}/{}', $$.Execution.Name, $$.State.Name)");
}
