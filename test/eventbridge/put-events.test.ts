import * as cdk from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EventBridgePutEvents } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder,
} from '../util';

const BUS_ARN = 'arn:aws:events:us-east-1:123456789012:event-bus/orders';
const DEFAULT_BUS = regionalArn('events', 'event-bus/default');

function entry(extra: object = {}) {
  return {
    detail: sfn.TaskInput.fromObject({ Message: 'Hello' }),
    detailType: 'Greeting',
    source: 'com.example',
    ...extra,
  };
}

describe('EventBridgePutEvents', () => {
  test('sends the entries to the default bus (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EventBridgePutEvents(stack, 'Put', { entries: [entry()] });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('events:putEvents'),
      Parameters: { Entries: [{ Detail: { Message: 'Hello' }, DetailType: 'Greeting', Source: 'com.example' }] },
    });
  });

  test('jsonata() renders the entries as Arguments, with the bus ARN when given', () => {
    const stack = newStack();
    const bus = events.EventBus.fromEventBusArn(stack, 'Bus', BUS_ARN);
    const task = EventBridgePutEvents.jsonata(stack, 'Put', {
      entries: [entry({ eventBus: bus, detail: sfn.TaskInput.fromObject({ id: '{% $states.input.id %}' }) })],
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('events:putEvents'),
      Arguments: { Entries: [{ Detail: { id: '{% $states.input.id %}' }, DetailType: 'Greeting', EventBusName: BUS_ARN, Source: 'com.example' }] },
    });
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new EventBridgePutEvents(stack, 'Put', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [entry({ detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }) })],
    });
    expect(renderState(task).Resource).toEqual(stateArn('events:putEvents', '.waitForTaskToken'));
  });

  test('grants events:PutEvents on each entry\'s bus, the default bus when none is given', () => {
    const stack = newStack();
    const bus = events.EventBus.fromEventBusArn(stack, 'Bus', BUS_ARN);
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EventBridgePutEvents(stack, 'Put', { entries: [entry(), entry({ eventBus: bus })] })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'events:PutEvents', Effect: 'Allow', Resource: [DEFAULT_BUS, BUS_ARN] }]);
  });

  test('throws when there are no entries', () => {
    const stack = newStack();
    expect(() => new EventBridgePutEvents(stack, 'Put', { entries: [] })).toThrow('Value for property `entries` must be a non-empty array.');
  });

  test('throws when a source starts with aws.', () => {
    const stack = newStack();
    expect(() => new EventBridgePutEvents(stack, 'Put', { entries: [entry(), entry({ source: 'aws.ec2' })] }))
      .toThrow('Event source cannot start with "aws."');
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the entries', () => {
    const stack = newStack();
    expect(() => new EventBridgePutEvents(stack, 'Put', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [entry()] }))
      .toThrow('Task Token is required in `entries`. Use JsonPath.taskToken to set the token.');
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new EventBridgePutEvents(stack, 'Put', { integrationPattern: sfn.IntegrationPattern.RUN_JOB, entries: [entry()] }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, Builder]> = [
      ['the README example', (t, s) => {
        const myEventBus = new events.EventBus(s, 'EventBus', {
          eventBusName: 'MyEventBus1',
        });
        return new t.EventBridgePutEvents(s, 'Send an event to EventBridge', {
          entries: [{
            detail: sfn.TaskInput.fromObject({
              Message: 'Hello from Step Functions!',
            }),
            eventBus: myEventBus,
            detailType: 'MessageFromStepFunctions',
            source: 'step.functions',
          }],
        });
      }],
      ['the default bus', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry()] })],
      ['an imported bus', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        entries: [entry({ eventBus: events.EventBus.fromEventBusArn(s, 'Bus', BUS_ARN) })],
      })],
      ['a bus imported by name', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        entries: [entry({ eventBus: events.EventBus.fromEventBusName(s, 'Bus', 'orders') })],
      })],
      ['the default bus imported', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        entries: [entry({ eventBus: events.EventBus.fromEventBusName(s, 'Bus', 'default') })],
      })],
      ['several entries and buses', (t, s) => {
        const bus = new events.EventBus(s, 'Bus');
        return new t.EventBridgePutEvents(s, 'Put', {
          entries: [entry(), entry({ eventBus: bus }), entry({ eventBus: bus, source: 'com.example.other' }), entry({ detailType: 'Other' })],
        });
      }],
      ['details as text and path', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        entries: [
          entry({ detail: sfn.TaskInput.fromText('{"instance-id": "i-1234567890abcdef0", "state": "terminated"}') }),
          entry({ detail: sfn.TaskInput.fromJsonPathAt('$.EventDetail') }),
          entry({ detail: sfn.TaskInput.fromObject({ at: sfn.JsonPath.stringAt('$$.State.EnteredTime') }) }),
        ],
      })],
      ['a source mentioning aws elsewhere', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry({ source: 'com.aws.example' })] })],
      ['a source "aws" without the dot', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry({ source: 'awsome' })] })],
      ['eleven entries', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: Array.from({ length: 11 }, () => entry()) })],
      ['state props', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        entries: [entry()],
        comment: 'notify',
        resultPath: sfn.JsonPath.DISCARD,
        timeout: cdk.Duration.seconds(5),
        credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') },
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        entries: [entry(), entry({ detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }) })],
      })],
      ['jsonPath()', (t, s) => t.EventBridgePutEvents.jsonPath(s, 'Put', { entries: [entry()], outputPath: '$.Entries' })],
      ['jsonata()', (t, s) => t.EventBridgePutEvents.jsonata(s, 'Put', {
        entries: [entry({ detail: sfn.TaskInput.fromText('{% $string($states.input) %}') })],
        outputs: '{% $states.result.Entries %}',
      })],
      ['JSONata callback', (t, s) => t.EventBridgePutEvents.jsonata(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        entries: [entry({ detail: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }) })],
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inherits JSONata from the state machine', () => {
      expectSameAsReference((t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry()] }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in an environment with a region', () => {
      expectSameAsReference((t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry()] }), { env: { account: '123456789012', region: 'eu-west-1' } });
    });

    const errors: Array<[string, Builder]> = [
      ['there are no entries', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [] })],
      ['a source starts with aws.', (t, s) => new t.EventBridgePutEvents(s, 'Put', { entries: [entry(), entry({ source: 'aws.ec2' })] })],
      ['WAIT_FOR_TASK_TOKEN has no token', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [entry()],
      })],
      ['WAIT_FOR_TASK_TOKEN has no entries', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [],
      })],
      ['the integration pattern is RUN_JOB', (t, s) => new t.EventBridgePutEvents(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.RUN_JOB, entries: [entry()],
      })],
      ['JSONata callback has no token', (t, s) => t.EventBridgePutEvents.jsonata(s, 'Put', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, entries: [entry()],
      })],
    ];
    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
