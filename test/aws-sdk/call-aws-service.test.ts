import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CallAwsService } from '../../lib';
import { CALL_AWS_SERVICE_IAM_PREFIXES } from '../../lib/aws-sdk/private/naming';
import { type Builder, expectSameAsReference, expectSameAsReferenceExcept, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

function inStateMachine(stack: cdk.Stack, task: sfn.IChainable): void {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('CallAwsService', () => {
  test('renders the AWS SDK integration ARN and the parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new CallAwsService(stack, 'GetObject', {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: 'my-bucket', Key: sfn.JsonPath.stringAt('$.key') },
      iamResources: ['arn:aws:s3:::my-bucket/*'],
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('aws-sdk:s3:getObject'),
      Parameters: { 'Bucket': 'my-bucket', 'Key.$': '$.key' },
    });
  });

  test('jsonata() renders the parameters as Arguments', () => {
    const stack = newStack();
    const task = CallAwsService.jsonata(stack, 'GetObject', {
      service: 's3',
      action: 'getObject',
      parameters: { Bucket: 'my-bucket', Key: '{% $states.input.key %}' },
      iamResources: ['*'],
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('aws-sdk:s3:getObject'),
      Arguments: { Bucket: 'my-bucket', Key: '{% $states.input.key %}' },
    });
  });

  test('renders empty parameters when none are given, and lower-cases the service in the ARN', () => {
    const stack = newStack();
    const task = new CallAwsService(stack, 'List', { service: 'EC2', action: 'describeInstances', iamResources: ['*'] });
    const state = renderState(task);
    expect(state.Resource).toEqual(stateArn('aws-sdk:ec2:describeInstances'));
    expect(state.Parameters).toEqual({});
  });

  test('WAIT_FOR_TASK_TOKEN renders the callback suffix', () => {
    const stack = newStack();
    const task = new CallAwsService(stack, 'Send', {
      service: 'sqs',
      action: 'sendMessage',
      parameters: { QueueUrl: 'url', MessageBody: sfn.JsonPath.taskToken },
      iamResources: ['*'],
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    });
    expect(renderState(task).Resource).toEqual(stateArn('aws-sdk:sqs:sendMessage', '.waitForTaskToken'));
  });

  test('grants service:action on iamResources, then the additional statements', () => {
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'DetectLabels', {
      service: 'rekognition',
      action: 'detectLabels',
      iamResources: ['*'],
      additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::my-bucket/*'] })],
    }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'rekognition:detectLabels', Effect: 'Allow', Resource: '*' },
      { Action: 's3:getObject', Effect: 'Allow', Resource: 'arn:aws:s3:::my-bucket/*' },
    ]);
  });

  test('grants iamAction instead when given', () => {
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'ListBuckets', {
      service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets',
    }));
    expect(policyStatements(stack)).toEqual([{ Action: 's3:ListAllMyBuckets', Effect: 'Allow', Resource: '*' }]);
  });

  // Beyond aws-cdk-lib: where `<prefix>:<action>` is not an IAM action, the IAM actions the operation needs
  // (lib/aws-sdk/private/iam-actions.generated.ts), which the AWS API reference of each operation states.
  test.each([
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html: "s3:ListBucket"
    ['s3', 'listObjectsV2', 's3:ListBucket'],
    // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html: "lambda:InvokeFunction"
    ['lambda', 'invoke', 'lambda:InvokeFunction'],
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html: "To use HEAD, you must have the s3:GetObject permission"
    ['s3', 'headObject', 's3:GetObject'],
    ['S3', 'listObjectsV2', 's3:ListBucket'],
    // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html: "bedrock:InvokeModel"
    ['bedrockruntime', 'converse', 'bedrock:InvokeModel'],
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html: "s3:ListAllMyBuckets"
    ['s3', 'listBuckets', 's3:ListAllMyBuckets'],
  ])('grants %s:%s as the IAM action %s', (service, action, iamAction) => {
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'Call', { service, action, iamResources: ['arn:aws:s3:::b'] }));
    expect(policyStatements(stack)).toEqual([{ Action: iamAction, Effect: 'Allow', Resource: 'arn:aws:s3:::b' }]);
  });

  test('grants every IAM action an operation needs', () => {
    // https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterDefaultHostManagementConfiguration.html
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'Call', { service: 'ssm', action: 'registerDefaultHostManagementConfiguration', iamResources: ['*'] }));
    expect(policyStatements(stack)).toEqual([{ Action: ['ssm:GetServiceSetting', 'ssm:UpdateServiceSetting'], Effect: 'Allow', Resource: '*' }]);
  });

  test('grants iamAction rather than the operation\'s IAM action', () => {
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'Call', {
      service: 's3', action: 'listObjectsV2', iamResources: ['*'], iamAction: 's3:ListBucketVersions',
    }));
    expect(policyStatements(stack)).toEqual([{ Action: 's3:ListBucketVersions', Effect: 'Allow', Resource: '*' }]);
  });

  test('grantIamPermissions: false grants no statement for the call, only the additional ones', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    inStateMachine(stack, new CallAwsService(stack, 'Call', {
      service: 'sfn',
      action: 'listExecutions',
      iamResources: [],
      grantIamPermissions: false,
      additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })],
    }));
    // THEN
    expect(policyStatements(stack)).toEqual([{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: '*' }]);
  });

  test('grantIamPermissions: false leaves the call\'s permission to the user, for example with a condition', () => {
    const stack = newStack();
    const task = new CallAwsService(stack, 'Call', { service: 'sfn', action: 'listExecutions', iamResources: [], grantIamPermissions: false });
    const stateMachine = new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    stateMachine.addToRolePolicy(new iam.PolicyStatement({ actions: ['states:ListExecutions'], resources: ['*'], conditions: { StringEquals: { 'aws:ResourceTag/team': 'a' } } }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'states:ListExecutions', Condition: { StringEquals: { 'aws:ResourceTag/team': 'a' } }, Effect: 'Allow', Resource: '*' },
    ]);
  });

  test.each([
    [{ iamResources: ['*'] }, 'iamResources would be ignored'],
    [{ iamResources: [], iamAction: 'states:ListExecutions' }, 'iamAction would be ignored'],
    [{ iamResources: ['*'], iamAction: 'states:ListExecutions' }, 'iamResources and iamAction would be ignored'],
  ])('throws when grantIamPermissions is false and %j is given', (props, message) => {
    const stack = newStack();
    expect(() => new CallAwsService(stack, 'Call', { service: 'sfn', action: 'listExecutions', grantIamPermissions: false, ...props }))
      .toThrow(`grantIamPermissions: false grants no statement for the call, so ${message}: pass iamResources: [] and no iamAction`);
  });

  test.each([
    // aws-cdk-lib's seven services, with its prefixes
    ['sfn', 'states'],
    ['cloudwatchlogs', 'logs'],
    ['efs', 'elasticfilesystem'],
    ['elasticloadbalancingv2', 'elasticloadbalancing'],
    ['mediapackagevod', 'mediapackage-vod'],
    ['mwaa', 'airflow'],
    ['bedrockagent', 'bedrock'],
    // beyond aws-cdk-lib (aws-cdk#23824): prefixes from the generated list, per the IAM service authorization reference
    ['SFN', 'states'],
    ['sesv2', 'ses'],
    ['eventbridge', 'events'],
    ['emr', 'elasticmapreduce'],
    ['iotdataplane', 'iot'],
    ['resourcegroupstaggingapi', 'tag'],
    ['docdb', 'rds'],
    ['cloudcontrol', 'cloudformation'],
    // a service that is its own IAM prefix, or of which no IAM prefix is known, keeps its name
    ['cloudwatch', 'cloudwatch'],
    ['s3', 's3'],
    ['DynamoDB', 'DynamoDB'],
    ['apigatewayv2', 'apigatewayv2'],
    ['constructor', 'constructor'],
  ])('names the IAM action of service %s with the prefix %s', (service, prefix) => {
    const stack = newStack();
    inStateMachine(stack, new CallAwsService(stack, 'Call', { service, action: 'doThing', iamResources: ['*'] }));
    expect(policyStatements(stack)).toEqual([{ Action: `${prefix}:doThing`, Effect: 'Allow', Resource: '*' }]);
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new CallAwsService(stack, 'Call', {
      service: 's3', action: 'getObject', iamResources: ['*'], integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })).toThrow('The RUN_JOB integration pattern is not supported for CallAwsService');
  });

  test('throws when the action is not camelCase', () => {
    const stack = newStack();
    expect(() => new CallAwsService(stack, 'Call', { service: 's3', action: 'GetObject', iamResources: ['*'] }))
      .toThrow('action must be camelCase, got: GetObject');
  });

  test('throws when parameter names are not PascalCase, naming each of them', () => {
    const stack = newStack();
    expect(() => new CallAwsService(stack, 'Call', {
      service: 's3', action: 'getObject', iamResources: ['*'], parameters: { bucket: 'b', Key: 'k', versionId: 'v' },
    })).toThrow('parameter names must be PascalCase, got: bucket, versionId');
  });

  describe('matches aws-cdk-lib', () => {
    const bucket = (s: cdk.Stack) => new s3.Bucket(s, 'Bucket');
    /**
     * What StateMachineChecks rightly reports on the task `Call`: the problem with its service or action
     * (`Resource`), if any, and each IAM action it grants that does not exist.
     */
    const reportsOnCall = (problem: string, ...iamActions: string[]) => [
      ...problem ? [`Stack/Call: State 'Call', Resource: ${problem}`] : [],
      ...iamActions.map((action) => `Stack/Call: State 'Call', iamAction: the IAM action ${action} does not exist in the IAM Service Authorization Reference`),
    ];
    // The third column: what StateMachineChecks reports on the configuration, which cannot work in AWS.
    const configurations: Array<[string, Builder, string[]?]> = [
      ['README getObject on a created bucket', (t, s) => {
        const myBucket = bucket(s);
        return new t.CallAwsService(s, 'GetObject', {
          service: 's3',
          action: 'getObject',
          parameters: { Bucket: myBucket.bucketName, Key: sfn.JsonPath.stringAt('$.key') },
          iamResources: [myBucket.arnForObjects('*')],
        });
      }],
      ['README getObject on an imported bucket', (t, s) => {
        const myBucket = s3.Bucket.fromBucketName(s, 'Bucket', 'my-bucket');
        return new t.CallAwsService(s, 'GetObject', {
          service: 's3',
          action: 'getObject',
          parameters: { Bucket: myBucket.bucketName, Key: sfn.JsonPath.stringAt('$.key') },
          iamResources: [myBucket.arnForObjects('*')],
        });
      }],
      ['README listBuckets with iamAction', (t, s) => new t.CallAwsService(s, 'ListBuckets', {
        service: 's3',
        action: 'listBuckets',
        iamResources: ['*'],
        iamAction: 's3:ListAllMyBuckets',
      })],
      ['README detectLabels with additional statements (v2 README bucket)', (t, s) => new t.CallAwsService(s, 'DetectLabels', {
        service: 'rekognition',
        action: 'detectLabels',
        iamResources: ['*'],
        additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::my-bucket/*'] })],
      })],
      ['README detectLabels with additional statements (current README bucket)', (t, s) => new t.CallAwsService(s, 'DetectLabels', {
        service: 'rekognition',
        action: 'detectLabels',
        iamResources: ['*'],
        additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] })],
      })],
      // `describeThing` is made up, and so are three of the service names: Step Functions calls CloudWatch Logs
      // `cloudwatchlogs` and IoT Data `iotdataplane` (`cloudwatch-logs` and `iot-data` are other SDKs' names).
      ...([
        ['sfn', 'describeThing is not an action of sfn', 'states:describeThing'],
        ['cloudwatchlogs', 'describeThing is not an action of cloudwatchlogs', 'logs:describeThing'],
        ['efs', 'describeThing is not an action of efs', 'elasticfilesystem:describeThing'],
        ['elasticloadbalancingv2', 'describeThing is not an action of elasticloadbalancingv2', 'elasticloadbalancing:describeThing'],
        ['mediapackagevod', 'describeThing is not an action of mediapackagevod', 'mediapackage-vod:describeThing'],
        ['mwaa', 'describeThing is not an action of mwaa', 'airflow:describeThing'],
        ['bedrockagent', 'describeThing is not an action of bedrockagent', 'bedrock:describeThing'],
        ['apigatewayv2', 'describeThing is not an action of apigatewayv2', 'apigatewayv2:describeThing'],
        ['cloudwatch-logs', 'cloudwatch-logs is not an AWS SDK service that Step Functions can call (aws-sdk:<service>)', 'cloudwatch-logs:describeThing'],
        ['ssm', 'describeThing is not an action of ssm', 'ssm:describeThing'],
        ['secretsmanager', 'describeThing is not an action of secretsmanager', 'secretsmanager:describeThing'],
        ['DynamoDB', 'describeThing is not an action of dynamodb', 'DynamoDB:describeThing'],
        ['constructor2', 'constructor2 is not an AWS SDK service that Step Functions can call (aws-sdk:<service>)', 'constructor2:describeThing'],
        ['iot-data', 'iot-data is not an AWS SDK service that Step Functions can call (aws-sdk:<service>)', 'iot-data:describeThing'],
        ['cloudwatch', 'describeThing is not an action of cloudwatch', 'cloudwatch:describeThing'],
      ] as const).map(([service, problem, iamAction]): [string, Builder, string[]] => [`service ${service}`,
        (t, s) => new t.CallAwsService(s, 'Call', { service, action: 'describeThing', iamResources: ['*'] }), reportsOnCall(problem, iamAction)]),
      ['a token service and action', (t, s) => new t.CallAwsService(s, 'Call', {
        service: new cdk.CfnParameter(s, 'Service').valueAsString,
        action: new cdk.CfnParameter(s, 'Action').valueAsString,
        iamResources: ['*'],
      })],
      ['an action starting with a digit', (t, s) => new t.CallAwsService(s, 'Call', { service: 's3', action: '2fa', iamResources: ['*'] }),
        reportsOnCall('2fa is not an action of s3', 's3:2fa')],
      ['every state prop', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 'dynamodb',
        action: 'getItem',
        parameters: { TableName: 'table', Key: { pk: { S: sfn.JsonPath.stringAt('$.pk') } } },
        iamResources: ['arn:aws:dynamodb:us-east-1:123456789012:table/table'],
        comment: 'get the item',
        inputPath: '$.in',
        outputPath: '$.out',
        resultPath: '$.result',
        resultSelector: { item: sfn.JsonPath.objectAt('$.Item') },
        timeout: cdk.Duration.minutes(1),
        heartbeat: cdk.Duration.seconds(10),
        stateName: 'Get item',
        credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.roleArn') },
      })],
      ['credentials from a role', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3',
        action: 'listBuckets',
        iamResources: ['*'],
        iamAction: 's3:ListAllMyBuckets',
        credentials: { role: sfn.TaskRole.fromRole(new iam.Role(s, 'Role', { assumedBy: new iam.AccountRootPrincipal() })) },
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 'sqs',
        action: 'sendMessage',
        parameters: { QueueUrl: 'url', MessageBody: sfn.JsonPath.taskToken },
        iamResources: ['*'],
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['REQUEST_RESPONSE given explicitly', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['jsonPath()', (t, s) => t.CallAwsService.jsonPath(s, 'Call', {
        service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets', resultSelector: { buckets: sfn.JsonPath.listAt('$.Buckets') },
      })],
      ['jsonata() with outputs and assign', (t, s) => t.CallAwsService.jsonata(s, 'Call', {
        service: 's3',
        action: 'getObject',
        parameters: { Bucket: 'b', Key: '{% $states.input.key %}' },
        iamResources: ['*'],
        outputs: '{% $states.result.Body %}',
        assign: { etag: '{% $states.result.ETag %}' },
      })],
      ['JSONata callback', (t, s) => t.CallAwsService.jsonata(s, 'Call', {
        service: 'sqs',
        action: 'sendMessage',
        parameters: { QueueUrl: 'url', MessageBody: '{% $states.context.Task.Token %}' },
        iamResources: ['*'],
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['several additional statements', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 'ec2',
        action: 'runInstances',
        iamResources: ['*'],
        additionalIamStatements: [
          new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['arn:aws:iam::123456789012:role/r'] }),
          new iam.PolicyStatement({ actions: ['ec2:CreateTags'], resources: ['*'], conditions: { StringEquals: { 'ec2:CreateAction': 'RunInstances' } } }),
        ],
      })],
    ];
    // (checkReports has a default so that Jest, seeing fewer values in a row than parameters, passes no `done`)
    test.each(configurations)('%s', (_name, build, checkReports: readonly string[] = []) => {
      expectSameAsReference(build, { checkReports });
    });

    // Beyond aws-cdk-lib (aws-cdk#23824): for a service whose IAM prefix differs from its name and which
    // aws-cdk-lib's hand-written list lacks, the reference's template when it is given that action itself.
    // (The last column: the made-up IAM action granted, which the checks report; AWS IoT has iot:DescribeThing.)
    test.each([
      ['SFN', 'sfn', 'states:describeThing'], ['Sfn', 'sfn', 'states:describeThing'], ['eventbridge', 'eventbridge', 'events:describeThing'],
      ['emr', 'emr', 'elasticmapreduce:describeThing'], ['iotdataplane', 'iotdataplane', undefined],
      ['resourcegroupstaggingapi', 'resourcegroupstaggingapi', 'tag:describeThing'], ['sesv2', 'sesv2', 'ses:describeThing'],
      ['lexruntimev2', 'lexruntimev2', 'lex:describeThing'],
    ])('service %s: the reference\'s template with the generated IAM prefix as iamAction', (service, resourceService, madeUpIamAction) => {
      const call = (iamAction?: string): Builder => (t, s) => new t.CallAwsService(s, 'Call', {
        service, action: 'describeThing', iamResources: ['*'], iamAction,
      });
      expectSameAsReferenceExcept(call(), { referenceBuild: call(`${CALL_AWS_SERVICE_IAM_PREFIXES[service.toLowerCase()]}:describeThing`) }, {
        checkReports: reportsOnCall(`describeThing is not an action of ${resourceService}`, ...madeUpIamAction ? [madeUpIamAction] : []),
      });
    });

    // Beyond aws-cdk-lib: where its `<prefix>:<action>` is not an IAM action, the reference's template when it
    // is given the operation's IAM action itself; where it is, the reference's template unchanged.
    test.each([
      ['s3', 'listObjectsV2', 's3:ListBucket'],
      ['lambda', 'invoke', 'lambda:InvokeFunction'],
      ['s3', 'headObject', 's3:GetObject'],
      ['s3', 'listBuckets', 's3:ListAllMyBuckets'],
    ])('%s:%s: the reference\'s template with %s as iamAction', (service, action, iamAction) => {
      const call = (given?: string): Builder => (t, s) => new t.CallAwsService(s, 'Call', { service, action, iamResources: ['*'], iamAction: given });
      expectSameAsReferenceExcept(call(), { referenceBuild: call(iamAction) });
    });

    // The last column: the IAM actions the checks report as nonexistent. IAM authorizes ListObjects with
    // s3:ListBucket, TransactWriteItems with the actions of each item (dynamodb:PutItem, ...), and
    // SendMessageBatch with sqs:SendMessage: aws-cdk-lib's action cannot work, and the checks say so.
    test.each([
      ['s3', 'getObject', []], ['s3', 'listObjects', ['s3:listObjects']], ['lambda', 'invokeAsync', []], ['lambda', 'getFunction', []],
      ['dynamodb', 'transactWriteItems', ['dynamodb:transactWriteItems']], ['sqs', 'sendMessageBatch', ['sqs:sendMessageBatch']],
      ['ssm', 'getParameter', []], ['sfn', 'startExecution', []],
    ])('%s:%s keeps aws-cdk-lib\'s IAM action', (service, action, nonexistent) => {
      expectSameAsReference((t, s) => new t.CallAwsService(s, 'Call', { service, action, iamResources: ['*'] }), {
        checkReports: reportsOnCall('', ...nonexistent),
      });
    });

    test('an iamAction given for an operation with a known IAM action is granted as in aws-cdk-lib', () => {
      expectSameAsReference((t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'listObjectsV2', iamResources: ['*'], iamAction: 's3:ListBucketVersions',
      }));
    });

    test('inherits JSONata from the state machine', () => {
      expectSameAsReference((t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'getObject', parameters: { Bucket: 'b', Key: '{% $states.input.key %}' }, iamResources: ['*'],
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    const errors: Array<[string, Builder]> = [
      ['the integration pattern is RUN_JOB', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'getObject', iamResources: ['*'], integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['the action is PascalCase', (t, s) => new t.CallAwsService(s, 'Call', { service: 's3', action: 'GetObject', iamResources: ['*'] })],
      ['the action is empty', (t, s) => new t.CallAwsService(s, 'Call', { service: 's3', action: '', iamResources: ['*'] })],
      ['a parameter name is camelCase', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'getObject', iamResources: ['*'], parameters: { bucket: 'b', Key: 'k', versionId: 'v' },
      })],
      ['a parameter name is empty', (t, s) => new t.CallAwsService(s, 'Call', {
        service: 's3', action: 'getObject', iamResources: ['*'], parameters: { '': 'b' },
      })],
      ['JSONata with RUN_JOB', (t, s) => t.CallAwsService.jsonata(s, 'Call', {
        service: 's3', action: 'getObject', iamResources: ['*'], integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ];
    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });
});
