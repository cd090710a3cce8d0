import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import type { ISageMakerTask } from './types';

/**
 * What an `S3Location` gives the task that uses it.
 */
export interface S3LocationConfig {
  /**
   * The S3 URI the task sends (or an expression that yields one at run time).
   */
  readonly uri: string;
}

/**
 * What a task is going to do with an `S3Location`, so that the location grants just that.
 */
export interface S3LocationBindOptions {
  /**
   * The task's role will read objects from the location.
   *
   * @default false
   */
  readonly forReading?: boolean;

  /**
   * The task's role will write objects to the location.
   *
   * @default false
   */
  readonly forWriting?: boolean;
}

/**
 * A place in Amazon S3 that a SageMaker task reads from or writes to, together with the permissions
 * that go with it.
 */
export abstract class S3Location {
  /**
   * The objects under `keyPrefix` in `bucket`. The task's role is granted access to the
   * bucket and to the objects under the prefix, not to the rest of the bucket's objects.
   *
   * @param bucket the bucket holding the objects
   * @param keyPrefix the key prefix of the objects
   */
  public static fromBucket(bucket: s3.IBucket, keyPrefix: string): S3Location {
    return new StandardS3Location(bucket.urlForObject(keyPrefix), { bucket, keyPrefix });
  }

  /**
   * A location known only at run time: a JSONPath (`$.path`) or a JSONata expression (`{% ... %}`)
   * that yields an S3 URI.
   *
   * Since the bucket is unknown, the task's role is granted the S3 actions it needs on every resource (`*`).
   *
   * @param expression the JSONPath or JSONata expression yielding the S3 URI
   */
  public static fromJsonExpression(expression: string): S3Location {
    return new StandardS3Location(expression.startsWith('{%') ? expression : JsonPath.stringAt(expression));
  }

  /**
   * Called by the task that uses this location: grants the task's role what `opts` asks for and
   * returns the URI to send.
   */
  public abstract bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig;
}

/** The objects of a known bucket under a key prefix. */
interface KnownBucket {
  readonly bucket: s3.IBucket;
  readonly keyPrefix: string;
}

/** The one implementation behind the `S3Location` factories. */
class StandardS3Location extends S3Location {
  constructor(private readonly uri: string, private readonly known?: KnownBucket) {
    super();
  }

  public bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig {
    if (this.known) {
      const keys = `${this.known.keyPrefix || ''}*`;
      if (opts.forReading) {
        this.known.bucket.grantRead(task, keys);
      }
      if (opts.forWriting) {
        this.known.bucket.grantWrite(task, keys);
      }
    } else {
      const actions = [
        ...(opts.forReading ? ['s3:GetObject', 's3:ListBucket'] : []),
        ...(opts.forWriting ? ['s3:PutObject'] : []),
      ];
      task.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions, resources: ['*'] }));
    }
    return { uri: this.uri };
  }
}
