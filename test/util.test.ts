import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Template } from 'aws-cdk-lib/assertions';
import { definitionOf, expectValidDefinitions, newStack } from './util';

describe('the test harness', () => {
  test('accepts a definition whose Resource is an ARN built from intrinsics', () => {
    // GIVEN
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.CustomState(stack, 'Call', {
        stateJson: { Type: 'Task', Resource: `arn:${stack.partition}:states:::sqs:sendMessage`, Parameters: { 'MessageBody.$': '$' } },
      })),
    });
    // WHEN
    const template = Template.fromStack(stack).toJSON();
    // THEN
    expect(() => expectValidDefinitions(template)).not.toThrow();
    expect(definitionOf(template).States.Call.Resource).toBe('arn:${AWS::Partition}:states:::sqs:sendMessage');
  });

  test('throws when a definition is not valid Amazon States Language', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new sfn.CustomState(stack, 'Broken', {
        stateJson: { Type: 'Task', Resource: 'not an arn', TimeoutSeconds: -1 },
      })),
    });
    expect(() => expectValidDefinitions(Template.fromStack(stack).toJSON())).toThrow(/Invalid state machine definition/);
  });
});

test('the harness reads a definition in which a number comes from a CloudFormation parameter', () => {
  const stack = newStack();
  const seconds = new cdk.CfnParameter(stack, 'Seconds', { type: 'Number' }).valueAsNumber;
  new sfn.StateMachine(stack, 'SM', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(cdk.Duration.seconds(seconds)) })),
  });
  const template = Template.fromStack(stack).toJSON();
  expect(() => expectValidDefinitions(template)).not.toThrow();
  expect(definitionOf(template).States.Wait.Seconds).toBe(1);
});
