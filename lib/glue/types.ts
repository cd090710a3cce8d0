/**
 * Worker settings that replace the job definition's for one run of a Glue job.
 */
export interface WorkerConfigurationProperty {
  /**
   * The predefined worker type, as a fixed enum.
   *
   * Set exactly one of `workerType` and `workerTypeV2`.
   *
   * @default - none: `workerTypeV2` must be set instead
   * @deprecated use `workerTypeV2`, which also accepts worker types this library does not list
   */
  readonly workerType?: WorkerType;

  /**
   * The predefined worker type: one of the static members, or any name through `WorkerTypeV2.of(...)`.
   *
   * Set exactly one of `workerType` and `workerTypeV2`.
   *
   * @default - none: `workerType` must be set instead
   */
  readonly workerTypeV2?: WorkerTypeV2;

  /**
   * How many workers of that type the run gets.
   */
  readonly numberOfWorkers: number;
}

/**
 * A predefined Glue worker type, as a fixed list.
 *
 * @deprecated use `WorkerTypeV2` (the `workerTypeV2` prop of `WorkerConfigurationProperty`)
 */
export enum WorkerType {
  /** A standard worker: 4 vCPU, 16 GB of memory, a 50 GB disk and 2 executors. */
  STANDARD = 'Standard',
  /** A quarter DPU (2 vCPU, 4 GB of memory, 64 GB disk) with 1 executor, for small streaming jobs. */
  G_025X = 'G.025X',
  /** 1 DPU (4 vCPU, 16 GB of memory, 64 GB disk) with 1 executor, for memory-hungry jobs. */
  G_1X = 'G.1X',
  /** 2 DPU (8 vCPU, 32 GB of memory, 128 GB disk) with 1 executor, for memory-hungry jobs. */
  G_2X = 'G.2X',
  /** 4 DPU (16 vCPU, 64 GB of memory, 256 GB disk) with 1 executor, for the heaviest transforms and joins; Glue 3.0 and later. */
  G_4X = 'G.4X',
  /** 8 DPU (32 vCPU, 128 GB of memory, 512 GB disk) with 1 executor, for the heaviest transforms and joins; Glue 3.0 and later. */
  G_8X = 'G.8X',
  /** 2 high-memory DPU (8 vCPU, 64 GB of memory, 128 GB disk), for Ray jobs. */
  Z_2X = 'Z.2X',
}

/**
 * A Glue worker type: one of the predefined members, or any other name with `WorkerTypeV2.of('...')`.
 */
export class WorkerTypeV2 {
  /** A standard worker: 4 vCPU, 16 GB of memory, a 50 GB disk and 2 executors. */
  public static readonly STANDARD = new WorkerTypeV2('Standard');

  /** 1 DPU (4 vCPU, 16 GB of memory, 64 GB disk) with 1 executor, for memory-hungry jobs. */
  public static readonly G_1X = new WorkerTypeV2('G.1X');

  /** 2 DPU (8 vCPU, 32 GB of memory, 128 GB disk) with 1 executor, for memory-hungry jobs. */
  public static readonly G_2X = new WorkerTypeV2('G.2X');

  /** 4 DPU (16 vCPU, 64 GB of memory, 256 GB disk) with 1 executor, for the heaviest transforms and joins; Glue 3.0 and later. */
  public static readonly G_4X = new WorkerTypeV2('G.4X');

  /** 8 DPU (32 vCPU, 128 GB of memory, 512 GB disk) with 1 executor, for the heaviest transforms and joins; Glue 3.0 and later. */
  public static readonly G_8X = new WorkerTypeV2('G.8X');

  /** A quarter DPU (2 vCPU, 4 GB of memory, 64 GB disk) with 1 executor, for small streaming jobs. */
  public static readonly G_025X = new WorkerTypeV2('G.025X');

  /** 2 high-memory DPU (8 vCPU, 64 GB of memory, 128 GB disk), for Ray jobs. */
  public static readonly Z_2X = new WorkerTypeV2('Z.2X');

  /**
   * A worker type this class has no member for, by the name Glue gives it.
   *
   * @param workerType the worker type's name, e.g. `G.12X`
   */
  public static of(workerType: string): WorkerTypeV2 {
    return new WorkerTypeV2(workerType);
  }

  /**
   * The worker type's name as Glue's `WorkerType` field takes it.
   */
  public readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }
}

/**
 * How quickly Glue starts the job run.
 */
export enum ExecutionClass {
  /**
   * Spare capacity, started whenever it is available: cheaper, for jobs that can wait. Only Spark ETL
   * (`glueetl`) jobs on Glue 3.0 or later.
   */
  FLEX = 'FLEX',

  /**
   * Dedicated capacity, started at once: for time-sensitive jobs.
   */
  STANDARD = 'STANDARD',
}
