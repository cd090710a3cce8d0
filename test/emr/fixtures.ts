/**
 * Expected values and helpers shared by the EMR tests.
 */

import { regionalArn } from '../util';

/** `arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/*`, as an environment-agnostic stack renders it. */
export const ANY_CLUSTER_ARN = regionalArn('elasticmapreduce', 'cluster/*');

/** The statement that lets a `.sync` EMR integration manage the EventBridge rule `ruleName`. */
export function eventsRuleStatement(ruleName: string): any {
  return {
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Effect: 'Allow',
    Resource: regionalArn('events', `rule/${ruleName}`),
  };
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
