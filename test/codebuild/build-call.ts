/**
 * The behaviour the calls on one build or build batch share (StopBuild, StopBuildBatch, RetryBuildBatch,
 * DeleteBuildBatch), checked for each class from its own test file. None of them is in aws-cdk-lib, so
 * the expected values come from the Step Functions developer guide,
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html: the supported APIs and
 * patterns, and its "IAM policies for calling AWS CodeBuild" section, static resources (a project) and
 * dynamic ones (`project/*`).
 *
 * moto cannot execute these states: its Step Functions interpreter lists `codebuild` among the optimized
 * integrations it does not support (only `.waitForTaskToken` is forwarded, which these APIs do not offer).
 */
import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { PROJECT_ARN, createdProject, importedProject } from './fixtures';
import { expectValidDefinitions, newStack, policyStatements, regionalArn, renderState, stateArn } from '../util';

interface BuildCallClass {
  new (scope: Construct, id: string, props: any): sfn.TaskStateBase;
  jsonPath(scope: Construct, id: string, props: any): sfn.TaskStateBase;
  jsonata(scope: Construct, id: string, props: any): sfn.TaskStateBase;
}

export interface BuildCallExpectations {
  /** The integration's API, e.g. `stopBuild`. */
  readonly api: string;
  /** The prop that carries the ID, e.g. `buildId`. */
  readonly idProp: string;
  /** The IAM actions of Request Response. */
  readonly actions: string[];
  /** Whether Step Functions offers `.sync` for the API. */
  readonly sync: boolean;
}

/** `arn:<partition>:codebuild:<region>:<account>:project/*` in an environment-agnostic stack. */
export const ANY_PROJECT = regionalArn('codebuild', 'project/*');

/** Wraps the state in a state machine and expects the definition to be valid ASL. */
export function synthesizeValid(stack: cdk.Stack, state: sfn.IChainable): void {
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(state) });
  expectValidDefinitions(Template.fromStack(stack).toJSON());
}

const BUILD_ID = 'MyProject:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

export function describeBuildCall(Task: BuildCallClass, expected: BuildCallExpectations): void {
  const resource = stateArn(`codebuild:${expected.api}`);
  const action = expected.actions.length === 1 ? expected.actions[0] : expected.actions;
  const id = { [expected.idProp]: BUILD_ID };

  test('sends the ID through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new Task(stack, 'Call', { ...id });
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: resource, Parameters: { Id: BUILD_ID } });
  });

  test('jsonata() sends the ID through Arguments', () => {
    const stack = newStack();
    const task = Task.jsonata(stack, 'Call', { [expected.idProp]: '{% $states.input.Build.Id %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task', End: true, QueryLanguage: 'JSONata', Resource: resource, Arguments: { Id: '{% $states.input.Build.Id %}' },
    });
  });

  test('jsonPath() reads the ID from the state input', () => {
    const stack = newStack();
    const task = Task.jsonPath(stack, 'Call', { [expected.idProp]: sfn.JsonPath.stringAt('$.Build.Id') });
    expect(renderState(task).Parameters).toEqual({ 'Id.$': '$.Build.Id' });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new Task(stack, 'Call', { ...id }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ Id: BUILD_ID });
    expect(state.Parameters).toBeUndefined();
  });

  test('grants the call on every project of the account and Region when no project is given', () => {
    const stack = newStack();
    synthesizeValid(stack, new Task(stack, 'Call', { ...id }));
    expect(policyStatements(stack)).toEqual([{ Action: action, Effect: 'Allow', Resource: ANY_PROJECT }]);
  });

  test('grants the call on the given project only (imported)', () => {
    const stack = newStack();
    synthesizeValid(stack, new Task(stack, 'Call', { ...id, project: importedProject(stack) }));
    expect(policyStatements(stack)).toEqual([{ Action: action, Effect: 'Allow', Resource: PROJECT_ARN }]);
  });

  test('grants the call on the given project only (created)', () => {
    const stack = newStack();
    const project = createdProject(stack);
    synthesizeValid(stack, new Task(stack, 'Call', { ...id, project }));
    expect(policyStatements(stack).filter((s) => s.Action === action)).toEqual([{
      Action: action,
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [stack.getLogicalId(project.node.defaultChild as cdk.CfnElement), 'Arn'] },
    }]);
  });

  const unsupported = expected.sync ? [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN] : [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN];
  const supported = expected.sync ? 'REQUEST_RESPONSE,RUN_JOB' : 'REQUEST_RESPONSE';
  test.each(unsupported)('throws when the integration pattern is %s', (integrationPattern) => {
    const stack = newStack();
    expect(() => new Task(stack, 'Call', { ...id, integrationPattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: ${supported}. Received: ${integrationPattern}`);
  });

  test('throws when the ID is empty', () => {
    const stack = newStack();
    expect(() => new Task(stack, 'Call', { [expected.idProp]: '' }))
      .toThrow(`Invalid CodeBuild ${expected.api} call: ${expected.idProp} must not be empty`);
  });
}
