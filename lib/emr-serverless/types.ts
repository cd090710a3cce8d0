import { Token } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import { lengthProblems, throwProblems } from '../private';

/**
 * The open-source framework an EMR Serverless application runs.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html#emrserverless-CreateApplication-request-type
 */
export enum EmrServerlessApplicationType {
  /** Apache Spark: the application runs Spark jobs (`EmrServerlessJobDriver.sparkSubmit`). */
  SPARK = 'SPARK',

  /** Apache Hive: the application runs Hive queries (`EmrServerlessJobDriver.hive`). */
  HIVE = 'HIVE',
}

/**
 * The CPU architecture of an application's workers.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html#emrserverless-CreateApplication-request-architecture
 */
export enum EmrServerlessArchitecture {
  /** 64-bit x86 workers. */
  X86_64 = 'X86_64',

  /** 64-bit Arm workers (AWS Graviton). */
  ARM64 = 'ARM64',
}

/**
 * Workers an application keeps ready for one worker type, so that jobs start without waiting for
 * capacity.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InitialCapacityConfig.html
 */
export interface EmrServerlessInitialCapacity {
  /**
   * How many workers of this type to keep ready, from 1 to 1,000,000.
   */
  readonly workerCount: number;

  /**
   * The vCPUs of each worker, e.g. `4vCPU`.
   */
  readonly cpu: string;

  /**
   * The memory of each worker, e.g. `16GB`.
   */
  readonly memory: string;

  /**
   * The local disk of each worker, e.g. `100GB`.
   *
   * @default - the service's default disk size
   */
  readonly disk?: string;
}

/**
 * The most resources an application may use at once, summed over all its workers.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
 */
export interface EmrServerlessMaximumCapacity {
  /**
   * The total vCPUs, e.g. `400vCPU`.
   */
  readonly cpu: string;

  /**
   * The total memory, e.g. `1024GB`.
   */
  readonly memory: string;

  /**
   * The total local disk, e.g. `1000GB`.
   *
   * @default - no limit on disk
   */
  readonly disk?: string;
}

/**
 * The VPC placement of an application's workers, for jobs that reach resources inside a VPC.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_NetworkConfiguration.html
 */
export interface EmrServerlessNetworkConfiguration {
  /**
   * The subnets the workers run in.
   *
   * @default - no subnets: the workers have no VPC access
   */
  readonly subnets?: ec2.ISubnet[];

  /**
   * The security groups of the workers' network interfaces.
   *
   * @default - no security groups
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/**
 * One configuration classification (for example `spark-defaults` or `hive-site`) and its properties, as
 * an application's defaults or a job run's overrides.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html
 */
export interface EmrServerlessConfiguration {
  /**
   * The classification the properties belong to, e.g. `spark-defaults`.
   */
  readonly classification: string;

  /**
   * The settings of the classification, name to value.
   *
   * @default - no properties
   */
  readonly properties?: { [name: string]: string };

  /**
   * Classifications nested in this one, such as `export` inside `spark-env`.
   *
   * @default - no nested classifications
   */
  readonly configurations?: EmrServerlessConfiguration[];
}

/**
 * Where the jobs of an application (or one job run) send their logs.
 *
 * These are written by EMR Serverless with the job's execution role, which needs the permissions for the
 * destinations; the state machine's role needs none.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MonitoringConfiguration.html
 */
export interface EmrServerlessMonitoring {
  /**
   * The S3 URI under which the logs are written, e.g. `s3://my-bucket/logs/`.
   *
   * @default - no logs in S3
   */
  readonly s3LogUri?: string;

  /**
   * Whether logs go to Amazon CloudWatch Logs.
   *
   * @default - CloudWatch logging is enabled when `logGroupName` or `logStreamNamePrefix` is given,
   * otherwise the service's setting applies
   */
  readonly cloudWatchLogging?: boolean;

