import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EcsEc2LaunchTarget, EcsFargateLaunchTarget, EcsRunTask } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Builder,
} from '../util';
import {
  CLUSTER_ARN, EXECUTION_ROLE_ARN, LOOKUP, SECURITY_GROUP_ID, TASK_ROLE_ARN, createdCluster, ec2Cluster,
  ec2TaskDefinition, fargateTaskDefinition, importedCluster, importedTaskRole, importedVpc, refOf, theContainer,
} from './fixtures';

const FIX_POLICY = '@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy';

/** Our task with an imported cluster and VPC and a Fargate task definition of family `my-family`. */
function fargateTask(stack: cdk.Stack, props: Partial<ConstructorParameters<typeof EcsRunTask>[2]> = {}) {
  const taskDefinition = fargateTaskDefinition(stack, { family: 'my-family', taskRole: importedTaskRole(stack) });
  const task = new EcsRunTask(stack, 'Run', {
    cluster: importedCluster(stack),
    taskDefinition,
    launchTarget: new EcsFargateLaunchTarget(),
    ...props,
  });
  return { task, taskDefinition };
}

function securityGroupIdOf(task: EcsRunTask): any {
  return cdk.Stack.of(task).resolve((task.node.findChild('SecurityGroup') as ec2.SecurityGroup).securityGroupId);
}

/** The ARN of a task definition's family, every revision, as upstream computes it from the definition's `Ref`. */
function familyArnPattern(ref: any): any {
  const field = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': [':', ref] }] });
  const resourcePart = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': ['/', field(5)] }] });
  return { 'Fn::Join': ['', ['arn:', field(1), ':', field(2), ':', field(3), ':', field(4), ':', resourcePart(0), '/', resourcePart(1), ':*']] };
}

