import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { CallAwsServiceCrossRegion, type CallAwsServiceCrossRegionProps } from '../../lib';
import { type Builder, type HarnessOptions, type ReferenceCheckOptions, type Tasks, expectSameAsReference, expectSameAsReferenceExcept, expectSameErrorAsReference, newStack, renderState, stateArn } from '../util';
import { olderModuleDifference } from '../cdk-range';

const HANDLER = 'CrossRegionAwsSdk8a0c93f3dbef4b71ac137aaf2048ce7e';
const HANDLER_ID = `${HANDLER}F7430F4F`;
const SERVICE_RETRY = {
  ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
};

/** The construct metadata of every path in the synthesized stack, without stack traces. */
function metadataOf(tasks: Tasks, build: Builder, options: HarnessOptions): Record<string, unknown> {
  const stack = newStack(options);
  const definition = build(tasks, stack);
  if (definition) {
    new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(definition) });
  }
  const artifact = cdk.App.of(stack)!.synth().getStackByName(stack.stackName);
  return Object.fromEntries(Object.entries(artifact.manifest.metadata ?? {})
    .map(([path, entries]) => [path, entries.map(({ type, data }) => ({ type, data }))]));
}

/** Expects the same template as the reference, and the same construct metadata (warnings, handler markers). */
function expectSameAsReferenceWithMetadata(build: Builder, options: ReferenceCheckOptions = {}): void {
  expectSameAsReference(build, options);
  // On an older aws-cdk-lib whose module differs here (test/cdk-range.ts), the template check covered it.
  if (olderModuleDifference()) return;
  const [ours, theirs] = [metadataOf(require('../../lib'), build, options), metadataOf(reference as unknown as Tasks, build, options)];
  if (olderModuleDifference('metadata')) {
    expect(ours).not.toEqual(theirs);
  } else {
    expect(ours).toEqual(theirs);
  }
}

function getObject(stack: cdk.Stack, extra: Partial<CallAwsServiceCrossRegionProps> = {}): CallAwsServiceCrossRegion {
  return new CallAwsServiceCrossRegion(stack, 'GetObject', {
    region: 'ap-northeast-1',
    service: 's3',
    action: 'getObject',
    parameters: { Bucket: 'my-bucket', Key: sfn.JsonPath.stringAt('$.key') },
    iamResources: ['arn:aws:s3:::my-bucket/*'],
    ...extra,
  });
}

