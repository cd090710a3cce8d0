import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CapacityProviderOptions, EcsEc2LaunchTarget, EcsFargateLaunchTarget, EcsRunTask, type IEcsLaunchTarget } from '../../lib';
import { type Builder, expectSameAsReference, expectSameErrorAsReference, newStack, renderState } from '../util';
import { createdCluster, ec2Cluster, ec2TaskDefinition, fargateTaskDefinition, importedCluster } from './fixtures';

/** The RunTask fields a launch target adds, for a task on an imported cluster (with EC2 capacity). */
function launchFields(launchTarget: IEcsLaunchTarget, taskDefinitionKind: 'fargate' | 'ec2'): Record<string, unknown> {
  const stack = newStack();
  const taskDefinition = taskDefinitionKind === 'fargate' ? fargateTaskDefinition(stack) : ec2TaskDefinition(stack);
  const task = new EcsRunTask(stack, 'Run', { cluster: importedCluster(stack, { hasEc2Capacity: true }), taskDefinition, launchTarget });
  const fields = { ...renderState(task).Parameters };
  for (const common of ['Cluster', 'TaskDefinition', 'NetworkConfiguration']) {
    delete fields[common];
  }
  return fields;
}

const SPOT_STRATEGY = [
  { capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 },
  { capacityProvider: 'FARGATE', weight: 1 },
];

describe('EcsFargateLaunchTarget', () => {
  test('selects the FARGATE launch type by default', () => {
    expect(launchFields(new EcsFargateLaunchTarget(), 'fargate')).toEqual({ LaunchType: 'FARGATE' });
  });

  test('renders the platform version', () => {
    expect(launchFields(new EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_3 }), 'fargate'))
      .toEqual({ LaunchType: 'FARGATE', PlatformVersion: '1.3.0' });
  });

  test('a custom capacity provider strategy replaces the launch type', () => {
    const target = new EcsFargateLaunchTarget({
      platformVersion: ecs.FargatePlatformVersion.LATEST,
      capacityProviderOptions: CapacityProviderOptions.custom(SPOT_STRATEGY),
    });
    expect(launchFields(target, 'fargate')).toEqual({
      CapacityProviderStrategy: [
        { CapacityProvider: 'FARGATE_SPOT', Weight: 2, Base: 1 },
        { CapacityProvider: 'FARGATE', Weight: 1 },
      ],
      PlatformVersion: 'LATEST',
    });
  });

  test("the default capacity provider options leave both out, so the cluster's strategy applies", () => {
    const target = new EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST, capacityProviderOptions: CapacityProviderOptions.default() });
    expect(launchFields(target, 'fargate')).toEqual({ PlatformVersion: 'LATEST' });
  });

  test('throws when the task definition is not compatible with Fargate', () => {
    const stack = newStack();
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack),
      taskDefinition: ec2TaskDefinition(stack),
      launchTarget: new EcsFargateLaunchTarget(),
    });
    expect(() => renderState(task)).toThrow('Supplied TaskDefinition is not compatible with Fargate');
  });
});

describe('EcsEc2LaunchTarget', () => {
  test('selects the EC2 launch type by default', () => {
    expect(launchFields(new EcsEc2LaunchTarget(), 'ec2')).toEqual({ LaunchType: 'EC2' });
  });

  test('renders every placement constraint and strategy with capitalized keys, in order', () => {
    const target = new EcsEc2LaunchTarget({
      placementConstraints: [ecs.PlacementConstraint.distinctInstances(), ecs.PlacementConstraint.memberOf('attribute:a == b', 'attribute:c == d')],
      placementStrategies: [ecs.PlacementStrategy.packedByMemory(), ecs.PlacementStrategy.spreadAcross('attribute:ecs.availability-zone')],
    });
    expect(launchFields(target, 'ec2')).toEqual({
      LaunchType: 'EC2',
      PlacementConstraints: [
        { Type: 'distinctInstance' },
        { Type: 'memberOf', Expression: 'attribute:a == b' },
        { Type: 'memberOf', Expression: 'attribute:c == d' },
      ],
      PlacementStrategy: [
        { Type: 'binpack', Field: 'MEMORY' },
        { Type: 'spread', Field: 'attribute:ecs.availability-zone' },
      ],
    });
  });

  test('renders no placement fields for empty lists', () => {
    expect(launchFields(new EcsEc2LaunchTarget({ placementConstraints: [], placementStrategies: [] }), 'ec2')).toEqual({ LaunchType: 'EC2' });
  });

  test('a custom capacity provider strategy replaces the launch type', () => {
    const target = new EcsEc2LaunchTarget({ capacityProviderOptions: CapacityProviderOptions.custom([{ capacityProvider: 'my-asg-provider' }]) });
    expect(launchFields(target, 'ec2')).toEqual({ CapacityProviderStrategy: [{ CapacityProvider: 'my-asg-provider' }] });
  });

  test('throws when the task definition is not compatible with EC2', () => {
    const stack = newStack();
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack, { hasEc2Capacity: true }),
      taskDefinition: fargateTaskDefinition(stack),
      launchTarget: new EcsEc2LaunchTarget(),
    });
    expect(() => renderState(task)).toThrow('Supplied TaskDefinition is not compatible with EC2');
  });

  test('throws when the cluster has no EC2 capacity', () => {
    const stack = newStack();
    const task = new EcsRunTask(stack, 'Run', {
      cluster: importedCluster(stack, { hasEc2Capacity: false }),
      taskDefinition: ec2TaskDefinition(stack),
      launchTarget: new EcsEc2LaunchTarget(),
    });
    expect(() => renderState(task)).toThrow('Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster.');
  });
});

