import { Duration, Size, Token, Tokenization } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { lengthProblems, patternProblems, rangeProblems, throwProblems, withJsonata } from '../private';
import { SageMakerJobTask } from './private/job-task';
import { sagemakerJobStatements } from './private/jobs';
import { renderEnvironment, renderTags } from './private/render';
import { algorithmProblems, renderAlgorithm, renderChannel, renderOutputDataConfig, renderResourceConfig } from './private/training';
import {
  HyperParameterTuningStrategy, type NumericParameterRange, type ParameterRanges, type TrainingJobEarlyStoppingType,
  type TuningObjective, type TuningResourceLimits, type TuningWarmStartConfig,
} from './tuning-types';
import type { AlgorithmSpecification, Channel, OutputDataConfig, ResourceConfig, StoppingCondition, VpcConfig } from './types';

interface SageMakerCreateHyperParameterTuningJobOptions {
  /**
   * The name of the tuning job, unique in the account and Region: up to 32 letters, digits and hyphens,
   * starting and ending with a letter or digit. A name from the state's data (JSONPath or JSONata) grants
   * the state machine its actions on every tuning job of the account and Region.
   */
  readonly hyperParameterTuningJobName: string;

  /**
   * The role SageMaker assumes to run the training jobs. The state machine may pass it to SageMaker, and to
   * no other service.
   *
   * @default - a role that SageMaker can assume, allowed to write metrics and logs and to get ECR tokens
   * (plus the EC2 network interface actions when `vpcConfig` is set), and to use the training image, S3
   * locations and keys
   */
  readonly role?: iam.IRole;

  /**
   * How the tuning job picks the hyperparameters of its next training jobs.
   *
   * @default HyperParameterTuningStrategy.BAYESIAN
   */
  readonly strategy?: HyperParameterTuningStrategy;

  /**
   * The metric by which training jobs are ranked.
   *
   * @default - none sent; only a built-in algorithm with a default objective works without one
   */
  readonly objective?: TuningObjective;

  /**
   * How many training jobs the tuning job may run, at once and in all, and for how long.
   */
  readonly resourceLimits: TuningResourceLimits;

  /**
   * The hyperparameters to tune and their ranges.
   *
   * @default - none sent
   */
  readonly parameterRanges?: ParameterRanges;

  /**
   * Whether SageMaker stops training jobs that are unlikely to beat the best one.
   *
   * @default - none sent; `Off`
   */
  readonly trainingJobEarlyStoppingType?: TrainingJobEarlyStoppingType;

  /**
   * A seed that makes the hyperparameter choices reproducible.
   *
   * @default - none sent
   */
  readonly randomSeed?: number;

  /**
   * Start from what earlier tuning jobs learned.
   *
   * @default - no warm start
   */
  readonly warmStartConfig?: TuningWarmStartConfig;

  /**
   * The training algorithm of the training jobs: an algorithm name or a training image.
   */
  readonly algorithmSpecification: AlgorithmSpecification;

  /**
   * Hyperparameters every training job gets, unchanged.
   *
   * @default - none sent
   */
  readonly staticHyperParameters?: { [key: string]: string };

  /**
   * The datasets the training jobs use.
   *
   * @default - none sent
   */
  readonly inputDataConfig?: Channel[];

  /**
   * Where the training jobs store their model artifacts.
   */
  readonly outputDataConfig: OutputDataConfig;

  /**
   * The ML compute instances and storage of each training job.
   *
   * @default - 1 `ml.m4.xlarge` instance with a 10 GiB volume
   */
  readonly resourceConfig?: ResourceConfig;

  /**
   * The time limit of each training job.
   *
   * @default - 1 hour
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * The VPC the training jobs' instances connect to. The task creates a security group there.
   *
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Cut the training containers off the network.
   *
   * @default - none sent; not isolated
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * Environment variables of the training containers.
   *
   * @default - none sent
   */
  readonly environment?: { [key: string]: string };

