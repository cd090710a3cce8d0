import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';
import type { ISageMakerTask } from './types';

/**
 * A container of a model, as `SageMakerCreateModel` sends it (`PrimaryContainer` or one of `Containers`).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export interface IContainerDefinition {
  /**
   * Called by the task that uses this container: grants the task's role what the container needs and
   * returns the fields to send.
   */
  bind(task: ISageMakerTask): ContainerDefinitionConfig;
}

/**
 * What an `IContainerDefinition` gives the task that uses it.
 */
export interface ContainerDefinitionConfig {
  /**
   * The fields of the container definition, as the CreateModel API names them.
   *
   * @default - no fields
   */
  readonly parameters?: { [key: string]: any };
}

/**
 * The settings of a `ContainerDefinition`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export interface ContainerDefinitionOptions {
  /**
   * The Docker image holding the inference code.
   *
   * @default - none sent
   */
  readonly image?: DockerImage;

  /**
   * The environment variables of the container, as a JSON object.
   *
   * @default - none sent
   */
  readonly environmentVariables?: sfn.TaskInput;

  /**
   * The name or ARN of a model package to create the model from.
   *
   * @default - none sent
   */
  readonly modelPackageName?: string;

  /**
   * Whether the container hosts one model or many.
   *
   * @default - none sent; SageMaker hosts a single model
   */
  readonly mode?: Mode;

  /**
   * The container's name within an inference pipeline, used in its logs and metrics. Ignored for a model
   * with only a primary container.
   *
   * @default - none sent
   */
  readonly containerHostName?: string;

  /**
   * The gzip-compressed tar archive (`.tar.gz`) holding the model artifacts, for example a training job's
   * output. Required by SageMaker's built-in algorithms. The task's role may read it.
   *
   * @default - none sent
   */
  readonly modelS3Location?: S3Location;
}

/**
 * A container of a model: its image, artifacts and settings.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export class ContainerDefinition implements IContainerDefinition {
  /**
   * @param options the container's settings
   */
  constructor(private readonly options: ContainerDefinitionOptions) {}

  /**
   * Called by the task that uses this container: grants the task's role the right to pull the image and
   * read the model artifacts, and returns the fields to send.
   */
  public bind(task: ISageMakerTask): ContainerDefinitionConfig {
    return {
      parameters: {
        ContainerHostname: this.options.containerHostName,
        Image: this.options.image?.bind(task).imageUri,
        Mode: this.options.mode,
        ModelDataUrl: this.options.modelS3Location?.bind(task, { forReading: true }).uri,
        ModelPackageName: this.options.modelPackageName,
        Environment: this.options.environmentVariables?.value,
      },
    };
  }
}

/**
 * How many models a container hosts.
 */
export enum Mode {
  /**
   * One model.
   */
  SINGLE_MODEL = 'SingleModel',

  /**
   * Many models, loaded on demand behind one endpoint.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/multi-model-endpoints.html
   */
  MULTI_MODEL = 'MultiModel',
}
