/**
 * The reports of `StateMachineChecks` that a fuzzing case may rightly get. The generator picks each value on
 * its own, so some cases are configurations that cannot work in AWS (which aws-cdk-lib renders all the same):
 * each kind below names one, and says why a report of it is true. A report that no kind explains is a false
 * report, and fails the campaign as a difference from the reference does.
 */
import type { FuzzCase } from './fuzz';

interface Kind {
  /** Why the report is true. */
  readonly why: string;
  /** Whether the kind explains `report` (`<field>: <message>`, the state left out) on `fuzzCase`. */
  readonly explains: (report: string, fuzzCase: FuzzCase) => boolean;
}

/** The calls the generator can pair (recipes.ts: `service` x `action`) that exist, as Step Functions names them. */
const REAL_CALLS = new Set(['s3:getobject', 'dynamodb:listtables', 'sfn:describeexecution']);
/** The IAM actions of those calls; IAM action names are case-insensitive. */
const REAL_IAM_ACTIONS = new Set(['s3:getobject', 'dynamodb:listtables', 'states:describeexecution']);
/**
 * The generator's service names that are not services: for Step Functions (`aws-sdk:<service>`, which the
 * task writes in lower case), and for the function of `CallAwsServiceCrossRegion`, which loads
 * `@aws-sdk/client-<service>` as given (MediaPackage VOD's client is `client-mediapackage-vod`).
 */
const NOT_SERVICES = { stepFunctions: new Set(['bad']), javaScript: new Set(['Bad', 'mediapackagevod']) };

const isSdkTask = (fuzzCase: FuzzCase) => fuzzCase.task === 'CallAwsService' || fuzzCase.task === 'CallAwsServiceCrossRegion';
const byStepFunctions = (fuzzCase: FuzzCase) => fuzzCase.task === 'CallAwsService';

/**
 * Whether the state can be evaluated in JSONata: built with `jsonata()`, or in a JSONata state machine (where
 * a state without a QueryLanguage of its own is JSONata; some classes' `jsonPath()` renders none, as in aws-cdk-lib).
 */
const mayBeJsonata = (fuzzCase: FuzzCase) => fuzzCase.factory === 'jsonata' || fuzzCase.machineLanguage === 'JSONata';

const KINDS: Kind[] = [
  {
    why: 'a JSONPath field in a JSONata state, which Step Functions refuses (and CloudFormation\'s validation warns of, E3601): '
      + 'the generator gives every class a resultPath, and some classes render Parameters whatever the query language',
    explains: (report, fuzzCase) => mayBeJsonata(fuzzCase)
      && /^(ResultPath|Parameters|InputPath|OutputPath|ResultSelector): \1 is a JSONPath field, which Step Functions refuses in a JSONata state/.test(report),
  },
  {
    why: '.waitForTaskToken where the props never pass the task token: nothing can ever send the task its result',
    explains: (report, fuzzCase) => /^Resource: the \.waitForTaskToken pattern waits for a task token, but the state's input/.test(report)
      && JSON.stringify(fuzzCase.props).includes('"WAIT_FOR_TASK_TOKEN"')
      && !JSON.stringify(fuzzCase.props).includes('taskToken') && !JSON.stringify(fuzzCase.props).includes('Task.Token'),
  },
  {
    why: 'a service name that is not one',
    explains: (report, fuzzCase) => {
      const match = /^[\w.]*?(?:Resource|service): (\S+) is not an AWS SDK service/.exec(report);
      return isSdkTask(fuzzCase) && !!match && NOT_SERVICES[byStepFunctions(fuzzCase) ? 'stepFunctions' : 'javaScript'].has(match[1]);
    },
  },
  {
    why: 'an action of another service: the generator pairs services and actions at random',
    explains: (report, fuzzCase) => {
      const match = /^[\w.]*?(?:Resource|action): (\S+) is not an action of (\S+)$/.exec(report);
      return isSdkTask(fuzzCase) && !!match && !REAL_CALLS.has(`${match[2]}:${match[1]}`.toLowerCase());
    },
  },
  {
    why: 'the IAM action of a call that does not exist',
    explains: (report, fuzzCase) => {
      const match = /^iamAction: the IAM action (\S+) does not exist in the IAM Service Authorization Reference$/.exec(report);
      return isSdkTask(fuzzCase) && !!match && !REAL_IAM_ACTIONS.has(match[1].toLowerCase());
    },
  },
  {
    why: 'a parameter the operation does not take: of the generator\'s keys, only Key is a member of one of its calls (S3 GetObject)',
    explains: (report, fuzzCase) => {
      const match = /^\S*?: (\S+) is not a parameter of ([^\s,;]+)/.exec(report);
      return isSdkTask(fuzzCase) && !!match && !(match[2].toLowerCase() === 's3:getobject' && match[1].toLowerCase() === 'key');
    },
  },
];

/** The reports of a case that no kind explains: false reports. */
export function unexplainedCheckReports(fuzzCase: FuzzCase, reports: readonly string[]): string[] {
  return reports.filter((report) => !KINDS.some((kind) => kind.explains(report, fuzzCase)));
}
