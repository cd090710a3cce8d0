import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { StepFunctionsStartExecution } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const CHILD_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:child';

function importedChild(stack: cdk.Stack): sfn.IStateMachine {
  return sfn.StateMachine.fromStateMachineArn(stack, 'Child', CHILD_ARN);
}

function createdChild(stack: cdk.Stack, id = 'Child'): sfn.StateMachine {
  return new sfn.StateMachine(stack, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, `${id}Pass`)) });
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
describe('StepFunctionsStartExecution', () => {
  test('starts the state machine with the whole state input (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new StepFunctionsStartExecution(stack, 'Start', { stateMachine: importedChild(stack) });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('states:startExecution'),
      Parameters: { 'Input.$': '$', 'StateMachineArn': CHILD_ARN },
    });
  });

  test('jsonata() passes the given input and name through Arguments', () => {
    const stack = newStack();
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', {
      stateMachine: importedChild(stack),
      input: sfn.TaskInput.fromObject({ order: '{% $states.input.order %}' }),
      name: '{% $states.input.id %}',
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('states:startExecution'),
      Arguments: { Input: { order: '{% $states.input.order %}' }, StateMachineArn: CHILD_ARN, Name: '{% $states.input.id %}' },
    });
  });

  test('RUN_JOB waits with the .sync:2 integration, which returns the output as JSON', () => {
    const stack = newStack();
    const task = new StepFunctionsStartExecution(stack, 'Start', {
      stateMachine: importedChild(stack),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task).Resource).toEqual(stateArn('states:startExecution', '.sync:2'));
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new StepFunctionsStartExecution(stack, 'Start', {
      stateMachine: importedChild(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    });
    expect(renderState(task).Resource).toEqual(stateArn('states:startExecution', '.waitForTaskToken'));
    expect(renderState(task).Parameters.Input).toEqual({ 'token.$': '$$.Task.Token' });
  });

  test('associateWithParent adds the parent execution ID to the input', () => {
    const stack = newStack();
    const task = new StepFunctionsStartExecution(stack, 'Start', {
      stateMachine: importedChild(stack),
      input: sfn.TaskInput.fromObject({ order: sfn.JsonPath.stringAt('$.order') }),
      associateWithParent: true,
    });
    expect(renderState(task).Parameters.Input).toEqual({
      'order.$': '$.order',
      'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id',
    });
  });

  test('associateWithParent in JSONata reads the execution ID from the context', () => {
    const stack = newStack();
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', { stateMachine: importedChild(stack), associateWithParent: true });
    expect(renderState(task).Arguments.Input).toEqual({ AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: '{% $states.context.Execution.Id %}' });
  });

  test('grants states:StartExecution on the state machine only', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new StepFunctionsStartExecution(stack, 'Start', { stateMachine: importedChild(stack) })),
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'states:StartExecution', Effect: 'Allow', Resource: CHILD_ARN }]);
  });

  test('RUN_JOB also grants watching and stopping the executions, and the EventBridge rule Step Functions manages', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new StepFunctionsStartExecution(stack, 'Start', {
        stateMachine: importedChild(stack),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })),
    });
    expect(policyStatements(stack)).toEqual([
      { Action: 'states:StartExecution', Effect: 'Allow', Resource: CHILD_ARN },
      { Action: ['states:DescribeExecution', 'states:StopExecution'], Effect: 'Allow', Resource: regionalArn('states', 'execution:child*') },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForStepFunctionsExecutionRule'),
      },
    ]);
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in the input', () => {
    const stack = newStack();
    expect(() => new StepFunctionsStartExecution(stack, 'Start', {
      stateMachine: importedChild(stack),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token.');
  });

  test('throws when associateWithParent is combined with an input that is not an object', () => {
    const stack = newStack();
    expect(() => new StepFunctionsStartExecution(stack, 'Start', {
      stateMachine: importedChild(stack),
      input: sfn.TaskInput.fromJsonPathAt('$.input'),
      associateWithParent: true,
    })).toThrow('Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use `sfn.TaskInput.fromObject` instead.');
  });

  describe('matches aws-cdk-lib', () => {
    const stateMachines: Array<[string, (s: cdk.Stack) => sfn.IStateMachineRef]> = [
      ['an imported state machine', importedChild],
      ['a state machine imported by name', (s) => sfn.StateMachine.fromStateMachineName(s, 'Child', 'child')],
      ['a created state machine', (s) => createdChild(s)],
      ['a CfnStateMachine', (s) => new sfn.CfnStateMachine(s, 'Child', {
        roleArn: 'arn:aws:iam::123456789012:role/child',
        definitionString: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
      })],
      ['a state machine of another stack', (s) => createdChild(new cdk.Stack(s.node.root as cdk.App, 'Children'))],
    ];
    const patterns: Array<[string, Partial<StartExecutionProps>]> = [
      ['REQUEST_RESPONSE', {}],
      ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }],
      ['WAIT_FOR_TASK_TOKEN', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      }],
    ];
    const combinations = stateMachines.flatMap(([machine, stateMachine]) =>
      patterns.map(([pattern, props]) => [machine, pattern, stateMachine, props] as const));

    test.each(combinations)('%s with %s', (_machine, _pattern, stateMachine, props) => {
      expectSameAsReference((t, s) => new t.StepFunctionsStartExecution(s, 'Start', { stateMachine: stateMachine(s), ...props }));
    });

    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['every prop', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s),
        input: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a'), b: 1 }),
        name: sfn.JsonPath.stringAt('$.name'),
        associateWithParent: true,
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        resultSelector: { output: sfn.JsonPath.objectAt('$.Output') },
        heartbeat: cdk.Duration.minutes(5),
        taskTimeout: sfn.Timeout.duration(cdk.Duration.hours(1)),
      })],
      ['associateWithParent without input', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), associateWithParent: true,
      })],
      ['associateWithParent false with a path input', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), associateWithParent: false, input: sfn.TaskInput.fromJsonPathAt('$.input'),
      })],
      ['associateWithParent with a callback', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s),
        associateWithParent: true,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      })],
      ['a text input', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), input: sfn.TaskInput.fromText('{"a":1}'),
      })],
      ['jsonPath()', (t, s) => t.StepFunctionsStartExecution.jsonPath(s, 'Start', {
        stateMachine: importedChild(s), name: 'run-1', outputPath: '$.ExecutionArn',
      })],
      ['jsonata() with associateWithParent and a created state machine', (t, s) => t.StepFunctionsStartExecution.jsonata(s, 'Start', {
        stateMachine: createdChild(s),
        input: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }),
        associateWithParent: true,
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        outputs: '{% $states.result.Output %}',
      })],
      ['JSONata callback', (t, s) => t.StepFunctionsStartExecution.jsonata(s, 'Start', {
        stateMachine: importedChild(s),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('RUN_JOB with the minimizePolicies feature flag', () => {
      expectSameAsReference((t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: createdChild(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
    });

    test('associateWithParent inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), associateWithParent: true,
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('RUN_JOB in a stack with an account and region, in another partition', () => {
      expectSameAsReference((t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: createdChild(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }), { env: { account: '123456789012', region: 'cn-north-1' } });
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['throws when a callback has no token', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when a callback input holds no token', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, input: sfn.TaskInput.fromObject({ a: 1 }),
      })],
      ['throws when a JSONata callback has no token', (t, s) => t.StepFunctionsStartExecution.jsonata(s, 'Start', {
        stateMachine: importedChild(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when associateWithParent gets a path input', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), associateWithParent: true, input: sfn.TaskInput.fromJsonPathAt('$.input'),
      })],
      ['throws when associateWithParent gets a text input', (t, s) => new t.StepFunctionsStartExecution(s, 'Start', {
        stateMachine: importedChild(s), associateWithParent: true, input: sfn.TaskInput.fromText('hello'),
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });

  describe('the seed documents\' examples', () => {
    test('start a child state machine with a callback (v1 docs and v2 README)', () => {
      expectSameAsReference((t, s) => {
        const child = new sfn.StateMachine(s, 'ChildStateMachine', {
          definitionBody: sfn.DefinitionBody.fromChainable(sfn.Chain.start(new sfn.Pass(s, 'PassState'))),
        });
        const task = new t.StepFunctionsStartExecution(s, 'ChildTask', {
          stateMachine: child,
          integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
          input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, foo: 'bar' }),
          name: 'MyExecutionName',
        });
        new sfn.StateMachine(s, 'ParentStateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
      });
    });

    test('v2 README: associate the child execution with its parent', () => {
      expectSameAsReference((t, s) => {
        const child = createdChild(s);
        return new t.StepFunctionsStartExecution(s, 'ChildTask', { stateMachine: child, associateWithParent: true });
      });
    });
  });
});

type StartExecutionProps = ConstructorParameters<typeof StepFunctionsStartExecution>[2];
