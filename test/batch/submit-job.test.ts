import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { BatchSubmitJob } from '../../lib';
import {
  expectSameAsReference, expectSameAsReferenceExcept, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder,
} from '../util';

const JOB_DEFINITION_ARN = 'arn:aws:batch:us-east-1:123456789012:job-definition/my-job:1';
const JOB_QUEUE_ARN = 'arn:aws:batch:us-east-1:123456789012:job-queue/my-queue';
const REQUIRED = { jobDefinitionArn: JOB_DEFINITION_ARN, jobName: 'MyJob', jobQueueArn: JOB_QUEUE_ARN };

const EVENTS_RULE_STATEMENT = {
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Effect: 'Allow',
  Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForBatchJobsRule'),
};

/** A job queue on a managed EC2 compute environment, and a job definition, both created in the stack. */
function createdQueueAndDefinition(stack: cdk.Stack) {
  const vpc = new ec2.Vpc(stack, 'Vpc');
  const jobQueue = new batch.JobQueue(stack, 'JobQueue', {
    computeEnvironments: [{ order: 1, computeEnvironment: new batch.ManagedEc2EcsComputeEnvironment(stack, 'ComputeEnv', { vpc }) }],
  });
  const jobDefinition = new batch.EcsJobDefinition(stack, 'JobDefinition', {
    container: new batch.EcsEc2ContainerDefinition(stack, 'Container', {
      image: ecs.ContainerImage.fromRegistry('foo/bar'),
      cpu: 1,
      memory: cdk.Size.mebibytes(512),
    }),
  });
  return { jobQueue, jobDefinition };
}

