import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { SqsSendMessage } from '../../lib';
import {
  type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn,
} from '../util';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const QUEUE_URL = { 'Fn::Join': ['', ['https://sqs.us-east-1.', { Ref: 'AWS::URLSuffix' }, '/123456789012/orders']] };

function importedQueue(stack: cdk.Stack): sqs.IQueue {
  return sqs.Queue.fromQueueArn(stack, 'Queue', QUEUE_ARN);
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
describe('SqsSendMessage', () => {
  test('sends the message body to the queue URL (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SqsSendMessage(stack, 'Send', {
      queue: importedQueue(stack),
      messageBody: sfn.TaskInput.fromJsonPathAt('$.message'),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sqs:sendMessage'),
      Parameters: { 'QueueUrl': QUEUE_URL, 'MessageBody.$': '$.message' },
    });
  });

  test('jsonata() sends through Arguments', () => {
    const stack = newStack();
    const task = SqsSendMessage.jsonata(stack, 'Send', {
      queue: importedQueue(stack),
      messageBody: sfn.TaskInput.fromText('{% $states.input.message %}'),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sqs:sendMessage'),
      Arguments: { QueueUrl: QUEUE_URL, MessageBody: '{% $states.input.message %}' },
    });
  });

  test('renders the delay in seconds and the FIFO ids', () => {
    const stack = newStack();
    const task = new SqsSendMessage(stack, 'Send', {
      queue: importedQueue(stack),
      messageBody: sfn.TaskInput.fromObject({ a: 1 }),
      delay: cdk.Duration.minutes(2),
      messageDeduplicationId: 'dedup',
      messageGroupId: sfn.JsonPath.stringAt('$.group'),
    });
    expect(renderState(task).Parameters).toEqual({
      'QueueUrl': QUEUE_URL,
      'MessageBody': { a: 1 },
      'DelaySeconds': 120,
      'MessageDeduplicationId': 'dedup',
      'MessageGroupId.$': '$.group',
    });
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new SqsSendMessage(stack, 'Send', {
      queue: importedQueue(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task).Resource).toEqual(stateArn('sqs:sendMessage', '.waitForTaskToken'));
  });

  test('grants sqs:SendMessage on the queue', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SqsSendMessage(stack, 'Send', {
        queue: importedQueue(stack),
        messageBody: sfn.TaskInput.fromText('hi'),
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: QUEUE_ARN }]);
  });

  test('also grants the use of the KMS key of an encrypted queue', () => {
    const stack = newStack();
    const key = new kms.Key(stack, 'Key');
    const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SqsSendMessage(stack, 'Send', { queue, messageBody: sfn.TaskInput.fromText('hi') })),
    });
    expect(policyStatements(stack)).toEqual([
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] } },
      { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
    ]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SqsSendMessage(stack, 'Send', {
      queue: importedQueue(stack),
      messageBody: sfn.TaskInput.fromText('hi'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the message body', () => {
    const stack = newStack();
    expect(() => new SqsSendMessage(stack, 'Send', {
      queue: importedQueue(stack),
      messageBody: sfn.TaskInput.fromText('hi'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `messageBody` Use JsonPath.taskToken to set the token.');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['an imported queue', (t, s) => new t.SqsSendMessage(s, 'Send', { queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('hi') })],
      ['a created queue', (t, s) => new t.SqsSendMessage(s, 'Send', { queue: new sqs.Queue(s, 'Queue'), messageBody: sfn.TaskInput.fromJsonPathAt('$') })],
      ['a queue encrypted with a created key', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: new kms.Key(s, 'Key') }),
        messageBody: sfn.TaskInput.fromText('hi'),
      })],
      ['a queue encrypted with a key SQS creates', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS }),
        messageBody: sfn.TaskInput.fromText('hi'),
      })],
      ['a queue encrypted with the SQS managed key', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED }),
        messageBody: sfn.TaskInput.fromText('hi'),
      })],
      ['an imported queue with an imported key', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: sqs.Queue.fromQueueAttributes(s, 'Queue', {
          queueArn: QUEUE_ARN,
          keyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        }),
        messageBody: sfn.TaskInput.fromText('hi'),
      })],
      ['a FIFO queue', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { fifo: true }),
        messageBody: sfn.TaskInput.fromText('hi'),
        messageGroupId: 'group',
        messageDeduplicationId: sfn.JsonPath.stringAt('$.id'),
      })],
      ['every prop', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s),
        messageBody: sfn.TaskInput.fromObject({ field1: 'x', field2: sfn.JsonPath.stringAt('$.f') }),
        delay: cdk.Duration.seconds(30),
        messageDeduplicationId: 'd',
        messageGroupId: 'g',
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: '$.sqs',
        comment: 'send',
        heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.seconds(60)),
      })],
      ['a zero delay', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('hi'), delay: cdk.Duration.seconds(0),
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      })],
      ['jsonPath()', (t, s) => t.SqsSendMessage.jsonPath(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('hi'), outputPath: '$.MessageId',
      })],
      ['jsonata() with every prop', (t, s) => t.SqsSendMessage.jsonata(s, 'Send', {
        queue: importedQueue(s),
        messageBody: sfn.TaskInput.fromText('{% $states.input.body %}'),
        delay: cdk.Duration.seconds(5),
        messageGroupId: '{% $states.input.group %}',
        messageDeduplicationId: '{% $states.input.id %}',
        outputs: '{% $states.result.MessageId %}',
      })],
      ['JSONata callback', (t, s) => t.SqsSendMessage.jsonata(s, 'Send', {
        queue: importedQueue(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        messageBody: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('{% $states.input %}'),
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with the minimizePolicies feature flag, on an encrypted queue', () => {
      expectSameAsReference((t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS }), messageBody: sfn.TaskInput.fromText('hi'),
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
    });

    test('in another partition', () => {
      expectSameAsReference((t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS }), messageBody: sfn.TaskInput.fromText('hi'),
      }), { env: { account: '123456789012', region: 'us-gov-west-1' } });
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when the pattern is RUN_JOB', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('hi'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['throws when a callback has no token', (t, s) => new t.SqsSendMessage(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('hi'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when a JSONata callback has no token', (t, s) => t.SqsSendMessage.jsonata(s, 'Send', {
        queue: importedQueue(s), messageBody: sfn.TaskInput.fromText('{% $states.input %}'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });

  describe('the seed documents\' examples', () => {
    test('send a field of the input, and a literal object (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const queue = new sqs.Queue(s, 'Queue');
        const task1 = new t.SqsSendMessage(s, 'Send1', {
          queue,
          messageBody: sfn.TaskInput.fromJsonPathAt('$.message'),
        });
        const task2 = new t.SqsSendMessage(s, 'Send2', {
          queue,
          messageBody: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2') }),
        });
        return task1.next(task2);
      });
    });
  });
});
