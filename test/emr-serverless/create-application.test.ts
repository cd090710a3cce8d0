/**
 * Expected values: the Step Functions developer guide, connect-emr-serverless.html ("Create an application"
 * and "IAM policy example for CreateApplication", the same for static and dynamic resources), and the
 * request fields of https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html.
 * moto cannot execute EMR Serverless states (see ./helpers.ts).
 */
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { APPLICATION_RULE, applicationArn, eventsRuleStatement, synthesizeValid } from './helpers';
import { EmrServerlessApplicationType, EmrServerlessArchitecture, EmrServerlessCreateApplication } from '../../lib';
import { globalArn, newStack, partitionArn, policyStatements, regionalArn, renderState, stateArn } from '../util';

const CREATE = { Action: 'emr-serverless:CreateApplication', Effect: 'Allow', Resource: regionalArn('emr-serverless', '/*') };
const SERVICE_LINKED_ROLE = {
  Action: 'iam:CreateServiceLinkedRole',
  Effect: 'Allow',
  Resource: globalArn('iam', 'role/aws-service-role/ops.emr-serverless.amazonaws.com/AWSServiceRoleForAmazonEMRServerless*'),
  Condition: { StringLike: { 'iam:AWSServiceName': 'ops.emr-serverless.amazonaws.com' } },
};

