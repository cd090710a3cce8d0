import type { Duration, Size } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';

/**
 * A SageMaker task, as seen by the values it uses (`S3Location`, `DockerImage`, `ContainerDefinition`):
 * something those values can grant permissions to while the task renders.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a named role for IGrantable, as in aws-cdk-lib
export interface ISageMakerTask extends iam.IGrantable {}

/**
 * The training algorithm of a training job: a built-in or AWS Marketplace algorithm by name, or a Docker
 * image of your own (exactly one of the two).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
 */
export interface AlgorithmSpecification {
  /**
   * The name or ARN of an algorithm resource you created or subscribed to on AWS Marketplace. Cannot be
   * combined with `trainingImage`.
   *
   * @default - no algorithm name; `trainingImage` must be set
   */
  readonly algorithmName?: string;

  /**
   * The metrics SageMaker reads from the algorithm's logs, each a name and the regular expression that
   * finds its value.
   *
   * @default - no metrics
   */
  readonly metricDefinitions?: MetricDefinition[];

  /**
   * The Docker image holding the training algorithm. Cannot be combined with `algorithmName`.
   *
   * @default - no image; `algorithmName` must be set
   */
  readonly trainingImage?: DockerImage;

  /**
   * How the algorithm receives its training data.
   *
   * @default InputMode.FILE
   */
  readonly trainingInputMode?: InputMode;
}

/**
 * One named dataset of a training job (for example `train` or `validation`) and where it is stored.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
 */
export interface Channel {
  /**
   * The channel's name, under which the algorithm finds the data.
   */
  readonly channelName: string;

  /**
   * How the channel's data is compressed, if it is.
   *
   * @default - none sent; SageMaker treats the data as uncompressed
   */
  readonly compressionType?: CompressionType;

  /**
   * The MIME type of the channel's data.
   *
   * @default - none sent
   */
  readonly contentType?: string;

  /**
   * Where the channel's data is.
   */
  readonly dataSource: DataSource;

  /**
   * How this channel's data reaches the algorithm, overriding the algorithm specification's input mode.
   *
   * @default - none sent; the algorithm specification's `trainingInputMode` applies
   */
  readonly inputMode?: InputMode;

  /**
   * `RecordWrapperType.RECORD_IO` to have SageMaker wrap each S3 object of raw data in a RecordIO record,
   * for algorithms that expect RecordIO. Data that is RecordIO already needs nothing.
   *
   * @default - none sent
   */
  readonly recordWrapperType?: RecordWrapperType;

  /**
   * Shuffling of the channel's input.
   *
   * Accepted for compatibility with aws-cdk-lib, which does not send it to SageMaker either.
   *
   * @default - no shuffling
   */
  readonly shuffleConfig?: ShuffleConfig;
}

/**
 * How the input of a channel is shuffled.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ShuffleConfig.html
 */
export interface ShuffleConfig {
  /**
   * The seed that fixes the shuffling order.
   */
  readonly seed: number;
}

/**
 * Where the data of a channel is.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataSource.html
 */
export interface DataSource {
  /**
   * The S3 data of the channel.
   */
  readonly s3DataSource: S3DataSource;
}

/**
 * The S3 objects a channel reads.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
 */
export interface S3DataSource {
  /**
   * The attributes of an augmented manifest file to use, in order.
   *
   * @default - none sent
   */
  readonly attributeNames?: string[];

  /**
   * Whether every training instance gets all the data, or a share of it by S3 key.
   *
   * @default - none sent
   */
  readonly s3DataDistributionType?: S3DataDistributionType;

  /**
   * What `s3Location` names: a key prefix, a manifest file or an augmented manifest file.
   *
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * The S3 location of the data. The task may read it.
   */
  readonly s3Location: S3Location;
}

/**
 * Where a training job stores the model it produces.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html
 */
export interface OutputDataConfig {
  /**
   * The KMS key SageMaker encrypts the model artifacts with (S3 server-side encryption). The job's role
   * may encrypt with it.
   *
   * @default - the account's default KMS key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * The S3 location that receives the model artifacts. The task may write to it.
   */
  readonly s3OutputLocation: S3Location;
}

