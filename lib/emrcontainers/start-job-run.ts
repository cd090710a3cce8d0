import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cr from 'aws-cdk-lib/custom-resources';
import * as awscli from 'aws-cdk-lib/lambda-layer-awscli';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, isJsonPathOrJsonataExpression, queryLanguageOf, validationError, withJsonata } from '../private';
import { bundledSingletonFunction } from '../private/bundled-function';
import { virtualClusterArn } from './private/arns';
import type { ApplicationConfiguration, JobDriver, Monitoring, ReleaseLabel, SparkSubmitJobDriver, VirtualClusterInput } from './types';

interface EmrContainersStartJobRunOptions {
  /**
   * The virtual cluster the job runs on.
   */
  readonly virtualCluster: VirtualClusterInput;

  /**
   * A name for the job run.
   *
   * @default - No job run name
   */
  readonly jobName?: string;

  /**
   * The IAM role the job runs as.
   *
   * Required when the virtual cluster ID comes from the state's data. A role you pass must trust the
   * EMR-managed service account of the namespace: update its trust policy as the EMR on EKS guide describes.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/setting-up-trust-policy.html
   * @default - a role created for the job, whose trust policy a custom resource updates at deployment; only
   * possible when the virtual cluster ID is known when you write the stack
   */
  readonly executionRole?: iam.IRole;

  /**
   * The EMR release the job runs on.
   */
  readonly releaseLabel: ReleaseLabel;

  /**
   * Settings for the job's applications, at most 100.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   * @default - No application config
   */
  readonly applicationConfig?: ApplicationConfiguration[];

  /**
   * What the job runs.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_JobDriver.html
   */
  readonly jobDriver: JobDriver;

  /**
   * Where the job's logs go, and whether its application UI persists.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_MonitoringConfiguration.html
   * @default - logging enabled and resources automatically generated if `monitoring.logging` is set to `true`
   */
  readonly monitoring?: Monitoring;

  /**
   * Tags for the job run.
   *
   * @default - None
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EmrContainersStartJobRun.jsonPath()`: a job run started from a JSONPath state.
 */
export interface EmrContainersStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrContainersStartJobRunOptions {}

/**
 * Props of `EmrContainersStartJobRun.jsonata()`: a job run started from a JSONata state.
 */
export interface EmrContainersStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrContainersStartJobRunOptions {}

/**
 * Props of `EmrContainersStartJobRun`, in either query language.
 */
export interface EmrContainersStartJobRunProps extends sfn.TaskStateBaseProps, EmrContainersStartJobRunOptions {}

/** The function that lets a created execution role be assumed from the virtual cluster's namespace. */
const TRUST_POLICY_FUNCTION_UUID = '8693BB64-9689-44B6-9AAF-B0CC9EB8757C';

/**
 * A Task state that runs a Spark job (a JAR, a PySpark script or Spark SQL) on an Amazon EMR on EKS virtual
 * cluster; with `RUN_JOB` (the default) it waits until the job run ends.
 *
 * Unless you pass `executionRole`, the task creates the role the job runs as and, through a custom
 * resource, adds the trust the virtual cluster's namespace needs to it. Grant the job its data access
 * through the task itself, which is an `IGrantable`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersStartJobRun extends sfn.TaskStateBase implements iam.IGrantable {
  /**
   * A Task state, in JSONPath, that runs a Spark job on an EMR on EKS virtual cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersStartJobRunJsonPathProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs a Spark job on an EMR on EKS virtual cluster.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersStartJobRunJsonataProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  /**
   * The execution role of the job run: grant it the access the job needs.
   */
  public readonly grantPrincipal: iam.IPrincipal;

