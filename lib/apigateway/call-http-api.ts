import { ArnFormat, type Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { CallApiGatewayEndpointBase } from './private/endpoint-base';
import type { CallApiGatewayEndpointBaseProps, CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayEndpointJsonPathBaseProps } from './types';
import { propertyInjectable, withJsonata } from '../private';

/**
 * Which HTTP API to call, and where it is deployed.
 */
export interface CallApiGatewayHttpApiEndpointOptions {
  /**
   * The ID of the HTTP API to call.
   */
  readonly apiId: string;

  /**
   * The stack that defines the API; its Region and URL suffix make up the endpoint.
   */
  readonly apiStack: Stack;

  /**
   * The stage the API is deployed to.
   *
   * Leaving it unset sends no `Stage` (API Gateway then uses `$default`), and grants `execute-api:Invoke`
   * on the stage named `undefined`, as aws-cdk-lib does.
   *
   * @default '$default'
   */
  readonly stageName?: string;
}

/**
 * Props of `CallApiGatewayHttpApiEndpoint.jsonPath()`: an HTTP API call in a JSONPath state.
 */
export interface CallApiGatewayHttpApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Props of `CallApiGatewayHttpApiEndpoint.jsonata()`: an HTTP API call in a JSONata state.
 */
export interface CallApiGatewayHttpApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Props of `CallApiGatewayHttpApiEndpoint`, in either query language.
 */
export interface CallApiGatewayHttpApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * A Task state that calls a route of an API Gateway HTTP API.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 */
@propertyInjectable
export class CallApiGatewayHttpApiEndpoint extends CallApiGatewayEndpointBase {
  /**
   * The id under which property injectors apply to this class; the same as aws-cdk-lib's, so injectors
   * written for the reference class apply here too.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint';

  /**
   * A Task state, in JSONPath, that calls a route of an API Gateway HTTP API.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonPathProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls a route of an API Gateway HTTP API.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonataProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, withJsonata(props));
  }

  protected readonly apiEndpoint: string;
  protected readonly arnForExecuteApi: string;
  protected readonly stageName?: string;

  constructor(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointProps) {
    super(scope, id, props);
    const { apiId, apiStack, stageName, method, apiPath } = props;
    this.apiEndpoint = `${apiId}.execute-api.${apiStack.region}.${apiStack.urlSuffix}`;
    this.arnForExecuteApi = apiStack.formatArn({
      service: 'execute-api',
      resource: apiId,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      resourceName: `${stageName}/${method}${apiPath}`,
    });
    this.stageName = stageName;
    this._setTaskPolicies(this.createPolicyStatements());
  }
}
