import { Duration, Size, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { anyIfRunTime, managedEventsRuleStatement, propertyInjectable, validationError, withJsonata } from '../private';
import { SageMakerJobTask } from './private/job-task';
import { listTagsStatement, passRoleToSageMaker, renderEnvironment, renderTags } from './private/render';
import { renderAlgorithm, renderChannel, renderOutputDataConfig, renderResourceConfig } from './private/training';
import {
  InputMode, S3DataType, type AlgorithmSpecification, type Channel, type OutputDataConfig, type ResourceConfig,
  type StoppingCondition, type VpcConfig,
} from './types';

interface SageMakerCreateTrainingJobOptions {
  /**
   * The name of the training job, unique in the account and Region.
   */
  readonly trainingJobName: string;

  /**
   * The role SageMaker assumes to run the job. It needs every permission the job uses.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createtrainingjob-perms
   * @default - a role that SageMaker can assume, allowed to write metrics and logs and to get ECR tokens
   * (plus the EC2 network interface actions when `vpcConfig` is set)
   */
  readonly role?: iam.IRole;

  /**
   * The training algorithm: an algorithm name or a training image.
   */
  readonly algorithmSpecification: AlgorithmSpecification;

  /**
   * Cut the training container off the network: it can make no calls out and receive none.
   *
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * The algorithm's hyperparameters, set before training starts.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/algos.html
   * @default - none sent
   */
  readonly hyperparameters?: { [key: string]: any };

  /**
   * The datasets the job trains on (for example `train`, `validation`, `test`) and where they are stored.
   *
   * @default - none sent
   */
  readonly inputDataConfig?: Channel[];

  /**
   * Tags of the training job.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Where the job stores the model artifacts.
   */
  readonly outputDataConfig: OutputDataConfig;

  /**
   * The ML compute instances and storage the job runs on.
   *
   * @default - 1 `ml.m4.xlarge` instance with a 10 GiB volume
   */
  readonly resourceConfig?: ResourceConfig;

  /**
   * The job's time limit.
   *
   * @default - 1 hour
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * The VPC the job's instances connect to. The task creates a security group there.
   *
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Environment variables of the training container.
   *
   * @default - none sent
   */
  readonly environment?: { [key: string]: string };
}

/**
 * Props of `SageMakerCreateTrainingJob.jsonPath()`: a training job started from a JSONPath state.
 */
export interface SageMakerCreateTrainingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateTrainingJobOptions {}

/**
 * Props of `SageMakerCreateTrainingJob.jsonata()`: a training job started from a JSONata state.
 */
export interface SageMakerCreateTrainingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateTrainingJobOptions {}

/**
 * Props of `SageMakerCreateTrainingJob`, in either query language.
 */
export interface SageMakerCreateTrainingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateTrainingJobOptions {}

/**
 * A Task state that starts an Amazon SageMaker training job, and with `RUN_JOB` waits for it to finish.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
@propertyInjectable
export class SageMakerCreateTrainingJob extends SageMakerJobTask implements iam.IGrantable, ec2.IConnectable {
  /**
   * The id under which property injectors apply to this class; the same as aws-cdk-lib's, so injectors
   * written for its class apply here too.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateTrainingJob';

  /**
   * A Task state, in JSONPath, that starts an Amazon SageMaker training job.
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonPathProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an Amazon SageMaker training job.
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonataProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, withJsonata(props));
  }

  private readonly algorithmSpecification: AlgorithmSpecification;
  private readonly inputDataConfig?: Channel[];
  private readonly resourceConfig: ResourceConfig;
  private readonly stoppingCondition: StoppingCondition;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateTrainingJobProps) {
    super(scope, id, props, 'createTrainingJob');

    this.resourceConfig = props.resourceConfig ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
      volumeSize: Size.gibibytes(10),
    };
    this.stoppingCondition = props.stoppingCondition ?? { maxRuntime: Duration.hours(1) };

    const algorithm = props.algorithmSpecification;
    if (!algorithm.algorithmName && !algorithm.trainingImage) {
      throw validationError(this, 'DefineAlgorithmNameTrainingImage',
        'Must define either an algorithm name or training image URI in the algorithm specification');
    }
    if (algorithm.algorithmName && algorithm.trainingImage) {
      throw validationError(this, 'CannotDefineAlgorithmNameTraining',
        'Cannot define both an algorithm name and training image URI in the algorithm specification');
    }
    this.validateAlgorithmName(algorithm.algorithmName);
    this.algorithmSpecification = algorithm.trainingInputMode ? algorithm : { ...algorithm, trainingInputMode: InputMode.FILE };

    this.inputDataConfig = props.inputDataConfig?.map((channel) => channel.dataSource.s3DataSource.s3DataType ? channel : {
      ...channel,
      dataSource: { s3DataSource: { ...channel.dataSource.s3DataSource, s3DataType: S3DataType.S3_PREFIX } },
    });

    const role = this._placeJob({
      noun: 'training job',
      role: props.role,
      rolePolicyName: 'CreateTrainingJob',
      vpcConfig: props.vpcConfig,
      ignoreSecurityGroupsWithoutVpc: true,
    });
    if (props.outputDataConfig.encryptionKey) {
      props.outputDataConfig.encryptionKey.grantEncrypt(role);
    }
    props.resourceConfig?.volumeEncryptionKey?.grant(role, 'kms:CreateGrant');
    this._ensureSecurityGroup('TrainJobSecurityGroup');

    this._setTaskPolicies(this.makePolicyStatements(role));
  }

  /**
   * The CreateTrainingJob request. Binding the images and locations grants the role their access.
   *
   * @internal
   */
  protected _renderRequest(): { [key: string]: any } {
    return {
      TrainingJobName: this.props.trainingJobName,
      EnableNetworkIsolation: this.props.enableNetworkIsolation,
      RoleArn: this.role.roleArn,
      AlgorithmSpecification: renderAlgorithm(this, this.algorithmSpecification),
      InputDataConfig: this.inputDataConfig?.map((channel) => renderChannel(this, channel)),
      OutputDataConfig: renderOutputDataConfig(this, this.props.outputDataConfig),
      ResourceConfig: renderResourceConfig(this.resourceConfig),
      StoppingCondition: {
        MaxRuntimeInSeconds: this.stoppingCondition.maxRuntime && this.stoppingCondition.maxRuntime.toSeconds(),
      },
      ...(this.props.hyperparameters && { HyperParameters: this.props.hyperparameters }),
      ...renderTags(this.props.tags),
      ...this._renderVpcConfig(),
      ...renderEnvironment(this.props.environment),
    };
  }

  /** An algorithm name known at synthesis must be a valid name or algorithm ARN. */
  private validateAlgorithmName(algorithmName?: string): void {
    if (algorithmName === undefined || Token.isUnresolved(algorithmName)) {
      return;
    }
    if (algorithmName.length < 1 || algorithmName.length > 170) {
      throw validationError(this, 'AlgorithmNameLength',
        `Algorithm name length must be between 1 and 170, but got ${algorithmName.length}`);
    }
    // Written as aws-cdk-lib writes it: the error message quotes the pattern's source, escapes included.
    // eslint-disable-next-line no-useless-escape
    const pattern = /^(arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$/;
    if (!pattern.test(algorithmName)) {
      throw validationError(this, 'ExpectedAlgorithmNameMatchPattern',
        `Expected algorithm name to match pattern ${pattern.source}, but got ${algorithmName}`);
    }
  }

  /** What the state machine's role needs: run and tag the job, pass the job's role, and for RUN_JOB follow it. */
  private makePolicyStatements(role: iam.IRole): iam.PolicyStatement[] {
    const stack = Stack.of(this);
    const name = this.props.trainingJobName;
    const trainingJobArn = (resourceName: string) => stack.formatArn({ service: 'sagemaker', resource: 'training-job', resourceName });
    const statements = [
      new iam.PolicyStatement({
        actions: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'],
        resources: [trainingJobArn(anyIfRunTime(name, '*'))],
      }),
      listTagsStatement(),
      new iam.PolicyStatement({
        actions: ['sagemaker:AddTags'],
        // aws-cdk-lib widens this one to `*` for a JSONPath name only, not for a JSONata name.
        resources: [trainingJobArn(sfn.JsonPath.isEncodedJsonPath(name) ? '*' : `${name}*`)],
      }),
      passRoleToSageMaker(role),
    ];
    if (this._integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(managedEventsRuleStatement(this, 'StepFunctionsGetEventsForSageMakerTrainingJobsRule'));
    }
    return statements;
  }
}
