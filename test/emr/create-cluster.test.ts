import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrCreateCluster, type EmrCreateClusterProps } from '../../lib';
import {
  type Tasks, expectSameAsReference, expectSameErrorAsReference, globalArn, newStack, partitionArn, policyStatements, regionalArn, renderState, stateArn,
} from '../util';
import { eventsRuleStatement } from './fixtures';

const SERVICE_POLICY_V2 = { '@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2': true };
const SERVICE_POLICY_V1 = { '@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2': false };

const SERVICE_ROLE_ARN = 'arn:aws:iam::123456789012:role/EmrServiceRole';
const CLUSTER_ROLE_ARN = 'arn:aws:iam::123456789012:role/EmrInstanceRole';
const AUTO_SCALING_ROLE_ARN = 'arn:aws:iam::123456789012:role/EmrAutoScalingRole';

/** Roles that exist outside the stack, for the tasks that are given their roles. */
function importedRoles(stack: cdk.Stack) {
  return {
    serviceRole: iam.Role.fromRoleArn(stack, 'ServiceRole', SERVICE_ROLE_ARN),
    clusterRole: iam.Role.fromRoleArn(stack, 'ClusterRole', CLUSTER_ROLE_ARN),
    autoScalingRole: iam.Role.fromRoleArn(stack, 'AutoScalingRole', AUTO_SCALING_ROLE_ARN),
  };
}

/** The roles of the README example, created by the user. */
function userRoles(stack: cdk.Stack) {
  const clusterRole = new iam.Role(stack, 'ClusterRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const serviceRole = new iam.Role(stack, 'ServiceRole', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com') });
  const autoScalingRole = new iam.Role(stack, 'AutoScalingRole', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com') });
  autoScalingRole.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
    effect: iam.Effect.ALLOW,
    principals: [new iam.ServicePrincipal('application-autoscaling.amazonaws.com')],
    actions: ['sts:AssumeRole'],
  }));
  return { clusterRole, serviceRole, autoScalingRole };
}

/** Every field of an instance group, automatic scaling policy included. */
function everyInstanceGroupProp(t: Tasks): EmrCreateCluster.InstanceGroupConfigProperty {
  const C = t.EmrCreateCluster;
  return {
    autoScalingPolicy: {
      constraints: { maxCapacity: 10, minCapacity: 2 },
      rules: [{
        name: 'ScaleOut',
        description: 'add nodes when YARN memory runs low',
        action: {
          market: C.InstanceMarket.ON_DEMAND,
          simpleScalingPolicyConfiguration: {
            adjustmentType: C.ScalingAdjustmentType.CHANGE_IN_CAPACITY,
            coolDown: 300,
            scalingAdjustment: 1,
          },
        },
        trigger: {
          cloudWatchAlarmDefinition: {
            comparisonOperator: C.CloudWatchAlarmComparisonOperator.LESS_THAN,
            dimensions: [{ key: 'JobFlowId', value: '${emr.clusterId}' }],
            evaluationPeriods: 2,
            metricName: 'YARNMemoryAvailablePercentage',
            namespace: 'AWS/ElasticMapReduce',
            period: cdk.Duration.minutes(5),
            statistic: C.CloudWatchAlarmStatistic.AVERAGE,
            threshold: 15,
            unit: C.CloudWatchAlarmUnit.PERCENT,
          },
        },
      }],
    },
    bidPrice: '0.5',
    configurations: [{
      classification: 'spark-env',
      configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }],
    }],
    ebsConfiguration: {
      ebsBlockDeviceConfigs: [{
        volumeSpecification: { iops: 3000, volumeSize: cdk.Size.gibibytes(100), volumeType: C.EbsBlockDeviceVolumeType.GP3 },
        volumesPerInstance: 2,
      }],
      ebsOptimized: true,
    },
    instanceCount: 3,
    instanceRole: C.InstanceRoleType.CORE,
    instanceType: 'm5.xlarge',
    market: C.InstanceMarket.SPOT,
    name: 'Core',
  };
}

