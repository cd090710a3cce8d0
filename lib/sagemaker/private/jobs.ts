import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct, IConstruct } from 'constructs';
import { anyIfRunTime, managedEventsRuleStatement } from '../../private';
import { listTagsStatement, passRoleToSageMaker, VPC_NETWORKING_ACTIONS } from './render';

/**
 * The patterns of the SageMaker job integrations this library adds: the call alone, or `.sync`, which
 * waits for the job to end. SageMaker has no `.waitForTaskToken` integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export const SAGEMAKER_JOB_PATTERNS: readonly sfn.IntegrationPattern[] = [
  sfn.IntegrationPattern.REQUEST_RESPONSE,
  sfn.IntegrationPattern.RUN_JOB,
];

/** How Step Functions follows one kind of SageMaker job. */
export interface SageMakerJobKind {
  /** The job's ARN resource type, e.g. `processing-job`. */
  readonly resource: string;
  /** The job's noun in the API's action names, e.g. `ProcessingJob` (CreateProcessingJob, ...). */
  readonly api: string;
  /** The managed EventBridge rule `.sync` uses, for jobs whose state changes SageMaker reports as events. */
  readonly eventsRule?: string;
}

/**
 * What the state machine needs to create a SageMaker job named `name` and hand it `role`: create (and, for
 * `.sync`, describe and stop) the job, tag it, list tags, pass the role to SageMaker, and for `.sync` manage
 * the events rule. A name from the state's data grants on every job of the kind.
 *
 * Step Functions documents IAM templates for training and transform jobs only (sagemaker-iam.html); the
 * processing, tuning and labeling jobs follow its CreateTrainingJob template, with their own actions, ARN
 * type and managed rule, and AddTags on the job as the Service Authorization Reference makes it a
 * dependent action of each Create call.
 */
export function sagemakerJobStatements(
  scope: IConstruct,
  kind: SageMakerJobKind,
  name: string,
  role: iam.IRole,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const sync = pattern === sfn.IntegrationPattern.RUN_JOB;
  const jobArn = Stack.of(scope).formatArn({
    service: 'sagemaker',
    resource: kind.resource,
    resourceName: anyIfRunTime(name, '*'),
  });
  return [
    new iam.PolicyStatement({
      actions: [`sagemaker:Create${kind.api}`, ...(sync ? [`sagemaker:Describe${kind.api}`, `sagemaker:Stop${kind.api}`] : [])],
      resources: [jobArn],
    }),
    listTagsStatement(),
    new iam.PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [jobArn] }),
    passRoleToSageMaker(role),
    ...(sync && kind.eventsRule ? [managedEventsRuleStatement(scope, kind.eventsRule)] : []),
  ];
}

/**
 * The role SageMaker assumes for a job when none is given: it may write logs and metrics and get ECR
 * tokens (and manage network interfaces in a VPC); the job's images, S3 locations and keys add the rest
 * when they are bound.
 */
export function defaultJobRole(scope: Construct, id: string, policyName: string, inVpc: boolean): iam.Role {
  return new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    inlinePolicies: {
      [policyName]: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({
          actions: [
            'cloudwatch:PutMetricData',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
            'logs:CreateLogGroup',
            'logs:DescribeLogStreams',
            'ecr:GetAuthorizationToken',
            ...(inVpc ? VPC_NETWORKING_ACTIONS : []),
          ],
          resources: ['*'],
        })],
      }),
    },
  });
}
