import type * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { MediaConvertCreateJob } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/MediaConvertRole';

const SETTINGS = {
  OutputGroups: [{
    Outputs: [{
      ContainerSettings: { Container: 'MP4' },
      VideoDescription: {
        CodecSettings: { Codec: 'H_264', H264Settings: { MaxBitrate: 1000, RateControlMode: 'QVBR', SceneChangeDetect: 'TRANSITION_DETECTION' } },
      },
      AudioDescriptions: [{
        CodecSettings: { Codec: 'AAC', AacSettings: { Bitrate: 96000, CodingMode: 'CODING_MODE_2_0', SampleRate: 48000 } },
      }],
    }],
    OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: 's3://EXAMPLE-DESTINATION-BUCKET/' } },
  }],
  Inputs: [{
    AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } },
    FileInput: 's3://EXAMPLE-SOURCE-BUCKET/EXAMPLE-SOURCE_FILE',
  }],
};

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('MediaConvertCreateJob', () => {
  test('sends the request as the parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new MediaConvertCreateJob(stack, 'Task', {
      createJobRequest: { Role: ROLE_ARN, Settings: { Inputs: [] }, Queue: sfn.JsonPath.stringAt('$.queue') },
    });
    // THEN
    expect(renderState(task)).toEqual({
      'Type': 'Task',
      'End': true,
      'Resource': stateArn('mediaconvert:createJob'),
      'Parameters': { 'Role': ROLE_ARN, 'Settings': { Inputs: [] }, 'Queue.$': '$.queue' },
    });
  });

  test('jsonata() sends the request as Arguments', () => {
    const stack = newStack();
    const task = MediaConvertCreateJob.jsonata(stack, 'Task', {
      createJobRequest: { Role: ROLE_ARN, Settings: '{% $states.input.settings %}' },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('mediaconvert:createJob'),
      Arguments: { Role: ROLE_ARN, Settings: '{% $states.input.settings %}' },
    });
  });

  test('grants passing the role to MediaConvert and creating jobs', () => {
    const stack = newStack();
    machine(stack, new MediaConvertCreateJob(stack, 'Task', { createJobRequest: { Role: ROLE_ARN, Settings: {} } }));
    expect(policyStatements(stack)).toEqual([
      {
        Action: 'iam:PassRole',
        Condition: { StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
        Effect: 'Allow',
        Resource: ROLE_ARN,
      },
      { Action: 'mediaconvert:CreateJob', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test('RUN_JOB waits for the job, and may follow and cancel it', () => {
    const stack = newStack();
    const task = new MediaConvertCreateJob(stack, 'Task', {
      createJobRequest: { Role: ROLE_ARN, Settings: {} },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    machine(stack, task);
    expect(renderState(task).Resource).toEqual(stateArn('mediaconvert:createJob', '.sync'));
    expect(policyStatements(stack).slice(2)).toEqual([
      { Action: ['mediaconvert:GetJob', 'mediaconvert:CancelJob'], Effect: 'Allow', Resource: '*' },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForMediaConvertJobRule'),
      },
    ]);
  });

  test('throws when the request has no Role', () => {
    const stack = newStack();
    expect(() => new MediaConvertCreateJob(stack, 'Task', { createJobRequest: { Settings: {} } }))
      .toThrow('Stack/Task is missing required property: Role');
  });

  test('throws when the request has no Settings', () => {
    const stack = newStack();
    expect(() => new MediaConvertCreateJob(stack, 'Task', { createJobRequest: { Role: ROLE_ARN } }))
      .toThrow('Stack/Task is missing required property: Settings');
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new MediaConvertCreateJob(stack, 'Task', {
      createJobRequest: { Role: ROLE_ARN, Settings: {} },
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', {
        createJobRequest: { Role: ROLE_ARN, Settings: SETTINGS },
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['request-response', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', { createJobRequest: { Role: ROLE_ARN, Settings: SETTINGS } })],
      ['a created role and optional request fields', (t, s) => {
        const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('mediaconvert.amazonaws.com') });
        return new t.MediaConvertCreateJob(s, 'CreateJob', {
          createJobRequest: {
            Role: role.roleArn,
            Settings: SETTINGS,
            Queue: 'arn:aws:mediaconvert:us-east-1:123456789012:queues/Default',
            UserMetadata: { job: sfn.JsonPath.stringAt('$.id') },
            Priority: 10,
          },
          resultPath: '$.job',
        });
      }],
      ['jsonPath()', (t, s) => t.MediaConvertCreateJob.jsonPath(s, 'CreateJob', { createJobRequest: { Role: ROLE_ARN, Settings: {} }, outputPath: '$.Job' })],
      ['jsonata() with RUN_JOB', (t, s) => t.MediaConvertCreateJob.jsonata(s, 'CreateJob', {
        createJobRequest: { Role: ROLE_ARN, Settings: '{% $states.input.settings %}' },
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', { createJobRequest: { Role: ROLE_ARN, Settings: {} } }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test.each<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['the request has no Role', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', { createJobRequest: { Settings: {} } })],
      ['the request has no Settings', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', { createJobRequest: { Role: ROLE_ARN } })],
      ['the Settings come from the input as a Settings.$ key', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', {
        createJobRequest: { 'Role': ROLE_ARN, 'Settings.$': '$.settings' },
      })],
      ['the pattern is unsupported', (t, s) => new t.MediaConvertCreateJob(s, 'CreateJob', {
        createJobRequest: { Role: ROLE_ARN, Settings: {} },
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
    ])('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
