/**
 * `propertyInjectable` comes from aws-cdk-lib's deep `core/lib/prop-injectable` entry point (listed in its
 * exports map, but not jsii API), so this test runs on the oldest and the newest supported aws-cdk-lib too.
 */
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { EcsFargateLaunchTarget, EcsRunTask } from '../../lib';
import { renderState, newStack } from '../util';

describe(`property injection on the installed aws-cdk-lib (${require('aws-cdk-lib/package.json').version})`, () => {
  test('an injector registered for the reference class id rewrites the props of ours', () => {
    // GIVEN
    const stack = newStack();
    cdk.PropertyInjectors.of(stack).add({
      constructUniqueId: 'aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask',
      inject: (props: any) => ({ ...props, enableExecuteCommand: true }),
    });
    const taskDefinition = new ecs.FargateTaskDefinition(stack, 'TaskDefinition');
    taskDefinition.addContainer('app', { image: ecs.ContainerImage.fromRegistry('app') });

    // WHEN
    const task = new EcsRunTask(stack, 'Run', {
      cluster: new ecs.Cluster(stack, 'Cluster'),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget(),
    });

    // THEN
    expect(renderState(task).Parameters.EnableExecuteCommand).toBe(true);
  });
});
