import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationPatternOf, integrationResourceArn, propertyInjectable, queryLanguageOf, withJsonata } from '../private';
import type { IContainerDefinition } from './container-definition';
import { listTagsStatement, passRoleToSageMaker, sagemakerResourceName, VPC_NETWORKING_ACTIONS } from './private/render';
import { VpcPlacement } from './private/vpc';

interface SageMakerCreateModelOptions {
  /**
   * The role SageMaker assumes to deploy and run the model.
   *
   * @default - a role that SageMaker can assume, allowed to write metrics and logs and to get ECR tokens
   * (plus the EC2 network interface actions when `vpc` is set)
   */
  readonly role?: iam.IRole;

  /**
   * The name of the model.
   */
  readonly modelName: string;

  /**
   * The model's primary container: the inference image, the model artifacts and the environment the
   * inference code runs with.
   */
  readonly primaryContainer: IContainerDefinition;

  /**
   * The containers of an inference pipeline.
   *
   * Note: like aws-cdk-lib 2.276.0, each is sent as the whole `ContainerDefinitionConfig` (its fields
   * nested under `parameters`).
   *
   * @default - none sent
   */
  readonly containers?: IContainerDefinition[];

  /**
   * Cut the model's containers off the network: they can make no calls out and receive none.
   *
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * The VPC the model's containers connect to. The task creates a security group there.
   *
   * @default - no VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Which of the VPC's subnets the model uses (only with `vpc`).
   *
   * @default - the VPC's private subnets
   */
  readonly subnetSelection?: ec2.SubnetSelection;

  /**
   * Tags of the model, as a list of `{ Key, Value }` objects.
   *
   * @default - no tags
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Props of `SageMakerCreateModel.jsonPath()`: creating a model from a JSONPath state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateModelOptions {}

/**
 * Props of `SageMakerCreateModel.jsonata()`: creating a model from a JSONata state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateModelOptions {}

/**
 * Props of `SageMakerCreateModel`, in either query language.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelProps extends sfn.TaskStateBaseProps, SageMakerCreateModelOptions {}

/**
 * A Task state that creates an Amazon SageMaker model, to be hosted on an endpoint or used by transform jobs.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
@propertyInjectable
export class SageMakerCreateModel extends sfn.TaskStateBase implements iam.IGrantable, ec2.IConnectable {
  /**
   * The id under which property injectors apply to this class; the same as aws-cdk-lib's, so injectors
   * written for its class apply here too.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateModel';

  /**
   * A Task state, in JSONPath, that creates an Amazon SageMaker model.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateModelJsonPathProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that creates an Amazon SageMaker model.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateModelJsonataProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The security groups of the model's containers, to allow traffic to and from them (only used with `vpc`).
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  /**
   * The role SageMaker assumes for the model: the one given as `role`, or the one the task created.
   */
  public readonly role: iam.IRole;

  /**
   * The model's role, to grant it more permissions.
   */
  public readonly grantPrincipal: iam.IPrincipal;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly vpcPlacement?: VpcPlacement;

  constructor(scope: Construct, id: string, private readonly props: SageMakerCreateModelProps) {
    super(scope, id, props);
    this.integrationPattern = integrationPatternOf(props.integrationPattern, SageMakerCreateModel.SUPPORTED_INTEGRATION_PATTERNS);
    if (props.vpc) {
      this.vpcPlacement = new VpcPlacement(props.vpc, props.subnetSelection);
    }
    this.role = props.role ?? this.createRole();
    this.grantPrincipal = this.role;
    this.taskPolicies = this.makePolicyStatements();
  }

  /**
   * Adds a security group to those of the model's containers (only used with `vpc`).
   *
   * @param securityGroup the security group to add
   */
  public addSecurityGroup(securityGroup: ec2.ISecurityGroup): void {
    this.vpcPlacement?.addSecurityGroup(securityGroup);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('sagemaker', 'createModel', this.integrationPattern),
      ...this._renderParametersOrArguments(this.renderParameters(), queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  /**
   * The CreateModel request. Binding the containers grants the role their access; the task's own
   * security group is created on the first render, after any added with `addSecurityGroup`.
   */
  private renderParameters(): { [key: string]: any } {
    return {
      EnableNetworkIsolation: this.props.enableNetworkIsolation,
      ExecutionRoleArn: this.role.roleArn,
      ModelName: this.props.modelName,
      Tags: this.props.tags?.value,
      PrimaryContainer: this.props.primaryContainer.bind(this).parameters,
      Containers: this.props.containers?.map((container) => container.bind(this)),
      ...this.renderVpcConfig(),
    };
  }

  private renderVpcConfig() {
    this.vpcPlacement?.ensureOwnSecurityGroup(this, 'ModelSecurityGroup', this.connections);
    return this.vpcPlacement?.render();
  }

  /** The role SageMaker assumes when none is given. */
  private createRole(): iam.IRole {
    const role = new iam.Role(this, 'SagemakerRole', {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
      inlinePolicies: {
        CreateModel: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({
            actions: [
              'cloudwatch:PutMetricData',
              'logs:CreateLogStream',
              'logs:CreateLogGroup',
              'logs:PutLogEvents',
              'logs:DescribeLogStreams',
              'ecr:GetAuthorizationToken',
            ],
            resources: ['*'],
          })],
        }),
      },
    });
    if (this.props.vpc) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...VPC_NETWORKING_ACTIONS], resources: ['*'] }));
    }
    return role;
  }

  /** What the state machine's role needs: create the model and pass the model's role. */
  private makePolicyStatements(): iam.PolicyStatement[] {
    return [
      new iam.PolicyStatement({
        actions: ['sagemaker:CreateModel'],
        resources: [Stack.of(this).formatArn({
          service: 'sagemaker',
          resource: 'model',
          resourceName: sagemakerResourceName(this.props.modelName, { lowerCase: true, suffix: '*' }),
        })],
      }),
      listTagsStatement(),
      passRoleToSageMaker(this.role),
    ];
  }
}
