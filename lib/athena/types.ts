import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Where Athena writes a query's results, and how it encrypts them.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultConfiguration.html
 */
export interface ResultConfiguration {
  /**
   * The S3 prefix the results go under, rendered as `s3://<bucketName>/<objectKey>/`.
   *
   * @default - the query result location of the workgroup's settings
   */
  readonly outputLocation?: s3.Location;

  /**
   * How the results are encrypted in S3.
   *
   * @default - SSE_S3 with the default key
   */
  readonly encryptionConfiguration?: EncryptionConfiguration;
}

/**
 * How Athena encrypts query results in S3.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html
 */
export interface EncryptionConfiguration {
  /**
   * The kind of encryption.
   *
   * @default EncryptionOption.S3_MANAGED
   */
  readonly encryptionOption: EncryptionOption;

  /**
   * The KMS key for `KMS` and `CLIENT_SIDE_KMS`.
   *
   * Note that aws-cdk-lib 2.276.0, and this library with it, renders the key object itself into the
   * state, which fails at synthesis; pass the key through the workgroup's settings instead.
   *
   * @default - no key for SSE_S3; the account's default KMS key for SSE_KMS and CSE_KMS
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * The kinds of encryption Athena applies to query results.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html#athena-Type-EncryptionConfiguration-EncryptionOption
 */
export enum EncryptionOption {
  /**
   * S3 server-side encryption with keys S3 manages (SSE-S3).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingServerSideEncryption.html
   */
  S3_MANAGED = 'SSE_S3',

  /**
   * S3 server-side encryption with a KMS key of the account (SSE-KMS).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingKMSEncryption.html
   */
  KMS = 'SSE_KMS',

  /**
   * Client-side encryption by Athena with a KMS key of the account (CSE-KMS).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html
   */
  CLIENT_SIDE_KMS = 'CSE_KMS',
}

/**
 * The data catalog and database a query runs against.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html
 */
export interface QueryExecutionContext {
  /**
   * The data catalog's name.
   *
   * @default - none sent: Athena uses `AwsDataCatalog` (and so does the granted IAM)
   */
  readonly catalogName?: string;

  /**
   * The database's name.
   *
   * @default - none sent (the granted IAM covers the `default` database)
   */
  readonly databaseName?: string;
}