  /**
   * Tags of the tuning job.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `SageMakerCreateHyperParameterTuningJob.jsonPath()`: a tuning job started from a JSONPath state.
 */
export interface SageMakerCreateHyperParameterTuningJobJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/**
 * Props of `SageMakerCreateHyperParameterTuningJob.jsonata()`: a tuning job started from a JSONata state.
 */
export interface SageMakerCreateHyperParameterTuningJobJsonataProps
  extends sfn.TaskStateJsonataBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/**
 * Props of `SageMakerCreateHyperParameterTuningJob`, in either query language.
 */
export interface SageMakerCreateHyperParameterTuningJobProps extends sfn.TaskStateBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/**
 * A Task state that starts an Amazon SageMaker hyperparameter tuning job, which runs training jobs with
 * varying hyperparameters to find the best model, and with `RUN_JOB` (`.sync`) waits for it to end.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html
 */
export class SageMakerCreateHyperParameterTuningJob extends SageMakerJobTask implements iam.IGrantable, ec2.IConnectable {
  /**
   * A Task state, in JSONPath, that starts an Amazon SageMaker hyperparameter tuning job.
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateHyperParameterTuningJobJsonPathProps): SageMakerCreateHyperParameterTuningJob {
    return new SageMakerCreateHyperParameterTuningJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an Amazon SageMaker hyperparameter tuning job.
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateHyperParameterTuningJobJsonataProps): SageMakerCreateHyperParameterTuningJob {
    return new SageMakerCreateHyperParameterTuningJob(scope, id, withJsonata(props));
  }

  private readonly resources: ResourceConfig;
  private readonly stoppingCondition: StoppingCondition;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateHyperParameterTuningJobProps) {
    super(scope, id, props, 'createHyperParameterTuningJob');
    this.resources = props.resourceConfig ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
      volumeSize: Size.gibibytes(10),
    };
    this.stoppingCondition = props.stoppingCondition ?? { maxRuntime: Duration.hours(1) };
    this.validate();

    const role = this._placeJob({ noun: 'tuning job', role: props.role, rolePolicyName: 'CreateHyperParameterTuningJob', vpcConfig: props.vpcConfig });
    props.outputDataConfig.encryptionKey?.grantEncrypt(role);
    this.resources.volumeEncryptionKey?.grant(role, 'kms:CreateGrant');
    this._ensureSecurityGroup('TuningJobSecurityGroup');

    this._setTaskPolicies(sagemakerJobStatements(this, {
      resource: 'hyper-parameter-tuning-job',
      api: 'HyperParameterTuningJob',
      eventsRule: 'StepFunctionsGetEventsForSageMakerTuningJobsRule',
    }, props.hyperParameterTuningJobName, role, this._integrationPattern));
  }

  /**
   * The CreateHyperParameterTuningJob request.
   *
   * @internal
   */
  protected _renderRequest(): { [key: string]: any } {
    const props = this.props;
    const limits = props.resourceLimits;
    const ranges = props.parameterRanges;
    return {
      HyperParameterTuningJobName: props.hyperParameterTuningJobName,
      HyperParameterTuningJobConfig: {
        Strategy: props.strategy ?? HyperParameterTuningStrategy.BAYESIAN,
        HyperParameterTuningJobObjective: props.objective && { MetricName: props.objective.metricName, Type: props.objective.type },
        ResourceLimits: {
          MaxNumberOfTrainingJobs: limits.maxNumberOfTrainingJobs,
          MaxParallelTrainingJobs: limits.maxParallelTrainingJobs,
          MaxRuntimeInSeconds: limits.maxRuntime?.toSeconds(),
        },
        ParameterRanges: ranges && {
          CategoricalParameterRanges: ranges.categoricalParameterRanges?.map((range) => ({ Name: range.name, Values: range.values })),
          ContinuousParameterRanges: ranges.continuousParameterRanges?.map(renderNumericRange),
          IntegerParameterRanges: ranges.integerParameterRanges?.map(renderNumericRange),
        },
        TrainingJobEarlyStoppingType: props.trainingJobEarlyStoppingType,
        RandomSeed: props.randomSeed,
      },
      TrainingJobDefinition: {
        AlgorithmSpecification: renderAlgorithm(this, props.algorithmSpecification),
        RoleArn: this.role.roleArn,
        StaticHyperParameters: props.staticHyperParameters,
        InputDataConfig: props.inputDataConfig?.map((channel) => renderChannel(this, channel)),
        OutputDataConfig: renderOutputDataConfig(this, props.outputDataConfig),
        ResourceConfig: renderResourceConfig(this.resources),
        StoppingCondition: { MaxRuntimeInSeconds: this.stoppingCondition.maxRuntime?.toSeconds() },
        EnableNetworkIsolation: props.enableNetworkIsolation,
        ...this._renderVpcConfig(),
        ...renderEnvironment(props.environment),
      },
      WarmStartConfig: props.warmStartConfig && {
        ParentHyperParameterTuningJobs: props.warmStartConfig.parentTuningJobNames.map((name) => ({ HyperParameterTuningJobName: name })),
        WarmStartType: props.warmStartConfig.warmStartType,
      },
      ...renderTags(props.tags),
    };
  }

