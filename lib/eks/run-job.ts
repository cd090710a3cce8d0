import type * as eks from 'aws-cdk-lib/aws-eks';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, queryLanguageOf, throwProblems, withJsonata } from '../private';
import { EKS_PATTERNS, isSync, kubernetesApiOf, unlessEmpty } from './private/resources';
import type { EksRunJobLogOptions } from './types';

interface EksRunJobOptions {
  /**
   * The cluster that runs the job. Step Functions calls its Kubernetes API, which must have a public
   * endpoint; an imported cluster needs its endpoint and certificate authority data.
   */
  readonly cluster: eks.ICluster;

  /**
   * The Kubernetes Job to run: a `batch/v1` Job manifest, e.g.
   * `sfn.TaskInput.fromObject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: {...} })`.
   *
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/
   */
  readonly job: sfn.TaskInput;

  /**
   * The namespace the job runs in.
   *
   * @default - none sent; `default`
   */
  readonly namespace?: string;

  /**
   * Fetch the logs of the job's pods once it has finished. Only with `IntegrationPattern.RUN_JOB`.
   *
   * @default - no logs fetched
   */
  readonly logOptions?: EksRunJobLogOptions;
}

/**
 * Props of `EksRunJob.jsonPath()`: runs a Kubernetes Job on an Amazon EKS cluster from a JSONPath state.
 */
export interface EksRunJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksRunJobOptions {}

/**
 * Props of `EksRunJob.jsonata()`: runs a Kubernetes Job on an Amazon EKS cluster from a JSONata state.
 */
export interface EksRunJobJsonataProps extends sfn.TaskStateJsonataBaseProps, EksRunJobOptions {}

/**
 * Props of `EksRunJob`, in either query language.
 */
export interface EksRunJobProps extends sfn.TaskStateBaseProps, EksRunJobOptions {}

/**
 * A Task state that runs a Kubernetes Job on an Amazon EKS cluster.
 *
 * With `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the job has finished (Step Functions
 * polls the job, about once a minute at first and more slowly later) and can fetch its pods' logs.
 *
 * Like `EksCall`, Step Functions calls the cluster's Kubernetes API directly and this task adds no IAM
 * statement: grant the state machine's role access inside the cluster (an access entry, or the
 * `aws-auth` ConfigMap), with the right to create and read jobs, and to read pods and their logs.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksRunJob extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that runs a Kubernetes Job on an Amazon EKS cluster.
   */
  public static jsonPath(scope: Construct, id: string, props: EksRunJobJsonPathProps): EksRunJob {
    return new EksRunJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs a Kubernetes Job on an Amazon EKS cluster.
   */
  public static jsonata(scope: Construct, id: string, props: EksRunJobJsonataProps): EksRunJob {
    return new EksRunJob(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  // No IAM template for runJob in eks-iam.html: the grants follow eks:call's (none, as aws-cdk-lib's EksCall
  // grants), since Kubernetes authorizes the state machine's role inside the cluster (connect-eks.html).
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly endpoint: string;
  private readonly certificateAuthority: string;

  constructor(scope: Construct, id: string, private readonly props: EksRunJobProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EKS_PATTERNS);
    throwProblems(this, 'InvalidEksRunJob', 'Invalid EKS job', [
      ...(props.logOptions && !isSync(this.integrationPattern)
        ? ['logOptions needs IntegrationPattern.RUN_JOB: logs are fetched once the job has finished'] : []),
    ]);
    ({ endpoint: this.endpoint, certificateAuthority: this.certificateAuthority } = kubernetesApiOf(this, props.cluster));
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const logs = this.props.logOptions;
    return {
      Resource: integrationResourceArn('eks', 'runJob', this.integrationPattern),
      ...this._renderParametersOrArguments({
        ClusterName: this.props.cluster.clusterName,
        CertificateAuthority: this.certificateAuthority,
        Endpoint: this.endpoint,
        Namespace: this.props.namespace,
        Job: this.props.job.value,
        LogOptions: logs && unlessEmpty({ RetrieveLogs: logs.retrieveLogs, RawLogs: logs.rawLogs, LogParameters: logs.logParameters }),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
