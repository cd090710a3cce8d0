import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The HTTP methods an API Gateway endpoint can be called with.
 */
export enum HttpMethod {
  /** Read a resource. */
  GET = 'GET',
  /** Send data to create or update a resource. */
  POST = 'POST',
  /** Send data to replace or create a resource. */
  PUT = 'PUT',
  /** Remove a resource. */
  DELETE = 'DELETE',
  /** Change part of a resource. */
  PATCH = 'PATCH',
  /** Read a resource's headers only, without its body. */
  HEAD = 'HEAD',
  /** Ask which methods and options the endpoint supports. */
  OPTIONS = 'OPTIONS',
}

/**
 * How Step Functions authenticates its call to the API.
 */
export enum AuthType {
  /** No authentication: the API is called anonymously. */
  NO_AUTH = 'NO_AUTH',
  /** Sign the request (SigV4) with the state machine's role. */
  IAM_ROLE = 'IAM_ROLE',
  /** Let the API's resource policy decide whether the state machine may call it. */
  RESOURCE_POLICY = 'RESOURCE_POLICY',
}

/**
 * The request every API Gateway call sends, whichever kind of API it goes to.
 */
export interface CallApiGatewayEndpointBaseOptions {
  /**
   * The HTTP method of the request.
   */
  readonly method: HttpMethod;

  /**
   * The request's headers, each mapped to an array of values.
   *
   * With `WAIT_FOR_TASK_TOKEN`, the task token goes here (for example
   * `{ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }`).
   *
   * @default - no headers
   */
  readonly headers?: sfn.TaskInput;

  /**
   * The resource path appended to the stage, e.g. `/pets/1`.
   *
   * @default - the stage's root
   */
  readonly apiPath?: string;

  /**
   * The query string parameters, each mapped to an array of values.
   *
   * @default - no query string
   */
  readonly queryParameters?: sfn.TaskInput;

  /**
   * The request's body.
   *
   * @default - no body
   */
  readonly requestBody?: sfn.TaskInput;

  /**
   * How the call is authenticated.
   *
   * Unless this is explicitly `AuthType.NO_AUTH`, the state machine's role is granted `execute-api:Invoke`
   * on the called method.
   *
   * @default AuthType.NO_AUTH
   */
  readonly authType?: AuthType;
}

/**
 * The request every API Gateway call sends, in a JSONPath state.
 */
export interface CallApiGatewayEndpointJsonPathBaseProps extends sfn.TaskStateJsonPathBaseProps, CallApiGatewayEndpointBaseOptions {}

/**
 * The request every API Gateway call sends, in a JSONata state.
 */
export interface CallApiGatewayEndpointJsonataBaseProps extends sfn.TaskStateJsonataBaseProps, CallApiGatewayEndpointBaseOptions {}

/**
 * The request every API Gateway call sends, in either query language.
 */
export interface CallApiGatewayEndpointBaseProps extends sfn.TaskStateBaseProps, CallApiGatewayEndpointBaseOptions {}
