import { Stack } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { endpointStatement, listTagsStatement } from './private/render';

interface SageMakerCreateEndpointOptions {
  /**
   * The name of the endpoint configuration the endpoint is deployed from.
   */
  readonly endpointConfigName: string;

  /**
   * The name of the endpoint, unique in the account and Region.
   */
  readonly endpointName: string;

  /**
   * Tags of the endpoint, as a list of `{ Key, Value }` objects.
   *
   * @default - no tags
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Props of `SageMakerCreateEndpoint.jsonPath()`: creating an endpoint from a JSONPath state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateEndpointOptions {}

/**
 * Props of `SageMakerCreateEndpoint.jsonata()`: creating an endpoint from a JSONata state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateEndpointOptions {}

/**
 * Props of `SageMakerCreateEndpoint`, in either query language.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointProps extends sfn.TaskStateBaseProps, SageMakerCreateEndpointOptions {}

/**
 * A Task state that creates an Amazon SageMaker endpoint, which serves models for real-time inference.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateEndpoint extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates an Amazon SageMaker endpoint.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointJsonPathProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an Amazon SageMaker endpoint.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointJsonataProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateEndpointProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SageMakerCreateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [
      endpointStatement(Stack.of(this), 'sagemaker:createEndpoint', props.endpointName, props.endpointConfigName),
      listTagsStatement(),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'createEndpoint', this.integrationPattern),
      ...this._renderParametersOrArguments({
        EndpointConfigName: this.props.endpointConfigName,
        EndpointName: this.props.endpointName,
        Tags: this.props.tags?.value,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
