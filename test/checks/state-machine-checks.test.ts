import * as cdk from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from '../../lib';
import { newStack } from '../util';

/** The error annotations of a stack whose app has the checks: `path: message`, in construct order. */
function checkErrors(stack: cdk.Stack): string[] {
  cdk.Aspects.of(stack.node.root).add(new tasks.StateMachineChecks());
  return Annotations.fromStack(stack).findError('*', Match.anyValue()).map((m) => `${m.id}: ${m.entry.data}`);
}

/** The errors the checks report for a state machine of `definition`. */
function errorsOf(build: (stack: cdk.Stack) => sfn.IChainable, props: Partial<sfn.StateMachineProps> = {}): string[] {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)), ...props });
  return checkErrors(stack);
}

/** The message of the error `run` throws, without the process-wide numbers of token names (`${Token[x.12]}`). */
function errorMessageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message.replace(/\.\d+\]\}/g, ']}');
  }
  throw new Error('expected an error');
}

const fn = (stack: cdk.Stack) => lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');

describe('StateMachineChecks', () => {
  describe('JSONata', () => {
    test('reports an expression that does not parse, with the parser\'s message', () => {
      // GIVEN a JSONata state whose Output has an unclosed parenthesis
      const errors = errorsOf((stack) => sfn.Pass.jsonata(stack, 'Shape', { outputs: { total: '{% $sum($states.input.items.price %}' } }));
      // THEN
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', Output.total: the JSONata expression {% $sum($states.input.items.price %} does not parse: "
        + 'Expected ")" before end of expression (at character 32)',
      ]);
    });

    test('reports a field of $states that does not exist', () => {
      const errors = errorsOf((stack) => tasks.LambdaInvoke.jsonata(stack, 'Invoke', {
        lambdaFunction: fn(stack),
        payload: sfn.TaskInput.fromObject({ id: '{% $states.inputs.id %}' }),
      }));
      expect(errors).toEqual([
        "/Stack/Invoke: State 'Invoke', Arguments.Payload.id: $states.inputs does not exist: $states has input, context, result and errorOutput",
      ]);
    });

    test('reports $states.result outside the Output and Assign of a Task, Parallel or Map', () => {
      const errors = errorsOf((stack) => {
        const invoke = tasks.LambdaInvoke.jsonata(stack, 'Invoke', {
          lambdaFunction: fn(stack),
          payload: sfn.TaskInput.fromObject({ previous: '{% $states.result %}' }),
          outputs: '{% $states.result.Payload %}',
          assign: { last: '{% $states.result.Payload.id %}' },
        });
        return invoke.next(sfn.Pass.jsonata(stack, 'Echo', { outputs: '{% $states.result %}' }));
      });
      expect(errors).toEqual([
        "/Stack/Invoke: State 'Invoke', Arguments.Payload.previous: $states.result is only available in the Output and Assign of a Task, Parallel or Map state",
        "/Stack/Echo: State 'Echo', Output: $states.result is only available in the Output and Assign of a Task, Parallel or Map state",
      ]);
    });

    test('reports $states.errorOutput outside a Catch, and accepts it in one', () => {
      const errors = errorsOf((stack) => {
        const invoke = tasks.LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: fn(stack), outputs: '{% $states.errorOutput %}' });
        invoke.addCatch(sfn.Pass.jsonata(stack, 'Recover'), { outputs: '{% $states.errorOutput.Cause %}', assign: { error: '{% $states.errorOutput %}' } });
        return invoke;
      });
      expect(errors).toEqual([
        "/Stack/Invoke: State 'Invoke', Output: $states.errorOutput is only available in the Output and Assign of a Catch",
      ]);
    });

    test('checks the states of a JSONata state machine whose states do not set a query language', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', { outputs: { n: '{% $count($states.input.items %}' } }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', Output.n: the JSONata expression {% $count($states.input.items %} does not parse: "
        + 'Expected ")" before end of expression (at character 28)',
      ]);
    });

    test('reports a JSONPath field left in a state of a JSONata state machine, as in a task nested in a JSONata Map', () => {
      const errors = errorsOf((stack) => sfn.Map.jsonata(stack, 'Each', { items: sfn.ProvideItems.jsonata('{% $states.input.orders %}') })
        .itemProcessor(new tasks.LambdaInvoke(stack, 'Score', { lambdaFunction: fn(stack) })), { queryLanguage: sfn.QueryLanguage.JSONATA });
      expect(errors).toEqual([
        "/Stack/Score: State 'Score', Parameters: Parameters is a JSONPath field, which Step Functions refuses in a JSONata state "
        + '(it takes the query language of the state machine or the state it is nested in: build it with jsonata(...), or give it a queryLanguage)',
      ]);
    });
  });

  describe('JSONPath', () => {
    test('reports a path with a syntax error in a payload template', () => {
      const errors = errorsOf((stack) => new tasks.LambdaInvoke(stack, 'Invoke', {
        lambdaFunction: fn(stack),
        payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.order.[id') }),
      }));
      expect(errors).toEqual([
        "/Stack/Invoke: State 'Invoke', Parameters.Payload.id.$: '$.order.[id' is not a valid path: a name is missing after . at position 8",
      ]);
    });

    test('reports a .$ key whose value is neither a path nor an intrinsic function call', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', { parameters: { 'greeting.$': 'hello' } }));
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', Parameters.greeting.$: the key greeting.$ ends in .$, so its value must be a path or an intrinsic function call, but it is 'hello'",
      ]);
    });

    test('reports an intrinsic function that does not exist', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', { parameters: { 'id.$': 'States.UUIDv4()' } }));
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', Parameters.id.$: 'States.UUIDv4()' is not a valid intrinsic function call: States.UUIDv4 is not an intrinsic function at position 13",
      ]);
    });

    test('reports an intrinsic function given the wrong number of arguments, and a States.Format template that does not match its values', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', {
        parameters: {
          'parts.$': 'States.ArrayPartition($.items)',
          'label.$': "States.Format('{} of {}', $.index)",
          'ok.$': "States.Format('{} of {}', $.index, States.ArrayLength($.items))",
        },
      }));
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', Parameters.parts.$: 'States.ArrayPartition($.items)' is not a valid intrinsic function call: "
        + 'States.ArrayPartition takes 2 arguments, got 1 at position 30',
        "/Stack/Shape: State 'Shape', Parameters.label.$: 'States.Format('{} of {}', $.index)' is not a valid intrinsic function call: "
        + 'the template of States.Format has 2 {} but 1 value follows at position 34',
      ]);
    });

    test('reports a ResultPath that is not a reference path, and an InputPath with a syntax error', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', { resultPath: '$.results[*]', inputPath: '$.order]' }));
      expect(errors).toEqual([
        "/Stack/Shape: State 'Shape', ResultPath: '$.results[*]' is not a valid result path: a reference path cannot use * at position 10",
        "/Stack/Shape: State 'Shape', InputPath: '$.order]' is not a valid path: unexpected ']' at position 7",
      ]);
    });

    test('reports a Choice rule comparing with a path that has a syntax error', () => {
      const errors = errorsOf((stack) => new sfn.Choice(stack, 'Route')
        .when(sfn.Condition.stringEqualsJsonPath('$.status', '$.expected..'), new sfn.Succeed(stack, 'Done'))
        .otherwise(new sfn.Fail(stack, 'Failed')));
      expect(errors).toEqual([
        "/Stack/Route: State 'Route', Choices[0].StringEqualsPath: '$.expected..' is not a valid path: a name is missing after . at position 12",
      ]);
    });

    test('accepts the paths Step Functions accepts: context, variables, filters, slices, unions, functions', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Shape', {
        parameters: {
          'token.$': '$$.Task.Token',
          'saved.$': '$savedOrder.id',
          'cheap.$': "$.items[?(@.price < 10 && @.name != 'x')].name",
          'first.$': '$.items[0:2]',
          'pair.$': "$['a','b']",
          'count.$': '$.items.length()',
          'deep.$': '$..id',
          'json.$': "States.JsonToString(States.Array('a', 1, true, null, $.x))",
        },
        resultPath: "$.out['my key'][0]",
      }));
      expect(errors).toEqual([]);
    });
  });

  describe('task settings', () => {
    test('reports a timeout of zero seconds and a heartbeat not shorter than the timeout', () => {
      const errors = errorsOf((stack) => {
        const queue = sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q');
        const zero = new tasks.SqsSendMessage(stack, 'Zero', {
          queue, messageBody: sfn.TaskInput.fromText('x'), taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(0)),
        });
        const slow = new tasks.SqsSendMessage(stack, 'Slow', {
          queue,
          messageBody: sfn.TaskInput.fromText('x'),
          taskTimeout: sfn.Timeout.duration(cdk.Duration.minutes(1)),
          heartbeatTimeout: sfn.Timeout.duration(cdk.Duration.minutes(2)),
        });
        return zero.next(slow);
      });
      expect(errors).toEqual([
        "/Stack/Zero: State 'Zero', TimeoutSeconds: must be a positive whole number of seconds, got 0",
        "/Stack/Slow: State 'Slow', HeartbeatSeconds: 120 must be shorter than TimeoutSeconds (60)",
      ]);
    });

    test('reports a state machine timeout of zero seconds on the state machine', () => {
      const errors = errorsOf((stack) => new sfn.Pass(stack, 'Start'), { timeout: cdk.Duration.seconds(0) });
      expect(errors).toEqual(['/Stack/SM: State machine, TimeoutSeconds: must be a positive whole number of seconds, got 0']);
    });

    test('reports .waitForTaskToken with no task token in the input, in either query language', () => {
      const errors = errorsOf((stack) => new sfn.CustomState(stack, 'Wait', {
        stateJson: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'QueueUrl': 'q', 'MessageBody.$': '$.order' } },
      }).next(new sfn.CustomState(stack, 'WaitJsonata', {
        stateJson: {
          Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Arguments: { QueueUrl: 'q', MessageBody: '{% $states.input.order %}' },
        },
      })).next(new sfn.CustomState(stack, 'Passes', {
        stateJson: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'QueueUrl': 'q', 'MessageBody.$': "States.Format('{}', $$.Task.Token)" } },
      })));
      expect(errors).toEqual([
        "/Stack/Wait: State 'Wait', Resource: the .waitForTaskToken pattern waits for a task token, but the state's input (Parameters) never passes one ($$.Task.Token)",
        "/Stack/WaitJsonata: State 'WaitJsonata', Resource: the .waitForTaskToken pattern waits for a task token, but the state's input (Arguments) "
        + 'never passes one ($states.context.Task.Token)',
      ]);
    });
  });

  describe('AWS SDK integrations', () => {
    test('reports a service that does not exist, and the IAM action derived from it', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsService(stack, 'Call', {
        service: 'dynamo', action: 'getItem', parameters: { TableName: 't' }, iamResources: ['*'],
      }));
      expect(errors).toEqual([
        "/Stack/Call: State 'Call', Resource: dynamo is not an AWS SDK service that Step Functions can call (aws-sdk:<service>)",
        "/Stack/Call: State 'Call', iamAction: the IAM action dynamo:getItem does not exist in the IAM Service Authorization Reference",
      ]);
    });

    test('reports an action that is not an operation of the service, with the closest one', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsService(stack, 'Call', {
        service: 's3', action: 'getObjects', parameters: { Bucket: 'b' }, iamResources: ['*'], iamAction: 's3:GetObject',
      }));
      expect(errors).toEqual(["/Stack/Call: State 'Call', Resource: getObjects is not an action of s3; did you mean getObject?"]);
    });

    test('reports each parameter that is not a member of the operation\'s input, in JSONPath and JSONata', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsService(stack, 'Get', {
        service: 's3', action: 'getObject', iamResources: ['*'],
        parameters: { 'Bucket': 'b', 'Kay.$': '$.key', 'VersionID': 'v' },
      }).next(tasks.CallAwsService.jsonata(stack, 'Put', {
        service: 'dynamodb', action: 'putItem', iamResources: ['*'],
        parameters: { TableName: 't', Items: '{% $states.input.item %}' },
      })));
      expect(errors).toEqual([
        "/Stack/Get: State 'Get', Parameters.Kay.$: Kay is not a parameter of s3:getObject; did you mean Key?",
        "/Stack/Put: State 'Put', Arguments.Items: Items is not a parameter of dynamodb:putItem; did you mean Item?",
      ]);
    });

    test('reports a granted IAM action that does not exist, from iamAction and additionalIamStatements', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsService(stack, 'List', {
        service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListBuckets',
        additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:GetObject', 'kms:Decrypts'], resources: ['*'] })],
      }));
      expect(errors).toEqual([
        "/Stack/List: State 'List', iamAction: the IAM action s3:ListBuckets does not exist in the IAM Service Authorization Reference",
        "/Stack/List: State 'List', iamAction: the IAM action kms:Decrypts does not exist in the IAM Service Authorization Reference",
      ]);
    });

    test('accepts services named differently from their IAM prefix, wildcards and Step Functions\' case rules', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsService(stack, 'Start', {
        service: 'sfn', action: 'startExecution', iamResources: ['*'],
        parameters: { StateMachineArn: 'arn', Input: '{}' },
      }).next(new tasks.CallAwsService(stack, 'Logs', {
        service: 'cloudwatchlogs', action: 'describeLogGroups', iamResources: ['*'], parameters: { LogGroupNamePrefix: 'x' },
      })).next(new tasks.CallAwsService(stack, 'Api', {
        service: 'apigateway', action: 'getRestApi', iamResources: ['*'], iamAction: 'apigateway:GET', parameters: { RestApiId: 'x' },
        additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:Get*', 'logs:*'], resources: ['*'] })],
      })));
      expect(errors).toEqual([]);
    });

    test('CallAwsServiceCrossRegion: reports a client, action or parameter the AWS SDK for JavaScript does not have, in its own case', () => {
      const errors = errorsOf((stack) => new tasks.CallAwsServiceCrossRegion(stack, 'Get', {
        service: 's3', action: 'getObject', region: 'us-west-2', iamResources: ['*'], parameters: { Bucket: 'b', key: 'k' },
      }).next(new tasks.CallAwsServiceCrossRegion(stack, 'Logs', {
        service: 'cloudwatchlogs', action: 'describeLogGroups', region: 'us-west-2', iamResources: ['*'], iamAction: 'logs:DescribeLogGroups',
      })));
      expect(errors).toEqual([
        "/Stack/Get: State 'Get', Parameters.parameters.key: key is not a parameter of s3:getObject; did you mean Key?",
        "/Stack/Logs: State 'Logs', Parameters.service: cloudwatchlogs is not an AWS SDK service (an AWS SDK for JavaScript v3 client name)",
      ]);
    });
  });

  describe('the whole app', () => {
    test('reports every problem of every state machine, states of aws-cdk-lib and nested states included', () => {
      // GIVEN two state machines, one with a mistake inside a Parallel branch and one inside a Map
      const stack = newStack();
      const parallel = new sfn.Parallel(stack, 'Fan out').branch(new sfn.Pass(stack, 'In branch', { parameters: { 'a.$': 'a' } }));
      new sfn.StateMachine(stack, 'One', { definitionBody: sfn.DefinitionBody.fromChainable(parallel) });
      const map = new sfn.Map(stack, 'Each', { itemsPath: '$.items' }).itemProcessor(new sfn.Wait(stack, 'Pause', { time: sfn.WaitTime.secondsPath('$.delay[') }));
      new sfn.StateMachine(stack, 'Two', { definitionBody: sfn.DefinitionBody.fromChainable(map) });
      // WHEN
      const errors = checkErrors(stack);
      // THEN
      expect(errors).toEqual([
        "/Stack/In branch: State 'In branch', Parameters.a.$: the key a.$ ends in .$, so its value must be a path or an intrinsic function call, but it is 'a'",
        "/Stack/Pause: State 'Pause', SecondsPath: '$.delay[' is not a valid reference path: an empty or unknown [] subscript at position 8",
      ]);
    });

    test('checks a definition given as a string, and reports on the state machine', () => {
      const stack = newStack();
      new sfn.StateMachine(stack, 'SM', {
        definitionBody: sfn.DefinitionBody.fromString(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', InputPath: '$.a b', End: true } } })),
      });
      expect(checkErrors(stack)).toEqual([
        "/Stack/SM: State 'A', InputPath: '$.a b' is not a valid path: unexpected ' ' at position 3",
      ]);
    });

    test('changes nothing in the template', () => {
      // GIVEN the same valid app built twice, once with the checks
      const build = (withChecks: boolean) => {
        const stack = newStack();
        const invoke = new tasks.LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn(stack), resultPath: '$.result' });
        const call = new tasks.CallAwsService(stack, 'Call', { service: 's3', action: 'getObject', parameters: { 'Bucket': 'b', 'Key.$': '$.key' }, iamResources: ['*'] });
        new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(invoke.next(call)) });
        const errors = withChecks ? checkErrors(stack) : [];
        return { errors, template: Template.fromStack(stack).toJSON() };
      };
      // THEN
      const checked = build(true);
      expect(checked.errors).toEqual([]);
      expect(JSON.stringify(checked.template)).toEqual(JSON.stringify(build(false).template));
    });

    test('leaves a value that is not JSON data to synthesis: a construct or a cycle fails as without the checks', () => {
      // GIVEN states whose input holds a construct (as a KMS key given where its ARN belongs) or an object that contains itself
      const cycle: Record<string, unknown> = { Bucket: 'b' };
      cycle.self = cycle;
      const inputs: Array<(stack: cdk.Stack) => unknown> = [(stack) => new kms.Key(stack, 'Key'), () => cycle];
      for (const input of inputs) {
        const synthesize = (withChecks: boolean) => {
          const stack = newStack();
          const call = new sfn.CustomState(stack, 'Call', {
            stateJson: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:listObjectsV2', Parameters: { Bucket: input(stack) } },
          });
          new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(call) });
          if (withChecks) cdk.Aspects.of(stack.node.root).add(new tasks.StateMachineChecks());
          return () => Template.fromStack(stack);
        };
        // THEN synthesis fails with aws-cdk-lib's own error, with or without the checks
        const message = errorMessageOf(synthesize(false));
        expect(message).toMatch(/circular reference|resolve\(\) a Construct/);
        expect(errorMessageOf(synthesize(true))).toEqual(message);
      }
    });
  });
});
