import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, requireTaskToken, retryLambdaServiceExceptions, validationError, withJsonata } from '../private';

interface LambdaInvokeBaseProps {
  /**
   * The function to call.
   */
  readonly lambdaFunction: lambda.IFunction;

  /**
   * The event the function receives.
   *
   * @default - the whole state input (`$` in JSONPath, `{% $states.input %}` in JSONata)
   */
  readonly payload?: sfn.TaskInput;

  /**
   * Whether Step Functions waits for the function's result, queues the event, or only checks permissions.
   *
   * @default LambdaInvocationType.REQUEST_RESPONSE
   */
  readonly invocationType?: LambdaInvocationType;

  /**
   * Base64-encoded client context (at most 3583 bytes) handed to the function.
   *
   * @default - no client context
   */
  readonly clientContext?: string;

  /**
   * A version number or alias name to call, chosen at run time from the state's data.
   *
   * A version or alias known when you write the stack is better passed directly as `lambdaFunction`.
   *
   * @default - the version or alias of `lambdaFunction` itself
   * @deprecated pass a `lambda.Version` or `lambda.Alias` as `lambdaFunction` instead
   */
  readonly qualifier?: string;

  /**
   * Call the function by its ARN, so the state's result is the function's response alone, without the
   * `Payload`, `StatusCode` and header envelope of the optimized integration.
   *
   * Always synchronous, so it cannot be combined with `integrationPattern`, `invocationType`,
   * `clientContext` or `qualifier`.
   *
   * @default false
   */
  readonly payloadResponseOnly?: boolean;

  /**
   * Retry the transient Lambda service errors (`Lambda.ServiceException`, `Lambda.AWSLambdaException`,
   * `Lambda.SdkClientException` and `Lambda.ClientExecutionTimeoutException`): 6 attempts, 2 seconds
   * apart at first, doubling each time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
   * @default true
   */
  readonly retryOnServiceExceptions?: boolean;
}

/**
 * Props of `LambdaInvoke.jsonPath()`: a Lambda call in a JSONPath state.
 */
export interface LambdaInvokeJsonPathProps extends LambdaInvokeBaseProps, sfn.TaskStateJsonPathBaseProps {}

/**
 * Props of `LambdaInvoke.jsonata()`: a Lambda call in a JSONata state.
 */
export interface LambdaInvokeJsonataProps extends LambdaInvokeBaseProps, sfn.TaskStateJsonataBaseProps {}

/**
 * Props of `LambdaInvoke`, in either query language.
 */
export interface LambdaInvokeProps extends LambdaInvokeBaseProps, sfn.TaskStateBaseProps {}

/**
 * A Task state that calls an AWS Lambda function.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
export class LambdaInvoke extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that calls an AWS Lambda function.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   */
  public static jsonPath(scope: Construct, id: string, props: LambdaInvokeJsonPathProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls an AWS Lambda function.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   */
  public static jsonata(scope: Construct, id: string, props: LambdaInvokeJsonataProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: LambdaInvokeProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, LambdaInvoke.SUPPORTED_INTEGRATION_PATTERNS);
    requireTaskToken(this, this.integrationPattern, props.payload,
      'Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token.', 'IsRequiredTaskTokenRequired');
    if (props.payloadResponseOnly && (props.integrationPattern || props.invocationType || props.clientContext || props.qualifier)) {
      throw validationError(this, 'PayloadResponseOnlyRestriction',
        "The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', 'clientContext', or 'qualifier' are specified.");
    }

    this.taskMetrics = {
      metricPrefixSingular: 'LambdaFunction',
      metricPrefixPlural: 'LambdaFunctions',
      metricDimensions: {
        LambdaFunctionArn: props.lambdaFunction.functionArn,
        ...(props.qualifier && { Qualifier: props.qualifier }),
      },
    };
    this.taskPolicies = [new PolicyStatement({
      resources: props.lambdaFunction.resourceArnsForGrantInvoke,
      actions: ['lambda:InvokeFunction'],
    })];

    retryLambdaServiceExceptions(this, props.retryOnServiceExceptions);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const queryLanguage = queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage);
    if (this.props.payloadResponseOnly) {
      return {
        Resource: this.props.lambdaFunction.functionArn,
        ...this._renderParametersOrArguments(this.props.payload?.value, queryLanguage),
      };
    }
    return {
      Resource: integrationResourceArn('lambda', 'invoke', this.integrationPattern),
      ...this._renderParametersOrArguments({
        FunctionName: this.props.lambdaFunction.functionArn,
        // The default is built only when needed: each JSONPath reference is a new token to resolve.
        Payload: this.props.payload?.value
          ?? (queryLanguage === sfn.QueryLanguage.JSONATA ? '{% $states.input %}' : sfn.TaskInput.fromJsonPathAt('$').value),
        InvocationType: this.props.invocationType,
        ClientContext: this.props.clientContext,
        Qualifier: this.props.qualifier,
      }, queryLanguage),
    };
  }
}

/**
 * How Lambda runs the function for the call.
 */
export enum LambdaInvocationType {
  /**
   * Run the function and wait for it: the result holds the function's response and its metadata.
   */
  REQUEST_RESPONSE = 'RequestResponse',

  /**
   * Queue the event and return at once: the result holds only a status code. Events that keep failing
   * go to the function's dead-letter queue, if it has one.
   */
  EVENT = 'Event',

  /**
   * Run nothing: only check the parameters and that the caller may invoke the function.
   */
  DRY_RUN = 'DryRun',
}
