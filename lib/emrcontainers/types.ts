import type * as eks from 'aws-cdk-lib/aws-eks';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The EKS cluster a virtual cluster is created on: a cluster of the app, or a name known at run time.
 */
export class EksClusterInput {
  /**
   * The cluster of the app whose name the task sends.
   */
  public static fromCluster(cluster: eks.ICluster): EksClusterInput {
    return new EksClusterInput(cluster.clusterName);
  }

  /**
   * A cluster name taken from the state's data or written literally, e.g.
   * `sfn.TaskInput.fromJsonPathAt('$.clusterName')`.
   */
  public static fromTaskInput(taskInput: sfn.TaskInput): EksClusterInput {
    return new EksClusterInput(taskInput.value);
  }

  /**
   * The name of the EKS cluster, or a JSONPath or JSONata expression that yields it.
   */
  public readonly clusterName: string;

  /**
   * @param clusterName the name of the EKS cluster, or an expression that yields it
   */
  private constructor(clusterName: string) {
    this.clusterName = clusterName;
  }
}

/**
 * The virtual cluster a job runs on: an ID known when you write the stack, or one from the state's data.
 */
export class VirtualClusterInput {
  /**
   * A virtual cluster ID taken from the state's data, e.g. `sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId')`.
   *
   * The task then cannot set up an execution role for you: pass `executionRole`.
   */
  public static fromTaskInput(taskInput: sfn.TaskInput): VirtualClusterInput {
    return new VirtualClusterInput(taskInput.value);
  }

  /**
   * A literal virtual cluster ID.
   */
  public static fromVirtualClusterId(virtualClusterId: string): VirtualClusterInput {
    return new VirtualClusterInput(virtualClusterId);
  }

  /**
   * The virtual cluster ID, or a JSONPath or JSONata expression that yields it.
   */
  public readonly id: string;

  /**
   * @param id the virtual cluster ID, or an expression that yields it
   */
  private constructor(id: string) {
    this.id = id;
  }
}

/**
 * An Amazon EMR on EKS release, which fixes the versions of Spark and the other applications of a job run.
 *
 * The constants name some releases; for any other, write its label: `new ReleaseLabel('emr-7.1.0-latest')`.
 */
export class ReleaseLabel {
  /**
   * The latest EMR 5.32.0 image.
   */
  public static readonly EMR_5_32_0 = new ReleaseLabel('emr-5.32.0-latest');

  /**
   * The latest EMR 5.33.0 image.
   */
  public static readonly EMR_5_33_0 = new ReleaseLabel('emr-5.33.0-latest');

  /**
   * The latest EMR 6.2.0 image.
   */
  public static readonly EMR_6_2_0 = new ReleaseLabel('emr-6.2.0-latest');

  /**
   * The latest EMR 6.3.0 image.
   */
  public static readonly EMR_6_3_0 = new ReleaseLabel('emr-6.3.0-latest');

  /**
   * The release label the job run uses.
   */
  public readonly label: string;

  /**
   * @param label the release label, e.g. `emr-6.15.0-latest`
   */
  constructor(label: string) {
    this.label = label;
  }
}

/**
 * The configuration file an application configuration applies to.
 *
 * The constants name the Spark classifications; for any other, write its name: `new Classification('hive-site')`.
 */
export class Classification {
  /**
   * EMR's own Spark settings, such as `maximizeResourceAllocation`, which sizes the `spark-defaults` for the
   * cluster's hardware.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-configure.html#emr-spark-maximizeresourceallocation
   */
  public static readonly SPARK = new Classification('spark');

  /**
   * Settings of the `spark-defaults.conf` file.
   *
   * @see https://spark.apache.org/docs/latest/configuration.html
   */
  public static readonly SPARK_DEFAULTS = new Classification('spark-defaults');

  /**
   * Environment variables of the `spark-env.sh` file.
   *
   * @see https://spark.apache.org/docs/latest/configuration.html#environment-variables
   */
  public static readonly SPARK_ENV = new Classification('spark-env');

  /**
   * Settings of the `hive-site.xml` file that Spark reads.
   */
  public static readonly SPARK_HIVE_SITE = new Classification('spark-hive-site');

  /**
   * Settings of Spark's `log4j.properties` file.
   *
   * @see https://github.com/apache/spark/blob/master/conf/log4j.properties.template
   */
  public static readonly SPARK_LOG4J = new Classification('spark-log4j');

  /**
   * Settings of Spark's `metrics.properties` file.
   *
   * @see https://github.com/apache/spark/blob/master/conf/metrics.properties.template
   */
  public static readonly SPARK_METRICS = new Classification('spark-metrics');

  /**
   * The classification's name, as EMR spells it.
   */
  public readonly classificationStatement: string;

  /**
   * @param classificationStatement the classification's name, for one that has no constant here
   */
  constructor(classificationStatement: string) {
    this.classificationStatement = classificationStatement;
  }
}

/**
 * A `spark-submit` job: the application to run, its arguments and the Spark options.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
 */
export interface SparkSubmitJobDriver {
  /**
   * The application to run: a JAR or Python file (1 to 256 characters), e.g.
   * `sfn.TaskInput.fromText('local:///usr/lib/spark/examples/src/main/python/pi.py')`.
   */
  readonly entryPoint: sfn.TaskInput;

  /**
   * The application's arguments: a list of 1 to 10280 strings (`sfn.TaskInput.fromObject([...])`), or a
   * JSONPath or JSONata expression that yields one.
   *
   * @default - No arguments defined
   */
  readonly entryPointArguments?: sfn.TaskInput;

  /**
   * Options for `spark-submit`, such as `--conf spark.executor.instances=2` (1 to 102400 characters).
   *
   * @default - No spark submit parameters
   */
  readonly sparkSubmitParameters?: string;
}

/**
 * What a job run executes.
 */
export interface JobDriver {
  /**
   * The `spark-submit` job to run.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
   */
  readonly sparkSubmitJobDriver: SparkSubmitJobDriver;
}

/**
 * Settings for an application of the job run: a classification (a configuration file), its properties, and
 * nested configurations. Each needs properties, nested configurations or both.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html
 */
export interface ApplicationConfiguration {
  /**
   * The configuration file the settings go to.
   */
  readonly classification: Classification;

  /**
   * Nested configurations, at most 100.
   *
   * @default - No other configurations
   */
  readonly nestedConfig?: ApplicationConfiguration[];

  /**
   * The settings, by name; at most 100.
   *
   * @default - No properties
   */
  readonly properties?: { [key: string]: string };
}

/**
 * Where a job run sends its logs, and whether its Spark UI stays available after it ends.
 */
export interface Monitoring {
  /**
   * Send the logs to a CloudWatch log group and an S3 bucket, creating whichever of the two you do not
   * pass in.
   *
   * @default true - true if values are provided for `logGroup` or `logBucket`, false otherwise
   */
  readonly logging?: boolean;

  /**
   * The CloudWatch log group the job logs go to.
   *
   * @default - if `logging` is manually set to `true` and a `logGroup` is not provided, a `logGroup` will be automatically generated`.
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * A prefix for the names of the log streams of the job run.
   *
   * @default - Log streams created in this log group have no default prefix
   */
  readonly logStreamNamePrefix?: string;

  /**
   * The S3 bucket the job logs go to.
   *
   * @default - if `logging` is manually set to `true` and a `logBucket` is not provided, a `logBucket` will be automatically generated`.
   */
  readonly logBucket?: s3.IBucket;

  /**
   * Keep the persistent application UI (the Spark history) of the job run.
   *
   * @default true
   */
  readonly persistentAppUI?: boolean;
}
