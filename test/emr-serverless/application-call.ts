/**
 * The behaviour starting, stopping and deleting an application share, checked for each of the three
 * classes from its own test file. Expected values: the Step Functions developer guide's page on EMR
 * Serverless (https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html), its
 * example Task states and its "IAM policy example for ..." sections, static and dynamic resources.
 */
import * as emrserverless from 'aws-cdk-lib/aws-emrserverless';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { APPLICATION_RULE, applicationArn, eventsRuleStatement, synthesizeValid } from './helpers';
import { definitionOf, newStack, policyStatements, renderState, stateArn } from '../util';

interface ApplicationCallClass {
  new (scope: Construct, id: string, props: any): sfn.TaskStateBase;
  jsonPath(scope: Construct, id: string, props: any): sfn.TaskStateBase;
  jsonata(scope: Construct, id: string, props: any): sfn.TaskStateBase;
}

export interface ApplicationCallExpectations {
  /** The integration's API, e.g. `startApplication`. */
  readonly api: string;
  /** The IAM actions of Request Response. */
  readonly actions: string[];
  /** The IAM actions of `.sync`, in the documented order. */
  readonly syncActions: string[];
}

const APP_ID = '00f1abcdexample';

export function describeApplicationCall(Task: ApplicationCallClass, expected: ApplicationCallExpectations): void {
  const resource = stateArn(`emr-serverless:${expected.api}`);
  const action = (actions: string[]) => (actions.length === 1 ? actions[0] : actions);

  test('sends the application ID through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new Task(stack, 'Call', { applicationId: APP_ID });
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: resource, Parameters: { ApplicationId: APP_ID } });
  });

  test('jsonata() sends the application ID through Arguments', () => {
    const stack = newStack();
    const task = Task.jsonata(stack, 'Call', { applicationId: '{% $states.input.applicationId %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: resource,
      Arguments: { ApplicationId: '{% $states.input.applicationId %}' },
    });
  });

  test('jsonPath() reads the application ID from the state input', () => {
    const stack = newStack();
    const task = Task.jsonPath(stack, 'Call', { applicationId: sfn.JsonPath.stringAt('$.applicationId') });
    expect(renderState(task).Parameters).toEqual({ 'ApplicationId.$': '$.applicationId' });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const state = renderState(new Task(stack, 'Call', { applicationId: APP_ID }), sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ApplicationId: APP_ID });
    expect(state.Parameters).toBeUndefined();
    expect(state.QueryLanguage).toBeUndefined();
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new Task(stack, 'Call', { applicationId: APP_ID, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn(`emr-serverless:${expected.api}`, '.sync'));
  });

  test('Request Response grants the call on the application alone', () => {
    const stack = newStack();
    synthesizeValid(stack, new Task(stack, 'Call', { applicationId: APP_ID }));
    expect(policyStatements(stack)).toEqual([
      { Action: action(expected.actions), Effect: 'Allow', Resource: applicationArn(APP_ID) },
    ]);
  });

  test('.sync also grants what following the application needs, and the managed events rule', () => {
    const stack = newStack();
    synthesizeValid(stack, new Task(stack, 'Call', { applicationId: APP_ID, integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(policyStatements(stack)).toEqual([
      { Action: action(expected.syncActions), Effect: 'Allow', Resource: applicationArn(APP_ID) },
      eventsRuleStatement(APPLICATION_RULE),
    ]);
  });

  test.each([
    ['JSONPath', () => sfn.JsonPath.stringAt('$.applicationId'), undefined],
    ['JSONata', () => '{% $states.input.applicationId %}', sfn.QueryLanguage.JSONATA],
  ])('an application ID from the state data (%s) grants on every application', (_name, applicationId, queryLanguage) => {
    const stack = newStack();
    synthesizeValid(stack, new Task(stack, 'Call', { applicationId: applicationId(), queryLanguage }));
    expect(policyStatements(stack)).toEqual([
      { Action: action(expected.actions), Effect: 'Allow', Resource: applicationArn('*') },
    ]);
  });

  test('an application created in the stack is referenced by its ID attribute', () => {
    const stack = newStack();
    const app = new emrserverless.CfnApplication(stack, 'App', { releaseLabel: 'emr-7.0.0', type: 'SPARK' });
    const template = synthesizeValid(stack, new Task(stack, 'Call', { applicationId: app.attrApplicationId }));
    const [statement] = policyStatements(stack);
    expect(statement.Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':emr-serverless:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' },
        ':/applications/', { 'Fn::GetAtt': ['App', 'ApplicationId'] }]],
    });
    expect(definitionOf(template).States.Call.Parameters).toEqual({ ApplicationId: '${App.ApplicationId}' });
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new Task(stack, 'Call', { applicationId: APP_ID, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test.each([
    ['uppercase letters', 'ABC123', "applicationId must be lowercase letters and digits only, got 'ABC123'"],
    ['an empty string', '', 'applicationId must be 1 to 64 characters long, got 0'],
    ['65 characters', 'a'.repeat(65), 'applicationId must be 1 to 64 characters long, got 65'],
  ])('throws when the application ID has %s', (_name, applicationId, message) => {
    const stack = newStack();
    expect(() => new Task(stack, 'Call', { applicationId })).toThrow(`Invalid EMR Serverless application ID: ${message}`);
  });
}
