import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * How a model customization job trains the custom model.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html
 */
export enum CustomizationType {
  /**
   * Train on labeled examples, to make the model better at particular tasks.
   */
  FINE_TUNING = 'FINE_TUNING',

  /**
   * Keep pre-training on unlabeled data, to make the model familiar with a domain.
   */
  CONTINUED_PRE_TRAINING = 'CONTINUED_PRE_TRAINING',

  /**
   * Train a smaller (student) model on responses that a larger (teacher) model generates.
   */
  DISTILLATION = 'DISTILLATION',
}

/**
 * A tag, as a key and a value.
 */
export interface CustomModelTag {
  /**
   * The tag's key.
   */
  readonly key: string;

  /**
   * The tag's value.
   */
  readonly value: string;
}

/**
 * An S3 bucket, and a path in it, that a model customization job reads or writes.
 */
export interface DataBucketConfiguration {
  /**
   * The bucket.
   */
  readonly bucket: s3.IBucket;

  /**
   * The key of the file, or the prefix of the folder, in the bucket.
   *
   * @default - the bucket's root
   */
  readonly path?: string;
}

/**
 * Where a model customization job writes its output.
 */
// Each data set has a type of its own, as in aws-cdk-lib, though they hold the same fields.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OutputBucketConfiguration extends DataBucketConfiguration {}

/**
 * Where a model customization job reads its training data.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TrainingBucketConfiguration extends DataBucketConfiguration {}

/**
 * Where a model customization job reads a validation data set.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ValidationBucketConfiguration extends DataBucketConfiguration {}

/**
 * The VPC a model customization job runs its network interfaces in.
 */
export interface IBedrockCreateModelCustomizationJobVpcConfig {
  /**
   * The job's security groups: 1 to 5 of them.
   */
  readonly securityGroups: ec2.ISecurityGroup[];

  /**
   * The job's subnets: 1 to 16 of them.
   */
  readonly subnets: ec2.ISubnet[];
}
