import * as cdk from 'aws-cdk-lib';
import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ActionAfterCompletion, EventBridgeSchedulerCreateScheduleTask, EventBridgeSchedulerTarget, Schedule } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder, type Tasks,
} from '../util';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:target';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/scheduler';

function importedRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'SchedulerRole', ROLE_ARN);
}

function target(t: Tasks, stack: cdk.Stack, extra: object = {}) {
  return new t.EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack), ...extra });
}

describe('EventBridgeSchedulerCreateScheduleTask', () => {
  test('creates an enabled schedule in the default group without a time window (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', {
      scheduleName: 'nightly',
      schedule: Schedule.cron({ minute: '0', hour: '3' }),
      target: new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack) }),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('aws-sdk:scheduler:createSchedule'),
      Parameters: {
        ActionAfterCompletion: 'NONE',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Name: 'nightly',
        ScheduleExpression: 'cron(0 3 * * ? *)',
        State: 'ENABLED',
        Target: { Arn: QUEUE_ARN, RoleArn: ROLE_ARN },
      },
    });
  });

  test('renders every optional field', () => {
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234');
    const dlq = sqs.Queue.fromQueueArn(stack, 'Dlq', 'arn:aws:sqs:us-east-1:123456789012:dlq');
    const task = EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Create', {
      scheduleName: 'reminder',
      actionAfterCompletion: ActionAfterCompletion.DELETE,
      clientToken: 'token-1',
      description: 'remind me',
      startDate: new Date('2030-01-01T00:00:00Z'),
      endDate: new Date('2030-02-01T00:00:00Z'),
      flexibleTimeWindow: Duration.minutes(15),
      groupName: 'reminders',
      kmsKey: key,
      schedule: Schedule.rate(Duration.hours(2)),
      timezone: 'Europe/Paris',
      enabled: false,
      target: new EventBridgeSchedulerTarget({
        arn: QUEUE_ARN,
        role: importedRole(stack),
        input: '{"hello": "world"}',
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.hours(1) },
        deadLetterQueue: dlq,
      }),
    });
    expect(renderState(task).Arguments).toEqual({
      ActionAfterCompletion: 'DELETE',
      ClientToken: 'token-1',
      Description: 'remind me',
      EndDate: '2030-02-01T00:00:00.000Z',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      GroupName: 'reminders',
      KmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234',
      Name: 'reminder',
      ScheduleExpression: 'rate(2 hours)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      StartDate: '2030-01-01T00:00:00.000Z',
      State: 'DISABLED',
      Target: {
        Arn: QUEUE_ARN,
        RoleArn: ROLE_ARN,
        Input: '{"hello": "world"}',
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 3 },
        DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:123456789012:dlq' },
      },
    });
  });

  test('grants scheduler:CreateSchedule on the schedule and iam:PassRole on the target role', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', {
        scheduleName: 'nightly',
        groupName: 'jobs',
        schedule: Schedule.rate(Duration.days(1)),
        target: new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack) }),
      })),
    });
    expect(policyStatements(stack)).toEqual([
      {
        Action: 'scheduler:CreateSchedule',
        Effect: 'Allow',
        Resource: regionalArn('scheduler', 'schedule/jobs/nightly'),
      },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: ROLE_ARN },
    ]);
  });

  test('lets the target role decrypt with the KMS key', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    const key = new kms.Key(stack, 'Key');
    new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', {
      scheduleName: 'nightly',
      kmsKey: key,
      schedule: Schedule.rate(Duration.days(1)),
      target: new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: 'Role1ABCC5F0' }],
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } }], Version: '2012-10-17' },
    });
  });

  describe.each([
    ['startDate is not before endDate', { startDate: new Date('2030-01-02'), endDate: new Date('2030-01-01') }, "'startDate' must be before 'endDate'"],
    ['clientToken is empty', { clientToken: '' }, 'ClientToken must be between 1 and 64 characters long. Got: 0'],
    ['clientToken is too long', { clientToken: 'x'.repeat(65) }, 'ClientToken must be between 1 and 64 characters long. Got: 65'],
    ['clientToken has other characters', { clientToken: 'a b' }, 'ClientToken must consist of alphanumeric characters, dashes, and underscores only, Got: a b'],
    ['description is too long', { description: 'd'.repeat(513) }, 'Description must be less than 512 characters long. Got: 513'],
    ['flexibleTimeWindow is under a minute', { flexibleTimeWindow: Duration.seconds(59) }, 'FlexibleTimeWindow must be between 1 and 1440 minutes'],
    ['flexibleTimeWindow is over a day', { flexibleTimeWindow: Duration.minutes(1441) }, 'FlexibleTimeWindow must be between 1 and 1440 minutes'],
    ['groupName is empty', { groupName: '' }, 'GroupName must be between 1 and 64 characters long. Got: 0'],
    ['groupName is too long', { groupName: 'g'.repeat(65) }, 'GroupName must be between 1 and 64 characters long. Got: 65'],
    ['groupName has other characters', { groupName: 'a/b' }, 'GroupName must consist of alphanumeric characters, dashes, underscores, and periods only, Got: a/b'],
    ['timezone is empty', { timezone: '' }, 'Timezone must be between 1 and 50 characters long. Got: 0'],
    ['timezone is too long', { timezone: 't'.repeat(51) }, 'Timezone must be between 1 and 50 characters long. Got: 51'],
  ])('throws when %s', (_name, extra, message) => {
    test('with the reference\'s message', () => {
      const stack = newStack();
      expect(() => new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', {
        scheduleName: 'nightly',
        schedule: Schedule.rate(Duration.days(1)),
        target: new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack) }),
        ...extra,
      })).toThrow(message);
    });

    test('as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        scheduleName: 'nightly',
        schedule: t.Schedule.rate(Duration.days(1)),
        target: target(t, s),
        ...extra,
      }));
    });
  });

  describe('matches aws-cdk-lib', () => {
    afterEach(() => jest.useRealTimers());

    test('the README example', () => {
      // `new Date()` must give both libraries the same time
      jest.useFakeTimers({ now: new Date('2030-06-15T12:34:56.789Z'), doNotFake: ['nextTick', 'setImmediate'] });
      expectSameAsReference((t, s) => {
        const key = new kms.Key(s, 'Key');
        const scheduleGroup = new scheduler.CfnScheduleGroup(s, 'Group', { name: 'group' });
        const targetQueue = new sqs.Queue(s, 'Target');
        const deadLetterQueue = new sqs.Queue(s, 'Dlq');

        const schedulerRole = new iam.Role(s, 'SchedulerRole', {
          assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
        });
        // To send the message to the queue
        // This policy changes depending on the type of target.
        schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({
          actions: ['sqs:SendMessage'],
          resources: [targetQueue.queueArn],
        }));

        return new t.EventBridgeSchedulerCreateScheduleTask(s, 'createSchedule', {
          scheduleName: 'TestSchedule',
          actionAfterCompletion: t.ActionAfterCompletion.NONE,
          clientToken: 'testToken',
          description: 'TestDescription',
          startDate: new Date(),
          endDate: new Date(new Date().getTime() + 1000 * 60 * 60),
          flexibleTimeWindow: Duration.minutes(5),
          groupName: scheduleGroup.ref,
          kmsKey: key,
          schedule: t.Schedule.rate(Duration.minutes(5)),
          timezone: 'UTC',
          enabled: true,
          target: new t.EventBridgeSchedulerTarget({
            arn: targetQueue.queueArn,
            role: schedulerRole,
            retryPolicy: {
              maximumRetryAttempts: 2,
              maximumEventAge: Duration.minutes(5),
            },
            deadLetterQueue,
          }),
        });
      });
    });

    const base = (t: Tasks, s: cdk.Stack, targetProps?: object) => ({
      scheduleName: 'nightly', schedule: t.Schedule.rate(Duration.days(1)), target: target(t, s, targetProps),
    });
    const configurations: Array<[string, Builder]> = [
      ['defaults', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', base(t, s))],
      ['every prop, imported resources', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s, {
          input: 'x',
          retryPolicy: { maximumRetryAttempts: 185, maximumEventAge: Duration.days(1) },
          deadLetterQueue: sqs.Queue.fromQueueArn(s, 'Dlq', 'arn:aws:sqs:us-east-1:123456789012:dlq'),
        }),
        actionAfterCompletion: t.ActionAfterCompletion.DELETE,
        clientToken: 'a-B_9',
        description: 'd'.repeat(512),
        startDate: new Date('2030-01-01T00:00:00Z'),
        endDate: new Date('2030-01-01T00:00:01Z'),
        flexibleTimeWindow: Duration.minutes(1440),
        groupName: 'my.group-1_x',
        kmsKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234'),
        timezone: 'America/Argentina/ComodRivadavia',
        enabled: false,
      })],
      ['created role, key and queues', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        scheduleName: 'nightly',
        schedule: t.Schedule.rate(Duration.days(1)),
        kmsKey: new kms.Key(s, 'Key'),
        target: new t.EventBridgeSchedulerTarget({
          arn: new sqs.Queue(s, 'Target').queueArn,
          role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') }),
          retryPolicy: { maximumRetryAttempts: 0, maximumEventAge: Duration.seconds(60) },
          deadLetterQueue: new sqs.Queue(s, 'Dlq'),
        }),
      })],
      ['a flexible window of one minute', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', { ...base(t, s), flexibleTimeWindow: Duration.seconds(60) })],
      ['a group from a token', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s), groupName: new scheduler.CfnScheduleGroup(s, 'Group').ref,
      })],
      ['tokens where lengths are checked', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s, { input: new cdk.CfnParameter(s, 'Input').valueAsString }),
        clientToken: new cdk.CfnParameter(s, 'Token').valueAsString,
        description: new cdk.CfnParameter(s, 'Description').valueAsString,
        timezone: new cdk.CfnParameter(s, 'Zone').valueAsString,
      })],
      ['values from the state', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s, { input: sfn.JsonPath.stringAt('$.input') }),
        scheduleName: sfn.JsonPath.stringAt('$.name'),
        description: sfn.JsonPath.stringAt('$.description'),
      })],
      // The target's input carries the task token back, without which the state would wait in vain.
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s, { input: sfn.JsonPath.format('{"token":"{}"}', sfn.JsonPath.taskToken) }), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['RUN_JOB (not rejected, as by the reference)', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['state props', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s), comment: 'schedule', resultPath: '$.schedule', timeout: Duration.seconds(30),
        credentials: { role: sfn.TaskRole.fromRole(iam.Role.fromRoleArn(s, 'TaskRole', 'arn:aws:iam::123456789012:role/task')) },
      })],
      ['jsonPath()', (t, s) => t.EventBridgeSchedulerCreateScheduleTask.jsonPath(s, 'Create', { ...base(t, s), outputPath: '$.ScheduleArn' })],
      ['jsonata()', (t, s) => t.EventBridgeSchedulerCreateScheduleTask.jsonata(s, 'Create', {
        ...base(t, s), scheduleName: '{% $states.input.name %}', outputs: '{% $states.result.ScheduleArn %}',
      })],
      ...([
        ['one time', (t: Tasks) => t.Schedule.oneTime(new Date(2030, 0, 2, 3, 4, 5))],
        ['one time, two-digit fields', (t: Tasks) => t.Schedule.oneTime(new Date(2030, 10, 22, 13, 14, 15))],
        ['rate in days', (t: Tasks) => t.Schedule.rate(Duration.days(1))],
        ['rate in hours from minutes', (t: Tasks) => t.Schedule.rate(Duration.minutes(120))],
        ['rate in days from hours', (t: Tasks) => t.Schedule.rate(Duration.hours(48))],
        ['rate in minutes', (t: Tasks) => t.Schedule.rate(Duration.minutes(90))],
        ['rate of a minute in seconds', (t: Tasks) => t.Schedule.rate(Duration.seconds(60))],
        ['cron with no fields', (t: Tasks) => t.Schedule.cron({})],
        ['cron with weekDay', (t: Tasks) => t.Schedule.cron({ minute: '0', hour: '8', weekDay: 'MON-FRI' })],
        ['cron with every field but weekDay', (t: Tasks) => t.Schedule.cron({ minute: '0/15', hour: '1', day: 'L', month: 'JAN', year: '2030' })],
      ] as Array<[string, (t: Tasks) => Schedule]>).map(([name, schedule]): [string, Builder] => [`schedule: ${name}`,
        (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', { ...base(t, s), schedule: schedule(t) })]),
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inherits JSONata from the state machine', () => {
      expectSameAsReference((t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', base(t, s)), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in an environment with a region', () => {
      expectSameAsReference((t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', base(t, s)), { env: { account: '123456789012', region: 'eu-west-1' } });
    });

    const errors: Array<[string, Builder]> = [
      ['the flexible window is not whole minutes', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', { ...base(t, s), flexibleTimeWindow: Duration.seconds(90) })],
      ['startDate equals endDate', (t, s) => new t.EventBridgeSchedulerCreateScheduleTask(s, 'Create', {
        ...base(t, s), startDate: new Date('2030-01-01'), endDate: new Date('2030-01-01'),
      })],
    ];
    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});

describe('EventBridgeSchedulerTarget', () => {
  test('renders only the fields it was given', () => {
    const stack = newStack();
    const t = new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack) });
    expect(stack.resolve(t.renderTargetObject())).toEqual({ Arn: QUEUE_ARN, RoleArn: ROLE_ARN });
  });

  test('keeps its props as mutable fields', () => {
    const stack = newStack();
    const t = new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack), input: 'a' });
    t.input = 'b';
    expect(stack.resolve(t.renderTargetObject()).Input).toEqual('b');
  });

  const badTargets: Array<[string, object, string]> = [
    ['input is empty', { input: '' }, 'Input must be at least 1 character long.'],
    ['maximumRetryAttempts is negative', { retryPolicy: { maximumRetryAttempts: -1, maximumEventAge: Duration.minutes(1) } },
      'MaximumRetryAttempts must be an integer between 0 and 185, got -1'],
    ['maximumRetryAttempts is over 185', { retryPolicy: { maximumRetryAttempts: 186, maximumEventAge: Duration.minutes(1) } },
      'MaximumRetryAttempts must be an integer between 0 and 185, got 186'],
    ['maximumRetryAttempts is not whole', { retryPolicy: { maximumRetryAttempts: 1.5, maximumEventAge: Duration.minutes(1) } },
      'MaximumRetryAttempts must be an integer between 0 and 185, got 1.5'],
    ['maximumEventAge is under a minute', { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(59) } },
      'MaximumEventAgeInSeconds must be between 60 and 86400 seconds'],
    ['maximumEventAge is over a day', { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(86401) } },
      'MaximumEventAgeInSeconds must be between 60 and 86400 seconds'],
  ];
  test.each(badTargets)('throws when %s', (_name, extra, message) => {
    const stack = newStack();
    expect(() => new EventBridgeSchedulerTarget({ arn: QUEUE_ARN, role: importedRole(stack), ...extra })).toThrow(message);
  });

  test.each([...badTargets.map(([name, extra]) => [name, extra] as [string, object]),
    ['maximumEventAge is not whole seconds', { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.millis(60_500) } }] as [string, object],
  ])('throws when %s, as the reference does', (_name, extra) => {
    expectSameErrorAsReference((t, s) => {
      target(t, s, extra);
    });
  });
});

