import { Stack, type Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, lengthProblems, pathFieldProblems, patternProblems, queryLanguageOf, rangeProblems, throwProblems,
  validationError, withJsonata,
} from '../private';
import { configurationProblems, monitoringProblems, renderConfigurations, renderMonitoring } from './private/render';
import { APPLICATION_EVENTS_RULE, EMR_SERVERLESS_PATTERNS, applicationArn, emrServerlessStatements } from './private/resources';
import type {
  EmrServerlessApplicationType, EmrServerlessArchitecture, EmrServerlessConfiguration, EmrServerlessInitialCapacity,
  EmrServerlessMaximumCapacity, EmrServerlessMonitoring, EmrServerlessNetworkConfiguration,
} from './types';

interface EmrServerlessCreateApplicationOptions {
  /**
   * The Amazon EMR release the application runs, e.g. `emr-7.0.0`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/release-versions.html
   */
  readonly releaseLabel: string;

  /**
   * The framework the application runs.
   */
  readonly type: EmrServerlessApplicationType;

  /**
   * The application's name.
   *
   * @default - no name
   */
  readonly name?: string;

  /**
   * The CPU architecture of the workers.
   *
   * @default EmrServerlessArchitecture.X86_64
   */
  readonly architecture?: EmrServerlessArchitecture;

  /**
   * Workers kept ready while the application is started, by worker type: `Driver` and `Executor` for
   * Spark, `HiveDriver` and `TezTask` for Hive.
   *
   * @default - no initial capacity: workers are created as jobs need them
   */
  readonly initialCapacity?: { [workerType: string]: EmrServerlessInitialCapacity };

  /**
   * The most resources the application may use at once.
   *
   * @default - the account's limits only
   */
  readonly maximumCapacity?: EmrServerlessMaximumCapacity;

  /**
   * The subnets and security groups of the workers, for jobs that reach resources in a VPC.
   *
   * @default - no VPC access
   */
  readonly networkConfiguration?: EmrServerlessNetworkConfiguration;

  /**
   * Whether the application starts by itself when a job is submitted to it.
   *
   * @default - the service default (true)
   */
  readonly autoStart?: boolean;

  /**
   * Whether the application stops by itself after `idleTimeout` without jobs.
   *
   * @default - the service default (true, after 15 minutes)
   */
  readonly autoStop?: boolean;

  /**
   * How long the application stays idle before it stops by itself, in whole minutes from 1 minute to
   * 7 days. Needs `autoStop` to be unset or true.
   *
   * @default - the service default, 15 minutes
   */
  readonly idleTimeout?: Duration;

  /**
   * The URI of a custom image (in Amazon ECR) the workers run, built on an EMR Serverless base image.
   *
   * @default - the release's own image
   */
  readonly imageUri?: string;

  /**
   * Default configuration classifications of every job on the application.
   *
   * @default - none
   */
  readonly runtimeConfiguration?: EmrServerlessConfiguration[];

  /**
   * Where the application's jobs send their logs by default.
   *
   * @default - the service default (managed persistence only)
   */
  readonly monitoring?: EmrServerlessMonitoring;

  /**
   * A token, unique for each application, that makes retried requests create one application only.
   *
   * @default - a new token is generated for each request
   */
  readonly clientToken?: string;

