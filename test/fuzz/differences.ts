/**
 * The fuzz cases where we differ from aws-cdk-lib on purpose (README, "Differences from aws-cdk-lib").
 *
 * A recognized case is not let off: its reference side is changed by exactly the intended difference
 * (test/differences.ts), and the result must still be identical to ours. Keep each recognizer as narrow as
 * the fix it stands for.
 */
import type { IntendedDifference } from '../util';
import { grantsTopicKey } from '../differences';
import type { FuzzCase } from './fuzz';
import type { Recipe } from './recipes';

interface KnownDifference {
  /** The upstream issue, where there is one. */
  readonly issue?: string;
  /** The difference for this case, or undefined when the case does not reach it. */
  readonly recognize: (fuzzCase: FuzzCase) => IntendedDifference | undefined;
}

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    issue: 'aws-cdk#32303',
    // SnsPublish grants the use of a customer managed key of the topic.
    recognize: (c) => c.task === 'SnsPublish' && isExternal(prop(c, 'topic'), 'topic.encrypted') ? grantsTopicKey() : undefined,
  },
];

/** The intended difference a fuzz case reaches, if any. */
export function intendedDifferenceOf(fuzzCase: FuzzCase): IntendedDifference | undefined {
  for (const known of KNOWN_DIFFERENCES) {
    const difference = known.recognize(fuzzCase);
    if (difference) return difference;
  }
  return undefined;
}

function prop(fuzzCase: FuzzCase, name: string): Recipe | undefined {
  return 'struct' in fuzzCase.props ? fuzzCase.props.struct[name] : undefined;
}

function isExternal(recipe: Recipe | undefined, key: string): boolean {
  return recipe !== undefined && 'ext' in recipe && recipe.ext === key;
}
