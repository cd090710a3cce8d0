import type * as ec2 from 'aws-cdk-lib/aws-ec2';

/**
 * One model an endpoint configuration hosts, and the instances that serve it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
 */
export interface ProductionVariant {
  /**
   * The Elastic Inference accelerator attached to each instance.
   *
   * @default - none sent
   */
  readonly acceleratorType?: AcceleratorType;

  /**
   * How many instances to start with, at least 1.
   *
   * @default 1
   */
  readonly initialInstanceCount?: number;

  /**
   * The variant's weight: its share of the endpoint's traffic is its weight over the sum of all weights.
   * Must be above 0.
   *
   * @default - none sent; SageMaker uses 1.0
   */
  readonly initialVariantWeight?: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds. An expression taking it from the
   * state's data is sent unchanged, so its value must include the prefix.
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The variant's name.
   */
  readonly variantName: string;

  /**
   * The name of the model to host, as given when the model was created.
   */
  readonly modelName: string;
}

/**
 * A generation of Elastic Inference accelerators.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html
 */
export class AcceleratorClass {
  /**
   * The first generation of Elastic Inference accelerators.
   */
  public static readonly EIA1 = AcceleratorClass.of('eia1');

  /**
   * The second generation of Elastic Inference accelerators.
   */
  public static readonly EIA2 = AcceleratorClass.of('eia2');

  /**
   * A generation not listed here.
   *
   * @param version the generation's name, e.g. `eia2`
   */
  public static of(version: string): AcceleratorClass {
    return new AcceleratorClass(version);
  }

  /**
   * @param version the generation's name, e.g. `eia2`
   */
  private constructor(
    /**
     * The generation's name, e.g. `eia2`.
     */
    public readonly version: string,
  ) {}
}

/**
 * An Elastic Inference accelerator type (a generation and a size) to attach to the instances of a
 * production variant, for GPU-backed inference on demand.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html
 */
export class AcceleratorType {
  /**
   * The accelerator type of a generation and a size.
   *
   * Note: like aws-cdk-lib 2.276.0, this writes the generation as `String(acceleratorClass)`, which is
   * not its version name; `new AcceleratorType('ml.eia2.medium')` names a type exactly.
   */
  public static of(acceleratorClass: AcceleratorClass, instanceSize: ec2.InstanceSize): AcceleratorType {
    return new AcceleratorType(`ml.${acceleratorClass}.${instanceSize}`);
  }

  /**
   * @param instanceTypeIdentifier the full accelerator type, e.g. `ml.eia2.medium`
   */
  constructor(private readonly instanceTypeIdentifier: string) {}

  /**
   * The accelerator type as SageMaker names it, e.g. `ml.eia2.medium`.
   */
  public toString(): string {
    return this.instanceTypeIdentifier;
  }
}
