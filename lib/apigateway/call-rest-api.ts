import { Stack } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type { Construct } from 'constructs';
import { CallApiGatewayEndpointBase } from './private/endpoint-base';
import type { CallApiGatewayEndpointBaseProps, CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayEndpointJsonPathBaseProps } from './types';
import { isJsonataExpression, propertyInjectable, withJsonata } from '../private';

/**
 * Which REST API to call, and where it is deployed.
 */
export interface CallApiGatewayRestApiEndpointOptions {
  /**
   * The REST API to call.
   */
  readonly api: apigateway.IRestApi;

  /**
   * The stage the API is deployed to.
   */
  readonly stageName: string;

  /**
   * The Region the API is deployed in, when it is not the Region of the API's stack (e.g. `us-west-2`).
   *
   * @default - the Region of the stack that holds `api`
   */
  readonly region?: string;
}

/**
 * Props of `CallApiGatewayRestApiEndpoint.jsonPath()`: a REST API call in a JSONPath state.
 */
export interface CallApiGatewayRestApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Props of `CallApiGatewayRestApiEndpoint.jsonata()`: a REST API call in a JSONata state.
 */
export interface CallApiGatewayRestApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Props of `CallApiGatewayRestApiEndpoint`, in either query language.
 */
export interface CallApiGatewayRestApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * A Task state that calls a method of an API Gateway REST API.
 *
 * Header values are arrays: for a callback, send the token as
 * `headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) })`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 */
@propertyInjectable
export class CallApiGatewayRestApiEndpoint extends CallApiGatewayEndpointBase {
  /**
   * The id under which property injectors apply to this class; the same as aws-cdk-lib's, so injectors
   * written for the reference class apply here too.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayRestApiEndpoint';

  /**
   * A Task state, in JSONPath, that calls a method of an API Gateway REST API.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonPathProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls a method of an API Gateway REST API.
   *
   * Header values are arrays: send a callback's token as `'{% [$states.context.Task.Token] %}'`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonataProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, withJsonata(props));
  }

  protected readonly apiEndpoint: string;
  protected readonly arnForExecuteApi: string;
  protected readonly stageName?: string;

  constructor(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointProps) {
    super(scope, id, props);
    const apiStack = Stack.of(props.api);
    this.apiEndpoint = `${props.api.restApiId}.execute-api.${props.region ?? apiStack.region}.${apiStack.urlSuffix}`;
    // A path chosen at run time could be any path.
    const grantedPath = props.apiPath && isJsonataExpression(props.apiPath) ? '/*' : props.apiPath;
    this.arnForExecuteApi = props.api.arnForExecuteApi(props.method, grantedPath, props.stageName);
    this.stageName = props.stageName;
    this._setTaskPolicies(this.createPolicyStatements());
  }
}
