import { Annotations, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { STATE_PATH, pathsInsideStringLiterals } from './private/string-literal-paths';
import { FEATURE_FLAGS, featureEnabled, featureKnown, unscopedValidationError, validationError } from '../private';
import { bundledFunction, bundledSingletonFunction } from '../private/bundled-function';

/**
 * Props of `EvaluateExpression`.
 */
export interface EvaluateExpressionProps extends sfn.TaskStateBaseProps {
  /**
   * The JavaScript expression to evaluate, e.g. `$.a + $.b`.
   *
   * State paths (`$.name`, `$[0]`) are replaced by their values where they appear as code, for example as
   * operands or function arguments. To put a value into a string, interpolate it in a template literal:
   * `` `${$.count} items` ``. A path written as text inside a quoted string or in the text of a template
   * literal would not be replaced, so such an expression is rejected when the stack is synthesized.
   */
  readonly expression: string;

  /**
   * The Node.js runtime of the function that evaluates the expression.
   *
   * @default - the latest Node.js runtime that Lambda offers in the stack's region
   */
  readonly runtime?: lambda.Runtime;

  /**
   * The instruction set of the function that evaluates the expression.
   *
   * Not every region offers `Architecture.ARM_64`; check yours before choosing it.
   *
   * @default Architecture.X86_64
   */
  readonly architecture?: lambda.Architecture;
}

/** What the evaluating function does, as recorded on the functions that the whole stack shares. */
const LAMBDA_PURPOSE = 'Eval';

/** The construct id of the execution role that every dedicated evaluating function of a stack uses. */
const DEDICATED_ROLE_ID = 'EvalServiceRolef4f556a4ef7a49cd8036c5b0567376fd';

/** The key under which a runtime-less (latest Node.js) shared function is listed below. */
const LATEST = '(latest)';

/**
 * The identity of the function a stack shares among its tasks, per runtime and instruction set. These
 * values name the function's construct and resource, so they must stay those aws-cdk-lib uses.
 */
const SHARED_FUNCTION_UUIDS: Record<'x86_64' | 'arm64', Record<string, string>> = {
  x86_64: {
    'nodejs24.x': 'a5c17f50-0de1-497b-8ec0-fabdc9086cc5',
    'nodejs22.x': 'b64e1fb8-9c89-4f7d-8a34-2e2a1c5f6d7e',
    'nodejs20.x': '9757c267-6d7c-45c2-af77-37a30d93d2c6',
    'nodejs18.x': '078d40d3-fb4e-4d53-94a7-9c46fc11fe02',
    'nodejs16.x': '2a430b68-eb4b-4026-9232-ee39b71c1db8',
    'nodejs14.x': 'da2d1181-604e-4a45-8694-1a6abd7fe42d',
    'nodejs12.x': '2b81e383-aad2-44db-8aaf-b4809ae0e3b4',
    'nodejs10.x': 'a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc',
    [LATEST]: '41256dc5-4457-4273-8ed9-17bc818694e5',
  },
  arm64: {
    'nodejs24.x': '1662dbae-12a4-4a04-86f0-29531a7be268',
    'nodejs22.x': '672bfe19-76c9-448b-9584-ee75ca09edbf',
    'nodejs20.x': '105f0693-c082-4e9b-83f3-9007507676f0',
    'nodejs18.x': 'b1565b13-7d88-4f24-ac63-f9b23c325a55',
    'nodejs16.x': '8fa21b46-1d7c-445d-be08-6bbea646eb37',
    'nodejs14.x': 'cadc099b-465f-4267-afe0-e0037d263401',
    'nodejs12.x': 'abcd5ad4-b1eb-48f1-bec5-41d6f5c82caa',
    'nodejs10.x': '886204b9-1f2d-40bd-8a7e-628543da4f93',
    [LATEST]: 'be6d8ca1-9d2c-4db3-aeeb-f6f27f3f2f10',
  },
};

/**
 * A Task state that evaluates a small JavaScript expression over the state's input, in a Lambda function
 * that the library deploys for you, and returns the value.
 *
 * Each task has a function of its own, unless the app sets the
 * `@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction` feature flag to `false`: then all
 * tasks of a stack that use the same runtime and instruction set share one function.
 */
export class EvaluateExpression extends sfn.TaskStateBase {
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];
  private readonly evalFn: lambda.IFunction;

  constructor(scope: Construct, id: string, private readonly props: EvaluateExpressionProps) {
    super(scope, id, props);
    if (!Token.isUnresolved(props.expression)) {
      rejectPathsInLiterals(this, props.expression);
    }

    if (!featureKnown('evaluateExpressionDedicatedFunction')) {
      // aws-cdk-lib before 2.275.0: one shared function, and no flag to warn about
      this.evalFn = sharedFunction(this, props.runtime, props.architecture);
    } else if (featureEnabled(this, 'evaluateExpressionDedicatedFunction')) {
      this.evalFn = dedicatedFunction(this, props.runtime, props.architecture);
    } else {
      Annotations.of(this).addWarningV2('@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionSharedFunction',
        `The feature flag '${FEATURE_FLAGS.evaluateExpressionDedicatedFunction}' is disabled, so EvaluateExpression ` +
        'tasks in this stack that use the same runtime and architecture share one Lambda function, including tasks in different ' +
        'state machines. Remove the flag or set it to true to give each task its own function.');
      this.evalFn = sharedFunction(this, props.runtime, props.architecture);
    }

    this.taskPolicies = [new iam.PolicyStatement({
      resources: this.evalFn.resourceArnsForGrantInvoke,
      actions: ['lambda:InvokeFunction'],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(): any {
    // Every path the expression mentions is handed to the function with its value, first mention first.
    const expressionAttributeValues: Record<string, string> = {};
    for (const [path] of this.props.expression.matchAll(STATE_PATH)) {
      expressionAttributeValues[path] ??= sfn.JsonPath.stringAt(path);
    }
    return {
      Resource: this.evalFn.functionArn,
      Parameters: sfn.FieldUtils.renderObject({ expression: this.props.expression, expressionAttributeValues }),
    };
  }
}

/** Throws when the expression writes state paths as literal text, where the function would not resolve them. */
function rejectPathsInLiterals(task: EvaluateExpression, expression: string): void {
  const found = pathsInsideStringLiterals(expression);
  const inStrings = found.filter((p) => p.context === 'plainString').map((p) => p.path);
  const inTemplates = found.filter((p) => p.context === 'templateText').map((p) => p.path);
  if (inStrings.length > 0) {
    throw validationError(task, 'ExpressionPathInStringLiteral',
      `state path(s) ${JSON.stringify(inStrings)} are used as literal text inside a plain string in the EvaluateExpression ` +
      '\'expression\'; a path inside a plain string used to be resolved but is no longer resolved - use a template literal ' +
      `with interpolation instead, e.g. \`...\${${inStrings[0]}}...\``);
  }
  if (inTemplates.length > 0) {
    throw validationError(task, 'ExpressionPathInStringLiteral',
      `state path(s) ${JSON.stringify(inTemplates)} are used as literal text inside a template literal in the EvaluateExpression ` +
      '\'expression\'; a path in template text used to be resolved but is no longer resolved - reference it via interpolation ' +
      `like \${${inTemplates[0]}} instead`);
  }
}

/** The function every task of the stack with this runtime and instruction set shares. */
function sharedFunction(task: EvaluateExpression, runtime?: lambda.Runtime, architecture?: lambda.Architecture): lambda.IFunction {
  const arm = architecture === lambda.Architecture.ARM_64;
  const uuid = SHARED_FUNCTION_UUIDS[arm ? 'arm64' : 'x86_64'][runtime?.name ?? LATEST];
  if (!uuid) {
    throw unscopedValidationError('RuntimeCurrentlySupported', `The runtime ${runtime?.name} is currently not supported.`);
  }
  return bundledSingletonFunction(task, 'EvalFunction', 'eval-nodejs', { uuid, lambdaPurpose: LAMBDA_PURPOSE, runtime, architecture });
}

/** A function of the task's own, running as the stack's shared evaluating role. */
function dedicatedFunction(task: EvaluateExpression, runtime?: lambda.Runtime, architecture?: lambda.Architecture): lambda.IFunction {
  const nodejs = runtime?.family === lambda.RuntimeFamily.NODEJS || runtime?.name.startsWith('nodejs');
  if (runtime && !nodejs) {
    throw unscopedValidationError('RuntimeCurrentlySupported', `The runtime ${runtime.name} is currently not supported.`);
  }
  return bundledFunction(task, 'EvalFunction', 'eval-nodejs', { runtime, architecture, role: dedicatedRole(task) });
}

/** The stack's execution role for dedicated evaluating functions, created by the first task that needs it. */
function dedicatedRole(scope: Construct): iam.IRole {
  const stack = Stack.of(scope);
  const role = (stack.node.tryFindChild(DEDICATED_ROLE_ID) as iam.Role | undefined) ?? new iam.Role(stack, DEDICATED_ROLE_ID, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
  });
  // The functions must not add statements to a role they share: each would see the others' grants.
  return role.withoutPolicyUpdates();
}
