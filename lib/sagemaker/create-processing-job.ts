import { Size, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { lengthProblems, patternProblems, rangeProblems, throwProblems, withJsonata } from '../private';
import { SageMakerJobTask } from './private/job-task';
import { sagemakerJobStatements } from './private/jobs';
import { mlInstanceType, renderEnvironment, renderTags } from './private/render';
import { ProcessingS3UploadMode, type ProcessingAppSpecification, type ProcessingInput, type ProcessingOutputConfig } from './processing-types';
import { S3DataType, type ResourceConfig, type StoppingCondition, type VpcConfig } from './types';

interface SageMakerCreateProcessingJobOptions {
  /**
   * The name of the processing job, unique in the account and Region: up to 63 letters, digits and
   * hyphens, starting and ending with a letter or digit. A name from the state's data (JSONPath or JSONata)
   * grants the state machine its actions on every processing job of the account and Region.
   */
  readonly processingJobName: string;

  /**
   * The role SageMaker assumes to run the job. The state machine may pass it to SageMaker, and to no other
   * service.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createprocessingjob-perms
   * @default - a role that SageMaker can assume, allowed to write metrics and logs and to get ECR tokens
   * (plus the EC2 network interface actions when `vpcConfig` is set), and to use the job's image, S3
   * locations and keys
   */
  readonly role?: iam.IRole;

  /**
   * The container the job runs.
   */
  readonly appSpecification: ProcessingAppSpecification;

  /**
   * The datasets the job reads: at most ten.
   *
   * @default - no inputs
   */
  readonly processingInputs?: ProcessingInput[];

  /**
   * Where the job's results go.
   *
   * @default - no outputs
   */
  readonly processingOutputConfig?: ProcessingOutputConfig;

  /**
   * The ML compute instances and storage the job runs on (1 to 100 instances, 1 to 16384 GiB each).
   *
   * @default - 1 `ml.m5.xlarge` instance with a 10 GiB volume
   */
  readonly processingResources?: ResourceConfig;

  /**
   * The job's time limit, at most 9 days (777,600 seconds).
   *
   * @default - none sent; SageMaker's own limit applies
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * Environment variables of the container: at most 100.
   *
   * @default - none sent
   */
  readonly environment?: { [key: string]: string };

  /**
   * The VPC the job's instances connect to. The task creates a security group there.
   *
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Cut the container off the network: it can make no calls out and receive none.
   *
   * @default - none sent; not isolated
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * Encrypt the traffic between the job's instances.
   *
   * @default - none sent; not encrypted
   */
  readonly enableInterContainerTrafficEncryption?: boolean;

  /**
   * Tags of the processing job.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `SageMakerCreateProcessingJob.jsonPath()`: a processing job started from a JSONPath state.
 */
export interface SageMakerCreateProcessingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateProcessingJobOptions {}

/**
 * Props of `SageMakerCreateProcessingJob.jsonata()`: a processing job started from a JSONata state.
 */
export interface SageMakerCreateProcessingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateProcessingJobOptions {}

/**
 * Props of `SageMakerCreateProcessingJob`, in either query language.
 */
export interface SageMakerCreateProcessingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateProcessingJobOptions {}

/**
 * A Task state that starts an Amazon SageMaker processing job (data preparation, feature engineering,
 * model evaluation in a container of your own), and with `RUN_JOB` (`.sync`) waits for it to end.
 *
 * Not part of aws-cdk-lib (aws-cdk#9537).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html
 */
export class SageMakerCreateProcessingJob extends SageMakerJobTask implements iam.IGrantable, ec2.IConnectable {
  /**
   * A Task state, in JSONPath, that starts an Amazon SageMaker processing job.
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateProcessingJobJsonPathProps): SageMakerCreateProcessingJob {
    return new SageMakerCreateProcessingJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an Amazon SageMaker processing job.
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateProcessingJobJsonataProps): SageMakerCreateProcessingJob {
    return new SageMakerCreateProcessingJob(scope, id, withJsonata(props));
  }

  private readonly resources: ResourceConfig;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateProcessingJobProps) {
    super(scope, id, props, 'createProcessingJob');
    this.resources = props.processingResources ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
      volumeSize: Size.gibibytes(10),
    };
    this.validate();

    const role = this._placeJob({ noun: 'processing job', role: props.role, rolePolicyName: 'CreateProcessingJob', vpcConfig: props.vpcConfig });
    props.processingOutputConfig?.encryptionKey?.grantEncrypt(role);
    this.resources.volumeEncryptionKey?.grant(role, 'kms:CreateGrant');
    this._ensureSecurityGroup('ProcessingJobSecurityGroup');

    this._setTaskPolicies(sagemakerJobStatements(this, {
      resource: 'processing-job',
      api: 'ProcessingJob',
      eventsRule: 'StepFunctionsGetEventsForSageMakerProcessingJobsRule',
    }, props.processingJobName, role, this._integrationPattern));
  }

  /**
   * The CreateProcessingJob request. Binding the image and locations grants the role their access.
   *
   * @internal
   */
  protected _renderRequest(): { [key: string]: any } {
    const props = this.props;
    const app = props.appSpecification;
    const resources = this.resources;
    const outputConfig = props.processingOutputConfig;
    const network = {
      EnableNetworkIsolation: props.enableNetworkIsolation,
      EnableInterContainerTrafficEncryption: props.enableInterContainerTrafficEncryption,
      ...this._renderVpcConfig(),
    };
    return {
      ProcessingJobName: props.processingJobName,
      RoleArn: this.role.roleArn,
      AppSpecification: {
        ImageUri: app.image.bind(this).imageUri,
        ContainerEntrypoint: app.containerEntrypoint,
        ContainerArguments: app.containerArguments,
      },
      ProcessingInputs: props.processingInputs?.map((input) => ({
        InputName: input.inputName,
        AppManaged: input.appManaged,
        S3Input: {
          S3Uri: input.s3Input.s3Location.bind(this, { forReading: true }).uri,
          LocalPath: input.s3Input.localPath,
          S3DataType: input.s3Input.s3DataType ?? S3DataType.S3_PREFIX,
          S3InputMode: input.s3Input.s3InputMode,
          S3DataDistributionType: input.s3Input.s3DataDistributionType,
          S3CompressionType: input.s3Input.s3CompressionType,
        },
      })),
      ProcessingOutputConfig: outputConfig && {
        Outputs: outputConfig.outputs.map((output) => ({
          OutputName: output.outputName,
          AppManaged: output.appManaged,
          S3Output: {
            S3Uri: output.s3Output.s3Location.bind(this, { forWriting: true }).uri,
            LocalPath: output.s3Output.localPath,
            S3UploadMode: output.s3Output.s3UploadMode ?? ProcessingS3UploadMode.END_OF_JOB,
          },
        })),
        KmsKeyId: outputConfig.encryptionKey?.keyArn,
      },
      ProcessingResources: {
        ClusterConfig: {
          InstanceCount: resources.instanceCount,
          InstanceType: mlInstanceType(resources.instanceType),
          VolumeSizeInGB: resources.volumeSize.toGibibytes(),
          VolumeKmsKeyId: resources.volumeEncryptionKey?.keyArn,
        },
      },
      StoppingCondition: props.stoppingCondition?.maxRuntime && { MaxRuntimeInSeconds: props.stoppingCondition.maxRuntime.toSeconds() },
      ...renderEnvironment(props.environment),
      NetworkConfig: Object.values(network).some((value) => value !== undefined) ? network : undefined,
      ...renderTags(props.tags),
    };
  }

  /** Every constraint of the API that can be checked before deployment, reported at once. */
  private validate(): void {
    const props = this.props;
    const inputs = props.processingInputs ?? [];
    const outputs = props.processingOutputConfig?.outputs ?? [];
    const maxRuntime = props.stoppingCondition?.maxRuntime;
    throwProblems(this, 'InvalidSageMakerProcessingJob', 'Invalid SageMaker processing job', [
      ...lengthProblems('processingJobName', props.processingJobName, 1, 63),
      ...patternProblems('processingJobName', props.processingJobName, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
        'letters, digits and hyphens, starting and ending with a letter or digit'),
      ...countProblems('appSpecification.containerEntrypoint', props.appSpecification.containerEntrypoint, 1, 100),
      ...countProblems('appSpecification.containerArguments', props.appSpecification.containerArguments, 1, 256),
      ...countProblems('processingInputs', props.processingInputs, 0, 10),
      ...countProblems('processingOutputConfig.outputs', props.processingOutputConfig?.outputs, 0, 10),
      ...duplicateProblems('processingInputs', inputs.map((input) => input.inputName)),
      ...duplicateProblems('processingOutputConfig.outputs', outputs.map((output) => output.outputName)),
      ...[...inputs.map((input) => input.s3Input.localPath), ...outputs.map((output) => output.s3Output.localPath)]
        .filter((path) => !Token.isUnresolved(path) && !path.startsWith('/opt/ml/processing/'))
        .map((path) => `localPath must be under /opt/ml/processing/, got '${path}'`),
      ...rangeProblems('processingResources.instanceCount', this.resources.instanceCount, 1, 100),
      ...rangeProblems('processingResources.volumeSize (GiB)', this.resources.volumeSize.toGibibytes(), 1, 16384),
      ...rangeProblems('stoppingCondition.maxRuntime (seconds)', maxRuntime && maxRuntime.toSeconds(), 1, 777600),
      ...(Object.keys(props.environment ?? {}).length > 100 ? [`environment may hold at most 100 variables, got ${Object.keys(props.environment!).length}`] : []),
    ]);
  }
}

/** The problem with a list the API bounds in length, if it is given and out of bounds. */
function countProblems(name: string, list: readonly unknown[] | undefined, min: number, max: number): string[] {
  if (list === undefined || Token.isUnresolved(list)) {
    return [];
  }
  return list.length < min || list.length > max ? [`${name} must list ${min} to ${max} entries, got ${list.length}`] : [];
}

/** The problem with names that must be unique, if some known now repeat. */
function duplicateProblems(name: string, names: string[]): string[] {
  const known = names.filter((n) => !Token.isUnresolved(n));
  const repeated = [...new Set(known.filter((n, i) => known.indexOf(n) !== i))];
  return repeated.length > 0 ? [`${name} must have unique names, repeated: ${repeated.join(', ')}`] : [];
}