describe('EcsRunTask', () => {
  test('defaults to starting a Fargate task in the private subnets with a new security group (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const { task } = fargateTask(stack);
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('ecs:runTask'),
      Parameters: {
        Cluster: CLUSTER_ARN,
        TaskDefinition: 'my-family',
        NetworkConfiguration: {
          AwsvpcConfiguration: {
            Subnets: ['subnet-private-a', 'subnet-private-b'],
            SecurityGroups: [securityGroupIdOf(task)],
          },
        },
        LaunchType: 'FARGATE',
      },
    });
  });

  test('jsonata() renders the same fields as Arguments', () => {
    const stack = newStack();
    const taskDefinition = fargateTaskDefinition(stack, { family: 'my-family' });
    const task = EcsRunTask.jsonata(stack, 'Run', { cluster: importedCluster(stack), taskDefinition, launchTarget: new EcsFargateLaunchTarget() });
    const state = renderState(task);
    expect(state.QueryLanguage).toEqual('JSONata');
    expect(state.Parameters).toBeUndefined();
    expect(state.Arguments).toEqual({
      Cluster: CLUSTER_ARN,
      TaskDefinition: 'my-family',
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-private-a', 'subnet-private-b'], SecurityGroups: [securityGroupIdOf(task)] } },
      LaunchType: 'FARGATE',
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const { task } = fargateTask(stack);
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.TaskDefinition).toEqual('my-family');
    expect(state.Parameters).toBeUndefined();
    expect(state.QueryLanguage).toBeUndefined();
  });

  test('renders every optional field of the call', () => {
    const stack = newStack();
    const taskDefinition = fargateTaskDefinition(stack, { family: 'my-family' });
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4 }),
      revisionNumber: 7,
      assignPublicIp: true,
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', SECURITY_GROUP_ID)],
      containerOverrides: [{
        containerDefinition: theContainer(taskDefinition),
        command: ['run', 'now'],
        cpu: 128,
        memoryLimit: 512,
        memoryReservation: 256,
        environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
      }],
      cpu: '1024',
      memoryMiB: '2048',
      propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
      enableExecuteCommand: true,
    });
    expect(renderState(task).Parameters).toEqual({
      Cluster: CLUSTER_ARN,
      TaskDefinition: 'my-family:7',
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          AssignPublicIp: 'ENABLED',
          Subnets: ['subnet-public-a', 'subnet-public-b'],
          SecurityGroups: [SECURITY_GROUP_ID],
        },
      },
      Overrides: {
        Cpu: '1024',
        Memory: '2048',
        ContainerOverrides: [{
          Name: 'TheContainer',
          Command: ['run', 'now'],
          Cpu: 128,
          Memory: 512,
          MemoryReservation: 256,
          Environment: [{ 'Name': 'SOME_KEY', 'Value.$': '$.SomeKey' }],
        }],
      },
      PropagateTags: 'TASK_DEFINITION',
      LaunchType: 'FARGATE',
      PlatformVersion: '1.4.0',
      EnableExecuteCommand: true,
    });
    expect(task.node.tryFindChild('SecurityGroup')).toBeUndefined();
    expect(task.connections.securityGroups.map((group) => group.securityGroupId)).toEqual([SECURITY_GROUP_ID]);
  });

  test('assignPublicIp false keeps the private subnets and renders no AssignPublicIp', () => {
    const stack = newStack();
    const { task } = fargateTask(stack, { assignPublicIp: false });
    expect(renderState(task).Parameters.NetworkConfiguration).toEqual({
      AwsvpcConfiguration: { Subnets: ['subnet-private-a', 'subnet-private-b'], SecurityGroups: [securityGroupIdOf(task)] },
    });
  });

  test('subnets selects where the network interfaces go', () => {
    const stack = newStack();
    const { task } = fargateTask(stack, { subnets: { subnetType: ec2.SubnetType.PUBLIC } });
    expect(renderState(task).Parameters.NetworkConfiguration.AwsvpcConfiguration.Subnets).toEqual(['subnet-public-a', 'subnet-public-b']);
  });

  test('renders only the task-level overrides when no container is overridden', () => {
    const stack = newStack();
    const { task } = fargateTask(stack, { cpu: '512' });
    expect(renderState(task).Parameters.Overrides).toEqual({ Cpu: '512' });
  });

  test('on EC2 in bridge network mode, renders no network configuration and shares the cluster security groups', () => {
    const stack = newStack();
    const taskDefinition = ec2TaskDefinition(stack, { family: 'my-family' });
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack, { hasEc2Capacity: true }),
      taskDefinition,
      launchTarget: new EcsEc2LaunchTarget({
        placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances()],
        placementConstraints: [ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*')],
      }),
    });
    expect(renderState(task).Parameters).toEqual({
      Cluster: CLUSTER_ARN,
      TaskDefinition: 'my-family',
      LaunchType: 'EC2',
      PlacementConstraints: [{ Type: 'memberOf', Expression: 'attribute:ecs.instance-type =~ t3.*' }],
      PlacementStrategy: [{ Type: 'spread', Field: 'instanceId' }],
    });
    expect(task.node.tryFindChild('SecurityGroup')).toBeUndefined();
    expect(task.connections.securityGroups.map((group) => group.securityGroupId)).toEqual(['sg-cluster']);
  });

  test.each([
    [sfn.IntegrationPattern.REQUEST_RESPONSE, ''],
    [sfn.IntegrationPattern.RUN_JOB, '.sync'],
    [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, '.waitForTaskToken'],
  ])('%s renders the resource suffix "%s"', (integrationPattern, suffix) => {
    const stack = newStack();
    const taskDefinition = fargateTaskDefinition(stack);
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget(),
      integrationPattern,
      containerOverrides: [{ containerDefinition: theContainer(taskDefinition), environment: [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }] }],
    });
    expect(renderState(task).Resource).toEqual(stateArn('ecs:runTask', suffix));
  });

  test('grants running every revision of the family, stopping and describing tasks, and passing the task role', () => {
    const stack = newStack();
    const { taskDefinition } = fargateTask(stack);
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(stack.node.findChild('Run') as EcsRunTask) });
    expect(policyStatements(stack)).toEqual([
      { Action: 'ecs:RunTask', Effect: 'Allow', Resource: familyArnPattern(refOf(taskDefinition)) },
      { Action: ['ecs:StopTask', 'ecs:DescribeTasks'], Effect: 'Allow', Resource: '*' },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: TASK_ROLE_ARN },
    ]);
  });

  test('with the fixRunEcsTaskPolicy flag, grants running only the task definition itself', () => {
    const stack = newStack({ context: { [FIX_POLICY]: true } });
    const { taskDefinition } = fargateTask(stack);
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(stack.node.findChild('Run') as EcsRunTask) });
    expect(policyStatements(stack)[0]).toEqual({ Action: 'ecs:RunTask', Effect: 'Allow', Resource: refOf(taskDefinition) });
  });

  test('RUN_JOB also grants managing the ECS task events rule, and the execution role is passed too', () => {
    const stack = newStack({ context: { [FIX_POLICY]: true } });
    const taskDefinition = fargateTaskDefinition(stack, {
      taskRole: importedTaskRole(stack),
      executionRole: iam.Role.fromRoleArn(stack, 'ExecutionRole', EXECUTION_ROLE_ARN),
    });
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget(),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(policyStatements(stack)).toEqual([
      { Action: 'ecs:RunTask', Effect: 'Allow', Resource: refOf(taskDefinition) },
      { Action: ['ecs:StopTask', 'ecs:DescribeTasks'], Effect: 'Allow', Resource: '*' },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: [TASK_ROLE_ARN, EXECUTION_ROLE_ARN] },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regionalArn('events', 'rule/StepFunctionsGetEventsForECSTaskRule'),
      },
    ]);
  });

  test('applies a property injector registered for the reference class id', () => {
    const stack = newStack();
    cdk.PropertyInjectors.of(stack).add({
      constructUniqueId: EcsRunTask.PROPERTY_INJECTION_ID,
      inject: (props: any) => ({ ...props, enableExecuteCommand: true }),
    });
    const { task } = fargateTask(stack);
    expect(EcsRunTask.PROPERTY_INJECTION_ID).toEqual('aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask');
    expect(renderState(task).Parameters.EnableExecuteCommand).toBe(true);
  });

  test('throws when WAIT_FOR_TASK_TOKEN has no task token in any container environment', () => {
    const stack = newStack();
    expect(() => fargateTask(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }))
      .toThrow('Task Token is required in at least one `containerOverrides.environment` for callback. Use JsonPath.taskToken to set the token.');
  });

  test('throws when the task definition has no container', () => {
    const stack = newStack();
    expect(() => new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack),
      taskDefinition: new ecs.FargateTaskDefinition(stack, 'Empty'),
      launchTarget: new EcsFargateLaunchTarget(),
    })).toThrow('A TaskDefinition must have at least one essential container');
  });

  test('throws when subnets are given for a task definition outside AWS_VPC network mode', () => {
    const stack = newStack();
    expect(() => new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack, { hasEc2Capacity: true }),
      taskDefinition: ec2TaskDefinition(stack),
      launchTarget: new EcsEc2LaunchTarget(),
      subnets: { subnetType: ec2.SubnetType.PUBLIC },
    })).toThrow("Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use 'vpcSubnets' and 'securityGroup'. Received: bridge");
  });

  test('throws when an override names a container the task definition lacks', () => {
    const stack = newStack();
    const other = new ecs.FargateTaskDefinition(stack, 'Other');
    const stranger = other.addContainer('Stranger', { image: ecs.ContainerImage.fromRegistry('foo/baz') });
    expect(() => fargateTask(stack, { containerOverrides: [{ containerDefinition: stranger, command: ['x'] }] }))
      .toThrow("Overrides mention container with name 'Stranger', but no such container in task definition");
  });

  describe('matches aws-cdk-lib', () => {
    const fargate = (t: Parameters<Builder>[0]) => new t.EcsFargateLaunchTarget();
    const configurations: Array<[string, Builder]> = [
      ['Fargate, created VPC and cluster', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t),
      })],
      ['Fargate, imported VPC and cluster', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t),
      })],
      ['Fargate, cluster in an imported VPC', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s, importedVpc(s)), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t),
      })],
      ['Fargate, every prop', (t, s) => {
        const taskDefinition = fargateTaskDefinition(s);
        return new t.EcsRunTask(s, 'Run', {
          cluster: createdCluster(s),
          taskDefinition,
          launchTarget: new t.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST }),
          revisionNumber: 3,
          assignPublicIp: true,
          subnets: { subnetType: ec2.SubnetType.PUBLIC },
          securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'SG', SECURITY_GROUP_ID)],
          containerOverrides: [{
            containerDefinition: theContainer(taskDefinition),
            command: sfn.JsonPath.listAt('$.command'),
            cpu: 128,
            memoryLimit: 512,
            memoryReservation: 256,
            environment: [
              { name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') },
              { name: 'STATIC', value: 'yes' },
            ],
          }],
          cpu: '1024',
          memoryMiB: '2048',
          propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
          enableExecuteCommand: true,
          resultPath: '$.run',
          comment: 'run the task',
          timeout: cdk.Duration.minutes(10),
          heartbeat: cdk.Duration.minutes(1),
        });
      }],
      ['assignPublicIp false', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), assignPublicIp: false,
      })],
      ['created security groups', (t, s) => {
        const cluster = createdCluster(s);
        return new t.EcsRunTask(s, 'Run', {
          cluster,
          taskDefinition: fargateTaskDefinition(s),
          launchTarget: fargate(t),
          securityGroups: [new ec2.SecurityGroup(s, 'A', { vpc: cluster.vpc }), new ec2.SecurityGroup(s, 'B', { vpc: cluster.vpc })],
        });
      }],
      ['subnets by group name', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), subnets: { subnetGroupName: 'Public' },
      })],
      ['the task connections opened to a database', (t, s) => {
        const cluster = createdCluster(s);
        const task = new t.EcsRunTask(s, 'Run', { cluster, taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t) });
        task.connections.allowTo(new ec2.SecurityGroup(s, 'Database', { vpc: cluster.vpc }), ec2.Port.tcp(5432));
        return task;
      }],
      ['two tasks sharing a cluster', (t, s) => {
        const cluster = createdCluster(s);
        const taskDefinition = fargateTaskDefinition(s);
        return new t.EcsRunTask(s, 'First', { cluster, taskDefinition, launchTarget: fargate(t) })
          .next(new t.EcsRunTask(s, 'Second', { cluster, taskDefinition, launchTarget: fargate(t), revisionNumber: 1 }));
      }],
      ['only task-level cpu', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), cpu: '512',
      })],
      ['only task-level memory', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), memoryMiB: '4096',
      })],
      ['empty container overrides', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), containerOverrides: [],
      })],
      ['an execution role created for logging', (t, s) => {
        const taskDefinition = new ecs.FargateTaskDefinition(s, 'TD');
        taskDefinition.addContainer('TheContainer', {
          image: ecs.ContainerImage.fromRegistry('foo/bar'),
          logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'run', logRetention: logs.RetentionDays.ONE_WEEK }),
        });
        return new t.EcsRunTask(s, 'Run', { cluster: createdCluster(s), taskDefinition, launchTarget: fargate(t) });
      }],
      ['imported task and execution roles', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s),
        taskDefinition: fargateTaskDefinition(s, {
          taskRole: importedTaskRole(s),
          executionRole: iam.Role.fromRoleArn(s, 'ExecutionRole', EXECUTION_ROLE_ARN),
        }),
        launchTarget: fargate(t),
      })],
      ['a generic task definition compatible with EC2 and Fargate, on Fargate', (t, s) => {
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.EC2_AND_FARGATE, cpu: '256', memoryMiB: '512' });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
        return new t.EcsRunTask(s, 'Run', { cluster: createdCluster(s), taskDefinition, launchTarget: fargate(t) });
      }],
      ['a container whose name is a token', (t, s) => {
        const taskDefinition = new ecs.FargateTaskDefinition(s, 'TD');
        const container = taskDefinition.addContainer('TheContainer', {
          image: ecs.ContainerImage.fromRegistry('foo/bar'),
          containerName: cdk.Lazy.string({ produce: () => 'lazy-name' }),
        });
        return new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s),
          taskDefinition,
          launchTarget: fargate(t),
          containerOverrides: [{ containerDefinition: container, command: ['go'] }],
        });
      }],
      ['REQUEST_RESPONSE explicitly', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t),
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['RUN_JOB', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['WAIT_FOR_TASK_TOKEN', (t, s) => {
        const taskDefinition = fargateTaskDefinition(s);
        return new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s),
          taskDefinition,
          launchTarget: fargate(t),
          integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
          containerOverrides: [{ containerDefinition: theContainer(taskDefinition), environment: [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }] }],
        });
      }],
      ['jsonPath()', (t, s) => t.EcsRunTask.jsonPath(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: fargate(t), outputPath: '$.Tasks[0]',
      })],
      ['jsonata() with expressions and outputs', (t, s) => {
        const taskDefinition = fargateTaskDefinition(s);
        return t.EcsRunTask.jsonata(s, 'Run', {
          cluster: createdCluster(s),
          taskDefinition,
          launchTarget: fargate(t),
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          containerOverrides: [{ containerDefinition: theContainer(taskDefinition), environment: [{ name: 'KEY', value: '{% $states.input.key %}' }] }],
          outputs: '{% $states.result.Tasks[0].TaskArn %}',
        });
      }],
      ['JSONata callback', (t, s) => {
        const taskDefinition = fargateTaskDefinition(s);
        return t.EcsRunTask.jsonata(s, 'Run', {
          cluster: importedCluster(s),
          taskDefinition,
          launchTarget: fargate(t),
          integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
          containerOverrides: [{ containerDefinition: theContainer(taskDefinition), environment: [{ name: 'TOKEN', value: '{% $states.context.Task.Token %}' }] }],
        });
      }],
      ['EC2, bridge network mode, created cluster with capacity', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
      })],
      ['EC2, AWS_VPC network mode', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: ec2Cluster(s),
        taskDefinition: ec2TaskDefinition(s, { networkMode: ecs.NetworkMode.AWS_VPC }),
        launchTarget: new t.EcsEc2LaunchTarget(),
        subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      })],
      ['EC2, host network mode', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s, { networkMode: ecs.NetworkMode.HOST }), launchTarget: new t.EcsEc2LaunchTarget(),
      })],
      ['EC2, imported cluster with capacity', (t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s, { hasEc2Capacity: true }), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
        enableExecuteCommand: true, propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    test.each([
      ['the flag on', true],
      ['the flag off', false],
    ])('the RunTask grant with %s', (_name, enabled) => {
      expect(expectSameAsReference((t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }), { context: { [FIX_POLICY]: enabled } })).toBeDefined();
    });

    test('the RunTask grant with the flag on, in an environment', () => {
      expect(expectSameAsReference((t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(), revisionNumber: 2,
      }), { context: { [FIX_POLICY]: true }, env: LOOKUP.env })).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.EcsRunTask(s, 'Run', {
        cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(), cpu: '256',
      }), { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    test('a property injector registered for the class', () => {
      expect(expectSameAsReference((t, s) => {
        cdk.PropertyInjectors.of(s).add({
          constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask',
          inject: (props: any) => ({ enableExecuteCommand: true, ...props }),
        });
        return new t.EcsRunTask(s, 'Run', { cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget() });
      })).toBeDefined();
    });

    test('a property injector registered on the app, with jsonata()', () => {
      expect(expectSameAsReference((t, s) => {
        cdk.PropertyInjectors.of(s.node.root).add({
          constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask',
          inject: (props: any) => ({ ...props, propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION, cpu: '2048' }),
        });
        return t.EcsRunTask.jsonata(s, 'Run', { cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget() });
      })).toBeDefined();
    });

    describe('errors', () => {
      const errors: Array<[string, Builder]> = [
        ['throws when WAIT_FOR_TASK_TOKEN has no overrides', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(),
          integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        })],
        ['throws when WAIT_FOR_TASK_TOKEN overrides carry no token', (t, s) => {
          const taskDefinition = fargateTaskDefinition(s);
          return new t.EcsRunTask(s, 'Run', {
            cluster: importedCluster(s), taskDefinition, launchTarget: new t.EcsFargateLaunchTarget(),
            integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
            containerOverrides: [{ containerDefinition: theContainer(taskDefinition), environment: [{ name: 'A', value: 'b' }] }],
          });
        }],
        ['throws when the task definition has no container', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s), taskDefinition: new ecs.FargateTaskDefinition(s, 'TD'), launchTarget: new t.EcsFargateLaunchTarget(),
        })],
        ['throws when the task definition is imported', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s),
          taskDefinition: ecs.FargateTaskDefinition.fromFargateTaskDefinitionArn(s, 'TD', 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1') as any,
          launchTarget: new t.EcsFargateLaunchTarget(),
        })],
        ['throws when subnets are given in bridge network mode', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(), subnets: { subnetType: ec2.SubnetType.PUBLIC },
        })],
        ['throws when security groups are given in host network mode', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: importedCluster(s, { hasEc2Capacity: true }),
          taskDefinition: ec2TaskDefinition(s, { networkMode: ecs.NetworkMode.HOST }),
          launchTarget: new t.EcsEc2LaunchTarget(),
          securityGroups: [],
        })],
        ['throws when an override names a container of another task definition', (t, s) => {
          const other = new ecs.FargateTaskDefinition(s, 'Other');
          const stranger = other.addContainer('Stranger', { image: ecs.ContainerImage.fromRegistry('foo/baz') });
          return new t.EcsRunTask(s, 'Run', {
            cluster: importedCluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(),
            containerOverrides: [{ containerDefinition: stranger }],
          });
        }],
        ['throws when the default private subnets do not exist', (t, s) => new t.EcsRunTask(s, 'Run', {
          cluster: createdCluster(s, new ec2.Vpc(s, 'PublicOnly', { subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] })),
          taskDefinition: fargateTaskDefinition(s),
          launchTarget: new t.EcsFargateLaunchTarget(),
        })],
      ];
      test.each(errors)('%s, as the reference does', (_name, build) => {
        expectSameErrorAsReference(build);
      });
    });
  });

  describe('the README examples', () => {
    const examples: Array<[string, Builder]> = [
      ['EC2 with placement (RunTask, EC2)', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'Ec2Cluster', { vpc });
        cluster.addCapacity('DefaultAutoScalingGroup', {
          instanceType: new ec2.InstanceType('t2.micro'),
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.EC2 });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
        return new t.EcsRunTask(s, 'Run', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          launchTarget: new t.EcsEc2LaunchTarget({
            placementStrategies: [
              ecs.PlacementStrategy.spreadAcrossInstances(),
              ecs.PlacementStrategy.packedByCpu(),
              ecs.PlacementStrategy.randomly(),
            ],
            placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
          }),
          propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
        });
      }],
      ['Fargate with a container override (RunTask, Fargate)', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'FargateCluster', { vpc });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { memoryMiB: '512', cpu: '256', compatibility: ecs.Compatibility.FARGATE });
        const containerDefinition = taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
        return new t.EcsRunTask(s, 'RunFargate', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          assignPublicIp: true,
          containerOverrides: [{ containerDefinition, environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }] }],
          launchTarget: new t.EcsFargateLaunchTarget(),
          propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
        });
      }],
      ['task-level CPU and memory', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'ECSCluster', { vpc });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.FARGATE, cpu: '256', memoryMiB: '512' });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
        return new t.EcsRunTask(s, 'Run', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          launchTarget: new t.EcsFargateLaunchTarget(),
          cpu: '1024',
          memoryMiB: '1048',
        });
      }],
      ['ECS Exec on EC2', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'ECSCluster', { vpc });
        cluster.addCapacity('DefaultAutoScalingGroup', { instanceType: new ec2.InstanceType('t3.micro') });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.EC2 });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
        return new t.EcsRunTask(s, 'Run', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          launchTarget: new t.EcsEc2LaunchTarget(),
          enableExecuteCommand: true,
        });
      }],
      ['capacity providers', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'FargateCluster', { vpc });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { memoryMiB: '512', cpu: '256', compatibility: ecs.Compatibility.FARGATE });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
        return new t.EcsRunTask(s, 'RunOnSpot', {
          cluster,
          taskDefinition,
          launchTarget: new t.EcsFargateLaunchTarget({
            platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
            capacityProviderOptions: t.CapacityProviderOptions.custom([
              { capacityProvider: 'FARGATE_SPOT', weight: 2 },
              { capacityProvider: 'FARGATE', weight: 1, base: 1 },
            ]),
          }),
        }).next(new t.EcsRunTask(s, 'RunWithClusterDefault', {
          cluster,
          taskDefinition,
          launchTarget: new t.EcsFargateLaunchTarget({
            platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
            capacityProviderOptions: t.CapacityProviderOptions.default(),
          }),
        }));
      }],
      ['task size and ECS Exec on Fargate', (t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'ECSCluster', { vpc });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.FARGATE, cpu: '256', memoryMiB: '512' });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
        return new t.EcsRunTask(s, 'Run', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          launchTarget: new t.EcsFargateLaunchTarget(),
          cpu: '1024',
          memoryMiB: '2048',
          enableExecuteCommand: true,
        });
      }],
    ];
    test.each(examples)('%s', (_name, build) => {
      expect(expectSameAsReference(build, LOOKUP)).toBeDefined();
    });

    // The first seed document (aws-cdk v1, Python) has the same two examples without propagatedTagSource and,
    // on Fargate, without assignPublicIp; translated to today's TypeScript API they must synthesize alike.
    test('the v1 EC2 example', () => {
      expect(expectSameAsReference((t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'Ec2Cluster', { vpc });
        cluster.addCapacity('DefaultAutoScalingGroup', {
          instanceType: new ec2.InstanceType('t2.micro'),
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { compatibility: ecs.Compatibility.EC2 });
        taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
        return new t.EcsRunTask(s, 'Run', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          launchTarget: new t.EcsEc2LaunchTarget({
            placementStrategies: [
              ecs.PlacementStrategy.spreadAcrossInstances(),
              ecs.PlacementStrategy.packedByCpu(),
              ecs.PlacementStrategy.randomly(),
            ],
            placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
          }),
        });
      }, LOOKUP)).toBeDefined();
    });

    test('the v1 Fargate example', () => {
      expect(expectSameAsReference((t, s) => {
        const vpc = ec2.Vpc.fromLookup(s, 'Vpc', { isDefault: true });
        const cluster = new ecs.Cluster(s, 'FargateCluster', { vpc });
        const taskDefinition = new ecs.TaskDefinition(s, 'TD', { memoryMiB: '512', cpu: '256', compatibility: ecs.Compatibility.FARGATE });
        const containerDefinition = taskDefinition.addContainer('TheContainer', { image: ecs.ContainerImage.fromRegistry('foo/bar'), memoryLimitMiB: 256 });
        return new t.EcsRunTask(s, 'RunFargate', {
          integrationPattern: sfn.IntegrationPattern.RUN_JOB,
          cluster,
          taskDefinition,
          containerOverrides: [{ containerDefinition, environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }] }],
          launchTarget: new t.EcsFargateLaunchTarget(),
        });
      }, LOOKUP)).toBeDefined();
    });
  });
});
