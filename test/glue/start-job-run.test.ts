import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ExecutionClass, GlueStartJobRun, WorkerType, WorkerTypeV2 } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const JOB_ARN = regionalArn('glue', 'job/my-job');

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('GlueStartJobRun', () => {
  test('defaults to a request-response start of the named job (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new GlueStartJobRun(stack, 'Task', { glueJobName: 'my-job' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('glue:startJobRun'),
      Parameters: { JobName: 'my-job' },
    });
  });

  test('jsonata() renders the call as Arguments, keeping an unset notification as null', () => {
    const stack = newStack();
    const task = GlueStartJobRun.jsonata(stack, 'Task', {
      glueJobName: 'my-job',
      arguments: sfn.TaskInput.fromObject({ '--day': '{% $states.input.day %}' }),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('glue:startJobRun'),
      Arguments: { JobName: 'my-job', Arguments: { '--day': '{% $states.input.day %}' }, NotificationProperty: null },
    });
  });

  test('renders every optional field of the job run', () => {
    const stack = newStack();
    const task = new GlueStartJobRun(stack, 'Task', {
      glueJobName: 'my-job',
      arguments: sfn.TaskInput.fromObject({ key: sfn.JsonPath.stringAt('$.value') }),
      securityConfiguration: 'my-security',
      notifyDelayAfter: cdk.Duration.minutes(5),
      workerConfiguration: { workerTypeV2: WorkerTypeV2.G_2X, numberOfWorkers: 10 },
      executionClass: ExecutionClass.FLEX,
      taskTimeout: sfn.Timeout.duration(cdk.Duration.minutes(30)),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('glue:startJobRun'),
      Parameters: {
        JobName: 'my-job',
        Arguments: { 'key.$': '$.value' },
        Timeout: 30,
        SecurityConfiguration: 'my-security',
        NotificationProperty: { NotifyDelayAfter: 5 },
        WorkerType: 'G.2X',
        NumberOfWorkers: 10,
        ExecutionClass: 'FLEX',
      },
    });
  });

  test('moves a timeout read from the input into the run, as a number path', () => {
    const stack = newStack();
    const task = new GlueStartJobRun(stack, 'Task', { glueJobName: 'my-job', taskTimeout: sfn.Timeout.at('$.timeout') });
    const state = renderState(task);
    expect(state.Parameters['Timeout.$']).toEqual('$.timeout');
    expect(state.TimeoutSecondsPath).toBeUndefined();
  });

  test('the deprecated enum and WorkerTypeV2.of() name the worker type', () => {
    const stack = newStack();
    const legacy = new GlueStartJobRun(stack, 'Legacy', { glueJobName: 'my-job', workerConfiguration: { workerType: WorkerType.Z_2X, numberOfWorkers: 2 } });
    const custom = new GlueStartJobRun(stack, 'Custom', { glueJobName: 'my-job', workerConfiguration: { workerTypeV2: WorkerTypeV2.of('G.12X'), numberOfWorkers: 2 } });
    expect(renderState(legacy).Parameters.WorkerType).toEqual('Z.2X');
    expect(renderState(custom).Parameters.WorkerType).toEqual('G.12X');
    expect(WorkerTypeV2.G_025X.name).toEqual('G.025X');
  });

  test('grants only glue:StartJobRun on the job for request-response', () => {
    const stack = newStack();
    machine(stack, new GlueStartJobRun(stack, 'Task', { glueJobName: 'my-job' }));
    expect(policyStatements(stack)).toEqual([{ Action: 'glue:StartJobRun', Effect: 'Allow', Resource: JOB_ARN }]);
  });

  test('RUN_JOB waits for the run and may read and stop it', () => {
    const stack = newStack();
    const task = new GlueStartJobRun(stack, 'Task', { glueJobName: 'my-job', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    machine(stack, task);
    expect(renderState(task).Resource).toEqual(stateArn('glue:startJobRun', '.sync'));
    expect(policyStatements(stack)).toEqual([{
      Action: ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun'],
      Effect: 'Allow',
      Resource: JOB_ARN,
    }]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new GlueStartJobRun(stack, 'Task', {
      glueJobName: 'my-job',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when rendering a worker configuration with both worker type props', () => {
    const stack = newStack();
    const task = new GlueStartJobRun(stack, 'Task', {
      glueJobName: 'my-job',
      workerConfiguration: { workerType: WorkerType.G_1X, workerTypeV2: WorkerTypeV2.G_1X, numberOfWorkers: 1 },
    });
    expect(() => renderState(task)).toThrow("You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'.");
  });

  test('throws when rendering a worker configuration with neither worker type prop', () => {
    const stack = newStack();
    const task = new GlueStartJobRun(stack, 'Task', { glueJobName: 'my-job', workerConfiguration: { numberOfWorkers: 1 } });
    expect(() => renderState(task)).toThrow("You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'.");
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['defaults', (t, s) => new t.GlueStartJobRun(s, 'Task', { glueJobName: 'my-job' })],
      ['the README example', (t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-glue-job',
        arguments: sfn.TaskInput.fromObject({ key: 'value' }),
        taskTimeout: sfn.Timeout.duration(cdk.Duration.minutes(30)),
        notifyDelayAfter: cdk.Duration.minutes(5),
      })],
      ['the v1-era example, with the deprecated timeout', (t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-glue-job',
        arguments: sfn.TaskInput.fromObject({ key: 'value' }),
        timeout: cdk.Duration.minutes(30),
        notifyDelayAfter: cdk.Duration.minutes(5),
      })],
      ['every prop, RUN_JOB', (t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        arguments: sfn.TaskInput.fromJsonPathAt('$.args'),
        securityConfiguration: 'sec',
        notifyDelayAfter: cdk.Duration.minutes(2),
        workerConfiguration: { workerTypeV2: t.WorkerTypeV2.G_8X, numberOfWorkers: 3 },
        executionClass: t.ExecutionClass.STANDARD,
        resultPath: '$.run',
        heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.seconds(60)),
      })],
      ['deprecated worker type', (t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        workerConfiguration: { workerType: t.WorkerType.G_025X, numberOfWorkers: 1 },
      })],
      ['custom worker type', (t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        workerConfiguration: { workerTypeV2: t.WorkerTypeV2.of('G.16X'), numberOfWorkers: 1 },
      })],
      ['timeout at a path', (t, s) => new t.GlueStartJobRun(s, 'Task', { glueJobName: 'my-job', taskTimeout: sfn.Timeout.at('$.t') })],
      ['timeout of a few seconds', (t, s) => new t.GlueStartJobRun(s, 'Task', { glueJobName: 'my-job', taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(120)) })],
      ['a job name from the input', (t, s) => new t.GlueStartJobRun(s, 'Task', { glueJobName: sfn.JsonPath.stringAt('$.job') })],
      ['jsonPath()', (t, s) => t.GlueStartJobRun.jsonPath(s, 'Task', { glueJobName: 'my-job', outputPath: '$.JobRunId' })],
      ['jsonata() with a JSONata timeout', (t, s) => t.GlueStartJobRun.jsonata(s, 'Task', {
        glueJobName: '{% $states.input.job %}',
        arguments: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }),
        taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeout %}'),
        outputs: '{% $states.result.JobRunId %}',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonata() with a duration timeout', (t, s) => t.GlueStartJobRun.jsonata(s, 'Task', {
        glueJobName: 'my-job',
        taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(1)),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        notifyDelayAfter: cdk.Duration.minutes(1),
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in a stack with a concrete environment', () => {
      expectSameAsReference((t, s) => new t.GlueStartJobRun(s, 'Task', { glueJobName: 'my-job' }),
        { env: { account: '123456789012', region: 'eu-west-1' } });
    });

    test('throws when the pattern is unsupported, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });

    test('throws when both worker types are set, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        workerConfiguration: { workerType: t.WorkerType.STANDARD, workerTypeV2: t.WorkerTypeV2.STANDARD, numberOfWorkers: 1 },
      }));
    });

    test('throws when no worker type is set, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.GlueStartJobRun(s, 'Task', {
        glueJobName: 'my-job',
        workerConfiguration: { numberOfWorkers: 1 },
      }));
    });
  });
});
