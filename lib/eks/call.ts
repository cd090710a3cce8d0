import type * as eks from 'aws-cdk-lib/aws-eks';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, validationError, withJsonata } from '../private';

interface EksCallOptions {
  /**
   * The cluster whose Kubernetes API is called.
   */
  readonly cluster: eks.ICluster;

  /**
   * The HTTP method of the request.
   */
  readonly httpMethod: HttpMethods;

  /**
   * The path of the Kubernetes API operation, e.g. `/api/v1/namespaces/default/pods`.
   */
  readonly httpPath: string;

  /**
   * The query string of the request, each parameter with its list of values.
   *
   * @default - no query parameters
   */
  readonly queryParameters?: { [key: string]: string[] };

  /**
   * The body of the request.
   *
   * @default - no body
   */
  readonly requestBody?: sfn.TaskInput;
}

/**
 * Props of `EksCall.jsonPath()`: a Kubernetes API call in a JSONPath state.
 */
export interface EksCallJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCallOptions {}

/**
 * Props of `EksCall.jsonata()`: a Kubernetes API call in a JSONata state.
 */
export interface EksCallJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCallOptions {}

/**
 * Props of `EksCall`, in either query language.
 */
export interface EksCallProps extends sfn.TaskStateBaseProps, EksCallOptions {}

/**
 * A Task state that calls the Kubernetes API of an Amazon EKS cluster, to read or write Kubernetes objects.
 *
 * Step Functions reaches the cluster's endpoint directly and adds no IAM statement: the state machine's
 * role must be granted access inside the cluster (for example with an access entry or `aws-auth`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksCall extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that calls the Kubernetes API of an Amazon EKS cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksCallJsonPathProps): EksCall {
    return new EksCall(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls the Kubernetes API of an Amazon EKS cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksCallJsonataProps): EksCall {
    return new EksCall(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly clusterEndpoint: string;
  private readonly clusterCertificateAuthorityData: string;

  constructor(scope: Construct, id: string, private readonly props: EksCallProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EksCall.SUPPORTED_INTEGRATION_PATTERNS);

    // An imported cluster throws when asked for an attribute it was not given.
    try {
      this.clusterEndpoint = props.cluster.clusterEndpoint;
    } catch {
      throw validationError(this, 'MustBeClusterendpointPropertySpecified', 'The "clusterEndpoint" property must be specified when using an imported Cluster.');
    }
    try {
      this.clusterCertificateAuthorityData = props.cluster.clusterCertificateAuthorityData;
    } catch {
      throw validationError(this, 'ClusterCertificateAuthorityDataProperty',
        'The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.');
    }
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('eks', 'call', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: this.props.cluster.clusterName,
        CertificateAuthority: this.clusterCertificateAuthorityData,
        Endpoint: this.clusterEndpoint,
        Method: this.props.httpMethod,
        Path: this.props.httpPath,
        QueryParameters: this.props.queryParameters,
        RequestBody: this.props.requestBody?.value,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}

// The same members as API Gateway's `HttpMethod`, but a public enum of its own under aws-cdk-lib's name in
// every language, so the two cannot be one.
/**
 * The HTTP method of a Kubernetes API call.
 */
export enum HttpMethods {
  /** Read a resource. */
  GET = 'GET',
  /** Create a resource. */
  POST = 'POST',
  /** Replace a resource. */
  PUT = 'PUT',
  /** Remove a resource. */
  DELETE = 'DELETE',
  /** Change part of a resource. */
  PATCH = 'PATCH',
  /** Read a resource's headers only, without its body. */
  HEAD = 'HEAD',
}
