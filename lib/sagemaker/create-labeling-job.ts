import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  integrationPatternOf, integrationResourceArn, lengthProblems, patternProblems, queryLanguageOf, rangeProblems,
  throwProblems, withJsonata,
} from '../private';
import type {
  LabelingJobAlgorithmsConfig, LabelingJobHumanTaskConfig, LabelingJobInputConfig, LabelingJobOutputConfig,
  LabelingJobStoppingConditions,
} from './labeling-types';
import { SAGEMAKER_JOB_PATTERNS, defaultJobRole, sagemakerJobStatements } from './private/jobs';
import { renderTags } from './private/render';
import type { S3Location } from './s3-location';

interface SageMakerCreateLabelingJobOptions {
  /**
   * The name of the labeling job, unique in the account and Region: up to 63 letters, digits and hyphens,
   * starting and ending with a letter or digit. A name from the state's data (JSONPath or JSONata) grants
   * the state machine its actions on every labeling job of the account and Region.
   */
  readonly labelingJobName: string;

  /**
   * The attribute under which the output manifest holds each object's label: up to 127 letters, digits and
   * hyphens (ending in `-ref` for semantic segmentation and some other task types).
   */
  readonly labelAttributeName: string;

  /**
   * The role SageMaker assumes to run the job. The state machine may pass it to SageMaker, and to no other
   * service.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createlabelingjob-perms
   * @default - a role that SageMaker can assume, allowed to write metrics and logs, to read the manifest,
   * UI template and label categories, to write the output and to encrypt with its key
   */
  readonly role?: iam.IRole;

  /**
   * The data objects to label.
   */
  readonly inputConfig: LabelingJobInputConfig;

  /**
   * Where the labels go.
   */
  readonly outputConfig: LabelingJobOutputConfig;

  /**
   * The work asked of people, and the work team that does it.
   */
  readonly humanTaskConfig: LabelingJobHumanTaskConfig;

  /**
   * A JSON file of the label categories (and worker instructions) of the task. The job's role may read it.
   *
   * @default - none sent
   */
  readonly labelCategoryConfig?: S3Location;

  /**
   * When the job stops short of labeling every object.
   *
   * @default - none sent; the job labels every object
   */
  readonly stoppingConditions?: LabelingJobStoppingConditions;

  /**
   * Automated data labeling. Streaming jobs (`inputConfig.snsTopicArn`) do not support it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-streaming-create-labeling-job-api.html
   * @default - people label every object
   */
  readonly labelingJobAlgorithmsConfig?: LabelingJobAlgorithmsConfig;