describe('CapacityProviderOptions', () => {
  test.each([0, 21])('throws when custom() is given %d capacity providers', (count) => {
    const strategy = Array.from({ length: count }, (_, i) => ({ capacityProvider: `provider-${i}` }));
    expect(() => CapacityProviderOptions.custom(strategy))
      .toThrow(`Capacity provider strategy must contain between 1 and 20 capacity providers, got ${count}`);
  });

  test('accepts 20 capacity providers', () => {
    const strategy = Array.from({ length: 20 }, (_, i) => ({ capacityProvider: `provider-${i}` }));
    expect(CapacityProviderOptions.custom(strategy)._bind()).toHaveLength(20);
  });
});

describe('launch targets match aws-cdk-lib', () => {
  const configurations: Array<[string, Builder]> = [
    ['Fargate with a platform version', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s),
      launchTarget: new t.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4 }),
    })],
    ['Fargate with custom capacity providers', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s),
      launchTarget: new t.EcsFargateLaunchTarget({
        platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
        capacityProviderOptions: t.CapacityProviderOptions.custom(SPOT_STRATEGY),
      }),
    })],
    ["Fargate with the cluster's default capacity providers", (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s),
      launchTarget: new t.EcsFargateLaunchTarget({
        platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
        capacityProviderOptions: t.CapacityProviderOptions.default(),
      }),
    })],
    ['EC2 with every placement', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s),
      launchTarget: new t.EcsEc2LaunchTarget({
        placementConstraints: [ecs.PlacementConstraint.distinctInstances(), ecs.PlacementConstraint.memberOf('attribute:a == b')],
        placementStrategies: [
          ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu(), ecs.PlacementStrategy.packedByMemory(),
          ecs.PlacementStrategy.randomly(), ecs.PlacementStrategy.spreadAcross('attribute:ecs.availability-zone'),
        ],
      }),
    })],
    ['EC2 with custom capacity providers', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s),
      launchTarget: new t.EcsEc2LaunchTarget({
        capacityProviderOptions: t.CapacityProviderOptions.custom([{ capacityProvider: 'asg-provider', weight: 1, base: 2 }]),
        placementStrategies: [ecs.PlacementStrategy.randomly()],
      }),
    })],
    ["EC2 with the cluster's default capacity providers", (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s),
      launchTarget: new t.EcsEc2LaunchTarget({ capacityProviderOptions: t.CapacityProviderOptions.default() }),
    })],
    ['EC2 on an imported cluster that does not say whether it has capacity', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: importedCluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
    })],
    ['EC2 in JSONata', (t, s) => t.EcsRunTask.jsonata(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s),
      launchTarget: new t.EcsEc2LaunchTarget({ placementConstraints: [ecs.PlacementConstraint.distinctInstances()] }),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    })],
    ['a custom launch target', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s),
      launchTarget: { bind: () => ({ parameters: { LaunchType: 'EXTERNAL', Group: 'batch' } }) },
    })],
    ['a custom launch target without parameters', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: fargateTaskDefinition(s),
      launchTarget: { bind: () => ({}) },
    })],
  ];
  test.each(configurations)('%s', (_name, build) => {
    expect(expectSameAsReference(build)).toBeDefined();
  });

  const errors: Array<[string, Builder]> = [
    ['throws when Fargate runs an EC2-only task definition', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsFargateLaunchTarget(),
    })],
    ['throws when EC2 runs a Fargate-only task definition', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: ec2Cluster(s), taskDefinition: fargateTaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
    })],
    ['throws when EC2 runs on a created cluster without capacity', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: createdCluster(s), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
    })],
    ['throws when EC2 runs on an imported cluster without capacity', (t, s) => new t.EcsRunTask(s, 'Run', {
      cluster: importedCluster(s, { hasEc2Capacity: false }), taskDefinition: ec2TaskDefinition(s), launchTarget: new t.EcsEc2LaunchTarget(),
    })],
    ['throws when custom() has no capacity provider', (t) => {
      t.CapacityProviderOptions.custom([]);
    }],
    ['throws when custom() has 21 capacity providers', (t) => {
      t.CapacityProviderOptions.custom(Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `p${i}` })));
    }],
  ];
  test.each(errors)('%s, as the reference does', (_name, build) => {
    expectSameErrorAsReference(build);
  });
});
