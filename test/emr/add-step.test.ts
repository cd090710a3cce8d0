import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ActionOnFailure, EmrAddStep } from '../../lib';
import { type Tasks, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN, eventsRuleStatement } from './fixtures';

describe('EmrAddStep', () => {
  test('adds the step and waits for it, continuing on failure by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrAddStep(stack, 'Task', { clusterId: 'ClusterId', name: 'StepName', jar: 'Jar' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:addStep', '.sync'),
      Parameters: {
        ClusterId: 'ClusterId',
        Step: { Name: 'StepName', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'Jar' } },
      },
    });
  });

  test('jsonata() renders the step as Arguments', () => {
    const stack = newStack();
    const task = EmrAddStep.jsonata(stack, 'Task', { clusterId: '{% $states.input.ClusterId %}', name: 'StepName', jar: 'Jar' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:addStep', '.sync'),
      Arguments: {
        ClusterId: '{% $states.input.ClusterId %}',
        Step: { Name: 'StepName', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'Jar' } },
      },
    });
  });

  test('renders every optional field, with properties as Key/Value pairs', () => {
    const stack = newStack();
    const task = new EmrAddStep(stack, 'Task', {
      clusterId: 'ClusterId',
      name: 'StepName',
      jar: 'Jar',
      actionOnFailure: ActionOnFailure.TERMINATE_CLUSTER,
      mainClass: 'com.example.Main',
      args: ['a', 'b'],
      properties: { 'spark.x': '1', 'spark.y': '2' },
      executionRoleArn: 'arn:aws:iam::123456789012:role/StepRole',
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:addStep'),
      Parameters: {
        ClusterId: 'ClusterId',
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/StepRole',
        Step: {
          Name: 'StepName',
          ActionOnFailure: 'TERMINATE_CLUSTER',
          HadoopJarStep: {
            Jar: 'Jar',
            MainClass: 'com.example.Main',
            Args: ['a', 'b'],
            Properties: [{ Key: 'spark.x', Value: '1' }, { Key: 'spark.y', Value: '2' }],
          },
        },
      },
    });
  });

  test('RUN_JOB may manage the EventBridge rule that reports the step finished', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrAddStep(stack, 'Task', { clusterId: 'c', name: 'n', jar: 'j' })),
    });
    expect(policyStatements(stack)).toEqual([
      {
        Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
        Effect: 'Allow',
        Resource: ANY_CLUSTER_ARN,
      },
      eventsRuleStatement('StepFunctionsGetEventForEMRAddJobFlowStepsRule'),
    ]);
  });

  test('REQUEST_RESPONSE needs no EventBridge permissions', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrAddStep(stack, 'Task', {
        clusterId: 'c', name: 'n', jar: 'j', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })),
    });
    expect(policyStatements(stack)).toEqual([{
      Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
      Effect: 'Allow',
      Resource: ANY_CLUSTER_ARN,
    }]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrAddStep(stack, 'Task', {
      clusterId: 'c', name: 'n', jar: 'j', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: any) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.EmrAddStep(s, 'Task', {
        clusterId: 'ClusterId', name: 'StepName', jar: 'Jar', actionOnFailure: t.ActionOnFailure.CONTINUE,
      })],
      ['every prop', (t, s) => new t.EmrAddStep(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'),
        name: 'StepName',
        jar: 'command-runner.jar',
        actionOnFailure: t.ActionOnFailure.CANCEL_AND_WAIT,
        mainClass: 'Main',
        args: ['spark-submit', '--deploy-mode', 'cluster'],
        properties: { a: 'b' },
        executionRoleArn: 'arn:aws:iam::123456789012:role/StepRole',
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: '$.Step',
        comment: 'add a step',
      })],
      ['TERMINATE_CLUSTER on failure', (t, s) => new t.EmrAddStep(s, 'Task', {
        clusterId: 'c', name: 'n', jar: 'j', actionOnFailure: t.ActionOnFailure.TERMINATE_CLUSTER,
      })],
      ['jsonPath()', (t, s) => t.EmrAddStep.jsonPath(s, 'Task', { clusterId: 'c', name: 'n', jar: 'j', outputPath: '$.StepId' })],
      ['jsonata()', (t, s) => t.EmrAddStep.jsonata(s, 'Task', {
        clusterId: '{% $states.input.id %}', name: 'n', jar: 'j', args: ['x'], outputs: '{% $states.result %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrAddStep(s, 'Task', { clusterId: 'c', name: 'n', jar: 'j' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EmrAddStep(s, 'Task', {
        clusterId: 'c', name: 'n', jar: 'j', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
