import { Annotations, Duration, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { startsInLowerCase } from './private/naming';
import { crossRegionIamActions, sdkCallStatements } from './private/permissions';
import { integrationResourceArn, isJsonPathOrJsonataExpression, queryLanguageOf, retryLambdaServiceExceptions, validationError, withJsonata } from '../private';
import { bundledSingletonFunction } from '../private/bundled-function';

interface CallAwsServiceCrossRegionOptions {
  /**
   * The service to call, as the AWS SDK for JavaScript v3 names its client package without the
   * `@aws-sdk/client-` prefix (e.g. `s3`, `dynamodb`, `cloudwatch-logs`).
   *
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   */
  readonly service: string;

  /**
   * The API action to call, in camelCase (e.g. `getObject`).
   */
  readonly action: string;

  /**
   * The request of the API action, with its field names in PascalCase (e.g. `{ Bucket: ..., Key: ... }`).
   *
   * @default - the action is called without parameters
   */
  readonly parameters?: { [key: string]: any };

  /**
   * The resources that the calling function's role is allowed to call the action on.
   *
   * The function is granted `iamAction` (by default the IAM action the operation needs) on these
   * resources; empty (`[]`) with `grantIamPermissions: false`.
   */
  readonly iamResources: string[];

  /**
   * The IAM action to grant on `iamResources`, for calls whose IAM action is not named after the API
   * action and that the library does not know (for example `s3:copyObject` needs `s3:GetObject` on the
   * source and `s3:PutObject` on the target: grant one here and the other in `additionalIamStatements`).
   *
   * @default - the service's IAM prefix, a colon and the action, e.g. `s3:getObject`; where that is not
   * an IAM action, the IAM actions AWS's data names for the operation, e.g. `s3:ListBucket` for
   * `s3:listObjectsV2` and `lambda:InvokeFunction` for `lambda:invoke`
   */
  readonly iamAction?: string;

  /**
   * Further statements for the calling function's role, for calls that need more than one permission.
   *
   * @default - no further statements
   */
  readonly additionalIamStatements?: iam.PolicyStatement[];

  /**
   * Whether the task grants the calling function's role the call's permission (`iamAction` on
   * `iamResources`). Set it to `false` to write the statement yourself in `additionalIamStatements` (for
   * example with a condition): the role then gets no other statement for the call. Pass
   * `iamResources: []` and no `iamAction` with it.
   *
   * An opt-in of this library; aws-cdk-lib always grants the call's permission.
   *
   * @default true
   */
  readonly grantIamPermissions?: boolean;

  /**
   * The region to send the call to, e.g. `us-east-1`.
   */
  readonly region: string;

  /**
   * The endpoint to send the call to instead of the service's regional endpoint, e.g.
   * `https://s3.us-east-1.amazonaws.com`.
   *
   * An endpoint read from the state's data (JSONPath or JSONata) is chosen by whoever starts the execution,
   * who could send the signed call to a server of their own; the task warns about it at synthesis.
   *
   * @default - the service's endpoint in `region`
   */
  readonly endpoint?: string;

  /**
   * Retry the transient Lambda service errors of the call to the function (`Lambda.ServiceException`,
   * `Lambda.AWSLambdaException`, `Lambda.SdkClientException` and `Lambda.ClientExecutionTimeoutException`):
   * 6 attempts, 2 seconds apart at first, doubling each time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
   * @default true
   */
  readonly retryOnServiceExceptions?: boolean;
}

/**
 * Props of `CallAwsServiceCrossRegion.jsonPath()`: a call to an AWS API in another region, in a JSONPath state.
 */
export interface CallAwsServiceCrossRegionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CallAwsServiceCrossRegionOptions {}

/**
 * Props of `CallAwsServiceCrossRegion.jsonata()`: a call to an AWS API in another region, in a JSONata state.
 */
export interface CallAwsServiceCrossRegionJsonataProps extends sfn.TaskStateJsonataBaseProps, CallAwsServiceCrossRegionOptions {}

/**
 * Props of `CallAwsServiceCrossRegion`, in either query language.
 */
export interface CallAwsServiceCrossRegionProps extends sfn.TaskStateBaseProps, CallAwsServiceCrossRegionOptions {}

/** The identity of the calling function, which every such task of a stack shares. */
const HANDLER_UUID = '8a0c93f3-dbef-4b71-ac13-7aaf2048ce7e';

/**
 * A Task state that calls an action of an AWS service's API in any region, through a Lambda function that
 * the library deploys once per stack and that makes the call with the AWS SDK for JavaScript.
 *
 * The permissions for the call go to the function's role; the state machine may only invoke the function.
 */
export class CallAwsServiceCrossRegion extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that calls an AWS API in another region.
   */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonPathProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls an AWS API in another region.
   */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonataProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  /**
   * The function that makes the call.
   */
  protected readonly lambdaFunction: IFunction;

  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: CallAwsServiceCrossRegionProps) {
    super(scope, id, props);
    this.integrationPattern = props.integrationPattern ?? sfn.IntegrationPattern.REQUEST_RESPONSE;
    if (props.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      throw validationError(this, 'RunJobIntegrationPatternSupported', 'The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion');
    }
    if (!Token.isUnresolved(props.action) && !startsInLowerCase(props.action)) {
      throw validationError(this, 'MustBeActionCamelCase', `action must be camelCase, got: ${props.action}`);
    }
    if (props.endpoint && isJsonPathOrJsonataExpression(props.endpoint)) {
      Annotations.of(this).addWarningV2('@aws-cdk/aws-stepfunctions-tasks:crossRegionEndpointSsrfRisk',
        'The endpoint property is resolved from the Step Functions state input (e.g. JsonPath or JSONata). This means the ' +
        'endpoint is controlled at runtime by whoever starts the execution. They could redirect the authenticated AWS API ' +
        'call to their own server, intercepting and replaying it. Only use a runtime-resolved endpoint if you trust all ' +
        'principals that can start executions of this state machine.');
    }

    this.lambdaFunction = callingFunction(this);
    for (const statement of sdkCallStatements(this, props, () => crossRegionIamActions(props.service, props.action))) {
      this.lambdaFunction.addToRolePolicy(statement);
    }

    this.taskPolicies = [new iam.PolicyStatement({
      resources: this.lambdaFunction.resourceArnsForGrantInvoke,
      actions: ['lambda:InvokeFunction'],
    })];

    retryLambdaServiceExceptions(this, props.retryOnServiceExceptions);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const queryLanguage = queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage);
    const call = {
      region: this.props.region,
      endpoint: this.props.endpoint,
      action: this.props.action,
      service: this.props.service,
      parameters: this.props.parameters,
    };
    if (this.integrationPattern === sfn.IntegrationPattern.REQUEST_RESPONSE) {
      // The function is the resource, and the state's parameters are its event.
      return { Resource: this.lambdaFunction.functionArn, ...this._renderParametersOrArguments(call, queryLanguage) };
    }
    return {
      Resource: integrationResourceArn('lambda', 'invoke', this.integrationPattern),
      ...this._renderParametersOrArguments({ FunctionName: this.lambdaFunction.functionArn, Payload: call }, queryLanguage),
    };
  }
}

/** The stack's calling function: the cross-region handler that aws-cdk-lib ships, deployed once per stack. */
function callingFunction(task: CallAwsServiceCrossRegion): IFunction {
  return bundledSingletonFunction(task, 'Handler', 'cross-region-aws-sdk', {
    uuid: HANDLER_UUID,
    lambdaPurpose: 'CrossRegionAwsSdk',
    timeout: Duration.seconds(30),
  });
}
