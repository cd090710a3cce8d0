import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrModifyInstanceFleetByName } from '../../lib';
import { newStack, policyStatements, renderState, stateArn, type Tasks, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN } from './fixtures';

describe('EmrModifyInstanceFleetByName', () => {
  test('sets both target capacities of the named fleet (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrModifyInstanceFleetByName(stack, 'Task', {
      clusterId: 'ClusterId', instanceFleetName: 'InstanceFleetName', targetOnDemandCapacity: 2, targetSpotCapacity: 0,
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('elasticmapreduce:modifyInstanceFleetByName'),
      Parameters: {
        ClusterId: 'ClusterId',
        InstanceFleetName: 'InstanceFleetName',
        InstanceFleet: { TargetOnDemandCapacity: 2, TargetSpotCapacity: 0 },
      },
    });
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = EmrModifyInstanceFleetByName.jsonata(stack, 'Task', {
      clusterId: 'c', instanceFleetName: '{% $states.input.fleet %}', targetOnDemandCapacity: 1, targetSpotCapacity: 3,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:modifyInstanceFleetByName'),
      Arguments: {
        ClusterId: 'c',
        InstanceFleetName: '{% $states.input.fleet %}',
        InstanceFleet: { TargetOnDemandCapacity: 1, TargetSpotCapacity: 3 },
      },
    });
  });

  test('may list and modify the fleets of any cluster of the account and region', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrModifyInstanceFleetByName(stack, 'Task', {
        clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1,
      })),
    });
    expect(policyStatements(stack)).toEqual([{
      Action: ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'],
      Effect: 'Allow',
      Resource: ANY_CLUSTER_ARN,
    }]);
  });

  describe('matches aws-cdk-lib', () => {
    test.each([
      ['the README example', (t: Tasks, s: cdk.Stack) => new t.EmrModifyInstanceFleetByName(s, 'Task', {
        clusterId: 'ClusterId', instanceFleetName: 'InstanceFleetName', targetOnDemandCapacity: 2, targetSpotCapacity: 0,
      })],
      ['values from the input', (t: Tasks, s: cdk.Stack) => new t.EmrModifyInstanceFleetByName(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'),
        instanceFleetName: sfn.JsonPath.stringAt('$.Fleet'),
        targetOnDemandCapacity: sfn.JsonPath.numberAt('$.OnDemand'),
        targetSpotCapacity: sfn.JsonPath.numberAt('$.Spot'),
        resultPath: sfn.JsonPath.DISCARD,
      })],
      ['an integration pattern, ignored', (t: Tasks, s: cdk.Stack) => new t.EmrModifyInstanceFleetByName(s, 'Task', {
        clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonPath()', (t: Tasks, s: cdk.Stack) => t.EmrModifyInstanceFleetByName.jsonPath(s, 'Task', {
        clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1,
      })],
      ['jsonata()', (t: Tasks, s: cdk.Stack) => t.EmrModifyInstanceFleetByName.jsonata(s, 'Task', {
        clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1,
      })],
    ])('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrModifyInstanceFleetByName(s, 'Task', {
        clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 1,
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });
});
