/**
 * Shared expectations of the tests of the Amazon EKS tasks this library adds beyond aws-cdk-lib.
 *
 * There is no aws-cdk-lib class to compare with, so every expected value comes from the AWS documentation:
 * - the Step Functions page on Amazon EKS, https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 *   (APIs, patterns, request fields, example Task states, the roles that need `iam:PassRole`);
 * - its IAM templates, https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html (actions per API);
 * - the Amazon EKS API reference (request field names and constraints).
 *
 * moto cannot execute these states: its Step Functions interpreter lists `eks` among the optimized
 * integrations it does not support, so there are no execution tests for them.
 */
import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { expectValidDefinitions, regionalArn } from '../util';

/** The ARN of a cluster (or `*`). */
export function clusterArn(name: string): any {
  return regionalArn('eks', `cluster/${name}`);
}

/** `iam:PassRole` of a role, to Amazon EKS only. */
export function passRole(roleArn: any): any {
  return {
    Action: 'iam:PassRole',
    Condition: { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } },
    Effect: 'Allow',
    Resource: roleArn,
  };
}

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