  /**
   * The CloudWatch Logs group the logs are written to.
   *
   * @default - `/aws/emr-serverless`
   */
  readonly logGroupName?: string;

  /**
   * The prefix of the CloudWatch Logs streams the logs are written to.
   *
   * @default - no prefix
   */
  readonly logStreamNamePrefix?: string;

  /**
   * Whether EMR Serverless keeps the logs itself for 30 days (managed persistence), so that the Spark UI
   * and the Tez UI can show them.
   *
   * @default - the service's setting (enabled)
   */
  readonly managedPersistence?: boolean;
}

/**
 * The options of a Spark job run: the application to submit and its arguments.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SparkSubmit.html
 */
export interface EmrServerlessSparkSubmitOptions {
  /**
   * The script or JAR to run, e.g. `s3://my-bucket/scripts/job.py`.
   */
  readonly entryPoint: string;

  /**
   * The arguments the entry point receives. A `JsonPath.listAt(...)` token passes a list from the state's
   * data.
   *
   * @default - no arguments
   */
  readonly entryPointArguments?: string[];

  /**
   * Extra `spark-submit` options, e.g. `--conf spark.executor.cores=4`.
   *
   * @default - none
   */
  readonly sparkSubmitParameters?: string;
}

/**
 * The options of a Hive job run: the query and what runs before it.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Hive.html
 */
export interface EmrServerlessHiveOptions {
  /**
   * The S3 URI of the query file to run, e.g. `s3://my-bucket/queries/report.sql`.
   */
  readonly query: string;

  /**
   * The S3 URI of a query file run before `query`, e.g. to set session options.
   *
   * @default - none
   */
  readonly initQueryFile?: string;

  /**
   * Hive parameters for the run, e.g. `--hiveconf hive.exec.scratchdir=s3://my-bucket/scratch`.
   *
   * @default - none
   */
  readonly parameters?: string;
}

/**
 * What a job run executes: a Spark application or a Hive query. The job driver must match the
 * application's type.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_JobDriver.html
 */
export class EmrServerlessJobDriver {
  /**
   * Run a Spark application with `spark-submit`, on a `SPARK` application.
   */
  public static sparkSubmit(options: EmrServerlessSparkSubmitOptions): EmrServerlessJobDriver {
    const problems = [
      ...lengthProblems('entryPoint', options.entryPoint, 1, 256),
      ...(Token.isUnresolved(options.entryPointArguments) ? [] : (options.entryPointArguments ?? [])
        .flatMap((argument, i) => lengthProblems(`entryPointArguments[${i}]`, argument, 1, 10280))),
      ...lengthProblems('sparkSubmitParameters', options.sparkSubmitParameters, 1, 102400),
    ];
    throwProblems(undefined, 'InvalidEmrServerlessSparkSubmit', 'Invalid Spark job driver', problems);
    return new EmrServerlessJobDriver({
      SparkSubmit: {
        EntryPoint: options.entryPoint,
        EntryPointArguments: options.entryPointArguments,
        SparkSubmitParameters: options.sparkSubmitParameters,
      },
    });
  }

  /**
   * Run a Hive query, on a `HIVE` application.
   */
  public static hive(options: EmrServerlessHiveOptions): EmrServerlessJobDriver {
    const problems = [
      ...lengthProblems('query', options.query, 1, 10280),
      ...lengthProblems('initQueryFile', options.initQueryFile, 1, 256),
      ...lengthProblems('parameters', options.parameters, 1, 102400),
    ];
    throwProblems(undefined, 'InvalidEmrServerlessHive', 'Invalid Hive job driver', problems);
    return new EmrServerlessJobDriver({
      Hive: {
        Query: options.query,
        InitQueryFile: options.initQueryFile,
        Parameters: options.parameters,
      },
    });
  }

  private constructor(private readonly request: object) {}

  /**
   * The `JobDriver` field of the request.
   *
   * @internal
   */
  public _render(): object {
    return this.request;
  }
}
