/**
 * Expected values and helpers shared by the EMR tests.
 */

/** `arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/*`, as an environment-agnostic stack renders it. */
export const ANY_CLUSTER_ARN = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticmapreduce:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':cluster/*']],
};

/** The statement that lets a `.sync` EMR integration manage the EventBridge rule `ruleName`. */
export function eventsRuleStatement(ruleName: string): any {
  return {
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Effect: 'Allow',
    Resource: {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:rule/${ruleName}`]],
    },
  };
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
