import { Stack, Token, type Size } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, managedEventsRuleStatement, queryLanguageOf, validationError, withJsonata } from '../private';
import { listTagsStatement, mlInstanceType, passRoleToSageMaker, renderEnvironment, renderTags } from './private/render';
import type { BatchStrategy, ModelClientOptions, TransformInput, TransformOutput, TransformResources } from './transform-types';
import { S3DataType } from './types';

interface SageMakerCreateTransformJobOptions {
  /**
   * The name of the transform job, unique in the account and Region.
   */
  readonly transformJobName: string;

  /**
   * The role the task passes to SageMaker for the job.
   *
   * @default - a role that SageMaker can assume, with the `AmazonSageMakerFullAccess` managed policy
   */
  readonly role?: iam.IRole;

  /**
   * How many records go into one request to the model.
   *
   * @default - none sent
   */
  readonly batchStrategy?: BatchStrategy;

  /**
   * Environment variables of the model's container.
   *
   * @default - none sent
   */
  readonly environment?: { [key: string]: string };

  /**
   * How many requests each instance handles at once.
   *
   * @default - none sent: SageMaker asks the container's execution-parameters endpoint, else uses 1
   */
  readonly maxConcurrentTransforms?: number;

  /**
   * The largest payload of one request, sent in whole mebibytes.
   *
   * @default - none sent; SageMaker uses 6 MB
   */
  readonly maxPayload?: Size;

  /**
   * The name of the model the job runs the data through.
   */
  readonly modelName: string;

  /**
   * The time limit and retries of each request to the model.
   *
   * @default - none sent; SageMaker uses no retries and a 60-second timeout
   */
  readonly modelClientOptions?: ModelClientOptions;

  /**
   * Tags of the transform job.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * The data to transform and where it is.
   */
  readonly transformInput: TransformInput;

  /**
   * Where the job writes its results.
   */
  readonly transformOutput: TransformOutput;

  /**
   * The ML compute instances the job runs on.
   *
   * @default - 1 `ml.m4.xlarge` instance
   */
  readonly transformResources?: TransformResources;
}

/**
 * Props of `SageMakerCreateTransformJob.jsonPath()`: a transform job started from a JSONPath state.
 */
export interface SageMakerCreateTransformJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateTransformJobOptions {}

/**
 * Props of `SageMakerCreateTransformJob.jsonata()`: a transform job started from a JSONata state.
 */
export interface SageMakerCreateTransformJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateTransformJobOptions {}

/**
 * Props of `SageMakerCreateTransformJob`, in either query language.
 */
export interface SageMakerCreateTransformJobProps extends sfn.TaskStateBaseProps, SageMakerCreateTransformJobOptions {}

/**
 * A Task state that starts an Amazon SageMaker batch transform job, which runs a dataset through a model,
 * and with `RUN_JOB` waits for it to finish.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateTransformJob extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that starts an Amazon SageMaker batch transform job.
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonPathProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an Amazon SageMaker batch transform job.
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonataProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly transformInput: TransformInput;
  private readonly transformResources: TransformResources;
  private _role?: iam.IRole;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateTransformJobProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SageMakerCreateTransformJob.SUPPORTED_INTEGRATION_PATTERNS);

    const input = props.transformInput;
    this.transformInput = input.transformDataSource.s3DataSource.s3DataType ? input : {
      ...input,
      transformDataSource: { s3DataSource: { ...input.transformDataSource.s3DataSource, s3DataType: S3DataType.S3_PREFIX } },
    };
    this.transformResources = props.transformResources ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
    };

    this._role = props.role ?? new iam.Role(this, 'SagemakerTransformRole', {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSageMakerFullAccess')],
    });
    this.taskPolicies = this.makePolicyStatements(this._role);
  }

  /**
   * The role the task passes to SageMaker for the job: the one given as `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    if (this._role === undefined) {
      throw validationError(this, 'RoleAvailableYetObjectTask', 'role not available yet--use the object in a Task first');
    }
    return this._role;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'createTransformJob', this.integrationPattern),
      ...this._renderParametersOrArguments(this.renderParameters(), queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** The CreateTransformJob request. */
  private renderParameters(): { [key: string]: any } {
    const props = this.props;
    const input = this.transformInput;
    const output = props.transformOutput;
    const resources = this.transformResources;
    return {
      ...(props.batchStrategy && { BatchStrategy: props.batchStrategy }),
      ...renderEnvironment(props.environment),
      ...(props.maxConcurrentTransforms && { MaxConcurrentTransforms: props.maxConcurrentTransforms }),
      ...(props.maxPayload && { MaxPayloadInMB: props.maxPayload.toMebibytes() }),
      ...(props.modelClientOptions && this.renderModelClientOptions(props.modelClientOptions)),
      ModelName: props.modelName,
      ...renderTags(props.tags),
      TransformInput: {
        ...(input.compressionType && { CompressionType: input.compressionType }),
        ...(input.contentType && { ContentType: input.contentType }),
        DataSource: {
          S3DataSource: {
            S3Uri: input.transformDataSource.s3DataSource.s3Uri,
            S3DataType: input.transformDataSource.s3DataSource.s3DataType,
          },
        },
        ...(input.splitType && { SplitType: input.splitType }),
      },
      TransformJobName: props.transformJobName,
      TransformOutput: {
        S3OutputPath: output.s3OutputPath,
        ...(output.encryptionKey && { KmsKeyId: output.encryptionKey.keyRef.keyArn }),
        ...(output.accept && { Accept: output.accept }),
        ...(output.assembleWith && { AssembleWith: output.assembleWith }),
      },
      TransformResources: {
        InstanceCount: resources.instanceCount,
        InstanceType: mlInstanceType(resources.instanceType),
        ...(resources.volumeEncryptionKey && { VolumeKmsKeyId: resources.volumeEncryptionKey.keyRef.keyArn }),
      },
    };
  }

  /** `ModelClientConfig`, checked when rendered (values known at synthesis must be in range). */
  private renderModelClientOptions(options: ModelClientOptions): { ModelClientConfig: { [key: string]: any } } {
    const retries = options.invocationsMaxRetries;
    if (!Token.isUnresolved(retries) && retries && (retries < 0 || retries > 3)) {
      throw validationError(this, 'InvocationsMaxRetriesReceived', `invocationsMaxRetries should be between 0 and 3. Received: ${retries}.`);
    }
    const timeout = options.invocationsTimeout?.toSeconds();
    if (!Token.isUnresolved(timeout) && timeout && (timeout < 1 || timeout > 3600)) {
      throw validationError(this, 'InvocationsTimeoutSecondsReceived', `invocationsTimeout should be between 1 and 3600 seconds. Received: ${timeout}.`);
    }
    return {
      ModelClientConfig: {
        InvocationsMaxRetries: retries ?? 0,
        InvocationsTimeoutInSeconds: timeout ?? 60,
      },
    };
  }

  /** What the state machine's role needs: run transform jobs, pass the job's role, and for RUN_JOB follow and tag them. */
  private makePolicyStatements(role: iam.IRole): iam.PolicyStatement[] {
    const transformJobs = Stack.of(this).formatArn({ service: 'sagemaker', resource: 'transform-job', resourceName: '*' });
    const statements = [
      new iam.PolicyStatement({
        actions: ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'],
        resources: [transformJobs],
      }),
      listTagsStatement(),
      passRoleToSageMaker(role),
    ];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(
        managedEventsRuleStatement(this, 'StepFunctionsGetEventsForSageMakerTransformJobsRule'),
        new iam.PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [transformJobs] }),
      );
    }
    return statements;
  }
}
