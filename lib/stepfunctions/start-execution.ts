import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, requireTaskToken, validationError, withJsonata } from '../private';

interface StepFunctionsStartExecutionOptions {
  /**
   * The state machine to start.
   */
  readonly stateMachine: sfn.IStateMachineRef;

  /**
   * The input of the new execution.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
   * @default - the whole state input (`$`)
   */
  readonly input?: sfn.TaskInput;

  /**
   * The name of the new execution, unique for the state machine and its account and region for 90 days.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
   * @default - a name Step Functions generates
   */
  readonly name?: string;

  /**
   * Add this execution's ID to the child's input (`AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID`), so that
   * the Step Functions console links the child execution to its parent.
   *
   * `input` must then be an object (`sfn.TaskInput.fromObject`) or left unset.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-nested-workflows.html#nested-execution-startid
   * @default - false
   */
  readonly associateWithParent?: boolean;
}

/**
 * Props of `StepFunctionsStartExecution.jsonPath()`: starting a state machine from a JSONPath state.
 */
export interface StepFunctionsStartExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, StepFunctionsStartExecutionOptions {}

/**
 * Props of `StepFunctionsStartExecution.jsonata()`: starting a state machine from a JSONata state.
 */
export interface StepFunctionsStartExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, StepFunctionsStartExecutionOptions {}

/**
 * Props of `StepFunctionsStartExecution`, in either query language.
 */
export interface StepFunctionsStartExecutionProps extends sfn.TaskStateBaseProps, StepFunctionsStartExecutionOptions {}

/**
 * A Task state that starts an execution of another state machine: fire and forget (`REQUEST_RESPONSE`),
 * wait for it to finish (`RUN_JOB`), or wait for a task token (`WAIT_FOR_TASK_TOKEN`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */
export class StepFunctionsStartExecution extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that starts an execution of another state machine.
   */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonPathProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an execution of another state machine.
   */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonataProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: StepFunctionsStartExecutionProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, StepFunctionsStartExecution.SUPPORTED_INTEGRATION_PATTERNS);
    // aws-cdk-lib names the parent scope, not the task, in these two errors.
    requireTaskToken(scope, this.integrationPattern, props.input,
      'Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token.', 'IsRequiredTaskTokenRequired');
    if (props.associateWithParent && props.input && props.input.type !== sfn.InputType.OBJECT) {
      throw validationError(scope, 'CouldEnableBecauseTaken',
        'Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use `sfn.TaskInput.fromObject` instead.');
    }
    this.taskPolicies = this.policyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const queryLanguage = queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage);
    // `.sync:2` returns the child's output as JSON rather than as an escaped string.
    const version = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB ? ':2' : '';
    return {
      Resource: integrationResourceArn('states', 'startExecution', this.integrationPattern) + version,
      ...this._renderParametersOrArguments({
        Input: this.renderInput(queryLanguage),
        StateMachineArn: this.props.stateMachine.stateMachineRef.stateMachineArn,
        Name: this.props.name,
      }, queryLanguage),
    };
  }

  private renderInput(queryLanguage: sfn.QueryLanguage): any {
    if (!this.props.associateWithParent) {
      return this.props.input?.value ?? sfn.TaskInput.fromJsonPathAt('$').value;
    }
    const parentExecutionId = {
      AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: queryLanguage === sfn.QueryLanguage.JSONATA
        ? '{% $states.context.Execution.Id %}'
        : sfn.JsonPath.stringAt('$$.Execution.Id'),
    };
    return this.props.input ? { ...this.props.input.value, ...parentExecutionId } : parentExecutionId;
  }

  /**
   * Permission to start this state machine only; waiting for the execution (`RUN_JOB`) also needs to
   * describe and stop its executions and to manage the EventBridge rule Step Functions uses to learn
   * that they finished.
   */
  private policyStatements(): PolicyStatement[] {
    const stack = Stack.of(this);
    const stateMachineArn = this.props.stateMachine.stateMachineRef.stateMachineArn;
    const statements = [new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachineArn] })];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      const stateMachineName = stack.splitArn(stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName;
      statements.push(
        new PolicyStatement({
          actions: ['states:DescribeExecution', 'states:StopExecution'],
          resources: [stack.formatArn({
            service: 'states',
            resource: 'execution',
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            resourceName: `${stateMachineName}*`,
          })],
        }),
        new PolicyStatement({
          actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
          resources: [stack.formatArn({ service: 'events', resource: 'rule', resourceName: 'StepFunctionsGetEventsForStepFunctionsExecutionRule' })],
        }),
      );
    }
    return statements;
  }
}
