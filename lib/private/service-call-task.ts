import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn } from './integration';
import { queryLanguageOf } from './query-language';

/**
 * The one call a task makes: the optimized integration and the patterns it supports.
 */
export interface ServiceCall {
  /** The service in the integration's ARN, e.g. `athena`. */
  readonly service: string;
  /** The integration's API, e.g. `startQueryExecution`. */
  readonly api: string;
  /** The integration patterns the API supports. */
  readonly patterns: readonly sfn.IntegrationPattern[];
  /** The pattern used when the props give none; `REQUEST_RESPONSE` when unset. */
  readonly defaultPattern?: sfn.IntegrationPattern;
}

/**
 * What every task that makes one call of an optimized integration repeats: defaulting and checking the
 * integration pattern, holding the statements and metrics it sets, and rendering `Resource` with the
 * request in the state's query language. A subclass checks its props, calls `_setTaskPolicies` (and
 * `_setTaskMetrics`), and says what the request is in `_renderRequest`.
 *
 * Not exported: jsii folds `taskPolicies` and `taskMetrics` into the public classes, where they are the
 * same read-only protected members as aws-cdk-lib's.
 *
 * @internal
 */
export abstract class ServiceCallTask extends sfn.TaskStateBase {
  /** @internal */
  protected readonly _integrationPattern: sfn.IntegrationPattern;

  private readonly serviceCall: ServiceCall;
  private readonly stateQueryLanguage?: sfn.QueryLanguage;
  private grantedStatements?: PolicyStatement[];
  private emittedMetrics?: sfn.TaskMetricsConfig;

  constructor(scope: Construct, id: string, props: sfn.TaskStateBaseProps, call: ServiceCall) {
    super(scope, id, props);
    this.serviceCall = call;
    this.stateQueryLanguage = props.queryLanguage;
    this._integrationPattern = integrationPatternOf(props.integrationPattern, call.patterns, call.defaultPattern);
  }

  // Accessors rather than fields: TaskStateBase reads them when the state joins a graph, after the
  // subclass has set them, and a field declared here could not be assigned from the subclass.
  /**
   * The IAM statements the state machine's role needs to make the call.
   */
  protected get taskPolicies(): PolicyStatement[] | undefined {
    return this.grantedStatements;
  }

  /**
   * The CloudWatch metrics the state emits, for the state's `metric...()` methods.
   */
  protected get taskMetrics(): sfn.TaskMetricsConfig | undefined {
    return this.emittedMetrics;
  }

  /**
   * The request: `Parameters` in JSONPath, `Arguments` in JSONata.
   *
   * @internal
   */
  protected abstract _renderRequest(): { [key: string]: any };

  /**
   * Sets the statements the state machine's role needs for the call.
   *
   * @internal
   */
  protected _setTaskPolicies(statements: PolicyStatement[]): void {
    this.grantedStatements = statements;
  }

  /**
   * Sets the metrics the state emits.
   *
   * @internal
   */
  protected _setTaskMetrics(metrics: sfn.TaskMetricsConfig): void {
    this.emittedMetrics = metrics;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn(this.serviceCall.service, this.serviceCall.api, this._integrationPattern),
      ...this._renderParametersOrArguments(this._renderRequest(), queryLanguageOf(topLevelQueryLanguage, this.stateQueryLanguage)),
    };
  }
}
