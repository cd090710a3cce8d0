import * as cdk from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { EksCall, HttpMethods } from '../../lib';
import { type Builder, expectSameAsReference, expectSameErrorAsReference, newStack, policyStatements, renderState, stateArn } from '../util';

const ENDPOINT = 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com';
const CA_DATA = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t';

function importedCluster(stack: cdk.Stack, attributes: Partial<eks.ClusterAttributes> = {}): eks.ICluster {
  return eks.Cluster.fromClusterAttributes(stack, 'Cluster', {
    clusterName: 'my-cluster',
    clusterEndpoint: ENDPOINT,
    clusterCertificateAuthorityData: CA_DATA,
    ...attributes,
  });
}

const KUBECTL_LAYER_ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1';

function createdCluster(stack: cdk.Stack): eks.Cluster {
  return new eks.Cluster(stack, 'Cluster', {
    version: eks.KubernetesVersion.V1_33,
    clusterName: 'my-cluster',
    kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(stack, 'Kubectl', KUBECTL_LAYER_ARN),
  });
}

describe('EksCall', () => {
  test('renders the cluster, method and path (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new EksCall(stack, 'Call', { cluster: importedCluster(stack), httpMethod: HttpMethods.GET, httpPath: '/api/v1/namespaces/default/pods' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('eks:call'),
      Parameters: {
        ClusterName: 'my-cluster',
        CertificateAuthority: CA_DATA,
        Endpoint: ENDPOINT,
        Method: 'GET',
        Path: '/api/v1/namespaces/default/pods',
      },
    });
  });

  test('jsonata() renders the same fields as Arguments', () => {
    const stack = newStack();
    const task = EksCall.jsonata(stack, 'Call', { cluster: importedCluster(stack), httpMethod: HttpMethods.DELETE, httpPath: '{% $states.input.path %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('eks:call'),
      Arguments: {
        ClusterName: 'my-cluster',
        CertificateAuthority: CA_DATA,
        Endpoint: ENDPOINT,
        Method: 'DELETE',
        Path: '{% $states.input.path %}',
      },
    });
  });

  test('inherits JSONata from the state machine when the task sets no query language', () => {
    const stack = newStack();
    const task = new EksCall(stack, 'Call', { cluster: importedCluster(stack), httpMethod: HttpMethods.GET, httpPath: '/version' });
    const state = renderState(task, sfn.QueryLanguage.JSONATA);
    expect(state.Arguments.Path).toEqual('/version');
    expect(state.Parameters).toBeUndefined();
  });

  test('renders the query parameters and the request body', () => {
    const stack = newStack();
    const task = new EksCall(stack, 'Call', {
      cluster: importedCluster(stack),
      httpMethod: HttpMethods.POST,
      httpPath: '/api/v1/namespaces/default/configmaps',
      queryParameters: { dryRun: ['All'], fieldManager: ['step-functions'] },
      requestBody: sfn.TaskInput.fromObject({ kind: 'ConfigMap', data: sfn.JsonPath.objectAt('$.data') }),
    });
    expect(renderState(task).Parameters).toEqual({
      ClusterName: 'my-cluster',
      CertificateAuthority: CA_DATA,
      Endpoint: ENDPOINT,
      Method: 'POST',
      Path: '/api/v1/namespaces/default/configmaps',
      QueryParameters: { dryRun: ['All'], fieldManager: ['step-functions'] },
      RequestBody: { 'kind': 'ConfigMap', 'data.$': '$.data' },
    });
  });

  test('adds no IAM statement to the state machine role', () => {
    const stack = newStack();
    const task = new EksCall(stack, 'Call', { cluster: importedCluster(stack), httpMethod: HttpMethods.GET, httpPath: '/version' });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(policyStatements(stack)).toEqual([]);
  });

  test.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('throws when the integration pattern is %s', (integrationPattern) => {
    const stack = newStack();
    expect(() => new EksCall(stack, 'Call', { cluster: importedCluster(stack), httpMethod: HttpMethods.GET, httpPath: '/', integrationPattern }))
      .toThrow(`Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: ${integrationPattern}`);
  });

  test('throws when an imported cluster has no endpoint', () => {
    const stack = newStack();
    expect(() => new EksCall(stack, 'Call', {
      cluster: importedCluster(stack, { clusterEndpoint: undefined }), httpMethod: HttpMethods.GET, httpPath: '/',
    })).toThrow('The "clusterEndpoint" property must be specified when using an imported Cluster.');
  });

  test('throws when an imported cluster has no certificate authority data', () => {
    const stack = newStack();
    expect(() => new EksCall(stack, 'Call', {
      cluster: importedCluster(stack, { clusterCertificateAuthorityData: undefined }), httpMethod: HttpMethods.GET, httpPath: '/',
    })).toThrow('The "clusterCertificateAuthorityData" property must be specified when using an imported Cluster.');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, Builder]> = [
      ['an imported cluster', (t, s) => new t.EksCall(s, 'Call', { cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/api/v1/pods' })],
      ['a created cluster', (t, s) => new t.EksCall(s, 'Call', { cluster: createdCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/api/v1/pods' })],
      ['every prop', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s),
        httpMethod: t.HttpMethods.PATCH,
        httpPath: sfn.JsonPath.stringAt('$.path'),
        queryParameters: { labelSelector: ['app=web', 'tier=front'], limit: ['10'] },
        requestBody: sfn.TaskInput.fromObject({ spec: { replicas: sfn.JsonPath.numberAt('$.replicas') } }),
        resultPath: '$.response',
        comment: 'scale',
        timeout: cdk.Duration.seconds(30),
      })],
      ['a request body from a path', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.PUT, httpPath: '/api/v1/namespaces/default/pods/web', requestBody: sfn.TaskInput.fromJsonPathAt('$.pod'),
      })],
      ['HEAD', (t, s) => new t.EksCall(s, 'Call', { cluster: importedCluster(s), httpMethod: t.HttpMethods.HEAD, httpPath: '/healthz' })],
      ['REQUEST_RESPONSE explicitly', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      })],
      ['jsonPath()', (t, s) => t.EksCall.jsonPath(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/api/v1/pods', resultSelector: { items: sfn.JsonPath.listAt('$.ResponseBody.items') },
      })],
      ['jsonata() with expressions and outputs', (t, s) => t.EksCall.jsonata(s, 'Call', {
        cluster: importedCluster(s),
        httpMethod: t.HttpMethods.POST,
        httpPath: '/api/v1/namespaces/default/pods',
        queryParameters: { dryRun: ['{% $states.input.dryRun %}'] },
        requestBody: sfn.TaskInput.fromObject({ metadata: '{% $states.input.metadata %}' }),
        outputs: '{% $states.result.ResponseBody %}',
      })],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expect(expectSameAsReference(build)).toBeDefined();
    });

    test('inside a JSONata state machine', () => {
      expect(expectSameAsReference((t, s) => new t.EksCall(s, 'Call', { cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/' }),
        { queryLanguage: sfn.QueryLanguage.JSONATA })).toBeDefined();
    });

    const errors: Array<[string, Builder]> = [
      ['throws when the pattern is RUN_JOB', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
      ['throws when the pattern is WAIT_FOR_TASK_TOKEN', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
      ['throws when an imported cluster has no endpoint', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s, { clusterEndpoint: undefined }), httpMethod: t.HttpMethods.GET, httpPath: '/',
      })],
      ['throws when an imported cluster has no certificate authority data', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s, { clusterCertificateAuthorityData: undefined }), httpMethod: t.HttpMethods.GET, httpPath: '/',
      })],
      ['throws when a query parameter value is read from the state inside its list', (t, s) => new t.EksCall(s, 'Call', {
        cluster: importedCluster(s), httpMethod: t.HttpMethods.GET, httpPath: '/', queryParameters: { limit: [sfn.JsonPath.stringAt('$.limit')] },
      })],
      ['throws when an imported cluster has neither, naming the endpoint', (t, s) => new t.EksCall(s, 'Call', {
        cluster: eks.Cluster.fromClusterAttributes(s, 'Cluster', { clusterName: 'bare' }), httpMethod: t.HttpMethods.GET, httpPath: '/',
      })],
    ];
    test.each(errors)('%s, as the reference does', (_name, build) => {
      expectSameErrorAsReference(build);
    });
  });

  describe('the README examples', () => {
    // Both seed documents create the cluster this way: Kubernetes 1.18 and no kubectl layer, which today's
    // typings require but aws-eks still accepts at run time.
    test('listing the pods of a created cluster', () => {
      expect(expectSameAsReference((t, s) => {
        const myEksCluster = new eks.Cluster(s, 'my sample cluster', {
          version: eks.KubernetesVersion.V1_18,
          clusterName: 'myEksCluster',
        } as eks.ClusterProps);
        return new t.EksCall(s, 'Call a EKS Endpoint', {
          cluster: myEksCluster,
          httpMethod: t.HttpMethods.GET,
          httpPath: '/api/v1/namespaces/default/pods',
        });
      })).toBeDefined();
    });

    test('a current cluster with a kubectl layer, and an imported one', () => {
      expect(expectSameAsReference((t, s) => {
        const kubectlLayer = lambda.LayerVersion.fromLayerVersionArn(s, 'Kubectl', KUBECTL_LAYER_ARN);
        const cluster = new eks.Cluster(s, 'Cluster', {
          version: eks.KubernetesVersion.V1_33,
          clusterName: 'myEksCluster',
          kubectlLayer,
        });
        const listPods = new t.EksCall(s, 'List pods', {
          cluster,
          httpMethod: t.HttpMethods.GET,
          httpPath: '/api/v1/namespaces/default/pods',
          queryParameters: { labelSelector: ['app=web'] },
        });
        const existing = eks.Cluster.fromClusterAttributes(s, 'Existing', {
          clusterName: 'existing',
          clusterEndpoint: 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com',
          clusterCertificateAuthorityData: 'LS0tLS1CRUdJTi...',
        });
        const scale = new t.EksCall(s, 'Scale web', {
          cluster: existing,
          httpMethod: t.HttpMethods.PATCH,
          httpPath: '/apis/apps/v1/namespaces/default/deployments/web/scale',
          requestBody: sfn.TaskInput.fromObject({ spec: { replicas: sfn.JsonPath.numberAt('$.replicas') } }),
        });
        return listPods.next(scale);
      })).toBeDefined();
    });
  });
});
