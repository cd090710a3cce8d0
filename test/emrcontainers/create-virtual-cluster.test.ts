import type * as cdk from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EksClusterInput, EmrContainersCreateVirtualCluster } from '../../lib';
import {
  type Tasks, expectSameAsReference, expectSameErrorAsReference, globalArn, newStack, policyStatements, renderState, stateArn,
} from '../util';

/** The reference and we build the same template, and it is a template, not an error both raise. */
function importedEksCluster(stack: cdk.Stack): eks.ICluster {
  return eks.Cluster.fromClusterAttributes(stack, 'Eks', { clusterName: 'analytics' });
}

describe('EmrContainersCreateVirtualCluster', () => {
  test('names the virtual cluster after the execution and state, in the default namespace (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EmrContainersCreateVirtualCluster(stack, 'Create', {
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('clusterId')),
    });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('emr-containers:createVirtualCluster'),
      Parameters: {
        'Name.$': "States.Format('{}/{}', $$.Execution.Name, $$.State.Name)",
        'ContainerProvider': { Id: 'clusterId', Info: { EksInfo: { Namespace: 'default' } }, Type: 'EKS' },
      },
    });
  });

  test('jsonata() names it with a JSONata expression', () => {
    const stack = newStack();
    const task = EmrContainersCreateVirtualCluster.jsonata(stack, 'Create', {
      eksCluster: EksClusterInput.fromCluster(importedEksCluster(stack)),
      eksNamespace: 'spark',
      tags: { team: 'data' },
    });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('emr-containers:createVirtualCluster'),
      Arguments: {
        Name: "{% States.Format('{}/{}', $states.context.Execution.Name, $states.context.State.Name) %}",
        ContainerProvider: { Id: 'analytics', Info: { EksInfo: { Namespace: 'spark' } }, Type: 'EKS' },
        Tags: { team: 'data' },
      },
    });
  });

  test('EksClusterInput takes the name of a cluster or of the task input', () => {
    const stack = newStack();
    expect(EksClusterInput.fromCluster(importedEksCluster(stack)).clusterName).toBe('analytics');
    expect(stack.resolve(EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.cluster')).clusterName)).toBe('$.cluster');
  });

  test('may create virtual clusters and the EMR on EKS service-linked role', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new EmrContainersCreateVirtualCluster(stack, 'Create', {
        eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('c')),
      })),
    });
    expect(policyStatements(stack)).toEqual([
      { Action: 'emr-containers:CreateVirtualCluster', Effect: 'Allow', Resource: '*' },
      {
        Action: 'iam:CreateServiceLinkedRole',
        Condition: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
        Effect: 'Allow',
        Resource: globalArn('iam', 'role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers'),
      },
    ]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (pattern) => {
    const stack = newStack();
    expect(() => new EmrContainersCreateVirtualCluster(stack, 'Create', {
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('c')),
      integrationPattern: pattern,
    })).toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${pattern}`);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example with the cluster name from the task input', (t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create a Virtual Cluster', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('clusterId')),
      })],
      ['the README example with an EKS cluster', (t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create a Virtual Cluster', {
        eksCluster: t.EksClusterInput.fromCluster(importedEksCluster(s)),
      })],
      ['the README example with a namespace', (t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create a Virtual Cluster', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('clusterId')),
        eksNamespace: 'specified-namespace',
      })],
      ['every prop', (t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.cluster')),
        eksNamespace: 'spark',
        virtualClusterName: 'analytics',
        tags: { team: 'data', env: 'prod' },
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
        resultPath: '$.VirtualCluster',
        comment: 'create',
      })],
      ['jsonPath()', (t, s) => t.EmrContainersCreateVirtualCluster.jsonPath(s, 'Create', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('c')), virtualClusterName: sfn.JsonPath.stringAt('$.name'),
      })],
      ['jsonata()', (t, s) => t.EmrContainersCreateVirtualCluster.jsonata(s, 'Create', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.cluster %}')),
        outputs: '{% $states.result.id %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('c')),
      }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test('throws when the integration pattern is RUN_JOB, as the reference does', () => {
      expectSameErrorAsReference((t, s) => new t.EmrContainersCreateVirtualCluster(s, 'Create', {
        eksCluster: t.EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('c')),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }));
    });
  });
});
