import { Stack, Token } from 'aws-cdk-lib';
import type * as bedrock from 'aws-cdk-lib/aws-bedrock';
import { ArnPrincipal, type IRole, type IRoleRef, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type {
  CustomizationType, CustomModelTag, IBedrockCreateModelCustomizationJobVpcConfig, OutputBucketConfiguration,
  TrainingBucketConfiguration, ValidationBucketConfiguration,
} from './types';
import { integrationPatternOf, integrationResourceArn, validationError } from '../private';

/**
 * Props of `BedrockCreateModelCustomizationJob`.
 */
export interface BedrockCreateModelCustomizationJobProps extends sfn.TaskStateBaseProps {
  /**
   * The foundation model to customize.
   */
  readonly baseModel: bedrock.IModel;

  /**
   * A token that makes the call idempotent: Bedrock creates one job per token. 1 to 256 characters.
   *
   * @see https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Run_Instance_Idempotency.html
   * @default - no token
   */
  readonly clientRequestToken?: string;

  /**
   * How the model is trained.
   *
   * @default FINE_TUNING
   */
  readonly customizationType?: CustomizationType;

  /**
   * The KMS key the custom model is encrypted with. It must be a key of this app (not an imported one):
   * its key policy is extended so the job's role may use it through Bedrock.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html
   * @default - a key that AWS owns
   */
  readonly customModelKmsKey?: kms.IKey;

  /**
   * The name of the custom model the job creates; 1 to 63 characters.
   */
  readonly customModelName: string;

  /**
   * Tags for the custom model; at most 200.
   *
   * @default - no tags
   */
  readonly customModelTags?: CustomModelTag[];

  /**
   * The training hyperparameters, by name.
   *
   * Without `validationData`, the `Evaluation percentage` hyperparameter is required.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models-hp.html
   * @default - the model's default hyperparameters
   */
  readonly hyperParameters?: { [key: string]: string };

  /**
   * The name of the job; 1 to 63 characters.
   */
  readonly jobName: string;

  /**
   * Tags for the job; at most 200.
   *
   * @default - no tags
   */
  readonly jobTags?: CustomModelTag[];

  /**
   * Where the job writes its output.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_OutputDataConfig.html
   */
  readonly outputData: OutputBucketConfiguration;

  /**
   * The role Bedrock assumes to run the job; the state machine's role may pass it.
   *
   * @default - a new role that Bedrock may assume for this account's customization jobs, which may read
   * the training and validation data, write the output, and (with `vpcConfig`) manage the job's network
   * interfaces
   */
  readonly role?: IRoleRef;

  /**
   * Where the job reads its training data.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_TrainingDataConfig.html
   */
  readonly trainingData: TrainingBucketConfiguration;

  /**
   * Validation data sets; 1 to 10 of them. Without them, set the `Evaluation percentage` hyperparameter
   * so that part of the training data is held back for validation.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Validator.html
   * @default - part of the training data, per the `Evaluation percentage` hyperparameter
   */
  readonly validationData?: ValidationBucketConfiguration[];

  /**
   * The VPC the job runs in.
   *
   * @default - no VPC
   */
  readonly vpcConfig?: IBedrockCreateModelCustomizationJobVpcConfig;
}

/**
 * A Task state that starts an Amazon Bedrock model customization job.
 *
 * It renders `Parameters` in either query language, as aws-cdk-lib 2.276.0 does. With `RUN_JOB` the state
 * waits for the job to finish (`.sync`), which aws-cdk-lib accepts but does not render.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export class BedrockCreateModelCustomizationJob extends sfn.TaskStateBase {
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly jobRole: IRoleRef;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: BedrockCreateModelCustomizationJobProps) {
    super(scope, id, props);
    this.validateLength('clientRequestToken', 1, 256, props.clientRequestToken);
    this.validatePattern('clientRequestToken', /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, props.clientRequestToken);
    this.validateLength('customModelName', 1, 63, props.customModelName);
    this.validatePattern('customModelName', /^([0-9a-zA-Z][_-]?)+$/, props.customModelName);
    this.validateCount('customModelTags', 0, 200, props.customModelTags);
    this.validateLength('jobName', 1, 63, props.jobName);
    // The escapes are kept: the error message quotes the pattern as aws-cdk-lib writes it.
    // eslint-disable-next-line no-useless-escape
    this.validatePattern('jobName', /^[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*$/, props.jobName);
    this.validateCount('jobTags', 0, 200, props.jobTags);
    this.validateCount('validationData', 1, 10, props.validationData);
    this.validateCount('securityGroups', 1, 5, props.vpcConfig?.securityGroups);
    this.validateCount('subnets', 1, 16, props.vpcConfig?.subnets);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, BedrockCreateModelCustomizationJob.SUPPORTED_INTEGRATION_PATTERNS);
    if (!props.validationData && !props.hyperParameters?.['Evaluation percentage']) {
      throw validationError(this, 'ValidationDataEvaluationPercentageHyperparameter',
        'validationData or Evaluation percentage hyperparameter must be provided.');
    }

    this.jobRole = props.role ?? this.createJobRole();
    this.taskPolicies = this.policyStatements();
    if (props.customModelKmsKey) {
      this.allowRoleToUseKey(props.customModelKmsKey);
    }
  }

  /**
   * The role Bedrock assumes to run the job: `role`, or the one created for it.
   *
   * Throws if `role` was given as a bare role reference that is not an `iam.IRole`.
   */
  public get role(): IRole {
    if ('grant' in this.jobRole) {
      return this.jobRole as IRole;
    }
    throw validationError(this, 'RoleInstanceRole', `Role is not an instance of IRole: ${this.jobRole.constructor.name}`);
  }

  /**
   * @internal
   */
  protected _renderTask(): any {
    const { props } = this;
    const tags = (list?: CustomModelTag[]) => list?.map((tag) => ({ Key: tag.key, Value: tag.value }));
    return {
      // Beyond aws-cdk-lib, which renders no suffix for RUN_JOB: `.sync` makes the state wait for the job.
      Resource: integrationResourceArn('bedrock', 'createModelCustomizationJob', this.integrationPattern),
      Parameters: sfn.FieldUtils.renderObject({
        BaseModelIdentifier: props.baseModel.modelArn,
        ClientRequestToken: props.clientRequestToken,
        CustomizationType: props.customizationType,
        CustomModelKmsKeyId: props.customModelKmsKey?.keyArn,
        CustomModelName: props.customModelName,
        CustomModelTags: tags(props.customModelTags),
        HyperParameters: props.hyperParameters,
        JobName: props.jobName,
        JobTags: tags(props.jobTags),
        OutputDataConfig: { S3Uri: props.outputData.bucket.s3UrlForObject(props.outputData.path) },
        RoleArn: this.jobRole.roleRef.roleArn,
        TrainingDataConfig: { S3Uri: props.trainingData.bucket.s3UrlForObject(props.trainingData.path) },
        ValidationDataConfig: props.validationData && {
          Validators: props.validationData.map((data) => ({ S3Uri: data.bucket.s3UrlForObject(data.path) })),
        },
        VpcConfig: props.vpcConfig && {
          SecurityGroupIds: props.vpcConfig.securityGroups.map((group) => group.securityGroupId),
          SubnetIds: props.vpcConfig.subnets.map((subnet) => subnet.subnetId),
        },
      }),
    };
  }

  /** The role Bedrock assumes when none is given: data access, plus the VPC permissions if there is a VPC. */
  private createJobRole(): Role {
    const stack = Stack.of(this);
    const { trainingData, validationData = [], outputData } = this.props;
    return new Role(this, 'BedrockRole', {
      assumedBy: new ServicePrincipal('bedrock.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnEquals: { 'aws:SourceArn': this.jobArnPattern() },
        },
      }),
      inlinePolicies: {
        BedrockCreateModelCustomizationJob: new PolicyDocument({
          statements: [
            ...this.vpcStatements(),
            new PolicyStatement({
              actions: ['s3:GetObject', 's3:ListBucket'],
              resources: [
                trainingData.bucket.bucketArn,
                `${trainingData.bucket.bucketArn}/*`,
                ...validationData.map((data) => data.bucket.bucketArn),
                ...validationData.map((data) => `${data.bucket.bucketArn}/*`),
              ],
            }),
            new PolicyStatement({
              actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
              resources: [outputData.bucket.bucketArn, `${outputData.bucket.bucketArn}/*`],
            }),
          ],
        }),
      },
    });
  }

  /** What the job needs to create, tag and clean up its network interfaces in the VPC. */
  private vpcStatements(): PolicyStatement[] {
    const vpc = this.props.vpcConfig;
    if (!vpc) {
      return [];
    }
    const stack = Stack.of(this);
    const networkInterfaces = stack.formatArn({ service: 'ec2', resource: 'network-interface', resourceName: '*' });
    const subnetArns = () => vpc.subnets.map((subnet) => stack.formatArn({ service: 'ec2', resource: 'subnet', resourceName: subnet.subnetId }));
    return [
      new PolicyStatement({
        actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'],
        resources: ['*'],
      }),
      new PolicyStatement({
        actions: ['ec2:CreateNetworkInterface'],
        resources: [networkInterfaces],
        conditions: {
          StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] },
          ArnEquals: { 'aws:RequestTag/BedrockModelCustomizationJobArn': [this.jobArnPattern()] },
        },
      }),
      new PolicyStatement({
        actions: ['ec2:CreateNetworkInterface'],
        resources: [
          ...vpc.securityGroups.map((group) => stack.formatArn({ service: 'ec2', resource: 'security-group', resourceName: group.securityGroupId })),
          ...subnetArns(),
        ],
      }),
      new PolicyStatement({
        actions: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
        resources: ['*'],
        conditions: {
          ArnEquals: {
            'ec2:Subnet': subnetArns(),
            'ec2:ResourceTag/BedrockModelCustomizationJobArn': [this.jobArnPattern()],
          },
          StringEquals: { 'ec2:ResourceTag/BedrockManaged': 'true' },
        },
      }),
      new PolicyStatement({
        actions: ['ec2:CreateTags'],
        resources: [networkInterfaces],
        conditions: {
          'StringEquals': { 'ec2:CreateAction': ['CreateNetworkInterface'] },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] },
        },
      }),
    ];
  }

  /**
   * What the state machine's role needs: start and tag the job, with `.sync` follow and stop it (as
   * https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html lists), and pass the job's role.
   */
  private policyStatements(): PolicyStatement[] {
    const stack = Stack.of(this);
    return [
      new PolicyStatement({
        actions: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        resources: [
          this.props.baseModel.modelArn,
          stack.formatArn({ service: 'bedrock', resource: 'custom-model', resourceName: '*' }),
          this.jobArnPattern(),
        ],
      }),
      ...this.integrationPattern === sfn.IntegrationPattern.RUN_JOB
        ? [new PolicyStatement({ actions: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], resources: [this.jobArnPattern()] })]
        : [],
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [this.jobRole.roleRef.roleArn] }),
    ];
  }

  /** Lets the job's role use the custom model's key through Bedrock, in the key's own policy. */
  private allowRoleToUseKey(key: kms.IKey): void {
    const statement = new PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
      resources: ['*'],
      principals: [new ArnPrincipal(this.jobRole.roleRef.roleArn)],
      conditions: { StringEquals: { 'kms:ViaService': [`bedrock.${Stack.of(this).region}.amazonaws.com`] } },
    });
    if (key.addToResourcePolicy(statement, true).statementAdded === false) {
      throw validationError(this, 'ImportedUsed', 'Imported KMS key is not used as the `customModelKmsKey`.');
    }
  }

  /** Every model customization job of this account and Region. */
  private jobArnPattern(): string {
    return Stack.of(this).formatArn({ service: 'bedrock', resource: 'model-customization-job', resourceName: '*' });
  }

  private validateLength(name: string, min: number, max: number, value?: string): void {
    if (value !== undefined && !Token.isUnresolved(value) && (value.length < min || value.length > max)) {
      throw validationError(this, 'StringLengthOutOfRange', `${name} must be between ${min} and ${max} characters long, got: ${value.length}.`);
    }
  }

  private validatePattern(name: string, pattern: RegExp, value?: string): void {
    if (value !== undefined && !Token.isUnresolved(value) && !pattern.test(value)) {
      throw validationError(this, 'PatternMismatch', `${name} must match the pattern ${pattern.toString()}, got: ${value}.`);
    }
  }

  private validateCount(name: string, min: number, max: number, value?: unknown[]): void {
    if (value !== undefined && (value.length < min || value.length > max)) {
      throw validationError(this, 'ArrayLengthOutOfRange', `${name} must be between ${min} and ${max} items long, got: ${value.length}.`);
    }
  }
}
