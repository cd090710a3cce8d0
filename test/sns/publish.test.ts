import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { MessageAttributeDataType, SnsPublish } from '../../lib';
import { type HarnessOptions, type Tasks, expectSameAsReference, expectSameAsReferenceExcept, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';
import { grantsTopicKey } from '../differences';

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:orders';
const FIFO_TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:orders.fifo';

function importedTopic(stack: cdk.Stack): sns.ITopic {
  return sns.Topic.fromTopicArn(stack, 'Topic', TOPIC_ARN);
}

function fifoTopic(stack: cdk.Stack, contentBasedDeduplication = false): sns.ITopic {
  return new sns.Topic(stack, 'Topic', { fifo: true, contentBasedDeduplication });
}

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** The reference and we build the same template, and it is a template, not an error both raise. */
describe('SnsPublish', () => {
  test('publishes the message to the topic (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromJsonPathAt('$.message'),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('sns:publish'),
      Parameters: { 'TopicArn': TOPIC_ARN, 'Message.$': '$.message' },
    });
  });

  test('jsonata() publishes through Arguments', () => {
    const stack = newStack();
    const task = SnsPublish.jsonata(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromText('{% $states.input.message %}'),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('sns:publish'),
      Arguments: { TopicArn: TOPIC_ARN, Message: '{% $states.input.message %}' },
    });
  });

  test('renders the subject, per-protocol structure and FIFO ids', () => {
    const stack = newStack();
    const task = new SnsPublish(stack, 'Publish', {
      topic: fifoTopic(stack),
      message: sfn.TaskInput.fromObject({ default: 'hello', email: 'Hello!' }),
      messagePerSubscriptionType: true,
      subject: 'Greetings',
      messageGroupId: 'group',
      messageDeduplicationId: sfn.JsonPath.stringAt('$.id'),
    });
    expect(renderState(task).Parameters).toEqual({
      'TopicArn': { Ref: 'TopicBFC7AF6E' },
      'Message': { default: 'hello', email: 'Hello!' },
      'MessageDeduplicationId.$': '$.id',
      'MessageGroupId': 'group',
      'MessageStructure': 'json',
      'Subject': 'Greetings',
    });
  });

  test('renders message attributes of every kind of value', () => {
    const stack = newStack();
    const task = new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromText('hi'),
      messageAttributes: {
        text: { value: 'plain' },
        count: { value: 4 },
        flag: { value: true, dataType: MessageAttributeDataType.STRING },
        handles: { value: ['@a', null, 3] },
        place: { value: sfn.JsonPath.stringAt('$.place') },
        amount: { value: sfn.JsonPath.stringAt('$.amount'), dataType: MessageAttributeDataType.NUMBER },
        pic: { value: sfn.JsonPath.stringAt('$.pic'), dataType: MessageAttributeDataType.BINARY },
        raw: { value: 'aGVsbG8=', dataType: MessageAttributeDataType.BINARY },
        input: { value: sfn.TaskInput.fromJsonPathAt('$.input') },
        binaryInput: { value: sfn.TaskInput.fromJsonPathAt('$.bytes'), dataType: MessageAttributeDataType.BINARY },
      },
    });
    expect(renderState(task).Parameters.MessageAttributes).toEqual({
      text: { DataType: 'String', StringValue: 'plain' },
      count: { DataType: 'Number', StringValue: '4' },
      flag: { DataType: 'String', StringValue: 'true' },
      handles: { DataType: 'String.Array', StringValue: '["@a",null,3]' },
      place: { 'DataType': 'String', 'StringValue.$': '$.place' },
      amount: { 'DataType': 'Number', 'StringValue.$': '$.amount' },
      pic: { 'DataType': 'Binary', 'BinaryValue.$': '$.pic' },
      raw: { DataType: 'Binary', BinaryValue: 'aGVsbG8=' },
      input: { 'DataType': 'String', 'StringValue.$': '$.input' },
      binaryInput: { 'DataType': 'Binary', 'BinaryValue.$': '$.bytes' },
    });
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task).Resource).toEqual(stateArn('sns:publish', '.waitForTaskToken'));
  });

  test('grants sns:Publish on the topic', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SnsPublish(stack, 'Publish', {
        topic: importedTopic(stack),
        message: sfn.TaskInput.fromText('hi'),
      })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: TOPIC_ARN }]);
  });

  test('grants the use of the customer managed key of an encrypted topic (beyond aws-cdk-lib: aws-cdk#32303)', () => {
    // GIVEN a topic imported with its key, as SNS encrypts each published message with that key
    const stack = newStack();
    const topic = sns.Topic.fromTopicAttributes(stack, 'Topic', { topicArn: TOPIC_ARN, keyArn: KEY_ARN });
    // WHEN
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('hi') })),
    });
    // THEN the role may publish and use the key, as https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html asks of publishers
    expect(policyStatements(stack)).toEqual([
      { Action: 'sns:Publish', Effect: 'Allow', Resource: TOPIC_ARN },
      { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: KEY_ARN },
    ]);
  });

  test('grants nothing on the AWS managed key alias/aws/sns, whose key policy already allows publishers', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Topic', { masterKey: kms.Alias.fromAliasName(stack, 'Managed', 'alias/aws/sns') });
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new SnsPublish(stack, 'Publish', { topic, message: sfn.TaskInput.fromText('hi') })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } }]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromText('hi'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. Received: RUN_JOB');
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the message', () => {
    const stack = newStack();
    expect(() => new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromText('hi'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `message` Use JsonPath.taskToken to set the token.');
  });

  test('throws when a FIFO topic gets no message group id', () => {
    const stack = newStack();
    expect(() => new SnsPublish(stack, 'Publish', { topic: fifoTopic(stack), message: sfn.TaskInput.fromText('hi') }))
      .toThrow("'messageGroupId' is required for FIFO topics");
  });

  test('throws when an attribute of explicit type Number holds a string', () => {
    const stack = newStack();
    const task = new SnsPublish(stack, 'Publish', {
      topic: importedTopic(stack),
      message: sfn.TaskInput.fromText('hi'),
      messageAttributes: { n: { value: 'four', dataType: MessageAttributeDataType.NUMBER } },
    });
    expect(() => renderState(task)).toThrow('Requested SNS message attribute type was Number but four was of type string');
  });

  describe('matches aws-cdk-lib', () => {
    const attributes = (t: Tasks) => ({
      text: { value: 'plain' },
      textTyped: { value: 'plain', dataType: t.MessageAttributeDataType.STRING },
      count: { value: 4 },
      countTyped: { value: 4.5, dataType: t.MessageAttributeDataType.NUMBER },
      flag: { value: false },
      flagTyped: { value: true, dataType: t.MessageAttributeDataType.STRING },
      handles: { value: ['@kslater', '@jjf', null, '@mfanning'] },
      mixed: { value: ['a', 1, true, null] },
      empty: { value: [], dataType: t.MessageAttributeDataType.STRING_ARRAY },
      place: { value: sfn.JsonPath.stringAt('$.place') },
      amount: { value: sfn.JsonPath.numberAt('$.amount'), dataType: t.MessageAttributeDataType.NUMBER },
      amountUntyped: { value: sfn.JsonPath.numberAt('$.amount') },
      list: { value: sfn.JsonPath.listAt('$.list'), dataType: t.MessageAttributeDataType.STRING_ARRAY },
      pic: { value: sfn.JsonPath.stringAt('$.pic'), dataType: t.MessageAttributeDataType.BINARY },
      raw: { value: 'aGVsbG8=', dataType: t.MessageAttributeDataType.BINARY },
      rawNumber: { value: 12, dataType: t.MessageAttributeDataType.BINARY },
      jsonataTyped: { value: '{% $states.input.n %}', dataType: t.MessageAttributeDataType.NUMBER },
      input: { value: sfn.TaskInput.fromJsonPathAt('$.input') },
      inputTyped: { value: sfn.TaskInput.fromJsonPathAt('$.input'), dataType: t.MessageAttributeDataType.NUMBER },
      inputBinary: { value: sfn.TaskInput.fromJsonPathAt('$.bytes'), dataType: t.MessageAttributeDataType.BINARY },
      objectInput: { value: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }) },
      object: { value: { a: 1 } },
      token: { value: cdk.Aws.ACCOUNT_ID },
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['an imported topic and a text message', (t, s) => new t.SnsPublish(s, 'Publish', { topic: importedTopic(s), message: sfn.TaskInput.fromText('hi') })],
      ['a created topic and a message from the input', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: new sns.Topic(s, 'Topic'),
        message: sfn.TaskInput.fromJsonPathAt('$.message'),
      })],
      ['every prop', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s),
        message: sfn.TaskInput.fromObject({ default: 'x', sqs: sfn.JsonPath.stringAt('$.sqs') }),
        messagePerSubscriptionType: true,
        subject: 'subject',
        messageAttributes: attributes(t),
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: sfn.JsonPath.DISCARD,
        comment: 'publish',
        timeout: cdk.Duration.seconds(10),
      })],
      ['messagePerSubscriptionType false', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'), messagePerSubscriptionType: false,
      })],
      ['empty message attributes', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'), messageAttributes: {},
      })],
      ['a FIFO topic with group and deduplication ids', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s),
        message: sfn.TaskInput.fromText('hi'),
        messageGroupId: 'g'.repeat(128),
        messageDeduplicationId: 'd'.repeat(128),
      })],
      ['a content-deduplicating FIFO topic with a group id from the input', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s, true),
        message: sfn.TaskInput.fromText('hi'),
        messageGroupId: sfn.JsonPath.stringAt('$.group'),
      })],
      ['an imported FIFO topic', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: sns.Topic.fromTopicArn(s, 'Topic', FIFO_TOPIC_ARN),
        message: sfn.TaskInput.fromText('hi'),
        messageGroupId: 'g',
        messageDeduplicationId: 'd',
      })],
      ['FIFO ids on a standard topic', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'), messageGroupId: 'g', messageDeduplicationId: 'd',
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      })],
      ['jsonPath()', (t, s) => t.SnsPublish.jsonPath(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromJsonPathAt('$'), outputPath: '$.MessageId',
      })],
      ['jsonata() with every prop', (t, s) => t.SnsPublish.jsonata(s, 'Publish', {
        topic: importedTopic(s),
        message: sfn.TaskInput.fromText('{% $states.input.message %}'),
        subject: '{% $states.input.subject %}',
        messageAttributes: {
          a: { value: '{% $states.input.a %}' },
          n: { value: 3 },
          b: { value: '{% $states.input.b %}', dataType: t.MessageAttributeDataType.BINARY },
          arr: { value: ['x', 'y'] },
        },
        outputs: '{% $states.result.MessageId %}',
      })],
      ['JSONata callback', (t, s) => t.SnsPublish.jsonata(s, 'Publish', {
        topic: importedTopic(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        message: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s),
        message: sfn.TaskInput.fromText('{% $states.input %}'),
        messageAttributes: { a: { value: 'b' } },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in another partition', () => {
      expectSameAsReference((t, s) => new t.SnsPublish(s, 'Publish', { topic: new sns.Topic(s, 'Topic'), message: sfn.TaskInput.fromText('hi') }),
        { env: { account: '123456789012', region: 'cn-north-1' } });
    });

    test('an AWS managed key', () => {
      expectSameAsReference((t, s) => new t.SnsPublish(s, 'Publish', {
        topic: new sns.Topic(s, 'Topic', { masterKey: kms.Alias.fromAliasName(s, 'Managed', 'alias/aws/sns') }),
        message: sfn.TaskInput.fromText('hi'),
      }));
    });

    // Beyond aws-cdk-lib (aws-cdk#32303): the reference's template plus one statement on the topic's key.
    const encrypted: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable, HarnessOptions]> = [
      ['a created topic with a created key', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: new sns.Topic(s, 'Topic', { masterKey: new kms.Key(s, 'Key') }), message: sfn.TaskInput.fromJsonPathAt('$.message'),
      }), {}],
      ['an imported topic with its key', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: sns.Topic.fromTopicAttributes(s, 'Topic', { topicArn: TOPIC_ARN, keyArn: KEY_ARN }), message: sfn.TaskInput.fromText('hi'),
      }), {}],
      ['jsonata() on a FIFO topic with a key', (t, s) => t.SnsPublish.jsonata(s, 'Publish', {
        topic: new sns.Topic(s, 'Topic', { fifo: true, contentBasedDeduplication: true, masterKey: new kms.Key(s, 'Key') }),
        message: sfn.TaskInput.fromText('{% $states.input.message %}'),
        messageGroupId: 'g',
      }), {}],
      ['a key in another partition', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: new sns.Topic(s, 'Topic', { masterKey: new kms.Key(s, 'Key') }), message: sfn.TaskInput.fromText('hi'),
      }), { env: { account: '123456789012', region: 'cn-north-1' } }],
    ];
    test.each(encrypted)('%s: also grants the use of the key', (_name, build, options) => {
      expectSameAsReferenceExcept(build, grantsTopicKey(KEY_ARN), options);
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when the pattern is RUN_JOB', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['throws when a callback has no token', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when a JSONata callback has no token', (t, s) => t.SnsPublish.jsonata(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('{% $states.input %}'), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when a FIFO topic has no group id', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s), message: sfn.TaskInput.fromText('hi'), messageDeduplicationId: 'd',
      })],
      ['throws when the group id is longer than 128 characters', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s), message: sfn.TaskInput.fromText('hi'), messageGroupId: 'g'.repeat(129), messageDeduplicationId: 'd',
      })],
      ['throws when a FIFO topic without content deduplication has no deduplication id', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s), message: sfn.TaskInput.fromText('hi'), messageGroupId: 'g',
      })],
      ['throws when the deduplication id is longer than 128 characters', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: fifoTopic(s, true), message: sfn.TaskInput.fromText('hi'), messageGroupId: 'g', messageDeduplicationId: 'd'.repeat(129),
      })],
      ['throws when an array attribute has a non-array type', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: ['x', 'y'], dataType: t.MessageAttributeDataType.STRING } },
      })],
      ['throws when an array attribute has an explicit String.Array type', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: ['x'], dataType: t.MessageAttributeDataType.STRING_ARRAY } },
      })],
      ['throws when an array of nulls has an explicit String.Array type', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: [null], dataType: t.MessageAttributeDataType.STRING_ARRAY } },
      })],
      ['throws when a string attribute has type Number', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: 'four', dataType: t.MessageAttributeDataType.NUMBER } },
      })],
      ['throws when an unencoded path string has type Number', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: '$.literal.path', dataType: t.MessageAttributeDataType.NUMBER } },
      })],
      ['throws when a string attribute has type String.Array', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: 'x', dataType: t.MessageAttributeDataType.STRING_ARRAY } },
      })],
      ['throws when a number attribute has type String', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: 4, dataType: t.MessageAttributeDataType.STRING } },
      })],
      ['throws when a boolean attribute has type Number', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: true, dataType: t.MessageAttributeDataType.NUMBER } },
      })],
      ['throws when an object attribute has an explicit type', (t, s) => new t.SnsPublish(s, 'Publish', {
        topic: importedTopic(s), message: sfn.TaskInput.fromText('hi'),
        messageAttributes: { a: { value: { x: 1 }, dataType: t.MessageAttributeDataType.STRING } },
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });

  describe('the seed documents\' examples', () => {
    test('v2 README: publish a field of the input with message attributes, and a literal object', () => {
      expectSameAsReference((t, s) => {
        const topic = new sns.Topic(s, 'Topic');
        const task1 = new t.SnsPublish(s, 'Publish1', {
          topic,
          integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
          message: sfn.TaskInput.fromJsonPathAt('$.state.message'),
          messageAttributes: {
            place: { value: sfn.JsonPath.stringAt('$.place') },
            pic: { dataType: t.MessageAttributeDataType.BINARY, value: sfn.JsonPath.stringAt('$.pic') },
            people: { value: 4 },
            handles: { value: ['@kslater', '@jjf', null, '@mfanning'] },
          },
        });
        const task2 = new t.SnsPublish(s, 'Publish2', {
          topic,
          message: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2') }),
        });
        return task1.next(task2);
      });
    });

    test('v1 docs: publish a field of the input, and a literal object', () => {
      expectSameAsReference((t, s) => {
        const topic = new sns.Topic(s, 'Topic');
        const task1 = new t.SnsPublish(s, 'Publish1', {
          topic,
          integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
          message: sfn.TaskInput.fromJsonPathAt('$.state.message'),
        });
        const task2 = new t.SnsPublish(s, 'Publish2', {
          topic,
          message: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2') }),
        });
        return task1.next(task2);
      });
    });

    test('Evaluate Expression example (both documents): publish the computed message, then wait', () => {
      // The EvaluateExpression states of the example are tested with that class; this is its SNS part.
      expectSameAsReference((t, s) => {
        const publishMessage = new t.SnsPublish(s, 'Publish message', {
          topic: new sns.Topic(s, 'cool-topic'),
          message: sfn.TaskInput.fromJsonPathAt('$.message'),
          resultPath: '$.sns',
        });
        const wait = new sfn.Wait(s, 'Wait', { time: sfn.WaitTime.secondsPath('$.waitSeconds') });
        return publishMessage.next(wait);
      });
    });
  });
});
