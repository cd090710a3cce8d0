import { Stack } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';
import { endpointStatement } from './private/render';

interface SageMakerUpdateEndpointOptions {
  /**
   * The name of the endpoint configuration to deploy.
   */
  readonly endpointConfigName: string;

  /**
   * The name of the endpoint to update.
   */
  readonly endpointName: string;
}

/**
 * Props of `SageMakerUpdateEndpoint.jsonPath()`: updating an endpoint from a JSONPath state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * Props of `SageMakerUpdateEndpoint.jsonata()`: updating an endpoint from a JSONata state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * Props of `SageMakerUpdateEndpoint`, in either query language.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointProps extends sfn.TaskStateBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * A Task state that deploys another endpoint configuration to an existing Amazon SageMaker endpoint.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerUpdateEndpoint extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deploys another configuration to an Amazon SageMaker endpoint.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonPathProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deploys another configuration to an Amazon SageMaker endpoint.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonataProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: SageMakerUpdateEndpointProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SageMakerUpdateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [endpointStatement(Stack.of(this), 'sagemaker:updateEndpoint', props.endpointName, props.endpointConfigName)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'updateEndpoint', this.integrationPattern),
      ...this._renderParametersOrArguments({
        EndpointConfigName: this.props.endpointConfigName,
        EndpointName: this.props.endpointName,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