  /**
   * Tags of the labeling job.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Props of `SageMakerCreateLabelingJob.jsonPath()`: a labeling job started from a JSONPath state.
 */
export interface SageMakerCreateLabelingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateLabelingJobOptions {}

/**
 * Props of `SageMakerCreateLabelingJob.jsonata()`: a labeling job started from a JSONata state.
 */
export interface SageMakerCreateLabelingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateLabelingJobOptions {}

/**
 * Props of `SageMakerCreateLabelingJob`, in either query language.
 */
export interface SageMakerCreateLabelingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateLabelingJobOptions {}

/**
 * A Task state that starts an Amazon SageMaker Ground Truth labeling job, in which people (optionally
 * helped by a model) label data, and with `RUN_JOB` (`.sync`) waits for it to end.
 *
 * With `.sync` the state machine may describe and stop the job and manage the EventBridge rule
 * `StepFunctionsGetEventsForSageMakerLabelingJobsRule`: SageMaker reports labeling job state changes to
 * EventBridge, and the rule is named like Step Functions' rules for the other SageMaker jobs.
 *
 * Not part of aws-cdk-lib.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateLabelingJob.html
 */
export class SageMakerCreateLabelingJob extends sfn.TaskStateBase implements iam.IGrantable {
  /**
   * A Task state, in JSONPath, that starts an Amazon SageMaker Ground Truth labeling job.
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateLabelingJobJsonPathProps): SageMakerCreateLabelingJob {
    return new SageMakerCreateLabelingJob(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an Amazon SageMaker Ground Truth labeling job.
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateLabelingJobJsonataProps): SageMakerCreateLabelingJob {
    return new SageMakerCreateLabelingJob(scope, id, withJsonata(props));
  }

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateLabelingJobProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SAGEMAKER_JOB_PATTERNS);
    this.validate();

    const role = this._role = props.role ?? defaultJobRole(this, 'SagemakerRole', 'CreateLabelingJob', false);
    props.outputConfig.encryptionKey?.grantEncrypt(role);
    props.labelingJobAlgorithmsConfig?.volumeEncryptionKey?.grant(role, 'kms:CreateGrant');

    // SageMaker reports a labeling job's end to EventBridge ("SageMaker Ground Truth Labeling Job State
    // Change", sms-monitor-cloud-watch.html), as it does training, transform, tuning and processing jobs',
    // which Step Functions follows through a managed rule; no page names the labeling one, so its name is
    // inferred from theirs.
    this.taskPolicies = sagemakerJobStatements(this, {
      resource: 'labeling-job',
      api: 'LabelingJob',
      eventsRule: 'StepFunctionsGetEventsForSageMakerLabelingJobsRule',
    }, props.labelingJobName, role, this.integrationPattern);
  }

  /**
   * The role SageMaker assumes to run the job: the one given as `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * The job's role, to grant it more permissions (for example to invoke Lambda functions of yours).
   */
  public get grantPrincipal(): iam.IPrincipal {
    return this._role;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'createLabelingJob', this.integrationPattern),
      ...this._renderParametersOrArguments(this.renderRequest(), queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /** The CreateLabelingJob request. Binding the locations grants the role their access. */
  private renderRequest(): { [key: string]: any } {
    const props = this.props;
    const input = props.inputConfig;
    const output = props.outputConfig;
    const human = props.humanTaskConfig;
    const algorithms = props.labelingJobAlgorithmsConfig;
    return {
      LabelingJobName: props.labelingJobName,
      LabelAttributeName: props.labelAttributeName,
      RoleArn: this._role.roleArn,
      InputConfig: {
        DataSource: {
          S3DataSource: input.manifest && { ManifestS3Uri: input.manifest.bind(this, { forReading: true }).uri },
          SnsDataSource: input.snsTopicArn ? { SnsTopicArn: input.snsTopicArn } : undefined,
        },
        DataAttributes: input.contentClassifiers && { ContentClassifiers: input.contentClassifiers },
      },
      OutputConfig: {
        S3OutputPath: output.s3OutputLocation.bind(this, { forWriting: true }).uri,
        KmsKeyId: output.encryptionKey?.keyArn,
        SnsTopicArn: output.snsTopicArn,
      },
      HumanTaskConfig: {
        WorkteamArn: human.workteamArn,
        UiConfig: human.uiTemplate
          ? { UiTemplateS3Uri: human.uiTemplate.bind(this, { forReading: true }).uri }
          : { HumanTaskUiArn: human.humanTaskUiArn },
        PreHumanTaskLambdaArn: human.preHumanTaskLambdaArn,
        TaskKeywords: human.taskKeywords,
        TaskTitle: human.taskTitle,
        TaskDescription: human.taskDescription,
        NumberOfHumanWorkersPerDataObject: human.numberOfHumanWorkersPerDataObject,
        TaskTimeLimitInSeconds: human.taskTimeLimit.toSeconds(),
        TaskAvailabilityLifetimeInSeconds: human.taskAvailabilityLifetime?.toSeconds(),
        MaxConcurrentTaskCount: human.maxConcurrentTaskCount,
        AnnotationConsolidationConfig: human.annotationConsolidationLambdaArn
          ? { AnnotationConsolidationLambdaArn: human.annotationConsolidationLambdaArn }
          : undefined,
      },
      LabelCategoryConfigS3Uri: props.labelCategoryConfig?.bind(this, { forReading: true }).uri,
      StoppingConditions: props.stoppingConditions && {
        MaxHumanLabeledObjectCount: props.stoppingConditions.maxHumanLabeledObjectCount,
        MaxPercentageOfInputDatasetLabeled: props.stoppingConditions.maxPercentageOfInputDatasetLabeled,
      },
      LabelingJobAlgorithmsConfig: algorithms && {
        LabelingJobAlgorithmSpecificationArn: algorithms.labelingJobAlgorithmSpecificationArn,
        InitialActiveLearningModelArn: algorithms.initialActiveLearningModelArn,
        LabelingJobResourceConfig: algorithms.volumeEncryptionKey ? { VolumeKmsKeyId: algorithms.volumeEncryptionKey.keyArn } : undefined,
      },
      ...renderTags(props.tags),
    };
  }

  /** Every constraint of the API that can be checked before deployment, reported at once. */
  private validate(): void {
    const props = this.props;
    const input = props.inputConfig;
    const human = props.humanTaskConfig;
    const keywords = human.taskKeywords;
    throwProblems(this, 'InvalidSageMakerLabelingJob', 'Invalid SageMaker labeling job', [
      ...lengthProblems('labelingJobName', props.labelingJobName, 1, 63),
      ...patternProblems('labelingJobName', props.labelingJobName, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
        'letters, digits and hyphens, starting and ending with a letter or digit'),
      ...lengthProblems('labelAttributeName', props.labelAttributeName, 1, 127),
      ...patternProblems('labelAttributeName', props.labelAttributeName, /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,126}$/,
        'letters, digits and hyphens, starting and ending with a letter or digit'),
      // LabelingJobDataSource: at least one of the two; a streaming job (SNS topic) may also start from a manifest.
      ...(!input.manifest && !input.snsTopicArn ? ['inputConfig needs a manifest, an snsTopicArn or both'] : []),
      ...(input.snsTopicArn && props.labelingJobAlgorithmsConfig
        ? ['labelingJobAlgorithmsConfig cannot be used with inputConfig.snsTopicArn: streaming labeling jobs do not support automated data labeling'] : []),
      ...(human.uiTemplate && human.humanTaskUiArn ? ['humanTaskConfig takes a uiTemplate or a humanTaskUiArn, not both'] : []),
      ...(!human.uiTemplate && !human.humanTaskUiArn ? ['humanTaskConfig needs a uiTemplate or a humanTaskUiArn'] : []),
      ...lengthProblems('humanTaskConfig.taskTitle', human.taskTitle, 1, 128),
      ...lengthProblems('humanTaskConfig.taskDescription', human.taskDescription, 1, 255),
      ...(keywords && (keywords.length < 1 || keywords.length > 5) ? [`humanTaskConfig.taskKeywords must list 1 to 5 keywords, got ${keywords.length}`] : []),
      ...rangeProblems('humanTaskConfig.numberOfHumanWorkersPerDataObject', human.numberOfHumanWorkersPerDataObject, 1, 9),
      ...rangeProblems('humanTaskConfig.taskTimeLimit (seconds)', human.taskTimeLimit.toSeconds(), 30, 604800),
      ...rangeProblems('humanTaskConfig.taskAvailabilityLifetime (seconds)', human.taskAvailabilityLifetime?.toSeconds(), 60, 864000),
      ...rangeProblems('humanTaskConfig.maxConcurrentTaskCount', human.maxConcurrentTaskCount, 1, 5000),
      ...rangeProblems('stoppingConditions.maxHumanLabeledObjectCount', props.stoppingConditions?.maxHumanLabeledObjectCount, 1, Number.MAX_SAFE_INTEGER),
      ...rangeProblems('stoppingConditions.maxPercentageOfInputDatasetLabeled', props.stoppingConditions?.maxPercentageOfInputDatasetLabeled, 1, 100),
    ]);
  }
}