describe('CallAwsServiceCrossRegion', () => {
  test('invokes the shared handler directly with the call as its event, with service retries', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = getObject(stack);
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::GetAtt': [HANDLER_ID, 'Arn'] },
      Parameters: {
        region: 'ap-northeast-1',
        action: 'getObject',
        service: 's3',
        parameters: { 'Bucket': 'my-bucket', 'Key.$': '$.key' },
      },
      Retry: [SERVICE_RETRY],
    });
  });

  test('WAIT_FOR_TASK_TOKEN goes through lambda:invoke with the call as the payload', () => {
    const stack = newStack();
    const task = getObject(stack, {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      endpoint: 'https://s3.ap-northeast-1.amazonaws.com',
      retryOnServiceExceptions: false,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('lambda:invoke', '.waitForTaskToken'),
      Parameters: {
        FunctionName: { 'Fn::GetAtt': [HANDLER_ID, 'Arn'] },
        Payload: {
          region: 'ap-northeast-1',
          endpoint: 'https://s3.ap-northeast-1.amazonaws.com',
          action: 'getObject',
          service: 's3',
          parameters: { 'Bucket': 'my-bucket', 'Key.$': '$.key' },
        },
      },
    });
  });

  test('grants the call to the function and only the invocation to the state machine', () => {
    const stack = newStack();
    const first = getObject(stack, { additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })] });
    const second = new CallAwsServiceCrossRegion(stack, 'Start', {
      region: 'us-west-2', service: 'sfn', action: 'startExecution', iamResources: ['*'],
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(first.next(second)) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', Timeout: 30, Runtime: 'nodejs24.x' });
    const policies = template.findResources('AWS::IAM::Policy');
    const statements = (name: string) => Object.entries(policies).find(([id]) => id.startsWith(name))![1].Properties.PolicyDocument.Statement;
    expect(statements(HANDLER)).toEqual([
      { Action: 's3:getObject', Effect: 'Allow', Resource: 'arn:aws:s3:::my-bucket/*' },
      { Action: 'kms:Decrypt', Effect: 'Allow', Resource: '*' },
      { Action: 'states:startExecution', Effect: 'Allow', Resource: '*' },
    ]);
    const invoke = {
      Action: 'lambda:InvokeFunction',
      Effect: 'Allow',
      Resource: [{ 'Fn::GetAtt': [HANDLER_ID, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [HANDLER_ID, 'Arn'] }, ':*']] }],
    };
    expect(statements('SMRole')).toEqual([invoke]); // identical statements are merged
  });

  /** The statements of the calling function's role. */
  function handlerStatements(stack: cdk.Stack): any[] {
    const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    return Object.entries(policies).find(([id]) => id.startsWith(HANDLER))![1].Properties.PolicyDocument.Statement;
  }

  test.each([
    // Beyond aws-cdk-lib: where `<prefix>:<action>` is not an IAM action, the one the operation needs
    ['s3', 'listObjectsV2', 's3:ListBucket'],
    ['lambda', 'invoke', 'lambda:InvokeFunction'],
    ['s3', 'headObject', 's3:GetObject'],
    // a client name whose Step Functions name has another IAM prefix keeps aws-cdk-lib's action
    ['bedrock-runtime', 'converse', 'bedrock-runtime:converse'],
    ['cloudwatch-logs', 'putLogEvents', 'logs:putLogEvents'],
  ])('grants the function %s:%s as %s', (service, action, iamAction) => {
    const stack = newStack();
    const task = new CallAwsServiceCrossRegion(stack, 'Call', { region: 'eu-west-1', service, action, iamResources: ['*'] });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(handlerStatements(stack)).toEqual([{ Action: iamAction, Effect: 'Allow', Resource: '*' }]);
  });

  test('grantIamPermissions: false grants the function only the additional statements', () => {
    const stack = newStack();
    const condition = { StringEquals: { 'aws:ResourceTag/team': 'a' } };
    const task = new CallAwsServiceCrossRegion(stack, 'Call', {
      region: 'eu-west-1',
      service: 'ec2',
      action: 'stopInstances',
      iamResources: [],
      grantIamPermissions: false,
      additionalIamStatements: [new iam.PolicyStatement({ actions: ['ec2:StopInstances'], resources: ['*'], conditions: condition })],
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(handlerStatements(stack)).toEqual([{ Action: 'ec2:StopInstances', Condition: condition, Effect: 'Allow', Resource: '*' }]);
  });

  test('throws when grantIamPermissions is false and iamResources are given', () => {
    const stack = newStack();
    expect(() => getObject(stack, { grantIamPermissions: false }))
      .toThrow('grantIamPermissions: false grants no statement for the call, so iamResources would be ignored: pass iamResources: [] and no iamAction');
  });

  test('warns when the endpoint comes from the state input', () => {
    const stack = newStack();
    const task = getObject(stack, { endpoint: sfn.JsonPath.stringAt('$.endpoint') });
    expect(task.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => m.data))
      .toEqual([expect.stringContaining('The endpoint property is resolved from the Step Functions state input')]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => getObject(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow('The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion');
  });

  test('throws when the action is not camelCase', () => {
    const stack = newStack();
    expect(() => getObject(stack, { action: 'GetObject' })).toThrow('action must be camelCase, got: GetObject');
  });

  describe('matches aws-cdk-lib', () => {
    /**
     * What StateMachineChecks rightly reports on the task `Call`: the problem with the call its function makes
     * (`Parameters.<field>`), if any, and each IAM action granted to the function that does not exist.
     */
    const reportsOnCall = (problem: string, ...iamActions: string[]) => [
      ...problem ? [`Stack/Call: State 'Call', Parameters.${problem}`] : [],
      ...iamActions.map((action) => `Stack/Call: State 'Call', iamAction: the IAM action ${action} does not exist in the IAM Service Authorization Reference`),
    ];
    // The third column: what StateMachineChecks reports on the configuration, which cannot work in AWS.
    const configurations: Array<[string, Builder, string[]?]> = [
      ['the README example', (t, s) => {
        const myBucket = new s3.Bucket(s, 'Bucket');
        return new t.CallAwsServiceCrossRegion(s, 'GetObject', {
          region: 'ap-northeast-1',
          service: 's3',
          action: 'getObject',
          parameters: {
            Bucket: myBucket.bucketName,
            Key: sfn.JsonPath.stringAt('$.key'),
          },
          iamResources: [myBucket.arnForObjects('*')],
        });
      }],
      ['an endpoint', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'us-east-1', endpoint: 'https://example.com', service: 'ec2', action: 'describeInstances', iamResources: ['*'],
      })],
      ['a JSONPath endpoint', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'us-east-1', endpoint: sfn.JsonPath.stringAt('$.endpoint'), service: 'ec2', action: 'describeInstances', iamResources: ['*'],
      })],
      ['a JSONata endpoint', (t, s) => t.CallAwsServiceCrossRegion.jsonata(s, 'Call', {
        region: '{% $states.input.region %}', endpoint: '{% $states.input.endpoint %}', service: 'ec2', action: 'describeInstances', iamResources: ['*'],
      })],
      // `listThings` is made up, and so are two client names: the function loads `@aws-sdk/client-<service>`,
      // and the AWS SDK for JavaScript's clients are `client-cloudwatch-logs` and `client-bedrock-agent`.
      ...([
        ['sfn', 'action: listThings is not an action of sfn', 'states:listThings'],
        ['cloudwatch-logs', 'action: listThings is not an action of cloudwatch-logs', 'logs:listThings'],
        ['mwaa', 'action: listThings is not an action of mwaa', 'airflow:listThings'],
        ['cloudwatchlogs', 'service: cloudwatchlogs is not an AWS SDK service (an AWS SDK for JavaScript v3 client name)', 'cloudwatchlogs:listThings'],
        ['efs', 'action: listThings is not an action of efs', 'efs:listThings'],
        ['bedrockagent', 'service: bedrockagent is not an AWS SDK service (an AWS SDK for JavaScript v3 client name)', 'bedrockagent:listThings'],
        ['dynamodb', 'action: listThings is not an action of dynamodb', 'dynamodb:listThings'],
      ] as const).map(([service, problem, iamAction]): [string, Builder, string[]] => [`service ${service}`,
        (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', { region: 'eu-west-1', service, action: 'listThings', iamResources: ['*'] }),
        reportsOnCall(problem, iamAction)]),
      ['iamAction and additional statements', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1',
        service: 's3',
        action: 'listBuckets',
        iamResources: ['*'],
        iamAction: 's3:ListAllMyBuckets',
        additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })],
      })],
      ['no retries', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', retryOnServiceExceptions: false,
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1',
        service: 'sqs',
        action: 'sendMessage',
        parameters: { QueueUrl: 'url', MessageBody: sfn.JsonPath.taskToken },
        iamResources: ['*'],
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['REQUEST_RESPONSE given explicitly', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['several tasks share the handler', (t, s) => {
        const a = new t.CallAwsServiceCrossRegion(s, 'A', { region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets' });
        const b = new t.CallAwsServiceCrossRegion(s, 'B', { region: 'us-west-2', service: 'sfn', action: 'listStateMachines', iamResources: ['*'] });
        return a.next(b);
      }],
      ['state props and credentials', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1',
        service: 's3',
        action: 'listBuckets',
        iamResources: ['*'],
        iamAction: 's3:ListAllMyBuckets',
        comment: 'list',
        resultPath: '$.buckets',
        resultSelector: { names: sfn.JsonPath.listAt('$.Buckets[*].Name') },
        timeout: cdk.Duration.seconds(40),
        credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') },
      })],
      ['a token action', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: new cdk.CfnParameter(s, 'Action').valueAsString, iamResources: ['*'],
      })],
      ['jsonPath()', (t, s) => t.CallAwsServiceCrossRegion.jsonPath(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', outputPath: '$.Buckets',
      })],
      ['jsonata() callback', (t, s) => t.CallAwsServiceCrossRegion.jsonata(s, 'Call', {
        region: 'eu-west-1',
        service: 'sqs',
        action: 'sendMessage',
        parameters: { QueueUrl: 'url', MessageBody: '{% $states.context.Task.Token %}' },
        iamResources: ['*'],
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        outputs: '{% $states.result.Payload %}',
      })],
    ];
    // (checkReports has a default so that Jest, seeing fewer values in a row than parameters, passes no `done`)
    test.each(configurations)('%s', (_name, build, checkReports: readonly string[] = []) => {
      expectSameAsReferenceWithMetadata(build, { checkReports });
    });

    test.each([
      ['s3', 'listObjectsV2', 's3:ListBucket'],
      ['lambda', 'invoke', 'lambda:InvokeFunction'],
    ])('%s:%s: the reference\'s template with %s as iamAction', (service, action, iamAction) => {
      const call = (given?: string): Builder => (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service, action, iamResources: ['*'], iamAction: given,
      });
      expectSameAsReferenceExcept(call(), { referenceBuild: call(iamAction) });
    });

    // The last column: the IAM actions the checks report as nonexistent. IAM authorizes Converse with
    // bedrock:InvokeModel (there is no bedrock-runtime prefix) and SendMessageBatch with sqs:SendMessage.
    test.each([
      ['s3', 'getObject', []], ['bedrock-runtime', 'converse', ['bedrock-runtime:converse']], ['sqs', 'sendMessageBatch', ['sqs:sendMessageBatch']],
      ['cloudwatch-logs', 'putLogEvents', []],
    ])('%s:%s keeps aws-cdk-lib\'s IAM action', (service, action, nonexistent) => {
      expectSameAsReference((t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', { region: 'eu-west-1', service, action, iamResources: ['*'] }), {
        checkReports: reportsOnCall('', ...nonexistent),
      });
    });

    test('inherits JSONata from the state machine', () => {
      expectSameAsReference((t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets',
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('in an environment with a region', () => {
      expectSameAsReferenceWithMetadata((t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets',
      }), { env: { account: '123456789012', region: 'cn-north-1' } });
    });

    const errors: Array<[string, Builder]> = [
      ['the integration pattern is RUN_JOB', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['the action is PascalCase', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: 'ListBuckets', iamResources: ['*'],
      })],
      ['the action is empty', (t, s) => new t.CallAwsServiceCrossRegion(s, 'Call', {
        region: 'eu-west-1', service: 's3', action: '', iamResources: ['*'],
      })],
    ];
    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