/** Every field of an instance fleet: instance types, launch specifications and capacities. */
function everyInstanceFleetProp(t: Tasks): EmrCreateCluster.InstanceFleetConfigProperty[] {
  const C = t.EmrCreateCluster;
  return [
    {
      instanceFleetType: C.InstanceRoleType.MASTER,
      name: 'Master',
      targetOnDemandCapacity: 1,
      instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
    },
    {
      instanceFleetType: C.InstanceRoleType.CORE,
      name: 'Core',
      targetOnDemandCapacity: 4,
      targetSpotCapacity: 4,
      instanceTypeConfigs: [
        {
          instanceType: 'm5.xlarge',
          bidPrice: '0.3',
          configurations: [{ classification: 'yarn-site', properties: { 'yarn.nodemanager.vmem-check-enabled': 'false' } }],
          ebsConfiguration: {
            ebsBlockDeviceConfigs: [{ volumeSpecification: { volumeSize: cdk.Size.gibibytes(64), volumeType: C.EbsBlockDeviceVolumeType.IO1, iops: 1000 } }],
          },
          priority: 0,
          weightedCapacity: 2,
        },
        { instanceType: 'r5.xlarge', bidPriceAsPercentageOfOnDemandPrice: 80, priority: 1, weightedCapacity: 2 },
      ],
      launchSpecifications: {
        onDemandSpecification: { allocationStrategy: C.OnDemandAllocationStrategy.PRIORITIZED },
        spotSpecification: {
          allocationStrategy: C.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
          timeout: cdk.Duration.minutes(20),
          timeoutAction: C.SpotTimeoutAction.SWITCH_TO_ON_DEMAND,
        },
      },
    },
    {
      instanceFleetType: C.InstanceRoleType.TASK,
      targetSpotCapacity: 2,
      launchSpecifications: {
        spotSpecification: {
          allocationStrategy: C.SpotAllocationStrategy.CAPACITY_OPTIMIZED,
          blockDurationMinutes: 60,
          timeoutDurationMinutes: 10,
          timeoutAction: C.SpotTimeoutAction.TERMINATE_CLUSTER,
        },
      },
    },
  ];
}

/** Every top-level prop of the task, around instance groups. */
function everyProp(t: Tasks): EmrCreateClusterProps {
  const C = t.EmrCreateCluster;
  return {
    name: 'Cluster',
    instances: {
      additionalMasterSecurityGroups: ['sg-master'],
      additionalSlaveSecurityGroups: ['sg-slave'],
      ec2KeyName: 'key',
      ec2SubnetId: 'subnet-1',
      emrManagedMasterSecurityGroup: 'sg-emr-master',
      emrManagedSlaveSecurityGroup: 'sg-emr-slave',
      hadoopVersion: '2.8.5',
      instanceCount: 3,
      instanceGroups: [
        { instanceCount: 1, instanceRole: C.InstanceRoleType.MASTER, instanceType: 'm5.xlarge', name: 'Master' },
        everyInstanceGroupProp(t),
      ],
      masterInstanceType: 'm5.xlarge',
      placement: { availabilityZone: 'us-east-1a' },
      serviceAccessSecurityGroup: 'sg-service',
      slaveInstanceType: 'm5.large',
      terminationProtected: true,
    },
    additionalInfo: '{"key":"value"}',
    applications: [{ name: 'Spark', args: ['-x'], version: '3.5.0', additionalInfo: { vendor: 'acme' } }, { name: 'Hive' }],
    bootstrapActions: [{ name: 'Setup', scriptBootstrapAction: { path: 's3://bucket/setup.sh', args: ['--fast'] } }],
    configurations: [{ classification: 'spark', properties: { maximizeResourceAllocation: 'true' } }],
    customAmiId: 'ami-1234',
    ebsRootVolumeSize: cdk.Size.gibibytes(50),
    ebsRootVolumeIops: 4000,
    ebsRootVolumeThroughput: 250,
    kerberosAttributes: {
      adDomainJoinPassword: 'p1', adDomainJoinUser: 'u', crossRealmTrustPrincipalPassword: 'p2', kdcAdminPassword: 'p3', realm: 'EC2.INTERNAL',
    },
    logUri: 's3://bucket/logs/',
    managedScalingPolicy: {
      computeLimits: {
        unitType: C.ComputeLimitsUnitType.INSTANCES,
        minimumCapacityUnits: 2,
        maximumCapacityUnits: 10,
        maximumOnDemandCapacityUnits: 5,
        maximumCoreCapacityUnits: 4,
      },
    },
    releaseLabel: 'emr-6.15.0',
    scaleDownBehavior: C.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION,
    securityConfiguration: 'security',
    stepConcurrencyLevel: 5,
    tags: { team: 'data', env: 'prod' },
    visibleToAllUsers: false,
    autoTerminationPolicyIdleTimeout: cdk.Duration.hours(2),
    resultPath: '$.Cluster',
    comment: 'create the cluster',
  };
}

