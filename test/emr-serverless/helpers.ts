/**
 * Shared expectations of the EMR Serverless task tests.
 *
 * There is no aws-cdk-lib class to compare with, so every expected value here comes from the Step Functions
 * developer guide: https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html (APIs,
 * patterns, request fields and the IAM policies Step Functions generates for each call).
 *
 * moto cannot execute these states: its Step Functions interpreter lists `emr-serverless` among the optimized
 * integrations it does not support (only `.waitForTaskToken` is forwarded, which EMR Serverless does not
 * offer), so there are no execution tests for this service.
 */
import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { expectValidDefinitions, regionalArn } from '../util';

/** The ARN of an application (or `*`), with `suffix` after it. */
export function applicationArn(id: string, suffix = ''): any {
  return regionalArn('emr-serverless', `/applications/${id}${suffix}`);
}

/** The statement of a `.sync` call on the managed events rule. */
export function eventsRuleStatement(rule: string): any {
  return {
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Effect: 'Allow',
    Resource: regionalArn('events', `rule/${rule}`),
  };
}

export const APPLICATION_RULE = 'StepFunctionsGetEventsForEMRServerlessApplicationRule';
export const JOB_RULE = 'StepFunctionsGetEventsForEMRServerlessJobRule';

/**
 * Wraps the state in a state machine, expects every definition in the template to be valid ASL, and
 * returns the template.
 */
export function synthesizeValid(stack: cdk.Stack, state: sfn.IChainable, queryLanguage?: sfn.QueryLanguage): any {
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(state), queryLanguage });
  const template = Template.fromStack(stack).toJSON();
  expectValidDefinitions(template);
  return template;
}
