import type { Duration } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { CompressionType, S3DataType } from './types';

/**
 * How long a transform job waits for each call to the model, and how often it retries a failed call.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelClientConfig.html
 */
export interface ModelClientOptions {
  /**
   * How many times a failed call is retried, from 0 to 3.
   *
   * @default 0
   */
  readonly invocationsMaxRetries?: number;

  /**
   * How long one call may take, from 1 second to 1 hour, sent in whole seconds.
   *
   * @default Duration.minutes(1)
   */
  readonly invocationsTimeout?: Duration;
}

/**
 * The data a transform job runs through the model, and how it is cut into requests.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
 */
export interface TransformInput {
  /**
   * How the input data is compressed, if it is.
   *
   * @default - none sent; SageMaker treats the data as uncompressed
   */
  readonly compressionType?: CompressionType;

  /**
   * The MIME type of the input data, sent to the model with each request.
   *
   * @default - none sent
   */
  readonly contentType?: string;

  /**
   * Where the input data is.
   */
  readonly transformDataSource: TransformDataSource;

  /**
   * How each input file is cut into records to batch into requests.
   *
   * @default - none sent; SageMaker does not split the files
   */
  readonly splitType?: SplitType;
}

/**
 * Where the input data of a transform job is.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformDataSource.html
 */
export interface TransformDataSource {
  /**
   * The S3 data to transform.
   */
  readonly s3DataSource: TransformS3DataSource;
}

/**
 * The S3 objects a transform job reads.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformS3DataSource.html
 */
export interface TransformS3DataSource {
  /**
   * What `s3Uri` names: a key prefix or a manifest file.
   *
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * The S3 URI of a key prefix or of a manifest file.
   */
  readonly s3Uri: string;
}

/**
 * Where a transform job writes its results, and in what form.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
 */
export interface TransformOutput {
  /**
   * The MIME type the results are requested in.
   *
   * @default - none sent
   */
  readonly accept?: string;

  /**
   * How the results for one input file are put together into one S3 object.
   *
   * @default - none sent
   */
  readonly assembleWith?: AssembleWith;

  /**
   * The KMS key SageMaker encrypts the results with (S3 server-side encryption).
   *
   * @default - the account's default KMS key for Amazon S3
   */
  readonly encryptionKey?: kms.IKeyRef;

  /**
   * The S3 URI the results are written under.
   */
  readonly s3OutputPath: string;
}

/**
 * The ML compute instances a transform job runs on.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html
 */
export interface TransformResources {
  /**
   * How many instances to run the job on.
   */
  readonly instanceCount: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds. An expression taking it from the
   * state's data is sent unchanged, so its value must include the prefix.
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The KMS key SageMaker encrypts the instances' storage volumes with.
   *
   * @default - none sent
   */
  readonly volumeEncryptionKey?: kms.IKeyRef;
}

/**
 * How many records go into one request of a transform job.
 */
export enum BatchStrategy {
  /**
   * As many records as fit in the maximum payload.
   */
  MULTI_RECORD = 'MultiRecord',

  /**
   * One record per request.
   */
  SINGLE_RECORD = 'SingleRecord',
}

/**
 * Where a transform job cuts its input files into records.
 */
export enum SplitType {
  /**
   * Nowhere: each file is one record.
   */
  NONE = 'None',

  /**
   * At each newline.
   */
  LINE = 'Line',

  /**
   * At MXNet RecordIO record boundaries.
   */
  RECORD_IO = 'RecordIO',

  /**
   * At TensorFlow TFRecord record boundaries.
   */
  TF_RECORD = 'TFRecord',
}

/**
 * How the results of a transform job for one input file are joined into one S3 object.
 */
export enum AssembleWith {
  /**
   * Concatenated as they are.
   */
  NONE = 'None',

  /**
   * Each followed by a newline.
   */
  LINE = 'Line',
}
