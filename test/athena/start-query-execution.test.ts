import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ours from '../../lib';
import { AthenaStartQueryExecution, EncryptionOption } from '../../lib';
import {
  type Tasks, expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, policyStatements, regionalArn, renderState, stateArn,
} from '../util';

function arn(service: string, resource: string, regional = true) {
  return regional ? regionalArn(service, resource) : partitionArn(`${service}:::${resource}`);
}

const GLUE_ACTIONS = [
  'glue:BatchCreatePartition', 'glue:BatchDeletePartition', 'glue:BatchDeleteTable', 'glue:BatchGetPartition',
  'glue:CreateDatabase', 'glue:CreatePartition', 'glue:CreateTable', 'glue:DeleteDatabase', 'glue:DeletePartition',
  'glue:DeleteTable', 'glue:GetDatabase', 'glue:GetDatabases', 'glue:GetPartition', 'glue:GetPartitions',
  'glue:GetTable', 'glue:GetTables', 'glue:UpdateDatabase', 'glue:UpdatePartition', 'glue:UpdateTable',
];

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('AthenaStartQueryExecution', () => {
  test('defaults to a request-response start of the query (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new AthenaStartQueryExecution(stack, 'Task', { queryString: 'SELECT 1' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('athena:startQueryExecution'),
      Parameters: { QueryString: 'SELECT 1', ResultConfiguration: {} },
    });
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = AthenaStartQueryExecution.jsonata(stack, 'Task', { queryString: '{% $states.input.sql %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('athena:startQueryExecution'),
      Arguments: { QueryString: '{% $states.input.sql %}', ResultConfiguration: {} },
    });
  });

  test('renders every optional field of the query', () => {
    const stack = newStack();
    const task = new AthenaStartQueryExecution(stack, 'Task', {
      queryString: sfn.JsonPath.stringAt('$.queryString'),
      clientRequestToken: 'token',
      queryExecutionContext: { catalogName: 'mycatalog', databaseName: 'mydatabase' },
      resultConfiguration: {
        encryptionConfiguration: { encryptionOption: EncryptionOption.S3_MANAGED },
        outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
      },
      workGroup: 'analytics',
      executionParameters: ['param1', 'param2'],
      resultReuseConfigurationMaxAge: cdk.Duration.minutes(100),
    });
    expect(renderState(task).Parameters).toEqual({
      'QueryString.$': '$.queryString',
      'ClientRequestToken': 'token',
      'QueryExecutionContext': { Catalog: 'mycatalog', Database: 'mydatabase' },
      'ResultConfiguration': {
        EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        OutputLocation: 's3://query-results-bucket/folder/',
      },
      'WorkGroup': 'analytics',
      'ExecutionParameters': ['param1', 'param2'],
      'ResultReuseConfiguration': { ResultReuseByAgeConfiguration: { Enabled: true, MaxAgeInMinutes: 100 } },
    });
  });

  test('RUN_JOB waits for the query to finish', () => {
    const stack = newStack();
    const task = new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('athena:startQueryExecution', '.sync'));
  });

  test('grants the default catalog, workgroup and database, and any bucket', () => {
    const stack = newStack();
    machine(stack, new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q' }));
    expect(policyStatements(stack)).toEqual([
      {
        Action: ['athena:getDataCatalog', 'athena:startQueryExecution', 'athena:getQueryExecution'],
        Effect: 'Allow',
        Resource: [arn('athena', 'datacatalog/AwsDataCatalog'), arn('athena', 'workgroup/primary')],
      },
      { Action: ['s3:CreateBucket', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject'], Effect: 'Allow', Resource: '*' },
      { Action: ['s3:AbortMultipartUpload', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts', 's3:PutObject'], Effect: 'Allow', Resource: '*' },
      { Action: 'lakeformation:GetDataAccess', Effect: 'Allow', Resource: '*' },
      {
        Action: GLUE_ACTIONS,
        Effect: 'Allow',
        Resource: [arn('glue', 'catalog'), arn('glue', 'database/default'), arn('glue', 'table/default/*'), arn('glue', 'userDefinedFunction/default/*')],
      },
    ]);
  });

  test('narrows the grants to the given catalog, workgroup, database and result prefix', () => {
    const stack = newStack();
    machine(stack, new AthenaStartQueryExecution(stack, 'Task', {
      queryString: 'q',
      queryExecutionContext: { catalogName: 'cat', databaseName: 'db' },
      workGroup: 'wg',
      resultConfiguration: { outputLocation: { bucketName: 'results', objectKey: 'prefix' } },
    }));
    const statements = policyStatements(stack);
    expect(statements[0].Resource).toEqual([arn('athena', 'datacatalog/cat'), arn('athena', 'workgroup/wg')]);
    expect(statements[2].Resource).toEqual(arn('s3', 'results/prefix/*', false));
    expect(statements[4].Resource).toEqual([arn('glue', 'catalog'), arn('glue', 'database/db'), arn('glue', 'table/db/*'), arn('glue', 'userDefinedFunction/db/*')]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when executionParameters is empty', () => {
    const stack = newStack();
    expect(() => new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', executionParameters: [] }))
      .toThrow("'executionParameters' must be a non-empty list");
  });

  test.each([[''], ['x'.repeat(1025)]])('throws when an execution parameter is %# out of length', (parameter) => {
    const stack = newStack();
    expect(() => new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', executionParameters: ['ok', parameter] }))
      .toThrow("'executionParameters' items's length must be between 1 and 1024 characters");
  });

  test('throws when the reuse age is under a minute', () => {
    const stack = newStack();
    expect(() => new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.seconds(59) }))
      .toThrow('resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be equal to 0, got 59000 ms');
  });

  test('throws when the reuse age is over 7 days', () => {
    const stack = newStack();
    expect(() => new AthenaStartQueryExecution(stack, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.minutes(10081) }))
      .toThrow('resultReuseConfigurationMaxAge must either be 0 or between 1 and 10080 minutes, got 10081');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['defaults', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'SELECT 1' })],
      ['the seed README example', (t, s) => new t.AthenaStartQueryExecution(s, 'Start Athena Query', {
        queryString: sfn.JsonPath.stringAt('$.queryString'),
        queryExecutionContext: { databaseName: 'mydatabase' },
        resultConfiguration: {
          encryptionConfiguration: { encryptionOption: t.EncryptionOption.S3_MANAGED },
          outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
        },
      })],
      ['the current README example, with parameters and result reuse', (t, s) => new t.AthenaStartQueryExecution(s, 'Start Athena Query', {
        queryString: sfn.JsonPath.stringAt('$.queryString'),
        queryExecutionContext: { databaseName: 'mydatabase' },
        resultConfiguration: {
          encryptionConfiguration: { encryptionOption: t.EncryptionOption.S3_MANAGED },
          outputLocation: { bucketName: 'query-results-bucket', objectKey: 'folder' },
        },
        executionParameters: ['param1', 'param2'],
        resultReuseConfigurationMaxAge: cdk.Duration.minutes(100),
      })],
      ['every prop, RUN_JOB', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'SELECT * FROM t WHERE a = ?',
        clientRequestToken: 'unique',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        queryExecutionContext: { catalogName: 'cat', databaseName: 'db' },
        resultConfiguration: {
          encryptionConfiguration: { encryptionOption: t.EncryptionOption.CLIENT_SIDE_KMS },
          outputLocation: { bucketName: 'out', objectKey: 'results', objectVersion: 'v1' },
        },
        workGroup: 'wg',
        executionParameters: ['x'.repeat(1024)],
        resultReuseConfigurationMaxAge: cdk.Duration.days(7),
        resultPath: '$.query',
      })],
      ['a catalog without a database', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        queryExecutionContext: { catalogName: 'cat' },
      })],
      ['an empty query execution context', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', queryExecutionContext: {} })],
      ['an output location without a key', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        resultConfiguration: { outputLocation: { bucketName: 'out', objectKey: undefined as any } },
      })],
      ['SSE-KMS without a key', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        resultConfiguration: { encryptionConfiguration: { encryptionOption: t.EncryptionOption.KMS } },
      })],
      ['a reuse age of zero', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.minutes(0) })],
      ['a reuse age of exactly one minute', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.seconds(60) })],
      ['execution parameters from a token', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        executionParameters: cdk.Token.asList(cdk.Fn.split(',', 'a,b')),
      })],
      ['jsonPath()', (t, s) => t.AthenaStartQueryExecution.jsonPath(s, 'Task', { queryString: 'q', outputPath: '$.QueryExecutionId' })],
      ['jsonata() with every prop', (t, s) => t.AthenaStartQueryExecution.jsonata(s, 'Task', {
        queryString: '{% $states.input.sql %}',
        clientRequestToken: '{% $states.context.Execution.Name %}',
        queryExecutionContext: { databaseName: 'db' },
        resultConfiguration: { outputLocation: { bucketName: 'out', objectKey: 'k' } },
        workGroup: 'wg',
        executionParameters: ['{% $states.input.p %}'],
        resultReuseConfigurationMaxAge: cdk.Duration.hours(1),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', workGroup: 'wg' }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('with IAM policy minimization on', () => {
      expectSameAsReference((t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        queryExecutionContext: { databaseName: 'db' },
        resultConfiguration: { outputLocation: { bucketName: 'out', objectKey: 'k' } },
      }), { context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
    });

    test('in a stack with a concrete environment', () => {
      expectSameAsReference((t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q',
        resultConfiguration: { outputLocation: { bucketName: 'out', objectKey: 'k' } },
      }), { env: { account: '123456789012', region: 'us-west-2' } });
    });

    test.each<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['the pattern is unsupported', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['executionParameters is empty', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', executionParameters: [] })],
      ['an execution parameter is too long', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', { queryString: 'q', executionParameters: ['x'.repeat(1025)] })],
      ['the reuse age is under a minute', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.millis(1),
      })],
      ['the reuse age is over 7 days', (t, s) => new t.AthenaStartQueryExecution(s, 'Task', {
        queryString: 'q', resultReuseConfigurationMaxAge: cdk.Duration.days(8),
      })],
    ])('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });

    test('throws when an encryption key is given, as the reference does (it renders the key object itself)', () => {
      // The reference overflows the stack while resolving the key construct, so the message's depth varies
      // from run to run: compare the error class and how the message starts.
      const failure = (tasks: Tasks) => {
        const stack = newStack();
        const task = new tasks.AthenaStartQueryExecution(stack, 'Task', {
          queryString: 'q',
          resultConfiguration: { encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.KMS, encryptionKey: new kms.Key(stack, 'Key') } },
        });
        try {
          machine(stack, task);
          Template.fromStack(stack);
        } catch (error) {
          return { class: (error as Error).constructor.name, start: (error as Error).message.slice(0, 40) };
        }
        return undefined;
      };
      expect(failure(reference as unknown as Tasks)).toEqual({ class: 'RangeError', start: 'Resolution error: Resolution error: Reso' });
      expect(failure(ours)).toEqual(failure(reference as unknown as Tasks));
    });
  });
});