  private role: iam.IRole;
  private readonly logGroup?: logs.ILogGroup;
  private readonly logBucket?: s3.IBucket;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: EmrContainersStartJobRunProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EmrContainersStartJobRun.SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);

    if (props.applicationConfig) {
      this.validateApplicationConfig(props.applicationConfig);
    }
    if (props.jobDriver.sparkSubmitJobDriver) {
      this.validateSparkSubmitJobDriver(props.jobDriver.sparkSubmitJobDriver);
    }
    if (props.executionRole === undefined && isJsonPathOrJsonataExpression(props.virtualCluster.id)) {
      throw validationError(this, 'ExecutionRoleCannotBeUndefined',
        'Execution role cannot be undefined when the virtual cluster ID is not a concrete value. Provide an execution role with the correct trust policy');
    }

    const monitoring = props.monitoring;
    this.logGroup = monitoring?.logGroup ?? (monitoring?.logging ? new logs.LogGroup(this, 'Monitoring Log Group') : undefined);
    this.logBucket = monitoring?.logBucket ?? (monitoring?.logging ? new s3.Bucket(this, 'Monitoring Bucket') : undefined);
    this.role = props.executionRole ?? this.createJobExecutionRole();
    this.grantPrincipal = this.role;
    this.grantMonitoring(this.role);
    this.taskPolicies = this.createPolicyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    const driver = props.jobDriver.sparkSubmitJobDriver;
    return {
      Resource: integrationResourceArn('emr-containers', 'startJobRun', this.integrationPattern),
      ...this._renderParametersOrArguments({
        VirtualClusterId: props.virtualCluster.id,
        Name: props.jobName,
        ExecutionRoleArn: this.role.roleArn,
        ReleaseLabel: props.releaseLabel.label,
        JobDriver: {
          SparkSubmitJobDriver: {
            EntryPoint: driver?.entryPoint.value,
            EntryPointArguments: driver?.entryPointArguments?.value,
            SparkSubmitParameters: driver?.sparkSubmitParameters,
          },
        },
        ConfigurationOverrides: {
          ApplicationConfiguration: renderApplicationConfigs(props.applicationConfig),
          MonitoringConfiguration: {
            CloudWatchMonitoringConfiguration: this.logGroup ? {
              LogGroupName: this.logGroup.logGroupName,
              LogStreamNamePrefix: props.monitoring!.logStreamNamePrefix,
            } : undefined,
            PersistentAppUI: props.monitoring?.persistentAppUI === false ? 'DISABLED' : 'ENABLED',
            S3MonitoringConfiguration: this.logBucket ? { LogUri: this.logBucket.s3UrlForObject() } : undefined,
          },
        },
        Tags: props.tags,
      }, queryLanguageOf(topLevelQueryLanguage, props.queryLanguage)),
    };
  }

  /** At most 100 configurations per level, each with properties (at most 100) or nested configurations. */
  private validateApplicationConfig(configs?: ApplicationConfiguration[]): void {
    if (configs === undefined) {
      return;
    }
    if (configs.length > 100) {
      throw validationError(this, 'ApplicationConfigurationArrayFewerThan100',
        `Application configuration array must have 100 or fewer entries. Received ${configs.length}`);
    }
    configs.forEach((config) => this.validateApplicationConfig(config.nestedConfig));
    for (const config of configs) {
      if (config?.properties !== undefined && Object.keys(config.properties).length > 100) {
        throw validationError(this, 'ApplicationConfigurationPropertiesFewerThan100',
          `Application configuration properties must have 100 or fewer entries. Received ${Object.keys(config.properties).length}`);
      }
    }
    for (const config of configs) {
      if (config?.properties === undefined && config?.nestedConfig === undefined) {
        throw validationError(this, 'ApplicationConfigurationEitherPropertiesOrNestedConfig',
          'Application configuration must have either properties or nested app configurations defined.');
      }
    }
  }

  private validateSparkSubmitJobDriver(driver: SparkSubmitJobDriver): void {
    const entryPoint = driver.entryPoint.value;
    if (!isJsonPathOrJsonataExpression(entryPoint) && (entryPoint.length > 256 || entryPoint.length < 1)) {
      throw validationError(this, 'EntryPointLengthOutOfRange',
        `Entry point must be between 1 and 256 characters in length. Received ${entryPoint.length}.`);
    }

    if (driver.entryPointArguments) {
      const args = driver.entryPointArguments.value;
      if (typeof args === 'string') {
        if (!isJsonPathOrJsonataExpression(args)) {
          throw validationError(this, 'EntryPointArgumentsMustBeStringArrayOrJsonPath',
            'Entry point arguments must be a string array or an encoded JSON path or JSONata expression, but received a non JSON path or JSONata expression string');
        }
      } else if (!isArrayOfStrings(args)) {
        throw validationError(this, 'EntryPointArgumentsInvalidType',
          `Entry point arguments must be a string array or an encoded JSON path or JSONata expression but received ${typeof args}.`);
      }
      if (isArrayOfStrings(args) && (args.length > 10280 || args.length < 1)) {
        throw validationError(this, 'EntryPointArgumentsLengthOutOfRange',
          `Entry point arguments must be a string array between 1 and 10280 in length. Received ${args.length}.`);
      }
    }

    const parameters = driver.sparkSubmitParameters;
    if (parameters && (parameters.length > 102400 || parameters.length < 1)) {
      throw validationError(this, 'SparkSubmitParametersLengthOutOfRange',
        `Spark submit parameters must be between 1 and 102400 characters in length. Received ${parameters.length}.`);
    }
  }

  /**
   * A role that EMR on EKS (and Step Functions) can assume, with the monitoring grants, whose trust policy a
   * custom resource then extends to the virtual cluster's namespace.
   */
  private createJobExecutionRole(): iam.IRole {
    const role = new iam.Role(this, 'Job-Execution-Role', {
      assumedBy: new iam.CompositePrincipal(
        new iam.ServicePrincipal('emr-containers.amazonaws.com'),
        new iam.ServicePrincipal('states.amazonaws.com'),
      ),
    });
    this.grantMonitoring(role);
    this.updateRoleTrustPolicy(role);
    return role;
  }

  /** Lets the job write its logs to the log group and bucket, and find log groups. */
  private grantMonitoring(role: iam.IRole): void {
    this.logBucket?.grantReadWrite(role);
    this.logGroup?.grantWrite(role);
    this.logGroup?.grant(role, 'logs:DescribeLogStreams');
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      resources: [cdk.Stack.of(this).formatArn({ service: 'logs', resource: '*' })],
      actions: ['logs:DescribeLogGroups'],
    }));
  }

  /**
   * A job execution role must trust the service account EMR creates in the virtual cluster's Kubernetes
   * namespace. At deployment, a custom resource looks up the virtual cluster's EKS cluster and namespace,
   * and a function (the handler aws-cdk-lib ships, running the AWS CLI's
   * `emr-containers update-role-trust-policy`) adds that trust to the role.
   */
  private updateRoleTrustPolicy(role: iam.IRole): void {
    const stack = cdk.Stack.of(this);
    const virtualCluster = new cr.AwsCustomResource(this, 'GetEksClusterInfo', {
      onCreate: {
        service: 'EMRcontainers',
        action: 'describeVirtualCluster',
        parameters: { id: this.props.virtualCluster.id },
        outputPaths: ['virtualCluster.containerProvider.info.eksInfo.namespace', 'virtualCluster.containerProvider.id'],
        physicalResourceId: cr.PhysicalResourceId.of('id'),
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
      installLatestAwsSdk: false,
    });
    const namespace = virtualCluster.getResponseField('virtualCluster.containerProvider.info.eksInfo.namespace');
    const eksClusterId = virtualCluster.getResponseField('virtualCluster.containerProvider.id');

    const updateTrust = bundledSingletonFunction(this, 'Call Update-Role-Trust-Policy', 'role-policy', {
      uuid: TRUST_POLICY_FUNCTION_UUID,
      runtime: lambda.Runtime.PYTHON_3_13,
      timeout: cdk.Duration.seconds(30),
      memorySize: 256,
      layers: [new awscli.AwsCliLayer(this, 'awsclilayer')],
    });
    updateTrust.addToRolePolicy(new iam.PolicyStatement({
      resources: [stack.formatArn({ service: 'eks', resource: 'cluster', resourceName: eksClusterId })],
      actions: ['eks:DescribeCluster'],
    }));
    updateTrust.addToRolePolicy(new iam.PolicyStatement({
      resources: [role.roleArn],
      actions: ['iam:GetRole', 'iam:UpdateAssumeRolePolicy'],
    }));

    const provider = new cr.Provider(this, 'CustomResourceProvider', { onEventHandler: updateTrust });
    new cdk.CustomResource(this, 'Custom Resource', {
      properties: { eksNamespace: namespace, eksClusterId, roleName: role.roleName },
      serviceToken: provider.serviceToken,
    });
  }

  private createPolicyStatements(): iam.PolicyStatement[] {
    const clusterId = this.props.virtualCluster.id;
    const statements = [new iam.PolicyStatement({
      resources: [virtualClusterArn(this, clusterId)],
      actions: ['emr-containers:StartJobRun'],
      conditions: { StringEquals: { 'emr-containers:ExecutionRoleArn': this.role.roleArn } },
    })];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(new iam.PolicyStatement({
        resources: [virtualClusterArn(this, clusterId, '/jobruns/*')],
        actions: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'],
      }));
    }
    return statements;
  }
}

function isArrayOfStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** EMR on EKS `Configuration` objects, nested configurations included. */
function renderApplicationConfigs(configs?: ApplicationConfiguration[]): any[] | undefined {
  return configs == null ? configs : configs.map((config) => ({
    Classification: config.classification.classificationStatement,
    Properties: config.properties ? config.properties : undefined,
    Configurations: config.nestedConfig ? renderApplicationConfigs(config.nestedConfig) : undefined,
  }));
}