  /**
   * Tags for the application.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `EmrServerlessCreateApplication.jsonPath()`: an application creation in a JSONPath state.
 */
export interface EmrServerlessCreateApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessCreateApplicationOptions {}

/**
 * Props of `EmrServerlessCreateApplication.jsonata()`: an application creation in a JSONata state.
 */
export interface EmrServerlessCreateApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessCreateApplicationOptions {}

/**
 * Props of `EmrServerlessCreateApplication`, in either query language.
 */
export interface EmrServerlessCreateApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessCreateApplicationOptions {}

/**
 * A Task state that creates an EMR Serverless application, on which jobs can then run.
 *
 * The state's result holds the new application's `ApplicationId`, `Arn` and `Name`. With
 * `IntegrationPattern.RUN_JOB` (`.sync`) the state waits until the application is `CREATED`.
 *
 * The role is also granted `iam:CreateServiceLinkedRole` for EMR Serverless's service-linked role, which
 * the first application in an account creates.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
 */
export class EmrServerlessCreateApplication extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that creates an EMR Serverless application.
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessCreateApplicationJsonPathProps): EmrServerlessCreateApplication {
    return new EmrServerlessCreateApplication(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an EMR Serverless application.
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessCreateApplicationJsonataProps): EmrServerlessCreateApplication {
    return new EmrServerlessCreateApplication(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly idleTimeoutMinutes?: number;

  constructor(scope: Construct, id: string, private readonly props: EmrServerlessCreateApplicationProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, EMR_SERVERLESS_PATTERNS);
    this.idleTimeoutMinutes = props.idleTimeout?.toMinutes();
    throwProblems(this, 'InvalidEmrServerlessApplication', 'Invalid EMR Serverless application', [
      ...lengthProblems('releaseLabel', props.releaseLabel, 1, 64),
      ...patternProblems('releaseLabel', props.releaseLabel, /^[A-Za-z0-9._/-]*$/, 'letters, digits and . _ / - only'),
      ...lengthProblems('name', props.name, 1, 64),
      ...patternProblems('name', props.name, /^[A-Za-z0-9._/#-]*$/, 'letters, digits and . _ / # - only'),
      ...rangeProblems('idleTimeout (minutes)', this.idleTimeoutMinutes, 1, 10080),
      ...(props.autoStop === false && props.idleTimeout ? ['idleTimeout needs autoStop, which is false'] : []),
      ...Object.entries(props.initialCapacity ?? {}).flatMap(([workerType, capacity]) => [
        ...lengthProblems('initialCapacity worker type', workerType, 1, 50),
        ...rangeProblems(`initialCapacity.${workerType}.workerCount`, capacity.workerCount, 1, 1000000),
      ]),
      ...lengthProblems('clientToken', props.clientToken, 1, 64),
      ...monitoringProblems('monitoring', props.monitoring),
      ...configurationProblems('runtimeConfiguration', props.runtimeConfiguration),
      ...pathFieldProblems('tags', props.tags),
    ]);
    if (props.networkConfiguration && !props.networkConfiguration.subnets?.length && !props.networkConfiguration.securityGroups?.length) {
      throw validationError(this, 'EmptyEmrServerlessNetworkConfiguration',
        'networkConfiguration needs at least one subnet or security group; leave it unset for no VPC access');
    }

    const stack = Stack.of(this);
    this.taskPolicies = [
      // Tags need no emr-serverless:TagResource: tags sent on create are authorized by CreateApplication itself
      // (condition keys aws:RequestTag and aws:TagKeys, no dependent action, in the Service Authorization
      // Reference; the EMR Serverless guide's tag-on-create policy grants CreateApplication alone).
      new PolicyStatement({
        actions: ['emr-serverless:CreateApplication'],
        resources: [stack.formatArn({ service: 'emr-serverless', resource: '/*' })],
      }),
      ...(this.integrationPattern === sfn.IntegrationPattern.RUN_JOB
        ? emrServerlessStatements(this, this.integrationPattern, ['emr-serverless:GetApplication', 'emr-serverless:DeleteApplication'],
          [applicationArn(this, '*')], APPLICATION_EVENTS_RULE)
        : []),
      new PolicyStatement({
        actions: ['iam:CreateServiceLinkedRole'],
        resources: [stack.formatArn({
          service: 'iam',
          region: '',
          resource: 'role',
          resourceName: 'aws-service-role/ops.emr-serverless.amazonaws.com/AWSServiceRoleForAmazonEMRServerless*',
        })],
        conditions: { StringLike: { 'iam:AWSServiceName': 'ops.emr-serverless.amazonaws.com' } },
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const props = this.props;
    const network = props.networkConfiguration;
    return {
      Resource: integrationResourceArn('emr-serverless', 'createApplication', this.integrationPattern),
      ...this._renderParametersOrArguments({
        Name: props.name,
        ReleaseLabel: props.releaseLabel,
        Type: props.type,
        Architecture: props.architecture,
        ClientToken: props.clientToken,
        InitialCapacity: props.initialCapacity && Object.fromEntries(Object.entries(props.initialCapacity).map(([workerType, capacity]) => [
          workerType,
          { WorkerCount: capacity.workerCount, WorkerConfiguration: { Cpu: capacity.cpu, Memory: capacity.memory, Disk: capacity.disk } },
        ])),
        MaximumCapacity: props.maximumCapacity && {
          Cpu: props.maximumCapacity.cpu,
          Memory: props.maximumCapacity.memory,
          Disk: props.maximumCapacity.disk,
        },
        NetworkConfiguration: network && {
          SubnetIds: network.subnets?.map((subnet) => subnet.subnetId),
          SecurityGroupIds: network.securityGroups?.map((group) => group.securityGroupId),
        },
        AutoStartConfiguration: props.autoStart === undefined ? undefined : { Enabled: props.autoStart },
        AutoStopConfiguration: props.autoStop === undefined && this.idleTimeoutMinutes === undefined
          ? undefined
          : { Enabled: props.autoStop ?? true, IdleTimeoutMinutes: this.idleTimeoutMinutes },
        ImageConfiguration: props.imageUri === undefined ? undefined : { ImageUri: props.imageUri },
        RuntimeConfiguration: renderConfigurations(props.runtimeConfiguration),
        MonitoringConfiguration: renderMonitoring(props.monitoring),
        Tags: props.tags,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
