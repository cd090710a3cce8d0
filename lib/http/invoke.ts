import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { featureEnabled, integrationResourceArn, isJsonataExpression, queryLanguageOf, withJsonata } from '../private';

/**
 * How the request body is form-encoded, and in particular how arrays are written.
 */
export enum URLEncodingFormat {
  /**
   * Each array item under the key followed by empty brackets: `{ 'array': ['a', 'b'] }` becomes
   * `array[]=a&array[]=b`.
   */
  BRACKETS = 'BRACKETS',

  /**
   * The array's items joined by commas under one key: `{ 'array': ['a', 'b'] }` becomes `array=a,b`.
   */
  COMMAS = 'COMMAS',

  /**
   * Step Functions' default form encoding, which writes arrays as `INDICES` does.
   */
  DEFAULT = 'DEFAULT',

  /**
   * Each array item under the key and its index: `{ 'array': ['a', 'b'] }` becomes `array[0]=a&array[1]=b`.
   */
  INDICES = 'INDICES',

  /**
   * No form encoding: the body is sent as JSON.
   */
  NONE = 'NONE',

  /**
   * The key repeated for each array item: `{ 'array': ['a', 'b'] }` becomes `array=a&array=b`.
   */
  REPEAT = 'REPEAT',
}

interface HttpInvokeOptions {
  /**
   * The URL that the endpoint is relative to. The state machine may call any URL that begins with it.
   *
   * @example 'https://api.example.com'
   */
  readonly apiRoot: string;

  /**
   * The path to call, relative to `apiRoot`.
   *
   * @example sfn.TaskInput.fromText('path/to/resource')
   */
  readonly apiEndpoint: sfn.TaskInput;

  /**
   * The HTTP method of the request.
   *
   * @example sfn.TaskInput.fromText('GET')
   */
  readonly method: sfn.TaskInput;

  /**
   * The EventBridge connection whose credentials authorize the request.
   */
  readonly connection: events.IConnection;

  /**
   * The request body.
   *
   * @default - the request has no body
   */
  readonly body?: sfn.TaskInput;

  /**
   * Headers to send with the request, besides those the connection adds.
   *
   * @example sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' })
   *
   * @default - no further headers
   */
  readonly headers?: sfn.TaskInput;

  /**
   * Query string parameters to append to the URL.
   *
   * @default - no query string
   */
  readonly queryStringParameters?: sfn.TaskInput;

  /**
   * Whether the body is sent as JSON or form-encoded, and how form encoding writes arrays.
   *
   * Any format but `URLEncodingFormat.NONE` form-encodes the body and sets the `Content-Type` header to
   * `application/x-www-form-urlencoded`.
   *
   * @default - URLEncodingFormat.NONE
   */
  readonly urlEncodingFormat?: URLEncodingFormat;
}

/**
 * Props of `HttpInvoke.jsonPath()`: a call to an HTTPS API in a JSONPath state.
 */
export interface HttpInvokeJsonPathProps extends sfn.TaskStateJsonPathBaseProps, HttpInvokeOptions {}

/**
 * Props of `HttpInvoke.jsonata()`: a call to an HTTPS API in a JSONata state.
 */
export interface HttpInvokeJsonataProps extends sfn.TaskStateJsonataBaseProps, HttpInvokeOptions {}

/**
 * Props of `HttpInvoke`, in either query language.
 */
export interface HttpInvokeProps extends sfn.TaskStateBaseProps, HttpInvokeOptions {}

/**
 * A Task state that calls a third-party HTTPS API, authorized by the credentials of an EventBridge connection.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
 */
export class HttpInvoke extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that calls a third-party HTTPS API.
   */
  public static jsonPath(scope: Construct, id: string, props: HttpInvokeJsonPathProps): HttpInvoke {
    return new HttpInvoke(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls a third-party HTTPS API.
   */
  public static jsonata(scope: Construct, id: string, props: HttpInvokeJsonataProps): HttpInvoke {
    return new HttpInvoke(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: HttpInvokeProps) {
    super(scope, id, props);
    this.taskPolicies = this.buildTaskPolicyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('http', 'invoke'),
      ...this._renderParametersOrArguments(this.buildTaskParameters(), queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /**
   * The statements the state machine's role needs: reading the connection's credentials and its secret,
   * and calling HTTP endpoints under `apiRoot`.
   */
  protected buildTaskPolicyStatements(): iam.PolicyStatement[] {
    // An apiRoot computed at run time (JSONata) is not known here: any endpoint may then be called.
    const allowedRoot = isJsonataExpression(this.props.apiRoot) ? '' : this.props.apiRoot;
    return [
      new iam.PolicyStatement({
        actions: ['events:RetrieveConnectionCredentials'],
        resources: [this.props.connection.connectionArn],
      }),
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        resources: [this.props.connection.connectionSecretArn],
      }),
      new iam.PolicyStatement({
        actions: ['states:InvokeHTTPEndpoint'],
        resources: ['*'],
        conditions: { StringLike: { 'states:HTTPEndpoint': `${allowedRoot}*` } },
      }),
    ];
  }

  /** The request, as the `http:invoke` integration takes it. */
  private buildTaskParameters(): Record<string, any> {
    const parameters: Record<string, any> = {
      ApiEndpoint: this.renderApiEndpoint(),
      Authentication: { ConnectionArn: this.props.connection.connectionArn },
      Method: this.props.method.value,
      Headers: this.props.headers?.value,
      RequestBody: this.props.body?.value,
      QueryParameters: this.props.queryStringParameters?.value,
    };
    const format = this.props.urlEncodingFormat;
    if (format !== undefined && format !== URLEncodingFormat.NONE) {
      parameters.Headers = { ...parameters.Headers, 'Content-Type': 'application/x-www-form-urlencoded' };
      parameters.Transform = {
        RequestBodyEncoding: 'URL_ENCODED',
        ...format !== URLEncodingFormat.DEFAULT && { RequestEncodingOptions: { ArrayFormat: format } },
      };
    }
    return parameters;
  }

  /**
   * The full URL: `apiRoot` and `apiEndpoint` joined by a slash. Only a state that is itself JSONata (not
   * one that inherits the language) joins them in a JSONata expression. In JSONPath, the
   * `httpInvokeDynamicJsonPathEndpoint` feature flag joins them with `States.Format`, so that either may be
   * a path into the state's data.
   */
  private renderApiEndpoint(): string {
    const root = this.props.apiRoot;
    const endpoint = this.props.apiEndpoint.value;
    if (this.queryLanguage === sfn.QueryLanguage.JSONATA) {
      return `{% ${jsonataOperand(root)} & '/' & ${jsonataOperand(endpoint)} %}`;
    }
    if (featureEnabled(this, 'httpInvokeDynamicJsonPathEndpoint')) {
      return sfn.JsonPath.format('{}/{}', root, endpoint);
    }
    return `${root}/${endpoint}`;
  }
}

/** A value as an operand of a JSONata expression: an expression's body, or anything else as a quoted string. */
function jsonataOperand(value: any): string {
  return isJsonataExpression(value) ? value.replace(/^{%/, '').replace(/%}$/, '').trim() : `'${value}'`;
}
