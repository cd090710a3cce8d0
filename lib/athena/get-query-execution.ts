import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';

interface AthenaGetQueryExecutionOptions {
  /**
   * The ID of the query to describe.
   */
  readonly queryExecutionId: string;
}

/**
 * Props of `AthenaGetQueryExecution.jsonPath()`: an Athena query status read in a JSONPath state.
 */
export interface AthenaGetQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * Props of `AthenaGetQueryExecution.jsonata()`: an Athena query status read in a JSONata state.
 */
export interface AthenaGetQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * Props of `AthenaGetQueryExecution`, in either query language.
 */
export interface AthenaGetQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * A Task state that reads the status and statistics of an Athena query.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html
 */
export class AthenaGetQueryExecution extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that reads the status and statistics of an Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonPathProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that reads the status and statistics of an Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonataProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: AthenaGetQueryExecutionProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, AthenaGetQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({ resources: ['*'], actions: ['athena:getQueryExecution'] }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('athena', 'getQueryExecution', this.integrationPattern),
      ...this._renderParametersOrArguments({ QueryExecutionId: this.props.queryExecutionId }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
