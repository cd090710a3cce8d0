import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EmrContainersDeleteVirtualCluster } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

/** `arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/<name>`. */
function virtualClusterArn(name: string): any {
  return regionalArn('emr-containers', `/virtualclusters/${name}`);
}

function statementsOf(task: (stack: cdk.Stack) => sfn.IChainable): any[] {
  const stack = newStack();
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task(stack)) });
  return policyStatements(stack);
}

describe('EmrContainersDeleteVirtualCluster', () => {
  test('deletes the virtual cluster without waiting by default (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrContainersDeleteVirtualCluster(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualCluster'),
    });
    // THEN
    expect(renderState(task)).toEqual({
      'Type': 'Task',
      'End': true,
      'Resource': stateArn('emr-containers:deleteVirtualCluster'),
      'Parameters': { 'Id.$': '$.virtualCluster' },
    });
  });

  test('jsonata() renders the ID as Arguments, and RUN_JOB waits for the deletion', () => {
    const stack = newStack();
    const task = EmrContainersDeleteVirtualCluster.jsonata(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromText('{% $states.input.id %}'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-containers:deleteVirtualCluster', '.sync'),
      Arguments: { Id: '{% $states.input.id %}' },
    });
  });

  test('may delete only the virtual cluster it names', () => {
    expect(statementsOf((s) => new EmrContainersDeleteVirtualCluster(s, 'Delete', { virtualClusterId: sfn.TaskInput.fromText('vc-123') })))
      .toEqual([{ Action: 'emr-containers:DeleteVirtualCluster', Effect: 'Allow', Resource: virtualClusterArn('vc-123') }]);
  });

  test('may delete and describe any virtual cluster when the ID comes from the input and it waits', () => {
    expect(statementsOf((s) => new EmrContainersDeleteVirtualCluster(s, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.id'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    }))).toEqual([{
      Action: ['emr-containers:DeleteVirtualCluster', 'emr-containers:DescribeVirtualCluster'],
      Effect: 'Allow',
      Resource: virtualClusterArn('*'),
    }]);
  });

  test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EmrContainersDeleteVirtualCluster(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromText('vc'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    })).toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.EmrContainersDeleteVirtualCluster(s, 'Delete a Virtual Cluster', {
        virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualCluster'),
      })],
      ['a literal ID, waiting', (t, s) => new t.EmrContainersDeleteVirtualCluster(s, 'Delete', {
        virtualClusterId: sfn.TaskInput.fromText('vc-123'),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        resultPath: sfn.JsonPath.DISCARD,
        comment: 'delete',
      })],
      ['jsonPath()', (t, s) => t.EmrContainersDeleteVirtualCluster.jsonPath(s, 'Delete', { virtualClusterId: sfn.TaskInput.fromText('vc') })],
      ['jsonata() with an expression', (t, s) => t.EmrContainersDeleteVirtualCluster.jsonata(s, 'Delete', {
        virtualClusterId: sfn.TaskInput.fromText('{% $states.input.id %}'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.EmrContainersDeleteVirtualCluster(s, 'Delete', {
        virtualClusterId: sfn.TaskInput.fromText('vc'),
      }), { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    test('throws when the integration pattern is WAIT_FOR_TASK_TOKEN, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EmrContainersDeleteVirtualCluster(s, 'Delete', {
        virtualClusterId: sfn.TaskInput.fromText('vc'),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      }));
    });
  });
});