describe('Schedule', () => {
  test.each([
    ['rate(5 minutes)', () => Schedule.rate(Duration.minutes(5))],
    ['rate(3 hours)', () => Schedule.rate(Duration.minutes(180))],
    ['rate(1 days)', () => Schedule.rate(Duration.hours(24))],
    ['cron(* * * * ? *)', () => Schedule.cron({})],
    ['cron(30 6 ? * SUN *)', () => Schedule.cron({ minute: '30', hour: '6', weekDay: 'SUN' })],
    ['cron(0 0 1 * ? 2031)', () => Schedule.cron({ minute: '0', hour: '0', day: '1', year: '2031' })],
    ['2030-01-02T03:04:05', () => Schedule.oneTime(new Date(2030, 0, 2, 3, 4, 5))],
  ])('writes %s', (expression, schedule) => {
    expect(schedule().expressionString).toEqual(expression);
  });

  test('throws when a rate is under a minute', () => {
    expect(() => Schedule.rate(Duration.seconds(59))).toThrow('Duration cannot be less than 1 minute');
  });

  test('throws when cron has both day and weekDay', () => {
    expect(() => Schedule.cron({ day: '1', weekDay: 'MON' })).toThrow("Cannot supply both 'day' and 'weekDay', use at most one");
  });

  test.each([
    ['a rate under a minute', (t: Tasks) => t.Schedule.rate(Duration.seconds(59))],
    ['a rate of fractional minutes', (t: Tasks) => t.Schedule.rate(Duration.seconds(90))],
    ['cron with both day and weekDay', (t: Tasks) => t.Schedule.cron({ day: '1', weekDay: 'MON' })],
  ])('throws for %s, as the reference does', (_name, schedule) => {
    expectSameErrorAsReference((t) => {
      schedule(t);
    });
  });
});
