import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { EmrServerlessApplicationTaskBase } from './private/application-task';

interface EmrServerlessDeleteApplicationOptions {
  /**
   * The ID of the application to delete, e.g. `00f1abcdexample`.
   *
   * A literal ID or a deploy-time token (such as `CfnApplication.attrApplicationId`) scopes the IAM grant
   * to that application; an ID from the state's data (JSONPath or JSONata) grants on every application in
   * the account and Region.
   */
  readonly applicationId: string;
}

/**
 * Props of `EmrServerlessDeleteApplication.jsonPath()`: a deletion of an EMR Serverless application in a JSONPath state.
 */
export interface EmrServerlessDeleteApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * Props of `EmrServerlessDeleteApplication.jsonata()`: a deletion of an EMR Serverless application in a JSONata state.
 */
export interface EmrServerlessDeleteApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * Props of `EmrServerlessDeleteApplication`, in either query language.
 */
export interface EmrServerlessDeleteApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * A Task state that deletes an EMR Serverless application, which must be `CREATED` or `STOPPED`.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the application is TERMINATED. The state's
 * result is `{ "ApplicationId": ... }`.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_DeleteApplication.html
 */
export class EmrServerlessDeleteApplication extends EmrServerlessApplicationTaskBase {
  /**
   * A Task state, in JSONPath, that deletes an EMR Serverless application, which must be `CREATED` or `STOPPED`.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessDeleteApplicationJsonPathProps): EmrServerlessDeleteApplication {
    return new EmrServerlessDeleteApplication(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes an EMR Serverless application, which must be `CREATED` or `STOPPED`.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessDeleteApplicationJsonataProps): EmrServerlessDeleteApplication {
    return new EmrServerlessDeleteApplication(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: EmrServerlessDeleteApplicationProps) {
    super(scope, id, props, {
      api: 'deleteApplication',
      action: 'emr-serverless:DeleteApplication',
      syncActions: ['emr-serverless:GetApplication'],
    });
  }
}
