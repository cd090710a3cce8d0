import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CodeBuildStartBuild } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder,
} from '../util';
import { PROJECT_ARN, alarmOnFailures, createdProject, everyKindOfVariable, importedProject } from './fixtures';

describe('CodeBuildStartBuild', () => {
  test('defaults to starting the build by project name (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack) });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('codebuild:startBuild'),
      Parameters: { ProjectName: 'MyProject' },
    });
  });

  test('jsonata() renders the fields as Arguments', () => {
    const stack = newStack();
    const task = CodeBuildStartBuild.jsonata(stack, 'Build', {
      project: importedProject(stack),
      environmentVariablesOverride: { ZONE: { value: '{% $states.input.zone %}' } },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('codebuild:startBuild'),
      Arguments: {
        ProjectName: 'MyProject',
        EnvironmentVariablesOverride: [{ Name: 'ZONE', Type: 'PLAINTEXT', Value: '{% $states.input.zone %}' }],
      },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack) }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ProjectName: 'MyProject' });
    expect(state.Parameters).toBeUndefined();
  });

  test('renders each environment variable with its type, plain text when none is given', () => {
    const stack = newStack();
    const task = new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack), environmentVariablesOverride: everyKindOfVariable() });
    expect(renderState(task).Parameters.EnvironmentVariablesOverride).toEqual([
      { 'Name': 'ZONE', 'Type': 'PLAINTEXT', 'Value.$': '$.envVariables.zone' },
      { Name: 'TOKEN', Type: 'PARAMETER_STORE', Value: '/ci/token' },
      { Name: 'PASSWORD', Type: 'SECRETS_MANAGER', Value: 'ci-secret:password' },
      { Name: 'UNTYPED', Type: 'PLAINTEXT', Value: 'plain' },
    ]);
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('codebuild:startBuild', '.sync'));
  });

  test('grants starting, stopping and reading builds and reports of the project', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack) })) });
    expect(policyStatements(stack)).toEqual([{
      Action: ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds', 'codebuild:BatchGetReports'],
      Effect: 'Allow',
      Resource: PROJECT_ARN,
    }]);
  });

  test('RUN_JOB also grants managing the CodeBuild events rule', () => {
    const stack = newStack();
    const task = new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(policyStatements(stack)[1]).toEqual({
      Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      Effect: 'Allow',
      Resource: regionalArn('events', 'rule/StepFunctionsGetEventForCodeBuildStartBuildRule'),
    });
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new CodeBuildStartBuild(stack, 'Build', { project: importedProject(stack), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, Builder]> = [
      ['an imported project', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: importedProject(s) })],
      ['a project imported by name', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: codebuild.Project.fromProjectName(s, 'Project', 'ByName') })],
      ['a created project', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: createdProject(s) })],
      ['a pipeline project', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: new codebuild.PipelineProject(s, 'Project') })],
      ['every kind of variable', (t, s) => new t.CodeBuildStartBuild(s, 'Build', {
        project: createdProject(s), environmentVariablesOverride: everyKindOfVariable(), resultPath: '$.build', comment: 'build',
      })],
      ['no variables', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: importedProject(s), environmentVariablesOverride: {} })],
      ['the task metrics in an alarm', (t, s) => {
        const task = new t.CodeBuildStartBuild(s, 'Build', { project: createdProject(s) });
        alarmOnFailures(s, task);
        return task;
      }],
      ['REQUEST_RESPONSE explicitly', (t, s) => new t.CodeBuildStartBuild(s, 'Build', {
        project: importedProject(s), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['RUN_JOB', (t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: createdProject(s), integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      ['jsonPath()', (t, s) => t.CodeBuildStartBuild.jsonPath(s, 'Build', { project: importedProject(s), outputPath: '$.Build' })],
      ['jsonata() with outputs', (t, s) => t.CodeBuildStartBuild.jsonata(s, 'Build', {
        project: importedProject(s),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        environmentVariablesOverride: { ZONE: { value: '{% $states.input.zone %}' } },
        outputs: '{% $states.result.Build.BuildStatus %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.CodeBuildStartBuild(s, 'Build', { project: importedProject(s) }),
        { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    test('throws when the pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.CodeBuildStartBuild(s, 'Build', {
        project: importedProject(s), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });

  describe('the README examples', () => {
    // The same in both seed documents (v1 Python and v2 TypeScript).
    test('a project built with an environment variable read from the state', () => {
      expect(expectSameAsReference((t, s) => {
        const codebuildProject = new codebuild.Project(s, 'Project', {
          projectName: 'MyTestProject',
          buildSpec: codebuild.BuildSpec.fromObject({
            version: '0.2',
            phases: { build: { commands: ['echo "Hello, CodeBuild!"'] } },
          }),
        });
        return new t.CodeBuildStartBuild(s, 'Task', {
          project: codebuildProject,
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          environmentVariablesOverride: {
            ZONE: {
              type: codebuild.BuildEnvironmentVariableType.PLAINTEXT,
              value: sfn.JsonPath.stringAt('$.envVariables.zone'),
            },
          },
        });
      })).toBeDefined();
    });
  });
});
