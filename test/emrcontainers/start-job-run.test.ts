import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Classification, EmrContainersStartJobRun, ReleaseLabel, VirtualClusterInput } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/JobExecutionRole';
const ENTRY_POINT = 'local:///usr/lib/spark/examples/src/main/python/pi.py';
const SPARK_PARAMETERS = '--conf spark.executor.instances=2 --conf spark.executor.memory=2G --conf spark.executor.cores=2 --conf spark.driver.cores=1';

/** `arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/<name>`. */
function virtualClusterArn(name: string): any {
  return regionalArn('emr-containers', `/virtualclusters/${name}`);
}

/** The smallest job: a literal virtual cluster and a PySpark entry point. */
function minimalJob(t: Tasks) {
  return {
    virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
    releaseLabel: t.ReleaseLabel.EMR_6_2_0,
    jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
  };
}

function importedRole(stack: cdk.Stack): iam.IRole {
  return iam.Role.fromRoleArn(stack, 'Job-Execution-Role', ROLE_ARN);
}

/** The reference and we build the same template, and it is a template, not an error both raise. */
describe('EmrContainersStartJobRun', () => {
  test('runs the job and waits for it, with the persistent UI on (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrContainersStartJobRun(stack, 'Start', {
      virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId')),
      releaseLabel: ReleaseLabel.EMR_6_2_0,
      executionRole: importedRole(stack),
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), sparkSubmitParameters: SPARK_PARAMETERS } },
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('emr-containers:startJobRun', '.sync'),
      Parameters: {
        'VirtualClusterId.$': '$.VirtualClusterId',
        'ExecutionRoleArn': ROLE_ARN,
        'ReleaseLabel': 'emr-6.2.0-latest',
        'JobDriver': { SparkSubmitJobDriver: { EntryPoint: ENTRY_POINT, SparkSubmitParameters: SPARK_PARAMETERS } },
        'ConfigurationOverrides': { MonitoringConfiguration: { PersistentAppUI: 'ENABLED' } },
      },
    });
  });

  test('jsonata() renders application configurations, monitoring and tags as Arguments', () => {
    const stack = newStack();
    const logGroup = logs.LogGroup.fromLogGroupName(stack, 'Logs', 'job-logs');
    const logBucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'job-bucket');
    const task = EmrContainersStartJobRun.jsonata(stack, 'Start', {
      virtualCluster: VirtualClusterInput.fromVirtualClusterId('{% $states.input.id %}'),
      releaseLabel: new ReleaseLabel('emr-7.1.0-latest'),
      jobName: 'job',
      executionRole: importedRole(stack),
      jobDriver: {
        sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), entryPointArguments: sfn.TaskInput.fromObject(['10']) },
      },
      applicationConfig: [{
        classification: Classification.SPARK_DEFAULTS,
        properties: { 'spark.executor.instances': '1' },
        nestedConfig: [{ classification: new Classification('custom'), properties: { a: 'b' } }],
      }],
      monitoring: { logGroup, logBucket, logStreamNamePrefix: 'job', persistentAppUI: false },
      tags: { team: 'data' },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-containers:startJobRun', '.sync'),
      Arguments: {
        VirtualClusterId: '{% $states.input.id %}',
        Name: 'job',
        ExecutionRoleArn: ROLE_ARN,
        ReleaseLabel: 'emr-7.1.0-latest',
        JobDriver: { SparkSubmitJobDriver: { EntryPoint: ENTRY_POINT, EntryPointArguments: ['10'] } },
        ConfigurationOverrides: {
          ApplicationConfiguration: [{
            Classification: 'spark-defaults',
            Properties: { 'spark.executor.instances': '1' },
            Configurations: [{ Classification: 'custom', Properties: { a: 'b' } }],
          }],
          MonitoringConfiguration: {
            CloudWatchMonitoringConfiguration: { LogGroupName: 'job-logs', LogStreamNamePrefix: 'job' },
            PersistentAppUI: 'DISABLED',
            S3MonitoringConfiguration: { LogUri: 's3://job-bucket' },
          },
        },
        Tags: { team: 'data' },
      },
    });
  });

  test('may start jobs on its virtual cluster as its role only, and describe or cancel them', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrContainersStartJobRun(stack, 'Start', {
        virtualCluster: VirtualClusterInput.fromVirtualClusterId('vc-123'),
        releaseLabel: ReleaseLabel.EMR_6_3_0,
        executionRole: importedRole(stack),
        jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
      })),
    });
    const statements = policyStatements(stack);
    expect(statements.slice(-2)).toEqual([
      {
        Action: 'emr-containers:StartJobRun',
        Condition: { StringEquals: { 'emr-containers:ExecutionRoleArn': ROLE_ARN } },
        Effect: 'Allow',
        Resource: virtualClusterArn('vc-123'),
      },
      { Action: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'], Effect: 'Allow', Resource: virtualClusterArn('vc-123/jobruns/*') },
    ]);
  });

  test('creates the execution role and updates its trust with the role-policy handler aws-cdk-lib ships', () => {
    const stack = newStack();
    const task = new EmrContainersStartJobRun(stack, 'Start', {
      virtualCluster: VirtualClusterInput.fromVirtualClusterId('vc-123'),
      releaseLabel: ReleaseLabel.EMR_6_3_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
    });
    expect(task.grantPrincipal).toBeInstanceOf(iam.Role);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'emr-containers.amazonaws.com' } },
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' } },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'python3.13',
      Timeout: 30,
      MemorySize: 256,
      Layers: [{ Ref: 'StartawsclilayerEF711AB8' }],
    });
    template.resourceCountIs('AWS::CloudFormation::CustomResource', 1);
    template.resourceCountIs('Custom::AWS', 1);
  });

  test('logging: true creates a log group and a bucket and lets the role write to them', () => {
    const stack = newStack();
    new EmrContainersStartJobRun(stack, 'Start', {
      virtualCluster: VirtualClusterInput.fromVirtualClusterId('vc-123'),
      releaseLabel: ReleaseLabel.EMR_6_2_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
      executionRole: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('emr-containers.amazonaws.com') }),
      monitoring: { logging: true },
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.resourceCountIs('AWS::S3::Bucket', 1);
    const actions = policyStatements(stack).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'logs:DescribeLogGroups']));
  });

  test.each([
    ['the virtual cluster ID comes from the input and no execution role is given',
      { virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')) },
      'Execution role cannot be undefined when the virtual cluster ID is not a concrete value. Provide an execution role with the correct trust policy'],
    ['the entry point is empty', { jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('') } } },
      'Entry point must be between 1 and 256 characters in length. Received 0.'],
    ['the entry point arguments are a plain string',
      { jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromText('a b') } } },
      'Entry point arguments must be a string array or an encoded JSON path or JSONata expression, but received a non JSON path or JSONata expression string'],
  ])('throws when %s', (_name, extra, message) => {
    const stack = newStack();
    expect(() => new EmrContainersStartJobRun(stack, 'Start', {
      virtualCluster: VirtualClusterInput.fromVirtualClusterId('vc'),
      releaseLabel: ReleaseLabel.EMR_6_2_0,
      jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText('x') } },
      ...extra,
    })).toThrow(message);
  });

  describe('matches aws-cdk-lib', () => {
    const readmeDriver = { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT), sparkSubmitParameters: SPARK_PARAMETERS } };
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example with spark submit parameters', (t, s) => new t.EmrContainersStartJobRun(s, 'EMR Containers Start Job Run', {
        virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
        releaseLabel: t.ReleaseLabel.EMR_6_2_0,
        jobDriver: readmeDriver,
      })],
      ['the README example with an application configuration', (t, s) => new t.EmrContainersStartJobRun(s, 'EMR Containers Start Job Run', {
        virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
        releaseLabel: t.ReleaseLabel.EMR_6_2_0,
        jobName: 'EMR-Containers-Job',
        jobDriver: { sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromText(ENTRY_POINT) } },
        applicationConfig: [{
          classification: t.Classification.SPARK_DEFAULTS,
          properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' },
        }],
      })],
      ['the README example with logging', (t, s) => new t.EmrContainersStartJobRun(s, 'EMR Containers Start Job Run', {
        virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
        releaseLabel: t.ReleaseLabel.EMR_6_2_0,
        jobDriver: readmeDriver,
        monitoring: { logging: true },
      })],
      ['the README example with a log group and bucket of the stack', (t, s) => new t.EmrContainersStartJobRun(s, 'EMR Containers Start Job Run', {
        virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
        releaseLabel: t.ReleaseLabel.EMR_6_2_0,
        jobDriver: readmeDriver,
        monitoring: { logGroup: new logs.LogGroup(s, 'Log Group'), logBucket: new s3.Bucket(s, 'S3 Bucket') },
      })],
      ['the README example with an execution role', (t, s) => new t.EmrContainersStartJobRun(s, 'EMR Containers Start Job Run', {
        virtualCluster: t.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId')),
        releaseLabel: t.ReleaseLabel.EMR_6_2_0,
        jobName: 'EMR-Containers-Job',
        executionRole: iam.Role.fromRoleArn(s, 'Job-Execution-Role', 'arn:aws:iam::xxxxxxxxxxxx:role/JobExecutionRole'),
        jobDriver: readmeDriver,
      })],
      ['every prop, with a created role', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t),
        releaseLabel: t.ReleaseLabel.EMR_5_33_0,
        jobName: 'job',
        jobDriver: {
          sparkSubmitJobDriver: {
            entryPoint: sfn.TaskInput.fromText('s3://bucket/app.py'),
            entryPointArguments: sfn.TaskInput.fromObject(['--input', 's3://bucket/in']),
            sparkSubmitParameters: '--conf spark.executor.instances=4',
          },
        },
        applicationConfig: [
          { classification: t.Classification.SPARK, properties: { maximizeResourceAllocation: 'true' } },
          {
            classification: t.Classification.SPARK_ENV,
            nestedConfig: [{ classification: new t.Classification('export'), properties: { PYSPARK_PYTHON: 'python3' } }],
          },
          { classification: t.Classification.SPARK_HIVE_SITE, properties: { a: 'b' } },
          { classification: t.Classification.SPARK_LOG4J, properties: { 'log4j.rootCategory': 'WARN' } },
          { classification: t.Classification.SPARK_METRICS, properties: { c: 'd' }, nestedConfig: [{ classification: new t.Classification('x'), properties: {} }] },
        ],
        monitoring: { logging: true, logStreamNamePrefix: 'job', persistentAppUI: false },
        tags: { team: 'data' },
        resultPath: '$.Job',
        comment: 'run',
      })],
      ['every prop, with an imported role and imported log destinations', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        virtualCluster: t.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')),
        releaseLabel: new t.ReleaseLabel('emr-7.1.0-latest'),
        jobName: sfn.JsonPath.stringAt('$.name'),
        executionRole: importedRole(s),
        jobDriver: {
          sparkSubmitJobDriver: {
            entryPoint: sfn.TaskInput.fromJsonPathAt('$.entry'),
            entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.args'),
          },
        },
        monitoring: {
          logGroup: logs.LogGroup.fromLogGroupName(s, 'Logs', 'job-logs'),
          logBucket: s3.Bucket.fromBucketName(s, 'Bucket', 'job-bucket'),
          logStreamNamePrefix: 'p',
        },
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['logging off but a log group given', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t),
        monitoring: { logging: false, logGroup: new logs.LogGroup(s, 'Logs') },
      })],
      ['a bucket only', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), executionRole: importedRole(s), monitoring: { logBucket: new s3.Bucket(s, 'Logs') },
      })],
      ['monitoring without logging', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', { ...minimalJob(t), monitoring: { persistentAppUI: true } })],
      ['a created execution role passed in', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t),
        executionRole: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('emr-containers.amazonaws.com') }),
        monitoring: { logging: true },
      })],
      ['the task granted more access', (t, s) => {
        const task = new t.EmrContainersStartJobRun(s, 'Start', minimalJob(t));
        new s3.Bucket(s, 'Data').grantRead(task);
        return task;
      }],
      ['two job runs sharing the trust-policy function', (t, s) => new t.EmrContainersStartJobRun(s, 'First', minimalJob(t))
        .next(new t.EmrContainersStartJobRun(s, 'Second', minimalJob(t)))],
      ['REQUEST_RESPONSE', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['jsonPath()', (t, s) => t.EmrContainersStartJobRun.jsonPath(s, 'Start', { ...minimalJob(t), outputPath: '$.id' })],
      ['jsonata() with expressions', (t, s) => t.EmrContainersStartJobRun.jsonata(s, 'Start', {
        virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('{% $states.input.id %}'),
        releaseLabel: t.ReleaseLabel.EMR_6_3_0,
        executionRole: importedRole(s),
        jobDriver: {
          sparkSubmitJobDriver: {
            entryPoint: sfn.TaskInput.fromText('{% $states.input.entry %}'),
            entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}'),
          },
        },
        outputs: '{% $states.result %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrContainersStartJobRun(s, 'Start', { ...minimalJob(t), monitoring: { logging: true } }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    const driver = (t: Tasks, sparkSubmitJobDriver: any) => ({ ...minimalJob(t), jobDriver: { sparkSubmitJobDriver } });
    const tooMany = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => unknown]> = [
      ['the integration pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['the virtual cluster ID is a JSONPath and no role is given', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), virtualCluster: t.VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')),
      })],
      ['the virtual cluster ID is a JSONata expression and no role is given', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), virtualCluster: t.VirtualClusterInput.fromVirtualClusterId('{% $states.input.id %}'),
      })],
      ['the entry point is empty', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, { entryPoint: sfn.TaskInput.fromText('') }))],
      ['the entry point is 257 characters', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'.repeat(257)),
      }))],
      ['the entry point arguments are a plain string', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromText('--a'),
      }))],
      ['the entry point arguments are an object', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromObject({ a: 1 }),
      }))],
      ['the entry point arguments hold a number', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromObject(['a', 1]),
      }))],
      ['the entry point arguments are empty', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromObject([]),
      }))],
      ['there are 10281 entry point arguments', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), entryPointArguments: sfn.TaskInput.fromObject(Array(10281).fill('a')),
      }))],
      ['the spark submit parameters are 102401 characters', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', driver(t, {
        entryPoint: sfn.TaskInput.fromText('x'), sparkSubmitParameters: 'x'.repeat(102401),
      }))],
      ['there are 101 application configurations', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), applicationConfig: Array(101).fill({ classification: t.Classification.SPARK, properties: { a: 'b' } }),
      })],
      ['a nested level has 101 configurations', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t),
        applicationConfig: [{ classification: t.Classification.SPARK, nestedConfig: Array(101).fill({ classification: t.Classification.SPARK, properties: {} }) }],
      })],
      ['a configuration has 101 properties', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), applicationConfig: [{ classification: t.Classification.SPARK, properties: tooMany(101) }],
      })],
      ['a configuration has neither properties nor nested configurations', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t), applicationConfig: [{ classification: t.Classification.SPARK }],
      })],
      ['a nested configuration is empty while its parent has too many properties', (t, s) => new t.EmrContainersStartJobRun(s, 'Start', {
        ...minimalJob(t),
        applicationConfig: [{ classification: t.Classification.SPARK, properties: tooMany(101), nestedConfig: [{ classification: t.Classification.SPARK }] }],
      })],
    ];
    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build as any);
    });
  });
});
