import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';

interface AthenaGetQueryResultsOptions {
  /**
   * The ID of the query whose results to read.
   */
  readonly queryExecutionId: string;

  /**
   * The `NextToken` of the previous page, to read the page after it.
   *
   * @default - the first page
   */
  readonly nextToken?: string;

  /**
   * How many rows the page holds at most (Athena allows up to 1000).
   *
   * @default - Athena's maximum, 1000
   */
  readonly maxResults?: number;
}

/**
 * Props of `AthenaGetQueryResults.jsonPath()`: an Athena query results read in a JSONPath state.
 */
export interface AthenaGetQueryResultsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaGetQueryResultsOptions {}

/**
 * Props of `AthenaGetQueryResults.jsonata()`: an Athena query results read in a JSONata state.
 */
export interface AthenaGetQueryResultsJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaGetQueryResultsOptions {}

/**
 * Props of `AthenaGetQueryResults`, in either query language.
 */
export interface AthenaGetQueryResultsProps extends sfn.TaskStateBaseProps, AthenaGetQueryResultsOptions {}

/**
 * A Task state that reads a page of the results of an Athena query.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html
 */
export class AthenaGetQueryResults extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that reads a page of the results of an Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryResultsJsonPathProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that reads a page of the results of an Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryResultsJsonataProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: AthenaGetQueryResultsProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, AthenaGetQueryResults.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({ resources: ['*'], actions: ['athena:getQueryResults'] }),
      // Athena streams the results from the query's S3 output location.
      new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('athena', 'getQueryResults', this.integrationPattern),
      ...this._renderParametersOrArguments({
        QueryExecutionId: this.props.queryExecutionId,
        NextToken: this.props.nextToken,
        MaxResults: this.props.maxResults,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
