import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { GlueDataBrewStartJobRun } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

function jobArn(name: string) {
  return regionalArn('databrew', `job/${name}`);
}

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('GlueDataBrewStartJobRun', () => {
  test('starts the named job and returns at once (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new GlueDataBrewStartJobRun(stack, 'Task', { name: 'databrew-job' });
    machine(stack, task);
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('databrew:startJobRun'),
      Parameters: { Name: 'databrew-job' },
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'databrew:startJobRun', Effect: 'Allow', Resource: jobArn('databrew-job') }]);
  });

  test('jsonata() renders the job name as Arguments', () => {
    const stack = newStack();
    const task = GlueDataBrewStartJobRun.jsonata(stack, 'Task', { name: 'databrew-job' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('databrew:startJobRun'),
      Arguments: { Name: 'databrew-job' },
    });
  });

  test('RUN_JOB waits for the run and may list and stop runs', () => {
    const stack = newStack();
    const task = new GlueDataBrewStartJobRun(stack, 'Task', { name: 'databrew-job', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    machine(stack, task);
    expect(renderState(task).Resource).toEqual(stateArn('databrew:startJobRun', '.sync'));
    expect(policyStatements(stack)).toEqual([{
      Action: ['databrew:startJobRun', 'databrew:stopJobRun', 'databrew:listJobRuns'],
      Effect: 'Allow',
      Resource: jobArn('databrew-job'),
    }]);
  });

  test.each([
    ['a JSONPath', sfn.JsonPath.stringAt('$.job')],
    ['a JSONata expression', '{% $states.input.job %}'],
  ])('grants on every job when the name is %s', (_kind, name) => {
    const stack = newStack();
    machine(stack, new GlueDataBrewStartJobRun(stack, 'Task', { name }));
    expect(policyStatements(stack)[0].Resource).toEqual(jobArn('*'));
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new GlueDataBrewStartJobRun(stack, 'Task', {
      name: 'databrew-job',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', { name: 'databrew-job' })],
      ['RUN_JOB', (t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', { name: 'j', integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      ['REQUEST_RESPONSE named explicitly', (t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', { name: 'j', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })],
      ['a name from the input', (t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', { name: sfn.JsonPath.stringAt('$.name') })],
      ['jsonPath()', (t, s) => t.GlueDataBrewStartJobRun.jsonPath(s, 'Task', { name: 'j', resultSelector: { id: sfn.JsonPath.stringAt('$.RunId') } })],
      ['jsonata() with a name expression', (t, s) => t.GlueDataBrewStartJobRun.jsonata(s, 'Task', { name: '{% $states.input.name %}' })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', { name: 'j' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the pattern is unsupported, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.GlueDataBrewStartJobRun(s, 'Task', {
        name: 'j',
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
