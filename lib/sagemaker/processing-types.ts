import type * as kms from 'aws-cdk-lib/aws-kms';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';
import type { CompressionType, S3DataDistributionType, S3DataType } from './types';

/**
 * The container a processing job runs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html
 */
export interface ProcessingAppSpecification {
  /**
   * The Docker image of the processing container. The job's role may pull it.
   */
  readonly image: DockerImage;

  /**
   * The entrypoint of the container, replacing the image's: 1 to 100 strings.
   *
   * @default - none sent; the image's entrypoint
   */
  readonly containerEntrypoint?: string[];

  /**
   * The arguments passed to the entrypoint: 1 to 256 strings.
   *
   * @default - none sent; no arguments
   */
  readonly containerArguments?: string[];
}

/**
 * A dataset a processing job reads, downloaded (or streamed) into the container.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingInput.html
 */
export interface ProcessingInput {
  /**
   * The input's name, unique among the job's inputs.
   */
  readonly inputName: string;

  /**
   * The S3 data of the input and where it goes in the container.
   */
  readonly s3Input: ProcessingS3Input;

  /**
   * Whether the container fetches the data itself, so SageMaker does not download it.
   *
   * @default - none sent; SageMaker manages the input
   */
  readonly appManaged?: boolean;
}

/**
 * The S3 data of a processing input.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
 */
export interface ProcessingS3Input {
  /**
   * The S3 location of the data. The job's role may read it.
   */
  readonly s3Location: S3Location;

  /**
   * The directory of the container that receives the data, under `/opt/ml/processing/`.
   */
  readonly localPath: string;

  /**
   * What `s3Location` names: a key prefix or a manifest file.
   *
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * Whether the data is copied before the container starts (`File`) or streamed (`Pipe`).
   *
   * @default - none sent; `File`
   */
  readonly s3InputMode?: ProcessingS3InputMode;

  /**
   * Whether every instance gets all the data, or a share of it by S3 key.
   *
   * @default - none sent; `FullyReplicated`
   */
  readonly s3DataDistributionType?: S3DataDistributionType;

  /**
   * How the data is compressed (`Gzip` only in `Pipe` mode).
   *
   * @default - none sent; not compressed
   */
  readonly s3CompressionType?: CompressionType;
}

/**
 * Where a processing job's outputs go.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutputConfig.html
 */
export interface ProcessingOutputConfig {
  /**
   * The outputs: at most ten.
   */
  readonly outputs: ProcessingOutput[];

  /**
   * The KMS key SageMaker encrypts the outputs with. The job's role may encrypt with it.
   *
   * @default - the account's default KMS key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * A result of a processing job, uploaded from the container to S3.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutput.html
 */
export interface ProcessingOutput {
  /**
   * The output's name, unique among the job's outputs.
   */
  readonly outputName: string;

  /**
   * Which directory of the container is uploaded, where to and when.
   */
  readonly s3Output: ProcessingS3Output;

  /**
   * Whether the container uploads the data itself.
   *
   * @default - none sent; SageMaker manages the output
   */
  readonly appManaged?: boolean;
}

/**
 * The S3 destination of a processing output.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
 */
export interface ProcessingS3Output {
  /**
   * The S3 location that receives the output. The job's role may write to it.
   */
  readonly s3Location: S3Location;

  /**
   * The directory of the container that holds the output, under `/opt/ml/processing/`.
   */
  readonly localPath: string;

  /**
   * Whether the output is uploaded as it is written or once the job has ended.
   *
   * @default ProcessingS3UploadMode.END_OF_JOB
   */
  readonly s3UploadMode?: ProcessingS3UploadMode;
}

/**
 * How a processing input reaches the container.
 */
export enum ProcessingS3InputMode {
  /** Copied to the container's storage before the job starts. */
  FILE = 'File',
  /** Streamed through a Unix pipe. */
  PIPE = 'Pipe',
}

/**
 * When a processing output is uploaded.
 */
export enum ProcessingS3UploadMode {
  /** Continuously, while the job runs. */
  CONTINUOUS = 'Continuous',
  /** Once, after the job has ended. */
  END_OF_JOB = 'EndOfJob',
}
