import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { lengthProblems, patternProblems, ServiceCallTask, throwProblems } from '../../private';
import { APPLICATION_EVENTS_RULE, EMR_SERVERLESS_PATTERNS, applicationArn, emrServerlessStatements } from './resources';

/**
 * The props every call on an existing application takes.
 */
export interface EmrServerlessApplicationCallProps extends sfn.TaskStateBaseProps {
  readonly applicationId: string;
}

/**
 * How one call on an existing application differs from the others.
 */
export interface EmrServerlessApplicationCall {
  /** The integration's API, e.g. `startApplication`. */
  readonly api: string;
  /** The IAM action of the call itself, e.g. `emr-serverless:StartApplication`. */
  readonly action: string;
  /** The further actions `.sync` needs to follow the application, as Step Functions documents them. */
  readonly syncActions: string[];
}

/**
 * What starting, stopping and deleting an application share: the `ApplicationId` request, both patterns,
 * the ID check, and the statements scoped to the application.
 *
 * Not exported: jsii folds its members into the public classes.
 *
 * @internal
 */
export abstract class EmrServerlessApplicationTaskBase extends ServiceCallTask {
  private readonly applicationId: string;

  constructor(scope: Construct, id: string, props: EmrServerlessApplicationCallProps, call: EmrServerlessApplicationCall) {
    super(scope, id, props, { service: 'emr-serverless', api: call.api, patterns: EMR_SERVERLESS_PATTERNS });
    this.applicationId = props.applicationId;
    throwProblems(this, 'InvalidEmrServerlessApplicationId', 'Invalid EMR Serverless application ID', applicationIdProblems(props.applicationId));

    const sync = this._integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this._setTaskPolicies(emrServerlessStatements(this, this._integrationPattern,
      [call.action, ...(sync ? call.syncActions : [])],
      [applicationArn(this, props.applicationId)],
      APPLICATION_EVENTS_RULE));
  }

  /**
   * @internal
   */
  protected _renderRequest() {
    return { ApplicationId: this.applicationId };
  }
}

/** The problems with an application ID known now: 1 to 64 lowercase letters and digits. */
export function applicationIdProblems(applicationId: string): string[] {
  return [
    ...lengthProblems('applicationId', applicationId, 1, 64),
    ...patternProblems('applicationId', applicationId, /^[0-9a-z]*$/, 'lowercase letters and digits only'),
  ];
}
