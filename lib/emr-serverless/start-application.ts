import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { EmrServerlessApplicationTaskBase } from './private/application-task';

interface EmrServerlessStartApplicationOptions {
  /**
   * The ID of the application to start, e.g. `00f1abcdexample`.
   *
   * A literal ID or a deploy-time token (such as `CfnApplication.attrApplicationId`) scopes the IAM grant
   * to that application; an ID from the state's data (JSONPath or JSONata) grants on every application in
   * the account and Region.
   */
  readonly applicationId: string;
}

/**
 * Props of `EmrServerlessStartApplication.jsonPath()`: a start of an EMR Serverless application in a JSONPath state.
 */
export interface EmrServerlessStartApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * Props of `EmrServerlessStartApplication.jsonata()`: a start of an EMR Serverless application in a JSONata state.
 */
export interface EmrServerlessStartApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * Props of `EmrServerlessStartApplication`, in either query language.
 */
export interface EmrServerlessStartApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * A Task state that starts an EMR Serverless application, bringing up its initial capacity if it has any.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the application is STARTED. The state's
 * result is `{ "ApplicationId": ... }`.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartApplication.html
 */
export class EmrServerlessStartApplication extends EmrServerlessApplicationTaskBase {
  /**
   * A Task state, in JSONPath, that starts an EMR Serverless application, bringing up its initial capacity if it has any.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStartApplicationJsonPathProps): EmrServerlessStartApplication {
    return new EmrServerlessStartApplication(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an EMR Serverless application, bringing up its initial capacity if it has any.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStartApplicationJsonataProps): EmrServerlessStartApplication {
    return new EmrServerlessStartApplication(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: EmrServerlessStartApplicationProps) {
    super(scope, id, props, {
      api: 'startApplication',
      action: 'emr-serverless:StartApplication',
      syncActions: ['emr-serverless:GetApplication', 'emr-serverless:StopApplication'],
    });
  }
}
