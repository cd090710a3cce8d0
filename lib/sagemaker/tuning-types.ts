import type { Duration } from 'aws-cdk-lib';

/**
 * How a hyperparameter tuning job picks the hyperparameters of its next training jobs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-how-it-works.html
 */
export enum HyperParameterTuningStrategy {
  /** Treats tuning as a regression problem and picks promising values (Bayesian optimization). */
  BAYESIAN = 'Bayesian',
  /** Picks values at random in the ranges. */
  RANDOM = 'Random',
  /** Random search that stops under-performing jobs early and gives their resources to the others. */
  HYPERBAND = 'Hyperband',
  /** Tries every combination of the categorical values. */
  GRID = 'Grid',
}

/**
 * Whether the objective metric should grow or shrink.
 */
export enum TuningObjectiveType {
  /** Higher is better (e.g. accuracy). */
  MAXIMIZE = 'Maximize',
  /** Lower is better (e.g. loss). */
  MINIMIZE = 'Minimize',
}

/**
 * The metric by which a tuning job ranks its training jobs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobObjective.html
 */
export interface TuningObjective {
  /**
   * The metric's name, as the algorithm's metric definitions name it.
   */
  readonly metricName: string;

  /**
   * Whether to maximize or minimize the metric.
   */
  readonly type: TuningObjectiveType;
}

/**
 * How much a tuning job may run.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
 */
export interface TuningResourceLimits {
  /**
   * How many training jobs the tuning job may start in all (not with the Grid strategy).
   *
   * @default - none sent
   */
  readonly maxNumberOfTrainingJobs?: number;

  /**
   * How many training jobs may run at the same time.
   */
  readonly maxParallelTrainingJobs: number;

  /**
   * How long the tuning job may run, from 120 seconds to 15768000 seconds (half a year), sent in seconds.
   *
   * @default - none sent
   */
  readonly maxRuntime?: Duration;
}

/**
 * How values of a numeric hyperparameter range are explored.
 */
export enum HyperParameterScalingType {
  /** SageMaker picks the scale. */
  AUTO = 'Auto',
  /** Values spread evenly. */
  LINEAR = 'Linear',
  /** Values spread on a log scale (positive ranges only). */
  LOGARITHMIC = 'Logarithmic',
  /** Values close to 1 are explored more (continuous ranges within [0, 1) only). */
  REVERSE_LOGARITHMIC = 'ReverseLogarithmic',
}

/**
 * A hyperparameter taking one of a set of values.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CategoricalParameterRange.html
 */
export interface CategoricalParameterRange {
  /** The hyperparameter's name. */
  readonly name: string;
  /** The values to try: 1 to 30. */
  readonly values: string[];
}

/**
 * A hyperparameter taking a value between two numbers.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContinuousParameterRange.html
 */
export interface NumericParameterRange {
  /** The hyperparameter's name. */
  readonly name: string;
  /** The lowest value to try. */
  readonly minValue: number;
  /** The highest value to try. */
  readonly maxValue: number;
  /**
   * How values are spread over the range.
   *
   * @default - none sent; `Auto`
   */
  readonly scalingType?: HyperParameterScalingType;
}

/**
 * The hyperparameters a tuning job varies, and their ranges.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParameterRanges.html
 */
export interface ParameterRanges {
  /**
   * Hyperparameters that take one of a set of values.
   *
   * @default - none
   */
  readonly categoricalParameterRanges?: CategoricalParameterRange[];

  /**
   * Hyperparameters that take a real number in a range.
   *
   * @default - none
   */
  readonly continuousParameterRanges?: NumericParameterRange[];

  /**
   * Hyperparameters that take a whole number in a range.
   *
   * @default - none
   */
  readonly integerParameterRanges?: NumericParameterRange[];
}

/**
 * Whether a tuning job stops training jobs that are unlikely to beat the best one so far.
 */
export enum TrainingJobEarlyStoppingType {
  /** Training jobs run to the end. */
  OFF = 'Off',
  /** SageMaker stops unpromising training jobs. */
  AUTO = 'Auto',
}

/**
 * How a warm-started tuning job relates to its parents.
 */
export enum WarmStartType {
  /** Same data and algorithm as the parents. */
  IDENTICAL_DATA_AND_ALGORITHM = 'IdenticalDataAndAlgorithm',
  /** Other data, algorithm or ranges than the parents. */
  TRANSFER_LEARNING = 'TransferLearning',
}

/**
 * Start a tuning job from what earlier tuning jobs learned.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobWarmStartConfig.html
 */
export interface TuningWarmStartConfig {
  /** The names of the parent tuning jobs: 1 to 5. */
  readonly parentTuningJobNames: string[];
  /** How the new job relates to its parents. */
  readonly warmStartType: WarmStartType;
}
