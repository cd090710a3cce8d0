import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, propertyInjectable, queryLanguageOf, validationError, withJsonata } from '../private';
import type { ProductionVariant } from './endpoint-types';
import { listTagsStatement, mlInstanceType, sagemakerResourceName } from './private/render';

interface SageMakerCreateEndpointConfigOptions {
  /**
   * The name of the endpoint configuration.
   */
  readonly endpointConfigName: string;

  /**
   * The KMS key SageMaker encrypts the storage volumes of the hosting instances with.
   *
   * @default - none sent
   */
  readonly kmsKey?: kms.IKeyRef;

  /**
   * The models the endpoint hosts, from 1 to 10, each with its instances and its share of the traffic.
   */
  readonly productionVariants: ProductionVariant[];

  /**
   * Tags of the endpoint configuration, as a list of `{ Key, Value }` objects.
   *
   * @default - no tags
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Props of `SageMakerCreateEndpointConfig.jsonPath()`: creating an endpoint configuration from a JSONPath state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * Props of `SageMakerCreateEndpointConfig.jsonata()`: creating an endpoint configuration from a JSONata state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * Props of `SageMakerCreateEndpointConfig`, in either query language.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigProps extends sfn.TaskStateBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * A Task state that creates an Amazon SageMaker endpoint configuration: the models an endpoint hosts and
 * the instances that serve them.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
@propertyInjectable
export class SageMakerCreateEndpointConfig extends sfn.TaskStateBase {
  /**
   * The id under which property injectors apply to this class; the same as aws-cdk-lib's, so injectors
   * written for its class apply here too.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateEndpointConfig';

  /**
   * A Task state, in JSONPath, that creates an Amazon SageMaker endpoint configuration.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonPathProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an Amazon SageMaker endpoint configuration.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonataProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateEndpointConfigProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SageMakerCreateEndpointConfig.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateProductionVariants();
    this.taskPolicies = [
      new PolicyStatement({
        actions: ['sagemaker:CreateEndpointConfig'],
        resources: [Stack.of(this).formatArn({
          service: 'sagemaker',
          resource: 'endpoint-config',
          resourceName: sagemakerResourceName(props.endpointConfigName, { lowerCase: true }),
        })],
      }),
      listTagsStatement(),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'createEndpointConfig', this.integrationPattern),
      ...this._renderParametersOrArguments({
        EndpointConfigName: this.props.endpointConfigName,
        Tags: this.props.tags?.value,
        KmsKeyId: this.props.kmsKey?.keyRef.keyId,
        ProductionVariants: this.props.productionVariants.map((variant) => ({
          InitialInstanceCount: variant.initialInstanceCount ? variant.initialInstanceCount : 1,
          InstanceType: mlInstanceType(variant.instanceType),
          ModelName: variant.modelName,
          VariantName: variant.variantName,
          // Sent as the AcceleratorType object itself, as aws-cdk-lib does.
          AcceleratorType: variant.acceleratorType,
          InitialVariantWeight: variant.initialVariantWeight,
        })),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** 1 to 10 variants, each with at least one instance and a positive weight, where those are given. */
  private validateProductionVariants(): void {
    const variants = this.props.productionVariants;
    if (variants.length < 1 || variants.length > 10) {
      throw validationError(this, 'SpecifyProductionVariantsPerEndpoint', 'Must specify from 1 to 10 production variants per endpoint configuration');
    }
    for (const variant of variants) {
      if (variant.initialInstanceCount && variant.initialInstanceCount < 1) {
        throw validationError(this, 'DefineLeastOneInstance', 'Must define at least one instance');
      }
      if (variant.initialVariantWeight && variant.initialVariantWeight <= 0) {
        throw validationError(this, 'InitialVariantWeightMinimumValue', 'InitialVariantWeight has minimum value of 0');
      }
    }
  }
}
