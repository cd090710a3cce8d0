import { Token } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { startsInLowerCase, startsInUpperCase } from './private/naming';
import { callAwsServiceIamActions, sdkCallStatements } from './private/permissions';
import { integrationResourceArn, queryLanguageOf, validationError, withJsonata } from '../private';

interface CallAwsServiceOptions {
  /**
   * The service to call, as the AWS SDK integration names it (e.g. `s3`, `dynamodb`, `sfn`).
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  readonly service: string;

  /**
   * The API action to call, in camelCase (e.g. `getObject`).
   */
  readonly action: string;

  /**
   * The request of the API action, with its field names in PascalCase (e.g. `{ Bucket: ..., Key: ... }`).
   *
   * @default - the action is called without parameters
   */
  readonly parameters?: { [key: string]: any };

  /**
   * The resources that the state machine's role is allowed to call the action on.
   *
   * The task grants `iamAction` (by default the IAM action the operation needs) on these resources;
   * empty (`[]`) with `grantIamPermissions: false`.
   */
  readonly iamResources: string[];

  /**
   * The IAM action to grant on `iamResources`, for calls whose IAM action is not named after the API
   * action and that the library does not know (for example `s3:copyObject` needs `s3:GetObject` on the
   * source and `s3:PutObject` on the target: grant one here and the other in `additionalIamStatements`).
   *
   * @default - the service's IAM prefix, a colon and the action, e.g. `s3:getObject` or, for a service
   * whose IAM prefix differs from its name, `states:startExecution` for `sfn` (from a list generated from
   * AWS's SDK models and IAM reference, where aws-cdk-lib knows only seven such services); where that is
   * not an IAM action, the IAM actions AWS's data names for the operation, e.g. `s3:ListBucket` for
   * `s3:listObjectsV2` and `lambda:InvokeFunction` for `lambda:invoke`
   */
  readonly iamAction?: string;

  /**
   * Further statements for the state machine's role, for calls that need more than one permission (for
   * example `rekognition:detectLabels` also needs to read the image from S3).
   *
   * @default - no further statements
   */
  readonly additionalIamStatements?: iam.PolicyStatement[];

  /**
   * Whether the task grants the state machine's role the call's permission (`iamAction` on
   * `iamResources`). Set it to `false` to grant the permission yourself (with a condition, or on a
   * resource that does not exist yet when the task is built, through `stateMachine.addToRolePolicy`): the
   * role then gets no statement for the call, only `additionalIamStatements`. Pass `iamResources: []` and
   * no `iamAction` with it.
   *
   * An opt-in of this library; aws-cdk-lib always grants the call's permission.
   *
   * @default true
   */
  readonly grantIamPermissions?: boolean;
}

/**
 * Props of `CallAwsService.jsonPath()`: an AWS SDK call in a JSONPath state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CallAwsServiceOptions {}

/**
 * Props of `CallAwsService.jsonata()`: an AWS SDK call in a JSONata state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceJsonataProps extends sfn.TaskStateJsonataBaseProps, CallAwsServiceOptions {}

/**
 * Props of `CallAwsService`, in either query language.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceProps extends sfn.TaskStateBaseProps, CallAwsServiceOptions {}

/**
 * A Task state that calls any action of an AWS service's API through the AWS SDK integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export class CallAwsService extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that calls an action of an AWS service's API.
   */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceJsonPathProps): CallAwsService {
    return new CallAwsService(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that calls an action of an AWS service's API.
   */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceJsonataProps): CallAwsService {
    return new CallAwsService(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: CallAwsServiceProps) {
    super(scope, id, props);
    if (props.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      throw validationError(this, 'IntegrationPatternSupportedCallAws', 'The RUN_JOB integration pattern is not supported for CallAwsService');
    }
    if (!Token.isUnresolved(props.action) && !startsInLowerCase(props.action)) {
      throw validationError(this, 'ActionCamelCase', `action must be camelCase, got: ${props.action}`);
    }
    const notPascalCase = Object.keys(props.parameters ?? {}).filter((key) => !startsInUpperCase(key));
    if (notPascalCase.length > 0) {
      throw validationError(this, 'MustBeParameterNamesPascalcase', `parameter names must be PascalCase, got: ${notPascalCase.join(', ')}`);
    }

    this.taskPolicies = sdkCallStatements(this, props, () => callAwsServiceIamActions(props.service, props.action));
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    // The integration ARN names the service in lower case; a token is left as it is.
    const service = Token.isUnresolved(this.props.service) ? this.props.service : this.props.service.toLowerCase();
    return {
      Resource: integrationResourceArn('aws-sdk', `${service}:${this.props.action}`, this.props.integrationPattern),
      ...this._renderParametersOrArguments(this.props.parameters ?? {}, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
