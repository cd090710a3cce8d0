import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { anyIfRunTime, managedEventsRuleStatement } from '../../private';

/**
 * The patterns every EMR Serverless integration supports: the call alone, or `.sync`, which waits for the
 * application or job run to reach the state the call leads to.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export const EMR_SERVERLESS_PATTERNS: readonly sfn.IntegrationPattern[] = [
  sfn.IntegrationPattern.REQUEST_RESPONSE,
  sfn.IntegrationPattern.RUN_JOB,
];

/** The managed rule through which `.sync` learns of application state changes. */
export const APPLICATION_EVENTS_RULE = 'StepFunctionsGetEventsForEMRServerlessApplicationRule';

/** The managed rule through which `.sync` learns of job run state changes. */
export const JOB_EVENTS_RULE = 'StepFunctionsGetEventsForEMRServerlessJobRule';

/**
 * The ARN of an application, `arn:...:emr-serverless:<region>:<account>:/applications/<id>`, or of every
 * application in the account when the ID comes from the state's data (JSONPath or JSONata). A literal ID
 * or a deploy-time token (such as `CfnApplication.attrApplicationId`) scopes the ARN to that application.
 */
export function applicationArn(scope: IConstruct, applicationId: string): string {
  return Stack.of(scope).formatArn({
    service: 'emr-serverless',
    resource: '/applications',
    resourceName: anyIfRunTime(applicationId),
  });
}

/** The ARN of a job run of an application, or of all its job runs when `jobRunId` is not given. */
export function jobRunArn(scope: IConstruct, applicationId: string, jobRunId?: string): string {
  return `${applicationArn(scope, applicationId)}/jobruns/${jobRunId === undefined ? '*' : anyIfRunTime(jobRunId)}`;
}

/**
 * The statements of a call on one application or job run: `actions` on `resources`, and for `.sync` the
 * managed events rule that reports state changes.
 */
export function emrServerlessStatements(
  scope: IConstruct,
  pattern: sfn.IntegrationPattern,
  actions: string[],
  resources: string[],
  eventsRule: string,
): PolicyStatement[] {
  return [
    new PolicyStatement({ actions, resources }),
    ...(pattern === sfn.IntegrationPattern.RUN_JOB ? [managedEventsRuleStatement(scope, eventsRule)] : []),
  ];
}