describe('EmrCreateCluster', () => {
  test('creates the cluster and its roles, waiting until it runs (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrCreateCluster(stack, 'Create', { name: 'Cluster', instances: {} });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:createCluster', '.sync'),
      Parameters: {
        Instances: { KeepJobFlowAliveWhenNoSteps: true },
        JobFlowRole: { Ref: 'CreateInstanceRole26471D87' },
        Name: 'Cluster',
        ServiceRole: { Ref: 'CreateServiceRole0A9932AB' },
        AutoScalingRole: { Ref: 'CreateAutoScalingRole4F7C4BC9' },
        VisibleToAllUsers: true,
      },
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::InstanceProfile', {
      Roles: [{ Ref: 'CreateInstanceRole26471D87' }],
      InstanceProfileName: { Ref: 'CreateInstanceRole26471D87' },
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'elasticmapreduce.amazonaws.com' } },
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'application-autoscaling.amazonaws.com' } },
        ],
      },
      ManagedPolicyArns: [partitionArn('iam::aws:policy/service-role/AmazonElasticMapReduceforAutoScalingRole')],
    });
  });

  test('jsonata() renders the cluster as Arguments', () => {
    const stack = newStack();
    const roles = importedRoles(stack);
    const task = EmrCreateCluster.jsonata(stack, 'Create', { name: '{% $states.input.name %}', instances: {}, ...roles });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:createCluster', '.sync'),
      Arguments: {
        Instances: { KeepJobFlowAliveWhenNoSteps: true },
        JobFlowRole: 'EmrInstanceRole',
        Name: '{% $states.input.name %}',
        ServiceRole: 'EmrServiceRole',
        AutoScalingRole: 'EmrAutoScalingRole',
        VisibleToAllUsers: true,
      },
    });
  });

  test('the service role gets AmazonElasticMapReduceRole, or AmazonEMRServicePolicy_v2 and a tag with the feature flag', () => {
    const managedPolicy = (name: string) => [partitionArn(`iam::aws:policy/service-role/${name}`)];
    const v1 = newStack({ context: SERVICE_POLICY_V1 });
    new EmrCreateCluster(v1, 'Create', { name: 'Cluster', instances: {} });
    expect(Template.fromStack(v1).toJSON().Resources.CreateServiceRole0A9932AB.Properties.ManagedPolicyArns)
      .toEqual(managedPolicy('AmazonElasticMapReduceRole'));

    const v2 = newStack({ context: SERVICE_POLICY_V2 });
    const task = new EmrCreateCluster(v2, 'Create', { name: 'Cluster', instances: {}, tags: { team: 'data' } });
    expect(Template.fromStack(v2).toJSON().Resources.CreateServiceRole0A9932AB.Properties.ManagedPolicyArns)
      .toEqual(managedPolicy('AmazonEMRServicePolicy_v2'));
    expect(renderState(task).Parameters.Tags).toEqual([
      { Key: 'team', Value: 'data' },
      { Key: 'for-use-with-amazon-emr-managed-policies', Value: 'true' },
    ]);
  });

  test('may run, tag and pass its roles to the cluster, create the EMR cleanup role and manage the RUN_JOB rule', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrCreateCluster(stack, 'Create', {
        name: 'Cluster', instances: {}, tags: { a: 'b' }, ...importedRoles(stack),
      })),
    });
    const statements = policyStatements(stack);
    expect(statements.slice(-6)).toEqual([
      {
        Action: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows', 'elasticmapreduce:AddTags'],
        Effect: 'Allow',
        Resource: '*',
      },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: [SERVICE_ROLE_ARN, CLUSTER_ROLE_ARN] },
      {
        Sid: 'ElasticMapReduceServiceLinkedRole',
        Action: 'iam:CreateServiceLinkedRole',
        Condition: { StringEquals: { 'iam:AWSServiceName': ['elasticmapreduce.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn'] } },
        Effect: 'Allow',
        Resource: globalArn('iam', 'role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*'),
      },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: AUTO_SCALING_ROLE_ARN },
      {
        Action: 'elasticmapreduce:AddTags',
        Effect: 'Allow',
        Resource: regionalArn('elasticmapreduce', 'cluster/*'),
      },
      eventsRuleStatement('StepFunctionsGetEventForEMRRunJobFlowRule'),
    ]);
  });

  test('a cluster of instance fleets gets no auto-scaling role, and asking for it throws', () => {
    const stack = newStack();
    const task = new EmrCreateCluster(stack, 'Create', {
      name: 'Cluster',
      instances: { instanceFleets: [{ instanceFleetType: EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] },
    });
    expect(renderState(task).Parameters.AutoScalingRole).toBeUndefined();
    expect(task.serviceRole).toBeDefined();
    expect(task.clusterRole).toBeDefined();
    expect(() => task.autoScalingRole).toThrow('role not available yet--use the object in a Task first');
  });

  test('renders idle timeout, root volume size and step concurrency in the units EMR takes', () => {
    const stack = newStack();
    const task = new EmrCreateCluster(stack, 'Create', {
      name: 'Cluster',
      instances: {},
      releaseLabel: 'emr-5.28.0',
      stepConcurrencyLevel: 256,
      ebsRootVolumeSize: cdk.Size.gibibytes(15),
      autoTerminationPolicyIdleTimeout: cdk.Duration.days(7),
      ...importedRoles(stack),
    });
    const parameters = renderState(task).Parameters;
    expect(parameters.StepConcurrencyLevel).toBe(256);
    expect(parameters.EbsRootVolumeSize).toBe(15);
    expect(parameters.AutoTerminationPolicy).toEqual({ IdleTimeout: 604800 });
  });

  test.each([
    ['stepConcurrencyLevel below 1', { stepConcurrencyLevel: 0 }, 'Step concurrency level must be in range [1, 256], but got 0.'],
    ['stepConcurrencyLevel above 256', { stepConcurrencyLevel: 257 }, 'Step concurrency level must be in range [1, 256], but got 257.'],
    ['step concurrency needs a newer release', { stepConcurrencyLevel: 2, releaseLabel: 'emr-5.27.9' },
      'Step concurrency is only supported in EMR release version 5.28.0 and above but got emr-5.27.9.'],
    ['the release label is malformed', { releaseLabel: 'emr-6.x.0' }, "The release label must be in the format 'emr-x.x.x' but got emr-6.x.0"],
    ['the idle timeout is under a minute', { autoTerminationPolicyIdleTimeout: cdk.Duration.seconds(59) },
      '`autoTerminationPolicyIdleTimeout` must be between 60 and 604800 seconds, got 59 seconds.'],
  ])('throws when %s', (_name, extra, message) => {
    const stack = newStack();
    expect(() => new EmrCreateCluster(stack, 'Create', { name: 'Cluster', instances: {}, ...extra })).toThrow(message);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example, with the roles the user created', (t, s) => new t.EmrCreateCluster(s, 'Create Cluster', {
        instances: {},
        name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value,
        ...userRoles(s),
      })],
      ['the README example with step concurrency', (t, s) => new t.EmrCreateCluster(s, 'Create Cluster', {
        instances: {},
        name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value,
        stepConcurrencyLevel: 10,
      })],
      ['the Python README example, fire and forget', (t, s) => new t.EmrCreateCluster(s, 'Create Cluster', {
        instances: {},
        name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value,
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        ...userRoles(s),
      })],
      ['defaults, every role created', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {} })],
      ['imported roles', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ...importedRoles(s) })],
      ['only the service role given', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, serviceRole: importedRoles(s).serviceRole,
      })],
      ['only the cluster role given', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, clusterRole: new iam.Role(s, 'Instances', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }),
      })],
      ['every prop, with instance groups', (t, s) => new t.EmrCreateCluster(s, 'Create', everyProp(t))],
      ['every prop, with imported roles', (t, s) => new t.EmrCreateCluster(s, 'Create', { ...everyProp(t), ...importedRoles(s) })],
      ['instance fleets with every fleet prop', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Fleet',
        releaseLabel: 'emr-7.1.0',
        instances: {
          instanceFleets: everyInstanceFleetProp(t),
          ec2SubnetIds: ['subnet-1', 'subnet-2'],
          placement: { availabilityZones: ['us-east-1a', 'us-east-1b'] },
        },
        managedScalingPolicy: {
          computeLimits: { unitType: t.EmrCreateCluster.ComputeLimitsUnitType.INSTANCE_FLEET_UNITS, minimumCapacityUnits: 2, maximumCapacityUnits: 20 },
        },
      })],
      ['a fleet with on-demand lowest-price and no priorities', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Fleet',
        instances: {
          instanceFleets: [{
            instanceFleetType: t.EmrCreateCluster.InstanceRoleType.CORE,
            targetOnDemandCapacity: 2,
            instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
            launchSpecifications: { onDemandSpecification: { allocationStrategy: t.EmrCreateCluster.OnDemandAllocationStrategy.LOWEST_PRICE } },
          }, {
            instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER,
            targetSpotCapacity: 1,
            launchSpecifications: {
              spotSpecification: { timeoutAction: t.EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, timeout: cdk.Duration.hours(24) },
            },
          }],
        },
      })],
      ['a managed scaling policy without limits', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, managedScalingPolicy: {},
      })],
      ['an empty instance fleet list, as instance groups', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: { instanceFleets: [] },
      })],
      ['tokens for the checked numbers and the release label', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster',
        instances: {},
        releaseLabel: sfn.JsonPath.stringAt('$.Release'),
        stepConcurrencyLevel: sfn.JsonPath.numberAt('$.Concurrency'),
      })],
      ['REQUEST_RESPONSE with tags', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, tags: { a: 'b' }, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['jsonPath()', (t, s) => t.EmrCreateCluster.jsonPath(s, 'Create', { name: 'Cluster', instances: {}, outputPath: '$.ClusterId' })],
      ['jsonata()', (t, s) => t.EmrCreateCluster.jsonata(s, 'Create', {
        name: '{% $states.input.name %}', instances: { instanceCount: 3 }, outputs: '{% $states.result.ClusterId %}',
      })],
    ];

    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test.each(configurations)('%s, with the EMR service policy v2 feature flag', (_name, build) => {
      expectSameAsReference(build, { context: SERVICE_POLICY_V2 });
    });

    test('the flag explicitly off', () => {
      expectSameAsReference((t, s) => new t.EmrCreateCluster(s, 'Create', { ...everyProp(t) }), { context: SERVICE_POLICY_V1 });
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrCreateCluster(s, 'Create', { ...everyProp(t), resultPath: undefined }),
        { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('the roles the getters return', () => {
      for (const tasks of [reference as unknown as Tasks, { EmrCreateCluster } as unknown as Tasks]) {
        const stack = newStack();
        const task = new tasks.EmrCreateCluster(stack, 'Create', { name: 'Cluster', instances: {}, serviceRole: importedRoles(stack).serviceRole });
        expect(task.serviceRole.roleArn).toBe(SERVICE_ROLE_ARN);
        expect(stack.resolve(task.clusterRole.roleName)).toEqual({ Ref: 'CreateInstanceRole26471D87' });
        expect(stack.resolve(task.autoScalingRole.roleName)).toEqual({ Ref: 'CreateAutoScalingRole4F7C4BC9' });
      }
    });

    const fleet = (t: Tasks, fleetProps: Partial<EmrCreateCluster.InstanceFleetConfigProperty>) => (s: cdk.Stack) =>
      new t.EmrCreateCluster(s, 'Create', {
        name: 'Fleet',
        instances: { instanceFleets: [{ instanceFleetType: t.EmrCreateCluster.InstanceRoleType.CORE, ...fleetProps }] },
      });
    const spot = (t: Tasks, spec: Partial<EmrCreateCluster.SpotProvisioningSpecificationProperty>) => fleet(t, {
      targetSpotCapacity: 1,
      launchSpecifications: { spotSpecification: { timeoutAction: t.EmrCreateCluster.SpotTimeoutAction.TERMINATE_CLUSTER, ...spec } },
    });

    const errors: Array<[string, (t: Tasks, s: cdk.Stack) => unknown]> = [
      ['the integration pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['an auto-scaling role is given for instance fleets', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster',
        instances: { instanceFleets: [{ instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }] },
        autoScalingRole: importedRoles(s).autoScalingRole,
      })],
      ['the idle timeout is under 60 seconds', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, autoTerminationPolicyIdleTimeout: cdk.Duration.seconds(59),
      })],
      ['the idle timeout is over 7 days', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, autoTerminationPolicyIdleTimeout: cdk.Duration.seconds(604801),
      })],
      ...['6.15.0', 'emr-6.15', 'emr-6.15.0.1', 'emr-6..0', 'emr-a.1.0', 'EMR-6.15.0'].map((label): [string, (t: Tasks, s: cdk.Stack) => unknown] =>
        [`the release label is '${label}'`, (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, releaseLabel: label })]),
      ['stepConcurrencyLevel is 0', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, stepConcurrencyLevel: 0 })],
      ['stepConcurrencyLevel is 257', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, stepConcurrencyLevel: 257 })],
      ['step concurrency meets release 5.27.0', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, stepConcurrencyLevel: 2, releaseLabel: 'emr-5.27.0',
      })],
      ['step concurrency meets release 4.30.0', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, stepConcurrencyLevel: 2, releaseLabel: 'emr-4.30.0',
      })],
      ['the root volume is 14 GiB', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeSize: cdk.Size.gibibytes(14) })],
      ['the root volume is 101 GiB', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeSize: cdk.Size.gibibytes(101) })],
      ['the root volume is not a whole number of GiB', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, ebsRootVolumeSize: cdk.Size.mebibytes(20000),
      })],
      ['root volume IOPS meet release 6.14.0', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, releaseLabel: 'emr-6.14.0', ebsRootVolumeIops: 3000,
      })],
      ['root volume throughput meets release 5.36.2', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, releaseLabel: 'emr-5.36.2', ebsRootVolumeThroughput: 125,
      })],
      ['root volume IOPS meet a release label that is no semantic version', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, releaseLabel: 'emr-6.+15.0', ebsRootVolumeIops: 3000,
      })],
      ['root volume throughput meets a release label with a leading zero', (t, s) => new t.EmrCreateCluster(s, 'Create', {
        name: 'Cluster', instances: {}, releaseLabel: 'emr-06.15.0', ebsRootVolumeThroughput: 200,
      })],
      ['root volume throughput is 124 MiB/s', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeThroughput: 124 })],
      ['root volume throughput is 1001 MiB/s', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeThroughput: 1001 })],
      ['root volume IOPS are 2999', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeIops: 2999 })],
      ['root volume IOPS are 16001', (t, s) => new t.EmrCreateCluster(s, 'Create', { name: 'Cluster', instances: {}, ebsRootVolumeIops: 16001 })],
      ['a fleet has no target capacity', (t, s) => fleet(t, {})(s)],
      ['a master fleet has both target capacities', (t, s) => fleet(t, {
        instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetSpotCapacity: 1, targetOnDemandCapacity: 1,
      })(s)],
      ['a master fleet has 2 Spot units', (t, s) => fleet(t, { instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetSpotCapacity: 2 })(s)],
      ['a master fleet has 3 On-Demand units', (t, s) => fleet(t, {
        instanceFleetType: t.EmrCreateCluster.InstanceRoleType.MASTER, targetOnDemandCapacity: 3,
      })(s)],
      ['priorities meet the default allocation strategy', (t, s) => fleet(t, {
        targetOnDemandCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: 1 }],
      })(s)],
      ['the PRIORITIZED strategy meets no priority', (t, s) => fleet(t, {
        targetOnDemandCapacity: 1,
        instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
        launchSpecifications: { onDemandSpecification: { allocationStrategy: t.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } },
      })(s)],
      ['a priority is negative', (t, s) => fleet(t, {
        targetOnDemandCapacity: 1,
        instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: -1 }],
        launchSpecifications: { onDemandSpecification: { allocationStrategy: t.EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED } },
      })(s)],
      ['an instance type has both bid prices', (t, s) => fleet(t, {
        targetSpotCapacity: 1, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '1', bidPriceAsPercentageOfOnDemandPrice: 50 }],
      })(s)],
      ['a Spot specification has both timeouts', (t, s) => spot(t, { timeout: cdk.Duration.minutes(10), timeoutDurationMinutes: 10 })(s)],
      ['a Spot specification has no timeout', (t, s) => spot(t, {})(s)],
      ['the Spot timeout is 4 minutes', (t, s) => spot(t, { timeout: cdk.Duration.minutes(4) })(s)],
      ['the Spot timeout is 1441 minutes', (t, s) => spot(t, { timeoutDurationMinutes: 1441 })(s)],
      ['the Spot timeout is not a whole number of minutes', (t, s) => spot(t, { timeout: cdk.Duration.seconds(330) })(s)],
    ];

    test.each(errors)('throws when %s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build as any);
    });
  });
});
