import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { withJsonata } from '../private';
import { EmrServerlessApplicationTaskBase } from './private/application-task';

interface EmrServerlessStopApplicationOptions {
  /**
   * The ID of the application to stop, e.g. `00f1abcdexample`.
   *
   * A literal ID or a deploy-time token (such as `CfnApplication.attrApplicationId`) scopes the IAM grant
   * to that application; an ID from the state's data (JSONPath or JSONata) grants on every application in
   * the account and Region.
   */
  readonly applicationId: string;
}

/**
 * Props of `EmrServerlessStopApplication.jsonPath()`: a stop of an EMR Serverless application in a JSONPath state.
 */
export interface EmrServerlessStopApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * Props of `EmrServerlessStopApplication.jsonata()`: a stop of an EMR Serverless application in a JSONata state.
 */
export interface EmrServerlessStopApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * Props of `EmrServerlessStopApplication`, in either query language.
 */
export interface EmrServerlessStopApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * A Task state that stops an EMR Serverless application and releases its initial capacity; its jobs must have finished or been cancelled.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the application is STOPPED. The state's
 * result is `{ "ApplicationId": ... }`.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StopApplication.html
 */
export class EmrServerlessStopApplication extends EmrServerlessApplicationTaskBase {
  /**
   * A Task state, in JSONPath, that stops an EMR Serverless application and releases its initial capacity; its jobs must have finished or been cancelled.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStopApplicationJsonPathProps): EmrServerlessStopApplication {
    return new EmrServerlessStopApplication(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that stops an EMR Serverless application and releases its initial capacity; its jobs must have finished or been cancelled.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStopApplicationJsonataProps): EmrServerlessStopApplication {
    return new EmrServerlessStopApplication(scope, id, withJsonata(props));
  }

  constructor(scope: Construct, id: string, props: EmrServerlessStopApplicationProps) {
    super(scope, id, props, {
      api: 'stopApplication',
      action: 'emr-serverless:StopApplication',
      syncActions: ['emr-serverless:GetApplication'],
    });
  }
}
