import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, withJsonata } from '../private';

interface AthenaStopQueryExecutionOptions {
  /**
   * The ID of the query to stop.
   */
  readonly queryExecutionId: string;
}

/**
 * Props of `AthenaStopQueryExecution.jsonPath()`: an Athena query stop in a JSONPath state.
 */
export interface AthenaStopQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * Props of `AthenaStopQueryExecution.jsonata()`: an Athena query stop in a JSONata state.
 */
export interface AthenaStopQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * Props of `AthenaStopQueryExecution`, in either query language.
 */
export interface AthenaStopQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * A Task state that stops a running Athena query.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html
 */
export class AthenaStopQueryExecution extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that stops a running Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonPathProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that stops a running Athena query.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonataProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: AthenaStopQueryExecutionProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, AthenaStopQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    this.taskPolicies = [
      new PolicyStatement({ resources: ['*'], actions: ['athena:stopQueryExecution'] }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('athena', 'stopQueryExecution', this.integrationPattern),
      ...this._renderParametersOrArguments({ QueryExecutionId: this.props.queryExecutionId }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
