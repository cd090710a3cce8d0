import * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrModifyInstanceGroupByName } from '../../lib';
import { type Tasks, newStack, policyStatements, renderState, stateArn, expectSameAsReference } from '../util';
import { ANY_CLUSTER_ARN } from './fixtures';

describe('EmrModifyInstanceGroupByName', () => {
  test('resizes the named instance group (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrModifyInstanceGroupByName(stack, 'Task', {
      clusterId: 'ClusterId',
      instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName'),
      instanceGroup: { instanceCount: 1 },
    });
    // THEN
    expect(renderState(task)).toEqual({
      'Type': 'Task',
      'End': true,
      'Resource': stateArn('elasticmapreduce:modifyInstanceGroupByName'),
      'Parameters': {
        'ClusterId': 'ClusterId',
        'InstanceGroupName.$': '$.InstanceGroupName',
        'InstanceGroup': { InstanceCount: 1 },
      },
    });
  });

  test('renders every field of the change, with timeouts in seconds', () => {
    const stack = newStack();
    const task = EmrModifyInstanceGroupByName.jsonata(stack, 'Task', {
      clusterId: 'c',
      instanceGroupName: 'Core',
      instanceGroup: {
        configurations: [{ classification: 'yarn-site', properties: { a: 'b' }, configurations: [{ classification: 'nested' }] }],
        eC2InstanceIdsToTerminate: ['i-1'],
        instanceCount: 4,
        shrinkPolicy: {
          decommissionTimeout: cdk.Duration.minutes(2),
          instanceResizePolicy: {
            instancesToProtect: ['i-2'],
            instancesToTerminate: ['i-3'],
            instanceTerminationTimeout: cdk.Duration.seconds(90),
          },
        },
      },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('elasticmapreduce:modifyInstanceGroupByName'),
      Arguments: {
        ClusterId: 'c',
        InstanceGroupName: 'Core',
        InstanceGroup: {
          Configurations: [{ Classification: 'yarn-site', Properties: { a: 'b' }, Configurations: [{ Classification: 'nested' }] }],
          EC2InstanceIdsToTerminate: ['i-1'],
          InstanceCount: 4,
          ShrinkPolicy: {
            DecommissionTimeout: 120,
            InstanceResizePolicy: { InstancesToProtect: ['i-2'], InstancesToTerminate: ['i-3'], InstanceTerminationTimeout: 90 },
          },
        },
      },
    });
  });

  test('may list and modify the instance groups of any cluster of the account and region', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrModifyInstanceGroupByName(stack, 'Task', {
        clusterId: 'c', instanceGroupName: 'g', instanceGroup: { instanceCount: 1 },
      })),
    });
    expect(policyStatements(stack)).toEqual([{
      Action: ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'],
      Effect: 'Allow',
      Resource: ANY_CLUSTER_ARN,
    }]);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: 'ClusterId',
        instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName'),
        instanceGroup: { instanceCount: 1 },
      })],
      ['every prop', (t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: sfn.JsonPath.stringAt('$.ClusterId'),
        instanceGroupName: 'Core',
        instanceGroup: {
          configurations: [{ classification: 'spark', properties: { maximizeResourceAllocation: 'true' } }],
          eC2InstanceIdsToTerminate: ['i-1', 'i-2'],
          instanceCount: sfn.JsonPath.numberAt('$.Count'),
          shrinkPolicy: {
            decommissionTimeout: cdk.Duration.hours(1),
            instanceResizePolicy: { instancesToProtect: ['i-3'], instancesToTerminate: ['i-4'], instanceTerminationTimeout: cdk.Duration.minutes(5) },
          },
        },
        resultPath: sfn.JsonPath.DISCARD,
        comment: 'resize',
      })],
      ['a shrink policy without a resize policy', (t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: 'c', instanceGroupName: 'g', instanceGroup: { shrinkPolicy: { decommissionTimeout: cdk.Duration.seconds(30) } },
      })],
      ['an empty shrink policy and resize policy', (t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: 'c', instanceGroupName: 'g', instanceGroup: { shrinkPolicy: { instanceResizePolicy: {} } },
      })],
      ['an integration pattern, ignored', (t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: 'c', instanceGroupName: 'g', instanceGroup: {}, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['jsonPath()', (t, s) => t.EmrModifyInstanceGroupByName.jsonPath(s, 'Task', { clusterId: 'c', instanceGroupName: 'g', instanceGroup: { instanceCount: 2 } })],
      ['jsonata()', (t, s) => t.EmrModifyInstanceGroupByName.jsonata(s, 'Task', {
        clusterId: '{% $states.input.c %}', instanceGroupName: 'g', instanceGroup: { instanceCount: 2 },
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrModifyInstanceGroupByName(s, 'Task', {
        clusterId: 'c', instanceGroupName: 'g', instanceGroup: { instanceCount: 2 },
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });
});