describe('BatchSubmitJob', () => {
  test('defaults to submitting the job and waiting for it (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new BatchSubmitJob(stack, 'Submit', REQUIRED);
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('batch:submitJob', '.sync'),
      Parameters: { JobDefinition: JOB_DEFINITION_ARN, JobName: 'MyJob', JobQueue: JOB_QUEUE_ARN },
    });
  });

  test('jsonata() renders the fields as Arguments', () => {
    const stack = newStack();
    const task = BatchSubmitJob.jsonata(stack, 'Submit', { ...REQUIRED, jobName: '{% $states.input.name %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('batch:submitJob', '.sync'),
      Arguments: { JobDefinition: JOB_DEFINITION_ARN, JobName: '{% $states.input.name %}', JobQueue: JOB_QUEUE_ARN },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new BatchSubmitJob(stack, 'Submit', REQUIRED), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ JobDefinition: JOB_DEFINITION_ARN, JobName: 'MyJob', JobQueue: JOB_QUEUE_ARN });
    expect(state.Parameters).toBeUndefined();
  });

  test('renders every optional field of the call', () => {
    const stack = newStack();
    const task = new BatchSubmitJob(stack, 'Submit', {
      ...REQUIRED,
      arraySize: 15,
      attempts: 3,
      payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar') }),
      dependsOn: [{ jobId: '1234', type: 'N_TO_N' }],
      containerOverrides: {
        command: ['echo', 'hello'],
        environment: { KEY: 'value' },
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.MEMORY5, ec2.InstanceSize.LARGE),
        memory: cdk.Size.gibibytes(2),
        gpuCount: 1,
        vcpus: 4,
      },
      tags: { team: 'data' },
      taskTimeout: sfn.Timeout.duration(cdk.Duration.minutes(5)),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('batch:submitJob', '.sync'),
      Parameters: {
        JobDefinition: JOB_DEFINITION_ARN,
        JobName: 'MyJob',
        JobQueue: JOB_QUEUE_ARN,
        Parameters: { 'foo.$': '$.bar' },
        ArrayProperties: { Size: 15 },
        ContainerOverrides: {
          Command: ['echo', 'hello'],
          Environment: [{ Name: 'KEY', Value: 'value' }],
          InstanceType: 'r5.large',
          ResourceRequirements: [
            { Type: 'GPU', Value: '1' },
            { Type: 'MEMORY', Value: '2048' },
            { Type: 'VCPU', Value: '4' },
          ],
        },
        DependsOn: [{ JobId: '1234', Type: 'N_TO_N' }],
        RetryStrategy: { Attempts: 3 },
        Tags: { team: 'data' },
        Timeout: { AttemptDurationSeconds: 300 },
      },
    });
  });

  test('a timeout read from the state becomes the attempt duration, and the state gets no timeout of its own', () => {
    const stack = newStack();
    const task = new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, taskTimeout: sfn.Timeout.at('$.timeout') });
    const state = renderState(task);
    expect(state.Parameters.Timeout).toEqual({ 'AttemptDurationSeconds.$': '$.timeout' });
    expect(state.TimeoutSecondsPath).toBeUndefined();
    expect(state.TimeoutSeconds).toBeUndefined();
  });

  test('REQUEST_RESPONSE renders no suffix', () => {
    const stack = newStack();
    const task = new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(renderState(task).Resource).toEqual(stateArn('batch:submitJob'));
  });

  test('grants submitting from any job definition to the queue, and managing the Batch events rule', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new BatchSubmitJob(stack, 'Submit', REQUIRED)) });
    expect(policyStatements(stack)).toEqual([
      {
        Action: 'batch:SubmitJob',
        Effect: 'Allow',
        Resource: [
          regionalArn('batch', 'job-definition/*'),
          JOB_QUEUE_ARN,
        ],
      },
      EVENTS_RULE_STATEMENT,
    ]);
  });

  describe('scopePolicyToJobDefinition (an opt-in beyond aws-cdk-lib: aws-cdk#37214)', () => {
    const submitStatement = (stack: cdk.Stack) => policyStatements(stack).find((st) => st.Action === 'batch:SubmitJob');
    const build = (stack: cdk.Stack, props: Partial<typeof REQUIRED> & { scopePolicyToJobDefinition?: boolean }) => {
      new sfn.StateMachine(stack, 'SM', {
        definitionBody: sfn.DefinitionBody.fromChainable(new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, ...props })),
      });
    };

    test('grants submitting jobs of the given job definition, any revision, to the queue', () => {
      // GIVEN / WHEN
      const stack = newStack();
      build(stack, { scopePolicyToJobDefinition: true });
      // THEN
      expect(submitStatement(stack)).toEqual({
        Action: 'batch:SubmitJob',
        Effect: 'Allow',
        Resource: [
          'arn:aws:batch:us-east-1:123456789012:job-definition/my-job',
          'arn:aws:batch:us-east-1:123456789012:job-definition/my-job:*',
          JOB_QUEUE_ARN,
        ],
      });
    });

    test('cuts the revision off a job definition ARN from a construct with CloudFormation functions', () => {
      const stack = newStack();
      const { jobQueue, jobDefinition } = createdQueueAndDefinition(stack);
      build(stack, { jobDefinitionArn: jobDefinition.jobDefinitionArn, jobQueueArn: jobQueue.jobQueueArn, scopePolicyToJobDefinition: true });
      const fields = { 'Fn::Split': [':', { Ref: 'JobDefinition24FFE3ED' }] };
      const withoutRevision = { 'Fn::Join': [':', [0, 1, 2, 3, 4, 5].map((index) => ({ 'Fn::Select': [index, fields] }))] };
      expect(submitStatement(stack).Resource).toEqual([
        withoutRevision,
        { 'Fn::Join': ['', [withoutRevision, ':*']] },
        { 'Fn::GetAtt': ['JobQueueEE3AD499', 'JobQueueArn'] },
      ]);
    });

    test('grants every queue of the account and Region when the queue is chosen at run time', () => {
      const stack = newStack();
      build(stack, { jobQueueArn: sfn.JsonPath.stringAt('$.queue'), scopePolicyToJobDefinition: true });
      expect(submitStatement(stack).Resource).toEqual([
        'arn:aws:batch:us-east-1:123456789012:job-definition/my-job',
        'arn:aws:batch:us-east-1:123456789012:job-definition/my-job:*',
        regionalArn('batch', 'job-queue/*'),
      ]);
    });

    test('throws when the job definition is chosen at run time', () => {
      const stack = newStack();
      expect(() => new BatchSubmitJob(stack, 'Submit', {
        ...REQUIRED, jobDefinitionArn: sfn.JsonPath.stringAt('$.definition'), scopePolicyToJobDefinition: true,
      })).toThrow('scopePolicyToJobDefinition needs a jobDefinitionArn known at synthesis, not a JSONPath or JSONata value');
    });

    // The reference's template with the SubmitJob statement's job-definition/* replaced by the job definition.
    const scoped = (definition: any, queue: any) => ({
      adjustReference: (template: any) => {
        const policy = Object.values(template.Resources).find((r: any) => r.Type === 'AWS::IAM::Policy') as any;
        const statement = policy.Properties.PolicyDocument.Statement.find((st: any) => st.Action === 'batch:SubmitJob');
        statement.Resource = [definition, `${definition}:*`, queue];
      },
    });
    const opted: Array<[string, Builder, string]> = [
      ['RUN_JOB', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, scopePolicyToJobDefinition: true } as any), JOB_QUEUE_ARN],
      ['REQUEST_RESPONSE with jsonata()', (t, s) => t.BatchSubmitJob.jsonata(s, 'Submit', {
        ...REQUIRED, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, jobName: '{% $states.input.name %}', scopePolicyToJobDefinition: true,
      } as any), JOB_QUEUE_ARN],
    ];
    test.each(opted)('%s: the reference\'s template with only the job definition narrowed', (_name, build, queue) => {
      expectSameAsReferenceExcept(build, scoped('arn:aws:batch:us-east-1:123456789012:job-definition/my-job', queue));
    });

    test('false keeps the reference\'s template', () => {
      expect(expectSameAsReference((t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, scopePolicyToJobDefinition: false } as any))).toBeDefined();
    });
  });

  test('grants submitting to any queue when the queue is chosen at run time', () => {
    const stack = newStack();
    const task = new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, jobQueueArn: sfn.JsonPath.stringAt('$.queue') });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(policyStatements(stack)).toEqual([
      { Action: 'batch:SubmitJob', Effect: 'Allow', Resource: '*' },
      EVENTS_RULE_STATEMENT,
    ]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test.each([
    ['arraySize is 1', { arraySize: 1 }, 'arraySize must be between 2 and 10,000. Received 1.'],
    ['arraySize is 10,001', { arraySize: 10_001 }, 'arraySize must be between 2 and 10,000. Received 10001.'],
    ['there are 21 dependencies', { dependsOn: Array.from({ length: 21 }, () => ({ jobId: 'x' })) }, 'dependencies must be 20 or less. Received 21.'],
    ['attempts is 0', { attempts: 0 }, 'attempts must be between 1 and 10. Received 0.'],
    ['attempts is 11', { attempts: 11 }, 'attempts must be between 1 and 10. Received 11.'],
    ['the timeout is under a minute', { taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(59)) },
      'attempt duration must be greater than 60 seconds. Received 59 seconds.'],
    ['an environment variable starts with AWS_BATCH', { containerOverrides: { environment: { AWS_BATCH_X: 'y' } } },
      "Invalid environment variable name: AWS_BATCH_X. Environment variable names starting with 'AWS_BATCH' are reserved."],
    ['there are 51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) },
      'Maximum tag number of entries is 50. Received 51.'],
    ['a tag key is empty', { tags: { '': 'v' } }, 'Tag key size must be between 1 and 128, but got 0.'],
    ['a tag key has 129 characters', { tags: { ['k'.repeat(129)]: 'v' } }, 'Tag key size must be between 1 and 128, but got 129.'],
    ['a tag value has 257 characters', { tags: { k: 'v'.repeat(257) } }, 'Tag value maximum size is 256, but got 257.'],
  ])('throws when %s', (_name, extra, message) => {
    const stack = newStack();
    expect(() => new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, ...extra })).toThrow(message);
  });

  test('accepts sizes and attempts that are tokens, leaving them to AWS Batch', () => {
    const stack = newStack();
    const size = new cdk.CfnParameter(stack, 'Size', { type: 'Number' }).valueAsNumber;
    expect(() => new BatchSubmitJob(stack, 'Submit', { ...REQUIRED, arraySize: size, attempts: size })).not.toThrow();
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, Builder]> = [
      ['defaults, imported ARNs', (t, s) => new t.BatchSubmitJob(s, 'Submit', REQUIRED)],
      ['created queue and job definition', (t, s) => {
        const { jobQueue, jobDefinition } = createdQueueAndDefinition(s);
        return new t.BatchSubmitJob(s, 'Submit', { jobDefinitionArn: jobDefinition.jobDefinitionArn, jobName: 'MyJob', jobQueueArn: jobQueue.jobQueueArn });
      }],
      ['imported queue', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, jobQueueArn: batch.JobQueue.fromJobQueueArn(s, 'Queue', JOB_QUEUE_ARN).jobQueueArn,
      })],
      ['every prop', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED,
        arraySize: 10_000,
        attempts: 10,
        payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar'), n: 1 }),
        dependsOn: [{ jobId: '1234', type: 'N_TO_N' }, { jobId: sfn.JsonPath.stringAt('$.previous') }, {}],
        containerOverrides: {
          command: ['echo', 'hello'],
          environment: { KEY: 'value', OTHER: sfn.JsonPath.stringAt('$.other') },
          instanceType: new ec2.InstanceType('m5.xlarge'),
          memory: cdk.Size.mebibytes(1024),
          gpuCount: 2,
          vcpus: 8,
        },
        tags: { team: 'data', ['k'.repeat(128)]: 'v'.repeat(256) },
        timeout: cdk.Duration.minutes(2),
        resultPath: '$.job',
        comment: 'submit',
        heartbeat: cdk.Duration.minutes(1),
      })],
      ['a command read from the state', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, containerOverrides: { command: sfn.JsonPath.listAt('$.command') },
      })],
      ['the smallest array and one attempt', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, arraySize: 2, attempts: 1 })],
      ['overrides with zero GPUs and only an environment', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, containerOverrides: { gpuCount: 0, environment: {} },
      })],
      ['empty overrides and empty tags', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, containerOverrides: {}, tags: {}, dependsOn: [] })],
      ['payload from a path', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, payload: sfn.TaskInput.fromJsonPathAt('$.params') })],
      ['a timeout of exactly a minute', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(60)) })],
      ['a timeout read from the state', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, taskTimeout: sfn.Timeout.at('$.timeout') })],
      ['a heartbeat and a timeout', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(1)), heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.minutes(5)),
      })],
      ['a queue chosen at run time', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, jobQueueArn: sfn.JsonPath.stringAt('$.queue') })],
      ['a definition and name chosen at run time', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, jobDefinitionArn: sfn.JsonPath.stringAt('$.definition'), jobName: sfn.JsonPath.stringAt('$.name'),
      })],
      ['REQUEST_RESPONSE', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })],
      ['RUN_JOB explicitly', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      ['jsonPath()', (t, s) => t.BatchSubmitJob.jsonPath(s, 'Submit', { ...REQUIRED, outputPath: '$.JobId' })],
      ['jsonata() with expressions and outputs', (t, s) => t.BatchSubmitJob.jsonata(s, 'Submit', {
        ...REQUIRED,
        jobName: '{% $states.input.name %}',
        jobQueueArn: '{% $states.input.queue %}',
        payload: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }),
        outputs: '{% $states.result.JobId %}',
      })],
      ['jsonata() with a timeout', (t, s) => t.BatchSubmitJob.jsonata(s, 'Submit', { ...REQUIRED, taskTimeout: sfn.Timeout.duration(cdk.Duration.minutes(3)) })],
      ['two jobs in sequence', (t, s) => new t.BatchSubmitJob(s, 'First', REQUIRED)
        .next(new t.BatchSubmitJob(s, 'Second', { ...REQUIRED, dependsOn: [{ jobId: sfn.JsonPath.stringAt('$.JobId') }] }))],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    // A number token renders as a bare `Ref` inside the definition string, which no ASL checker can parse
    // before deployment, so the state is compared through a stack output instead of a state machine.
    test('sizes that are tokens', () => {
      expect(expectSameAsReference((t, s) => {
        const size = new cdk.CfnParameter(s, 'Size', { type: 'Number' }).valueAsNumber;
        const task = new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, arraySize: size, attempts: size });
        new cdk.CfnOutput(s, 'State', { value: s.toJsonString(task.toStateJson()) });
      })).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, attempts: 2 }), { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    test('in a stack with an environment', () => {
      expect(expectSameAsReference((t, s) => new t.BatchSubmitJob(s, 'Submit', REQUIRED), { env: { account: '123456789012', region: 'eu-west-1' } })).toBeDefined();
    });

    const errors: Array<[string, Builder]> = [
      ['throws when the pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when arraySize is too small', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, arraySize: 1 })],
      ['throws when arraySize is too large', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, arraySize: 10_001 })],
      ['throws when there are too many dependencies', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, dependsOn: Array.from({ length: 21 }, () => ({ jobId: 'x' })),
      })],
      ['throws when attempts is too small', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, attempts: 0 })],
      ['throws when attempts is too large', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, attempts: 11 })],
      ['throws when the deprecated timeout is under a minute', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, timeout: cdk.Duration.seconds(30) })],
      ['throws when the task timeout is under a minute', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(59)),
      })],
      ['throws when an environment variable is reserved', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, containerOverrides: { environment: { AWS_BATCH_JOB_ID: 'x' } },
      })],
      ['throws when there are too many tags', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
      })],
      ['throws when a tag key is empty', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, tags: { '': 'v' } })],
      ['throws when a tag key is too long', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, tags: { ['k'.repeat(129)]: 'v' } })],
      ['throws when a tag value is too long', (t, s) => new t.BatchSubmitJob(s, 'Submit', { ...REQUIRED, tags: { k: 'v'.repeat(257) } })],
      ['throws when several props are wrong, reporting the array size first', (t, s) => new t.BatchSubmitJob(s, 'Submit', {
        ...REQUIRED, arraySize: 1, attempts: 0, tags: { '': 'v' },
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });

  describe('the README examples', () => {
    test('SubmitJob with a job definition and a queue', () => {
      expect(expectSameAsReference((t, s) => {
        const { jobQueue: batchQueue, jobDefinition: batchJobDefinition } = createdQueueAndDefinition(s);
        return new t.BatchSubmitJob(s, 'Submit Job', {
          jobDefinitionArn: batchJobDefinition.jobDefinitionArn,
          jobName: 'MyJob',
          jobQueueArn: batchQueue.jobQueueArn,
        });
      })).toBeDefined();
    });

    test('an array job with overrides and an attempt duration', () => {
      expect(expectSameAsReference((t, s) => {
        const { jobQueue: batchQueue, jobDefinition: batchJobDefinition } = createdQueueAndDefinition(s);
        return new t.BatchSubmitJob(s, 'Render frames', {
          jobDefinitionArn: batchJobDefinition.jobDefinitionArn,
          jobName: sfn.JsonPath.stringAt('$.jobName'),
          jobQueueArn: batchQueue.jobQueueArn,
          arraySize: 100,
          attempts: 3,
          payload: sfn.TaskInput.fromObject({ scene: sfn.JsonPath.stringAt('$.scene') }),
          containerOverrides: {
            environment: { QUALITY: 'high' },
            memory: cdk.Size.gibibytes(4),
            vcpus: 2,
          },
          taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(2)),
        });
      })).toBeDefined();
    });

    // The first seed document (aws-cdk v1, Python) builds the queue on a compute environment and the job
    // definition from a local Docker image, then passes both to the task; today the task takes their ARNs.
    test('the v1 example, with a Docker image asset', () => {
      expect(expectSameAsReference((t, s) => {
        const vpc = new ec2.Vpc(s, 'Vpc');
        const batchQueue = new batch.JobQueue(s, 'JobQueue', {
          computeEnvironments: [{ order: 1, computeEnvironment: new batch.ManagedEc2EcsComputeEnvironment(s, 'ComputeEnv', { vpc }) }],
        });
        const batchJobDefinition = new batch.EcsJobDefinition(s, 'JobDefinition', {
          container: new batch.EcsEc2ContainerDefinition(s, 'Container', {
            image: ecs.ContainerImage.fromAsset(path.resolve(__dirname, 'batchjob-image')),
            cpu: 1,
            memory: cdk.Size.mebibytes(512),
          }),
        });
        return new t.BatchSubmitJob(s, 'Submit Job', {
          jobDefinitionArn: batchJobDefinition.jobDefinitionArn,
          jobName: 'MyJob',
          jobQueueArn: batchQueue.jobQueueArn,
        });
      })).toBeDefined();
    });
  });
});
