import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/**
 * The statement a `.sync` (RUN_JOB) integration needs so that Step Functions can create and read the
 * EventBridge rule, managed by the service, through which it learns that the job finished.
 *
 * @param ruleName the managed rule's name, e.g. `StepFunctionsGetEventsForBatchJobsRule`
 */
export function managedEventsRuleStatement(scope: IConstruct, ruleName: string): PolicyStatement {
  return new PolicyStatement({
    actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    resources: [Stack.of(scope).formatArn({ service: 'events', resource: 'rule', resourceName: ruleName })],
  });
}
