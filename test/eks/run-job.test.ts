import type * as cdk from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthesizeValid } from './helpers';
import { EksRunJob, type EksRunJobProps } from '../../lib';
import { newStack, policyStatements, renderState, stateArn } from '../util';

// Expected values: connect-eks.html, "RunJob": ClusterName, CertificateAuthority, Endpoint, Namespace,
// Job and LogOptions (RetrieveLogs, RawLogs, LogParameters, the last only useful with .sync); the example
// that runs a job and retrieves its logs; and "Permissions": access is granted inside Kubernetes, not by IAM.
const ENDPOINT = 'https://AKIAIOSFODNN7EXAMPLE.yl4.us-east-1.eks.amazonaws.com';
const CA_DATA = 'ANPAJ2UCCR6DPCEXAMPLE';

const JOB = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'example-job' },
  spec: {
    backoffLimit: 0,
    template: {
      metadata: { name: 'example-job' },
      spec: {
        containers: [{ name: 'pi-2000', image: 'perl', command: ['perl'], args: ['-Mbignum=bpi', '-wle', 'print bpi(2000)'] }],
        restartPolicy: 'Never',
      },
    },
  },
};

function cluster(stack: cdk.Stack, attributes: Partial<eks.ClusterAttributes> = {}): eks.ICluster {
  return eks.Cluster.fromClusterAttributes(stack, 'Cluster', {
    clusterName: 'MyCluster',
    clusterEndpoint: ENDPOINT,
    clusterCertificateAuthorityData: CA_DATA,
    ...attributes,
  });
}

function props(stack: cdk.Stack, extra: Partial<EksRunJobProps> = {}): EksRunJobProps {
  return { cluster: cluster(stack), job: sfn.TaskInput.fromObject(JOB), ...extra };
}

const REQUEST = { ClusterName: 'MyCluster', CertificateAuthority: CA_DATA, Endpoint: ENDPOINT, Job: JOB };

describe('EksRunJob', () => {
  test('sends the cluster connection and the Job manifest (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksRunJob(stack, 'Run', props(stack));
    // THEN
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, Resource: stateArn('eks:runJob'), Parameters: REQUEST });
  });

  test('jsonata() sends the same request as Arguments', () => {
    const stack = newStack();
    const task = EksRunJob.jsonata(stack, 'Run', props(stack));
    expect(renderState(task)).toEqual({ Type: 'Task', End: true, QueryLanguage: 'JSONata', Resource: stateArn('eks:runJob'), Arguments: REQUEST });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    expect(renderState(new EksRunJob(stack, 'Run', props(stack)), sfn.QueryLanguage.JSONATA).Arguments).toEqual(REQUEST);
  });

  test('RUN_JOB waits for the job and retrieves its logs, as the documented example does', () => {
    const stack = newStack();
    const task = new EksRunJob(stack, 'Run', props(stack, {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      namespace: 'batch',
      logOptions: { retrieveLogs: true, rawLogs: true, logParameters: { tailLines: ['6'] } },
    }));
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('eks:runJob', '.sync'),
      Parameters: { ...REQUEST, Namespace: 'batch', LogOptions: { RetrieveLogs: true, RawLogs: true, LogParameters: { tailLines: ['6'] } } },
    });
  });

  test('sends only the log options that are set', () => {
    const stack = newStack();
    const task = new EksRunJob(stack, 'Run', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB, logOptions: { retrieveLogs: true } }));
    expect(renderState(task).Parameters.LogOptions).toEqual({ RetrieveLogs: true });
  });

  test('takes the manifest and the connection from the state input', () => {
    const stack = newStack();
    const task = EksRunJob.jsonPath(stack, 'Run', {
      cluster: cluster(stack, {
        clusterName: sfn.JsonPath.stringAt('$.cluster.name'),
        clusterEndpoint: sfn.JsonPath.stringAt('$.cluster.endpoint'),
        clusterCertificateAuthorityData: sfn.JsonPath.stringAt('$.cluster.certificateAuthority.data'),
      }),
      job: sfn.TaskInput.fromJsonPathAt('$.job'),
    });
    expect(renderState(task).Parameters).toEqual({
      'ClusterName.$': '$.cluster.name',
      'CertificateAuthority.$': '$.cluster.certificateAuthority.data',
      'Endpoint.$': '$.cluster.endpoint',
      'Job.$': '$.job',
    });
  });

  test('a cluster of the stack is addressed through its attributes', () => {
    const stack = newStack();
    const created = new eks.Cluster(stack, 'Cluster', {
      version: eks.KubernetesVersion.V1_33,
      clusterName: 'MyCluster',
      kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(stack, 'Kubectl', 'arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1'),
    });
    const task = new EksRunJob(stack, 'Run', { cluster: created, job: sfn.TaskInput.fromObject(JOB) });
    const logicalId = stack.getLogicalId(created.node.findChild('Resource').node.defaultChild as cdk.CfnElement);
    expect(renderState(task).Parameters).toEqual({
      ClusterName: { Ref: logicalId },
      CertificateAuthority: { 'Fn::GetAtt': [logicalId, 'CertificateAuthorityData'] },
      Endpoint: { 'Fn::GetAtt': [logicalId, 'Endpoint'] },
      Job: JOB,
    });
  });

  test('adds no IAM statement: access is granted inside the cluster', () => {
    const stack = newStack();
    synthesizeValid(stack, new EksRunJob(stack, 'Run', props(stack, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })));
    expect(policyStatements(stack)).toEqual([]);
  });

  test('throws when the pattern is WAIT_FOR_TASK_TOKEN', () => {
    const stack = newStack();
    expect(() => new EksRunJob(stack, 'Run', props(stack, { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. Received: WAIT_FOR_TASK_TOKEN');
  });

  test('throws when log options are given without waiting for the job', () => {
    const stack = newStack();
    expect(() => new EksRunJob(stack, 'Run', props(stack, { logOptions: { retrieveLogs: true } })))
      .toThrow('Invalid EKS job: logOptions needs IntegrationPattern.RUN_JOB: logs are fetched once the job has finished');
  });

  test('throws when an imported cluster has no endpoint', () => {
    const stack = newStack();
    const imported = eks.Cluster.fromClusterAttributes(stack, 'Cluster', { clusterName: 'MyCluster', clusterCertificateAuthorityData: CA_DATA });
    expect(() => new EksRunJob(stack, 'Run', { cluster: imported, job: sfn.TaskInput.fromObject(JOB) }))
      .toThrow('The "clusterEndpoint" property must be specified when using an imported Cluster.');
  });

  test('throws when an imported cluster has no certificate authority data', () => {
    const stack = newStack();
    const imported = eks.Cluster.fromClusterAttributes(stack, 'Cluster', { clusterName: 'MyCluster', clusterEndpoint: ENDPOINT });
    expect(() => new EksRunJob(stack, 'Run', { cluster: imported, job: sfn.TaskInput.fromObject(JOB) }))
      .toThrow('The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.');
  });
});