/**
 * The time limit of a training job, after which SageMaker stops it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
 */
export interface StoppingCondition {
  /**
   * How long the job may run, sent in whole seconds.
   *
   * @default - none sent when a `stoppingCondition` is given without it (SageMaker's own default then
   * applies); the task's default stopping condition is 1 hour
   */
  readonly maxRuntime?: Duration;
}

/**
 * The ML compute instances and storage a training job runs on.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
 */
export interface ResourceConfig {
  /**
   * How many ML compute instances to run the job on.
   *
   * The task's default resource config uses 1.
   */
  readonly instanceCount: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds (`m5.xlarge` is sent as
   * `ml.m5.xlarge`).
   *
   * To take it from the state's data, give an expression whose value includes the prefix:
   * `new ec2.InstanceType(sfn.JsonPath.stringAt('$.instanceType'))`; expressions are sent unchanged.
   *
   * The task's default resource config uses `m4.xlarge`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html#sagemaker-Type-ResourceConfig-InstanceType
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The KMS key SageMaker encrypts the instances' storage volumes with. The job's role may create grants
   * on it.
   *
   * @default - the account's default key
   */
  readonly volumeEncryptionKey?: kms.IKey;

  /**
   * The size of each instance's ML storage volume, in whole gibibytes.
   *
   * The task's default resource config uses 10 GiB.
   */
  readonly volumeSize: Size;
}

/**
 * The VPC a training job's instances connect to.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
 */
export interface VpcConfig {
  /**
   * The VPC. The task creates a security group in it.
   */
  readonly vpc: ec2.IVpc;

  /**
   * Which of the VPC's subnets the instances use.
   *
   * @default - the VPC's private subnets
   */
  readonly subnets?: ec2.SubnetSelection;
}

/**
 * A metric SageMaker extracts from a training algorithm's logs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html
 */
export interface MetricDefinition {
  /**
   * The metric's name.
   */
  readonly name: string;

  /**
   * The regular expression that finds the metric's value in the logs.
   */
  readonly regex: string;
}

/**
 * What an S3 location of a channel names.
 */
export enum S3DataType {
  /**
   * A manifest file listing the objects to use.
   */
  MANIFEST_FILE = 'ManifestFile',

  /**
   * A key prefix: every object under it is used.
   */
  S3_PREFIX = 'S3Prefix',

  /**
   * An augmented manifest file, whose lines hold the data (or references to it) and labels.
   */
  AUGMENTED_MANIFEST_FILE = 'AugmentedManifestFile',
}

/**
 * How the data of a channel is spread over the training instances.
 */
export enum S3DataDistributionType {
  /**
   * Every instance gets a full copy of the data.
   */
  FULLY_REPLICATED = 'FullyReplicated',

  /**
   * Each instance gets a share of the objects, split by S3 key.
   */
  SHARDED_BY_S3_KEY = 'ShardedByS3Key',
}

/**
 * Whether SageMaker wraps the input records of a channel.
 */
export enum RecordWrapperType {
  /**
   * The records are used as they are.
   */
  NONE = 'None',

  /**
   * Each S3 object is wrapped in a RecordIO record.
   */
  RECORD_IO = 'RecordIO',
}

/**
 * How a training algorithm receives its data.
 */
export enum InputMode {
  /**
   * Streamed from S3 through a Unix pipe.
   */
  PIPE = 'Pipe',

  /**
   * Downloaded from S3 to the instance's storage volume before training starts.
   */
  FILE = 'File',

  /**
   * Streamed from S3 on demand, while appearing to the algorithm as files.
   */
  FAST_FILE = 'FastFile',
}

/**
 * How input data is compressed.
 */
export enum CompressionType {
  /**
   * Not compressed.
   */
  NONE = 'None',

  /**
   * Gzip-compressed.
   */
  GZIP = 'Gzip',
}
