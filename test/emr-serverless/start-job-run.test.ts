/**
 * Expected values: the Step Functions developer guide, connect-emr-serverless.html ("Start a job in an
 * application" and "IAM policy example for StartJobRun", static and dynamic resources), and the request
 * fields of https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html.
 * moto cannot execute EMR Serverless states (see ./helpers.ts).
 */
import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { JOB_RULE, applicationArn, eventsRuleStatement, synthesizeValid } from './helpers';
import { EmrServerlessJobDriver, EmrServerlessStartJobRun } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

const APP_ID = '00f1abcdexample';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/job-role';

const role = (stack: cdk.Stack) => iam.Role.fromRoleArn(stack, 'JobRole', ROLE_ARN);
const spark = () => EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py' });

const PASS_ROLE = {
  Action: 'iam:PassRole',
  Effect: 'Allow',
  Resource: ROLE_ARN,
  Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } },
};

describe('EmrServerlessStartJobRun', () => {
  test('sends the application, role and Spark driver through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrServerlessStartJobRun(stack, 'Run', { applicationId: APP_ID, executionRole: role(stack), jobDriver: spark() });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('emr-serverless:startJobRun'),
      Parameters: {
        ApplicationId: APP_ID,
        ExecutionRoleArn: ROLE_ARN,
        JobDriver: { SparkSubmit: { EntryPoint: 's3://bucket/job.py' } },
      },
    });
  });

  test('jsonata() sends the request through Arguments', () => {
    const stack = newStack();
    const task = EmrServerlessStartJobRun.jsonata(stack, 'Run', {
      applicationId: '{% $states.input.applicationId %}',
      executionRole: role(stack),
      jobDriver: EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py', entryPointArguments: ['{% $states.input.day %}'] }),
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-serverless:startJobRun'),
      Arguments: {
        ApplicationId: '{% $states.input.applicationId %}',
        ExecutionRoleArn: ROLE_ARN,
        JobDriver: { SparkSubmit: { EntryPoint: 's3://bucket/job.py', EntryPointArguments: ['{% $states.input.day %}'] } },
      },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const task = new EmrServerlessStartJobRun(stack, 'Run', { applicationId: APP_ID, executionRole: role(stack), jobDriver: spark() });
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.ApplicationId).toEqual(APP_ID);
    expect(state.Parameters).toBeUndefined();
  });

  test('renders every optional field of the request', () => {
    const stack = newStack();
    const task = new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID,
      executionRole: role(stack),
      jobDriver: EmrServerlessJobDriver.sparkSubmit({
        entryPoint: 's3://bucket/job.py',
        entryPointArguments: ['1'],
        sparkSubmitParameters: '--conf spark.executor.cores=4',
      }),
      name: 'nightly',
      applicationConfiguration: [{
        classification: 'spark-defaults',
        properties: { 'spark.dynamicAllocation.enabled': 'false' },
      }, {
        classification: 'spark-env',
        configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }],
      }],
      monitoring: { s3LogUri: 's3://bucket/logs/', logGroupName: '/jobs', managedPersistence: false },
      executionTimeout: cdk.Duration.hours(2),
      clientToken: 'run-1',
      tags: { team: 'data' },
    });
    expect(renderState(task).Parameters).toEqual({
      ApplicationId: APP_ID,
      ClientToken: 'run-1',
      ExecutionRoleArn: ROLE_ARN,
      JobDriver: {
        SparkSubmit: { EntryPoint: 's3://bucket/job.py', EntryPointArguments: ['1'], SparkSubmitParameters: '--conf spark.executor.cores=4' },
      },
      ConfigurationOverrides: {
        ApplicationConfiguration: [
          { Classification: 'spark-defaults', Properties: { 'spark.dynamicAllocation.enabled': 'false' } },
          { Classification: 'spark-env', Configurations: [{ Classification: 'export', Properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }] },
        ],
        MonitoringConfiguration: {
          S3MonitoringConfiguration: { LogUri: 's3://bucket/logs/' },
          CloudWatchLoggingConfiguration: { Enabled: true, LogGroupName: '/jobs' },
          ManagedPersistenceMonitoringConfiguration: { Enabled: false },
        },
      },
      ExecutionTimeoutMinutes: 120,
      Name: 'nightly',
      Tags: { team: 'data' },
    });
  });

  test('renders a Hive driver', () => {
    const stack = newStack();
    const task = new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID,
      executionRole: role(stack),
      jobDriver: EmrServerlessJobDriver.hive({ query: 's3://bucket/q.sql', initQueryFile: 's3://bucket/init.sql', parameters: '--hiveconf a=b' }),
    });
    expect(renderState(task).Parameters.JobDriver).toEqual({
      Hive: { Query: 's3://bucket/q.sql', InitQueryFile: 's3://bucket/init.sql', Parameters: '--hiveconf a=b' },
    });
  });

  test('reads the application, arguments and client token from the state input (JSONPath)', () => {
    const stack = newStack();
    const task = EmrServerlessStartJobRun.jsonPath(stack, 'Run', {
      applicationId: sfn.JsonPath.stringAt('$.applicationId'),
      executionRole: role(stack),
      jobDriver: EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py', entryPointArguments: sfn.JsonPath.listAt('$.args') }),
      clientToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
    });
    expect(renderState(task).Parameters).toEqual({
      'ApplicationId.$': '$.applicationId',
      'ClientToken.$': '$$.Execution.Name',
      'ExecutionRoleArn': ROLE_ARN,
      'JobDriver': { SparkSubmit: { 'EntryPoint': 's3://bucket/job.py', 'EntryPointArguments.$': '$.args' } },
    });
  });

  test('RUN_JOB renders the .sync suffix', () => {
    const stack = newStack();
    const task = new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID, executionRole: role(stack), jobDriver: spark(), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task).Resource).toEqual(stateArn('emr-serverless:startJobRun', '.sync'));
  });

  test('Request Response grants StartJobRun on the application and passing the role to EMR Serverless only', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessStartJobRun(stack, 'Run', { applicationId: APP_ID, executionRole: role(stack), jobDriver: spark() }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: applicationArn(APP_ID) },
      PASS_ROLE,
    ]);
  });

  test('.sync also grants reading and cancelling the job runs, and the managed events rule', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID, executionRole: role(stack), jobDriver: spark(), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([
      { Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: applicationArn(APP_ID) },
      PASS_ROLE,
      { Action: ['emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'], Effect: 'Allow', Resource: applicationArn(APP_ID, '/jobruns/*') },
      eventsRuleStatement(JOB_RULE),
    ]);
  });

  test('an application ID from the state data grants on every application (JSONata, .sync)', () => {
    const stack = newStack();
    synthesizeValid(stack, EmrServerlessStartJobRun.jsonata(stack, 'Run', {
      applicationId: '{% $states.input.applicationId %}',
      executionRole: role(stack),
      jobDriver: spark(),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    const statements = policyStatements(stack);
    expect(statements[0].Resource).toEqual(applicationArn('*'));
    expect(statements[2].Resource).toEqual(applicationArn('*', '/jobruns/*'));
  });

  test('a role created in the stack is passed by its ARN', () => {
    const stack = newStack();
    const created = new iam.Role(stack, 'Created', { assumedBy: new iam.ServicePrincipal('emr-serverless.amazonaws.com') });
    const task = new EmrServerlessStartJobRun(stack, 'Run', { applicationId: APP_ID, executionRole: created, jobDriver: spark() });
    synthesizeValid(stack, task);
    const arn = { 'Fn::GetAtt': [stack.getLogicalId(created.node.defaultChild as cdk.CfnElement), 'Arn'] };
    expect(renderState(task).Parameters.ExecutionRoleArn).toEqual(arn);
    expect(policyStatements(stack)[1]).toEqual({ ...PASS_ROLE, Resource: arn });
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID, executionRole: role(stack), jobDriver: spark(), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when several props are invalid, naming each problem', () => {
    const stack = newStack();
    expect(() => new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: 'App-1',
      executionRole: role(stack),
      jobDriver: spark(),
      name: 'n'.repeat(257),
      executionTimeout: cdk.Duration.minutes(1000001),
      clientToken: 'has space',
      monitoring: { cloudWatchLogging: false, logGroupName: '/jobs' },
    })).toThrow('Invalid EMR Serverless job run: '
      + "applicationId must be lowercase letters and digits only, got 'App-1'; "
      + 'name must be 1 to 256 characters long, got 257; '
      + 'executionTimeout (minutes) must be a whole number from 0 to 1000000, got 1000001; '
      + "clientToken must be letters, digits, periods, underscores and hyphens only, got 'has space'; "
      + 'monitoring: logGroupName and logStreamNamePrefix need cloudWatchLogging, which is false');
  });

  test('throws when the execution timeout is not a whole number of minutes', () => {
    const stack = newStack();
    expect(() => new EmrServerlessStartJobRun(stack, 'Run', {
      applicationId: APP_ID, executionRole: role(stack), jobDriver: spark(), executionTimeout: cdk.Duration.seconds(90),
    })).toThrow(/cannot be converted into a whole number of minutes/);
  });

  test('throws when a Spark driver field is out of bounds', () => {
    expect(() => EmrServerlessJobDriver.sparkSubmit({ entryPoint: '', entryPointArguments: ['ok', ''], sparkSubmitParameters: '' }))
      .toThrow('Invalid Spark job driver: entryPoint must be 1 to 256 characters long, got 0; '
        + 'entryPointArguments[1] must be 1 to 10280 characters long, got 0; sparkSubmitParameters must be 1 to 102400 characters long, got 0');
  });

  test('throws when a Hive driver field is out of bounds', () => {
    expect(() => EmrServerlessJobDriver.hive({ query: '', initQueryFile: 'f'.repeat(257) }))
      .toThrow('Invalid Hive job driver: query must be 1 to 10280 characters long, got 0; initQueryFile must be 1 to 256 characters long, got 257');
  });
});
