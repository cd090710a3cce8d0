import { Duration, Stack, Token } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { QueryExecutionContext, ResultConfiguration } from './types';
import { ServiceCallTask, validationError, withJsonata } from '../private';

interface AthenaStartQueryExecutionOptions {
  /**
   * The SQL statement to run.
   */
  readonly queryString: string;

  /**
   * A token that makes the call idempotent: Athena starts one query per token.
   *
   * @default - no token
   */
  readonly clientRequestToken?: string;

  /**
   * The catalog and database the query runs against.
   *
   * @default - no query execution context
   */
  readonly queryExecutionContext?: QueryExecutionContext;

  /**
   * Where the results go and how they are encrypted.
   *
   * @default - the workgroup's result settings
   */
  readonly resultConfiguration?: ResultConfiguration;

  /**
   * The workgroup the query runs in.
   *
   * @default - no workgroup sent: Athena uses `primary` (and so does the granted IAM)
   */
  readonly workGroup?: string;

  /**
   * Values for the query's `?` parameters, in the order the parameters appear; each 1 to 1024 characters.
   *
   * @default - no parameters
   */
  readonly executionParameters?: string[];

  /**
   * Reuse the result of an earlier run of the same query if it is at most this old (0, or 1 minute to 7 days).
   *
   * @default - results are not reused
   */
  readonly resultReuseConfigurationMaxAge?: Duration;
}

/**
 * Props of `AthenaStartQueryExecution.jsonPath()`: an Athena query start in a JSONPath state.
 */
export interface AthenaStartQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaStartQueryExecutionOptions {}

/**
 * Props of `AthenaStartQueryExecution.jsonata()`: an Athena query start in a JSONata state.
 */
export interface AthenaStartQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaStartQueryExecutionOptions {}

/**
 * Props of `AthenaStartQueryExecution`, in either query language.
 */
export interface AthenaStartQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaStartQueryExecutionOptions {}

/** The longest `resultReuseConfigurationMaxAge` Athena accepts: 7 days. */
const MAX_REUSE_AGE_MINUTES = 10080;

/**
 * A Task state that runs an Athena query.
 *
 * The role may use the catalog and workgroup, read and write S3 (the result location, when one is given),
 * get Lake Formation data access and use the Glue catalog of the query's database.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 */
export class AthenaStartQueryExecution extends ServiceCallTask {
  /**
   * A Task state, in JSONPath, that runs an Athena query.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonPathProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs an Athena query.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaStartQueryExecutionJsonataProps): AthenaStartQueryExecution {
    return new AthenaStartQueryExecution(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, private readonly props: AthenaStartQueryExecutionProps) {
    super(scope, id, props, {
      service: 'athena',
      api: 'startQueryExecution',
      patterns: [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB],
    });
    this.validateExecutionParameters(props.executionParameters);
    this.validateReuseMaxAge(props.resultReuseConfigurationMaxAge);
    this._setTaskPolicies(this.policyStatements());
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    const context = this.props.queryExecutionContext;
    const results = this.props.resultConfiguration;
    const maxAge = this.props.resultReuseConfigurationMaxAge;
    return {
      QueryString: this.props.queryString,
      ClientRequestToken: this.props.clientRequestToken,
      QueryExecutionContext: context?.catalogName || context?.databaseName
        ? { Catalog: context.catalogName, Database: context.databaseName }
        : undefined,
      ResultConfiguration: {
        EncryptionConfiguration: results?.encryptionConfiguration !== undefined
          ? { EncryptionOption: results.encryptionConfiguration.encryptionOption, KmsKey: results.encryptionConfiguration.encryptionKey }
          : undefined,
        OutputLocation: results?.outputLocation
          ? `s3://${results.outputLocation.bucketName}/${results.outputLocation.objectKey}/`
          : undefined,
      },
      WorkGroup: this.props.workGroup,
      ExecutionParameters: this.props.executionParameters,
      ResultReuseConfiguration: maxAge
        ? { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: maxAge.toMinutes() } }
        : undefined,
    };
  }

  private validateExecutionParameters(parameters?: string[]): void {
    if (parameters === undefined || Token.isUnresolved(parameters)) {
      return;
    }
    if (parameters.length === 0) {
      throw validationError(this, 'ExecutionParametersNonEmptyList', "'executionParameters' must be a non-empty list");
    }
    if (parameters.some((p) => p.length < 1 || p.length > 1024)) {
      throw validationError(this, 'ExecutionParametersItemsLengthCharacters', "'executionParameters' items's length must be between 1 and 1024 characters");
    }
  }

  private validateReuseMaxAge(maxAge?: Duration): void {
    if (maxAge === undefined || Token.isUnresolved(maxAge)) {
      return;
    }
    const millis = maxAge.toMilliseconds();
    if (millis > 0 && millis < Duration.minutes(1).toMilliseconds()) {
      throw validationError(this, 'ResultReuseConfigurationMaxAge',
        `resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be equal to 0, got ${millis} ms`);
    }
    const minutes = maxAge.toMinutes();
    if (minutes > MAX_REUSE_AGE_MINUTES) {
      throw validationError(this, 'ResultReuseConfigurationMaxAge',
        `resultReuseConfigurationMaxAge must either be 0 or between 1 and ${MAX_REUSE_AGE_MINUTES} minutes, got ${minutes}`);
    }
  }

  private policyStatements(): PolicyStatement[] {
    const stack = Stack.of(this);
    const database = this.props.queryExecutionContext?.databaseName ?? 'default';
    const output = this.props.resultConfiguration?.outputLocation;
    return [
      new PolicyStatement({
        resources: [
          stack.formatArn({ service: 'athena', resource: 'datacatalog', resourceName: this.props.queryExecutionContext?.catalogName ?? 'AwsDataCatalog' }),
          stack.formatArn({ service: 'athena', resource: 'workgroup', resourceName: this.props.workGroup ?? 'primary' }),
        ],
        actions: ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution'],
      }),
      new PolicyStatement({
        actions: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject'],
        resources: ['*'],
      }),
      new PolicyStatement({
        actions: ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'],
        resources: [output?.bucketName
          ? stack.formatArn({ region: '', account: '', service: 's3', resource: output.bucketName, resourceName: `${output.objectKey}/*` })
          : '*'],
      }),
      new PolicyStatement({
        actions: ['lakeformation:GetDataAccess'],
        resources: ['*'],
      }),
      new PolicyStatement({
        actions: [
          'glue:BatchCreatePartition', 'glue:BatchDeletePartition', 'glue:BatchDeleteTable', 'glue:BatchGetPartition',
          'glue:CreateDatabase', 'glue:CreatePartition', 'glue:CreateTable', 'glue:DeleteDatabase', 'glue:DeletePartition',
          'glue:DeleteTable', 'glue:GetDatabase', 'glue:GetDatabases', 'glue:GetPartition', 'glue:GetPartitions',
          'glue:GetTable', 'glue:GetTables', 'glue:UpdateDatabase', 'glue:UpdatePartition', 'glue:UpdateTable',
        ],
        resources: [
          stack.formatArn({ service: 'glue', resource: 'catalog' }),
          stack.formatArn({ service: 'glue', resource: 'database', resourceName: database }),
          stack.formatArn({ service: 'glue', resource: 'table', resourceName: `${database}/*` }),
          stack.formatArn({ service: 'glue', resource: 'userDefinedFunction', resourceName: `${database}/*` }),
        ],
      }),
    ];
  }
}