describe('EmrServerlessCreateApplication', () => {
  test('sends the release and type through Parameters (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrServerlessCreateApplication(stack, 'Create', { releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('emr-serverless:createApplication'),
      Parameters: { ReleaseLabel: 'emr-7.0.0', Type: 'SPARK' },
    });
  });

  test('jsonata() renders the documented example with .sync', () => {
    const stack = newStack();
    const task = EmrServerlessCreateApplication.jsonata(stack, 'Create', {
      name: 'MyApplication',
      releaseLabel: 'emr-6.9.0',
      type: EmrServerlessApplicationType.SPARK,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-serverless:createApplication', '.sync'),
      Arguments: { Name: 'MyApplication', ReleaseLabel: 'emr-6.9.0', Type: 'SPARK' },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const task = new EmrServerlessCreateApplication(stack, 'Create', { releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.HIVE });
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments).toEqual({ ReleaseLabel: 'emr-7.0.0', Type: 'HIVE' });
    expect(state.Parameters).toBeUndefined();
  });

  test('jsonPath() reads the name from the state input', () => {
    const stack = newStack();
    const task = EmrServerlessCreateApplication.jsonPath(stack, 'Create', {
      name: sfn.JsonPath.stringAt('$.name'),
      releaseLabel: 'emr-7.0.0',
      type: EmrServerlessApplicationType.SPARK,
    });
    expect(renderState(task).Parameters).toEqual({ 'Name.$': '$.name', 'ReleaseLabel': 'emr-7.0.0', 'Type': 'SPARK' });
  });

  test('renders every optional field of the request', () => {
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'app', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const group = new ec2.SecurityGroup(stack, 'Group', { vpc });
    const task = new EmrServerlessCreateApplication(stack, 'Create', {
      name: 'analytics',
      releaseLabel: 'emr-7.0.0',
      type: EmrServerlessApplicationType.SPARK,
      architecture: EmrServerlessArchitecture.ARM64,
      initialCapacity: {
        Driver: { workerCount: 1, cpu: '2vCPU', memory: '4GB' },
        Executor: { workerCount: 4, cpu: '4vCPU', memory: '16GB', disk: '100GB' },
      },
      maximumCapacity: { cpu: '200vCPU', memory: '800GB', disk: '2000GB' },
      networkConfiguration: { subnets: vpc.isolatedSubnets, securityGroups: [group] },
      autoStart: false,
      idleTimeout: cdk.Duration.minutes(30),
      imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/spark:latest',
      runtimeConfiguration: [{ classification: 'spark-defaults', properties: { 'spark.executor.cores': '4' } }],
      monitoring: { s3LogUri: 's3://bucket/logs/' },
      clientToken: 'create-1',
      tags: { team: 'data' },
    });
    expect(renderState(task).Parameters).toEqual({
      Name: 'analytics',
      ReleaseLabel: 'emr-7.0.0',
      Type: 'SPARK',
      Architecture: 'ARM64',
      ClientToken: 'create-1',
      InitialCapacity: {
        Driver: { WorkerCount: 1, WorkerConfiguration: { Cpu: '2vCPU', Memory: '4GB' } },
        Executor: { WorkerCount: 4, WorkerConfiguration: { Cpu: '4vCPU', Memory: '16GB', Disk: '100GB' } },
      },
      MaximumCapacity: { Cpu: '200vCPU', Memory: '800GB', Disk: '2000GB' },
      NetworkConfiguration: {
        SubnetIds: [{ Ref: stack.getLogicalId(vpc.isolatedSubnets[0].node.defaultChild as cdk.CfnElement) }],
        SecurityGroupIds: [{ 'Fn::GetAtt': [stack.getLogicalId(group.node.defaultChild as cdk.CfnElement), 'GroupId'] }],
      },
      AutoStartConfiguration: { Enabled: false },
      AutoStopConfiguration: { Enabled: true, IdleTimeoutMinutes: 30 },
      ImageConfiguration: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/spark:latest' },
      RuntimeConfiguration: [{ Classification: 'spark-defaults', Properties: { 'spark.executor.cores': '4' } }],
      MonitoringConfiguration: { S3MonitoringConfiguration: { LogUri: 's3://bucket/logs/' } },
      Tags: { team: 'data' },
    });
  });

  test('autoStop false turns automatic stopping off', () => {
    const stack = newStack();
    const task = new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK, autoStop: false,
    });
    expect(renderState(task).Parameters.AutoStopConfiguration).toEqual({ Enabled: false });
  });

  test('Request Response grants CreateApplication and the service-linked role', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCreateApplication(stack, 'Create', { releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK }));
    expect(policyStatements(stack)).toEqual([CREATE, SERVICE_LINKED_ROLE]);
  });

  test('tags grant no emr-serverless:TagResource: CreateApplication authorizes them (aws:RequestTag, no dependent action in the Service Authorization Reference)', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK, tags: { team: 'etl' },
    }));
    expect(policyStatements(stack)).toEqual([CREATE, SERVICE_LINKED_ROLE]);
  });

  test('.sync also grants following (and cleaning up) the new application, and the managed events rule', () => {
    const stack = newStack();
    synthesizeValid(stack, new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }));
    expect(policyStatements(stack)).toEqual([
      CREATE,
      { Action: ['emr-serverless:GetApplication', 'emr-serverless:DeleteApplication'], Effect: 'Allow', Resource: applicationArn('*') },
      eventsRuleStatement(APPLICATION_RULE),
      SERVICE_LINKED_ROLE,
    ]);
  });

  test('uses the partition, Region and account of the stack', () => {
    const stack = newStack({ env: { account: '111122223333', region: 'cn-north-1' } });
    synthesizeValid(stack, new EmrServerlessCreateApplication(stack, 'Create', { releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK }));
    expect(policyStatements(stack)[0].Resource).toEqual(partitionArn('emr-serverless:cn-north-1:111122223333:/*'));
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when several props are invalid, naming each problem', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr 7',
      type: EmrServerlessApplicationType.SPARK,
      name: 'my app',
      autoStop: false,
      idleTimeout: cdk.Duration.days(8),
      initialCapacity: { Driver: { workerCount: 0, cpu: '1vCPU', memory: '2GB' } },
      monitoring: { cloudWatchLogging: false, logStreamNamePrefix: 'app' },
    })).toThrow('Invalid EMR Serverless application: '
      + "releaseLabel must be letters, digits and . _ / - only, got 'emr 7'; "
      + "name must be letters, digits and . _ / # - only, got 'my app'; "
      + 'idleTimeout (minutes) must be a whole number from 1 to 10080, got 11520; '
      + 'idleTimeout needs autoStop, which is false; '
      + 'initialCapacity.Driver.workerCount must be a whole number from 1 to 1000000, got 0; '
      + 'monitoring: logGroupName and logStreamNamePrefix need cloudWatchLogging, which is false');
  });

  test('throws when the network configuration is empty', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: 'emr-7.0.0', type: EmrServerlessApplicationType.SPARK, networkConfiguration: {},
    })).toThrow('networkConfiguration needs at least one subnet or security group; leave it unset for no VPC access');
  });

  test('does not check values resolved at run time', () => {
    const stack = newStack();
    expect(() => new EmrServerlessCreateApplication(stack, 'Create', {
      releaseLabel: sfn.JsonPath.stringAt('$.release'),
      name: '{% $states.input.name %}',
      type: EmrServerlessApplicationType.SPARK,
    })).not.toThrow();
  });
});
