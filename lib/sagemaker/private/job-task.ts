import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { ServiceCallTask, validationError } from '../../private';
import type { VpcConfig } from '../types';
import { defaultJobRole, SAGEMAKER_JOB_PATTERNS } from './jobs';
import { VpcPlacement } from './vpc';

/** How `_placeJob` sets a job up. */
export interface SageMakerJobPlacement {
  /** The job in words, for error messages: `processing job`. */
  readonly noun: string;
  /** The role given in the props; when undefined, the task creates one. */
  readonly role?: iam.IRole;
  /** The name of the inline policy of the role the task creates: `CreateProcessingJob`. */
  readonly rolePolicyName: string;
  /** The VPC the job's instances run in, if any. */
  readonly vpcConfig?: VpcConfig;
  /**
   * Whether `addSecurityGroup` without a VPC does nothing rather than throw, as aws-cdk-lib's training
   * job does.
   */
  readonly ignoreSecurityGroupsWithoutVpc?: boolean;
}

/**
 * What the SageMaker training, processing and tuning job tasks share beyond the one call: the role the
 * job runs as, and the placement of its instances in a VPC, with their security groups.
 *
 * Not exported: jsii folds its members into the public classes.
 *
 * @internal
 */
export abstract class SageMakerJobTask extends ServiceCallTask {
  /**
   * The security groups of the job's instances, to allow traffic to and from them (only used with
   * `vpcConfig`).
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  private jobRole?: iam.IRole;
  private vpcPlacement?: VpcPlacement;
  private noun = 'job';
  private ignoreSecurityGroupsWithoutVpc = false;

  /**
   * @param api the call, e.g. `createTrainingJob`
   */
  constructor(scope: Construct, id: string, props: sfn.TaskStateBaseProps, api: string) {
    super(scope, id, props, { service: 'sagemaker', api, patterns: SAGEMAKER_JOB_PATTERNS });
  }

  /**
   * The role SageMaker assumes to run the job: the one given as `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    if (this.jobRole === undefined) {
      throw validationError(this, 'RoleAvailableYetObjectTask', 'role not available yet--use the object in a Task first');
    }
    return this.jobRole;
  }

  /**
   * The job's role, to grant it more permissions.
   */
  public get grantPrincipal(): iam.IPrincipal {
    if (this.jobRole === undefined) {
      throw validationError(this, 'PrincipalAvailableYetObjectTask', 'Principal not available yet--use the object in a Task first');
    }
    return this.jobRole;
  }

  /**
   * Adds a security group to those of the job's instances (only used with `vpcConfig`).
   *
   * @param securityGroup the security group to add
   */
  public addSecurityGroup(securityGroup: ec2.ISecurityGroup): void {
    if (!this.vpcPlacement && !this.ignoreSecurityGroupsWithoutVpc) {
      throw validationError(this, 'SecurityGroupWithoutVpc', `Cannot add a security group to a ${this.noun} without vpcConfig`);
    }
    this.vpcPlacement?.addSecurityGroup(securityGroup);
  }

  /**
   * Sets the job up: its VPC placement, and its role (the given one, or a new one).
   *
   * @returns the job's role
   * @internal
   */
  protected _placeJob(placement: SageMakerJobPlacement): iam.IRole {
    this.noun = placement.noun;
    this.ignoreSecurityGroupsWithoutVpc = placement.ignoreSecurityGroupsWithoutVpc ?? false;
    if (placement.vpcConfig) {
      this.vpcPlacement = new VpcPlacement(placement.vpcConfig.vpc, placement.vpcConfig.subnets);
    }
    this.jobRole = placement.role ?? defaultJobRole(this, 'SagemakerRole', placement.rolePolicyName, placement.vpcConfig !== undefined);
    return this.jobRole;
  }

  /**
   * Creates the job's own security group in its VPC (only with `vpcConfig`). Called after the grants to the
   * role, so that the template keeps its order.
   *
   * @internal
   */
  protected _ensureSecurityGroup(id: string): void {
    this.vpcPlacement?.ensureOwnSecurityGroup(this, id, this.connections);
  }

  /**
   * The `VpcConfig` field of the request, if the job has one.
   *
   * @internal
   */
  protected _renderVpcConfig() {
    return this.vpcPlacement?.render();
  }
}
