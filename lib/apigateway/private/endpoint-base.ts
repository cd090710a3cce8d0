import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { requireTaskToken, ServiceCallTask } from '../../private';
import { AuthType, type CallApiGatewayEndpointBaseProps } from '../types';

/**
 * What the REST and HTTP API calls share: the `apigateway:invoke` request, the pattern and task-token
 * checks, and the `execute-api:Invoke` grant. Each subclass says where the API is.
 *
 * Not exported: jsii folds its members into the two public classes.
 *
 * @internal
 */
export abstract class CallApiGatewayEndpointBase extends ServiceCallTask {
  /** The host name of the API, e.g. `abc123.execute-api.us-east-1.amazonaws.com`. */
  protected abstract readonly apiEndpoint: string;
  /** The `execute-api` ARN of the called method, which `execute-api:Invoke` is granted on. */
  protected abstract readonly arnForExecuteApi: string;
  /** The stage the request goes to, if any. */
  protected abstract readonly stageName?: string;

  private readonly baseProps: CallApiGatewayEndpointBaseProps;

  constructor(scope: Construct, id: string, props: CallApiGatewayEndpointBaseProps) {
    super(scope, id, props, {
      service: 'apigateway',
      api: 'invoke',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN],
    });
    this.baseProps = props;
    requireTaskToken(this, this._integrationPattern, props.headers,
      'Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use JsonPath.taskToken to set the token.',
      'IsRequiredTaskTokenRequired');
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return {
      ApiEndpoint: this.apiEndpoint,
      Method: this.baseProps.method,
      Headers: this.baseProps.headers?.value,
      Stage: this.stageName,
      Path: this.baseProps.apiPath,
      QueryParameters: this.baseProps.queryParameters?.value,
      RequestBody: this.baseProps.requestBody?.value,
      AuthType: this.baseProps.authType ? this.baseProps.authType : AuthType.NO_AUTH,
    };
  }

  /**
   * The statements the state machine's role needs to call the API: `execute-api:Invoke` on the method,
   * unless the call is explicitly unauthenticated.
   */
  protected createPolicyStatements(): PolicyStatement[] {
    if (this.baseProps.authType === AuthType.NO_AUTH) {
      return [];
    }
    return [new PolicyStatement({ resources: [this.arnForExecuteApi], actions: ['execute-api:Invoke'] })];
  }
}
