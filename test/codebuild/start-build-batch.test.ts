import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CodeBuildStartBuildBatch } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder,
} from '../util';
import { PROJECT_ARN, alarmOnFailures, createdProject, everyKindOfVariable, importedProject } from './fixtures';

describe('CodeBuildStartBuildBatch', () => {
  test('defaults to starting the batch build by project name (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack) });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('codebuild:startBuildBatch'),
      Parameters: { ProjectName: 'MyProject' },
    });
  });

  test('jsonata() renders the fields as Arguments', () => {
    const stack = newStack();
    const task = CodeBuildStartBuildBatch.jsonata(stack, 'Build', { project: importedProject(stack), environmentVariablesOverride: { A: { value: 'b' } } });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('codebuild:startBuildBatch'),
      Arguments: { ProjectName: 'MyProject', EnvironmentVariablesOverride: [{ Name: 'A', Type: 'PLAINTEXT', Value: 'b' }] },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack) }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ProjectName: 'MyProject' });
  });

  test('renders each environment variable with its type, plain text when none is given', () => {
    const stack = newStack();
    const task = new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack), environmentVariablesOverride: everyKindOfVariable() });
    expect(renderState(task).Parameters.EnvironmentVariablesOverride).toEqual([
      { 'Name': 'ZONE', 'Type': 'PLAINTEXT', 'Value.$': '$.envVariables.zone' },
      { Name: 'TOKEN', Type: 'PARAMETER_STORE', Value: '/ci/token' },
      { Name: 'PASSWORD', Type: 'SECRETS_MANAGER', Value: 'ci-secret:password' },
      { Name: 'UNTYPED', Type: 'PLAINTEXT', Value: 'plain' },
    ]);
  });

  test('grants only starting the batch build by default', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack) })) });
    expect(policyStatements(stack)).toEqual([{ Action: 'codebuild:StartBuildBatch', Effect: 'Allow', Resource: PROJECT_ARN }]);
  });

  test('RUN_JOB renders the .sync suffix and grants following and stopping the batch, and the events rule', () => {
    const stack = newStack();
    const task = new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(renderState(task).Resource).toEqual(stateArn('codebuild:startBuildBatch', '.sync'));
    expect(policyStatements(stack)).toEqual([
      {
        Action: ['codebuild:StartBuildBatch', 'codebuild:StopBuildBatch', 'codebuild:BatchGetBuildBatches'],
        Effect: 'Allow',
        Resource: PROJECT_ARN,
      },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventForCodeBuildStartBuildBatchRule'),
      },
    ]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new CodeBuildStartBuildBatch(stack, 'Build', { project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, Builder]> = [
      ['an imported project', (t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', { project: importedProject(s) })],
      ['a created project with batch builds', (t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', { project: createdProject(s) })],
      ['every kind of variable', (t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', {
        project: createdProject(s), environmentVariablesOverride: everyKindOfVariable(), resultPath: '$.batch',
      })],
      ['the task metrics in an alarm', (t, s) => {
        const task = new t.CodeBuildStartBuildBatch(s, 'Build', { project: importedProject(s) });
        alarmOnFailures(s, task);
        return task;
      }],
      ['REQUEST_RESPONSE explicitly', (t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', {
        project: importedProject(s), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['RUN_JOB', (t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', { project: createdProject(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      ['jsonPath()', (t, s) => t.CodeBuildStartBuildBatch.jsonPath(s, 'Build', { project: importedProject(s), outputPath: '$.BuildBatch' })],
      ['jsonata() with outputs', (t, s) => t.CodeBuildStartBuildBatch.jsonata(s, 'Build', {
        project: importedProject(s),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        outputs: '{% $states.result.BuildBatch.BuildBatchStatus %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', { project: importedProject(s) }),
        { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    test('throws when the pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.CodeBuildStartBuildBatch(s, 'Build', {
        project: importedProject(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });

  describe('the README examples', () => {
    test('a batch build of a project whose build spec lists its builds', () => {
      expect(expectSameAsReference((t, s) => {
        const project = new codebuild.Project(s, 'Project', {
          projectName: 'MyTestProject',
          buildSpec: codebuild.BuildSpec.fromObjectToYaml({
            version: 0.2,
            batch: {
              'build-list': [
                { identifier: 'id', buildspec: 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo "Hello, from small!"' },
              ],
            },
          }),
        });
        project.enableBatchBuilds();
        return new t.CodeBuildStartBuildBatch(s, 'buildBatchTask', {
          project,
          integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
          environmentVariablesOverride: {
            test: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: 'testValue' },
          },
        });
      })).toBeDefined();
    });
  });
});
