import * as cdk from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ourTasks from '../../lib';
import { StepFunctionsInvokeActivity } from '../../lib';
import { type Tasks, expectSameAsReference, newStack, policyStatements, renderState } from '../util';

const ACTIVITY_ARN = 'arn:aws:states:us-east-1:123456789012:activity:review';

function importedActivity(stack: cdk.Stack): sfn.IActivity {
  return sfn.Activity.fromActivityArn(stack, 'Activity', ACTIVITY_ARN);
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
describe('StepFunctionsInvokeActivity', () => {
  test('names the activity as the Resource and passes the input unchanged (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new StepFunctionsInvokeActivity(stack, 'Review', { activity: importedActivity(stack) });
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: ACTIVITY_ARN });
  });

  test('renders parameters in JSONPath', () => {
    const stack = newStack();
    const task = new StepFunctionsInvokeActivity(stack, 'Review', {
      activity: importedActivity(stack),
      parameters: { comment: 'check', size: sfn.JsonPath.stringAt('$.size') },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: ACTIVITY_ARN,
      Parameters: { 'comment': 'check', 'size.$': '$.size' },
    });
  });

  test('jsonata() renders arguments', () => {
    const stack = newStack();
    const task = StepFunctionsInvokeActivity.jsonata(stack, 'Review', {
      activity: importedActivity(stack),
      arguments: { size: '{% $states.input.size %}' },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: ACTIVITY_ARN,
      Arguments: { size: '{% $states.input.size %}' },
    });
  });

  test('renders the heartbeat and timeout of the worker', () => {
    const stack = newStack();
    const task = new StepFunctionsInvokeActivity(stack, 'Review', {
      activity: importedActivity(stack),
      heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.seconds(60)),
      taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(1)),
    });
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: ACTIVITY_ARN, HeartbeatSeconds: 60, TimeoutSeconds: 3600 });
  });

  test('metrics are the activity\'s, by ARN', () => {
    const stack = newStack();
    const task = new StepFunctionsInvokeActivity(stack, 'Review', { activity: importedActivity(stack) });
    const metric = task.metricHeartbeatTimedOut() as cloudwatch.Metric;
    expect(metric.metricName).toEqual('ActivitiesHeartbeatTimedOut');
    expect(metric.namespace).toEqual('AWS/States');
    expect(metric.dimensions).toEqual({ ActivityArn: ACTIVITY_ARN });
    expect((task.metricRunTime() as cloudwatch.Metric).metricName).toEqual('ActivityRunTime');
  });

  test('needs no IAM statement for an activity without a customer managed key', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new StepFunctionsInvokeActivity(stack, 'Review', { activity: importedActivity(stack) })),
    });
    expect(policyStatements(stack)).toEqual([]);
  });

  test('grants the use of the activity\'s customer managed key, for that activity only', () => {
    const stack = newStack();
    const activity = new sfn.Activity(stack, 'Activity', {
      encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(new kms.Key(stack, 'Key')),
    });
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new StepFunctionsInvokeActivity(stack, 'Review', { activity })),
    });
    expect(policyStatements(stack)).toContainEqual({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      Condition: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': { Ref: 'Activity04690B0A' } } },
    });
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['an imported activity', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', { activity: importedActivity(s) })],
      ['an activity imported by name', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', { activity: sfn.Activity.fromActivityName(s, 'A', 'review') })],
      ['a created activity', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', { activity: new sfn.Activity(s, 'Activity') })],
      ['an activity with a customer managed key', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: new sfn.Activity(s, 'Activity', {
          encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(new kms.Key(s, 'Key'), cdk.Duration.minutes(5)),
        }),
      })],
      ['an activity with an AWS owned key', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: new sfn.Activity(s, 'Activity', { encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration() }),
      })],
      ['every JSONPath prop', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s),
        parameters: { comment: 'x', details: { size: sfn.JsonPath.stringAt('$.size'), token: sfn.JsonPath.taskToken } },
        heartbeat: cdk.Duration.seconds(30),
        timeout: cdk.Duration.minutes(10),
        inputPath: '$.order',
        resultPath: '$.review',
        resultSelector: { verdict: sfn.JsonPath.stringAt('$.verdict') },
        outputPath: '$.review',
        comment: 'review',
        assign: { reviewed: true },
      })],
      ['heartbeat and timeout from the state\'s data', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s),
        heartbeatTimeout: sfn.Timeout.at('$.heartbeat'),
        taskTimeout: sfn.Timeout.at('$.timeout'),
      })],
      ['an integration pattern, which the task ignores', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonPath()', (t, s) => t.StepFunctionsInvokeActivity.jsonPath(s, 'Review', {
        activity: importedActivity(s), parameters: { a: sfn.JsonPath.stringAt('$.a') },
      })],
      ['jsonata() with arguments and outputs', (t, s) => t.StepFunctionsInvokeActivity.jsonata(s, 'Review', {
        activity: importedActivity(s),
        arguments: { a: '{% $states.input.a %}' },
        outputs: '{% $states.result %}',
        heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.seconds(20)),
      })],
      ['jsonata() without arguments', (t, s) => t.StepFunctionsInvokeActivity.jsonata(s, 'Review', { activity: importedActivity(s) })],
      ['arguments in the JSONPath constructor', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s), arguments: { a: 1 },
      })],
      ['both parameters and arguments', (t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s), parameters: { p: 1 }, arguments: { a: 2 }, queryLanguage: sfn.QueryLanguage.JSONATA,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('parameters inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.StepFunctionsInvokeActivity(s, 'Review', {
        activity: importedActivity(s), arguments: { a: '{% $states.input.a %}' },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('the metrics of the task', () => {
      const metrics = (t: Tasks) => {
        const stack = newStack();
        const task = new t.StepFunctionsInvokeActivity(stack, 'Review', { activity: importedActivity(stack) });
        return stack.resolve([
          task.metricRunTime(), task.metricScheduleTime(), task.metricTime(), task.metricScheduled(), task.metricTimedOut(),
          task.metricStarted(), task.metricSucceeded(), task.metricFailed(), task.metricHeartbeatTimedOut(),
        ].map((metric) => metric.toMetricConfig()));
      };
      expect(metrics(ourTasks)).toEqual(metrics(reference as unknown as Tasks));
    });
  });

  describe('the seed documents\' examples', () => {
    test('invoke an activity (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const submitJobActivity = new sfn.Activity(s, 'SubmitJob');
        return new t.StepFunctionsInvokeActivity(s, 'Submit Job', { activity: submitJobActivity });
      });
    });

    test('v2 README: pass parameters to the activity', () => {
      expectSameAsReference((t, s) => {
        const submitJobActivity = new sfn.Activity(s, 'SubmitJob');
        return new t.StepFunctionsInvokeActivity(s, 'Submit Job', {
          activity: submitJobActivity,
          parameters: {
            comment: 'Selecting what I care about.',
            MyDetails: {
              size: sfn.JsonPath.stringAt('$.product.details.size'),
              exists: sfn.JsonPath.stringAt('$.product.availability'),
              StaticValue: 'foo',
            },
          },
        });
      });
    });
  });
});
