import type { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { S3Location } from './s3-location';

/**
 * A statement about the data of a labeling job, which lets SageMaker offer it to public workforces.
 */
export enum ContentClassifier {
  /** The data holds no personally identifiable information. */
  FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION = 'FreeOfPersonallyIdentifiableInformation',
  /** The data holds no adult content. */
  FREE_OF_ADULT_CONTENT = 'FreeOfAdultContent',
}

/**
 * The data objects a labeling job sends to workers: a manifest in S3, an SNS topic (a streaming job), or
 * both (a streaming job that starts with the manifest's objects).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobInputConfig.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-streaming-how-it-works-send-data.html
 */
export interface LabelingJobInputConfig {
  /**
   * The input manifest file, one data object per line. The job's role may read it. Required unless
   * `snsTopicArn` is set; with it, a streaming job sends the manifest's objects to workers as it starts.
   *
   * @default - no manifest; `snsTopicArn` must be set
   */
  readonly manifest?: S3Location;

  /**
   * The SNS topic that feeds a streaming labeling job. Required unless `manifest` is set.
   *
   * @default - no topic: a one-time job that labels the manifest's objects; `manifest` must be set
   */
  readonly snsTopicArn?: string;

  /**
   * Statements about the data, required to send it to the public (Mechanical Turk) workforce.
   *
   * @default - none sent
   */
  readonly contentClassifiers?: ContentClassifier[];
}

/**
 * Where a labeling job writes its labels.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobOutputConfig.html
 */
export interface LabelingJobOutputConfig {
  /**
   * The S3 location of the output. The job's role may write to it.
   */
  readonly s3OutputLocation: S3Location;

  /**
   * The KMS key SageMaker encrypts the output with. The job's role may encrypt with it.
   *
   * @default - the account's default KMS key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * An SNS topic that receives each labeled object (streaming jobs).
   *
   * @default - none sent
   */
  readonly snsTopicArn?: string;
}

/**
 * The work a labeling job asks of people, and who does it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
 */
export interface LabelingJobHumanTaskConfig {
  /**
   * The ARN of the work team that labels the data.
   */
  readonly workteamArn: string;

  /**
   * The Liquid template of the worker UI. The job's role may read it. Give this or `humanTaskUiArn`.
   *
   * @default - no template; `humanTaskUiArn` must be set
   */
  readonly uiTemplate?: S3Location;

  /**
   * The ARN of a worker task template (built-in 3D point cloud and video frame UIs). Give this or
   * `uiTemplate`.
   *
   * @default - no task template; `uiTemplate` must be set
   */
  readonly humanTaskUiArn?: string;

  /**
   * The Lambda function that prepares each data object for the workers (a built-in one for the built-in
   * task types). The job's role must be allowed to invoke a function of yours.
   *
   * @default - none sent
   */
  readonly preHumanTaskLambdaArn?: string;

  /**
   * The Lambda function that merges the workers' annotations into one label. The job's role must be
   * allowed to invoke a function of yours.
   *
   * @default - none sent
   */
  readonly annotationConsolidationLambdaArn?: string;

  /**
   * The task's title, shown to workers (1 to 128 characters).
   */
  readonly taskTitle: string;

  /**
   * The task's description, shown to workers (1 to 255 characters).
   */
  readonly taskDescription: string;

  /**
   * Keywords that help workers find the task: 1 to 5.
   *
   * @default - none sent
   */
  readonly taskKeywords?: string[];

  /**
   * How many workers label each data object (1 to 9).
   */
  readonly numberOfHumanWorkersPerDataObject: number;

  /**
   * How long a worker has for one task (30 seconds to 7 days), sent in seconds.
   */
  readonly taskTimeLimit: Duration;

  /**
   * How long a task stays available to workers, sent in seconds.
   *
   * @default - none sent; SageMaker's default applies
   */
  readonly taskAvailabilityLifetime?: Duration;

  /**
   * How many data objects workers may label at the same time (1 to 5000).
   *
   * @default - none sent; 1000
   */
  readonly maxConcurrentTaskCount?: number;
}

/**
 * When a labeling job stops.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobStoppingConditions.html
 */
export interface LabelingJobStoppingConditions {
  /**
   * Stop once people have labeled this many objects.
   *
   * @default - none sent
   */
  readonly maxHumanLabeledObjectCount?: number;

  /**
   * Stop once this percentage (1 to 100) of the input has been labeled.
   *
   * @default - none sent
   */
  readonly maxPercentageOfInputDatasetLabeled?: number;
}

/**
 * Automated data labeling: a model labels what it is confident about, people the rest.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobAlgorithmsConfig.html
 */
export interface LabelingJobAlgorithmsConfig {
  /**
   * The ARN of the built-in labeling algorithm for the task type.
   */
  readonly labelingJobAlgorithmSpecificationArn: string;

  /**
   * The ARN of a model from an earlier labeling job to start from.
   *
   * @default - none sent
   */
  readonly initialActiveLearningModelArn?: string;

  /**
   * The KMS key that encrypts the storage of the instances that train and run the labeling model.
   *
   * @default - none sent
   */
  readonly volumeEncryptionKey?: kms.IKey;
}