  /** Every constraint of the API that can be checked before deployment, reported at once. */
  private validate(): void {
    const props = this.props;
    const limits = props.resourceLimits;
    const ranges = props.parameterRanges ?? {};
    const numeric = [...ranges.continuousParameterRanges ?? [], ...ranges.integerParameterRanges ?? []];
    const strategy = props.strategy ?? HyperParameterTuningStrategy.BAYESIAN;
    const parents = props.warmStartConfig?.parentTuningJobNames;
    throwProblems(this, 'InvalidSageMakerTuningJob', 'Invalid SageMaker hyperparameter tuning job', [
      ...lengthProblems('hyperParameterTuningJobName', props.hyperParameterTuningJobName, 1, 32),
      ...patternProblems('hyperParameterTuningJobName', props.hyperParameterTuningJobName, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/,
        'letters, digits and hyphens, starting and ending with a letter or digit'),
      ...algorithmProblems(props.algorithmSpecification),
      ...rangeProblems('resourceLimits.maxParallelTrainingJobs', limits.maxParallelTrainingJobs, 1, 100000),
      ...rangeProblems('resourceLimits.maxNumberOfTrainingJobs', limits.maxNumberOfTrainingJobs, 1, 100000),
      ...rangeProblems('resourceLimits.maxRuntime (seconds)', limits.maxRuntime?.toSeconds(), 120, 15768000),
      ...(strategy === HyperParameterTuningStrategy.GRID && limits.maxNumberOfTrainingJobs !== undefined
        ? ['resourceLimits.maxNumberOfTrainingJobs cannot be set with the Grid strategy, which runs every combination'] : []),
      ...(strategy === HyperParameterTuningStrategy.GRID && numeric.length > 0
        ? ['the Grid strategy takes categorical parameter ranges only'] : []),
      ...numeric.filter((range) => !Token.isUnresolved(range.minValue) && !Token.isUnresolved(range.maxValue) && range.minValue > range.maxValue)
        .map((range) => `parameter range ${range.name} has minValue ${range.minValue} above maxValue ${range.maxValue}`),
      ...(ranges.categoricalParameterRanges ?? []).filter((range) => range.values.length < 1 || range.values.length > 30)
        .map((range) => `categorical parameter range ${range.name} must list 1 to 30 values, got ${range.values.length}`),
      ...(parents && (parents.length < 1 || parents.length > 5) ? [`warmStartConfig.parentTuningJobNames must list 1 to 5 jobs, got ${parents.length}`] : []),
    ]);
  }
}

/** A numeric range, its bounds as the strings SageMaker takes. */
function renderNumericRange(range: NumericParameterRange): { [key: string]: any } {
  return {
    Name: range.name,
    MinValue: Tokenization.stringifyNumber(range.minValue),
    MaxValue: Tokenization.stringifyNumber(range.maxValue),
    ScalingType: range.scalingType,
  };
}
