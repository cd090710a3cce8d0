import { Lazy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';

/**
 * The VPC placement of a SageMaker job or model: the chosen subnets, and the security groups, which may
 * still grow (`addSecurityGroup`) after the task is created, so they are rendered at synthesis.
 */
export class VpcPlacement {
  /** The ids of the subnets the task uses. */
  public readonly subnetIds: string[];
  private readonly securityGroups: ec2.ISecurityGroup[] = [];
  private ownSecurityGroup?: ec2.SecurityGroup;

  constructor(private readonly vpc: ec2.IVpc, subnets?: ec2.SubnetSelection) {
    this.subnetIds = vpc.selectSubnets(subnets).subnetIds;
  }

  /** Creates the task's own security group in the VPC, once, and adds it to `connections`. */
  public ensureOwnSecurityGroup(scope: Construct, id: string, connections: ec2.Connections): void {
    if (this.ownSecurityGroup === undefined) {
      this.ownSecurityGroup = new ec2.SecurityGroup(scope, id, { vpc: this.vpc });
      connections.addSecurityGroup(this.ownSecurityGroup);
      this.securityGroups.push(this.ownSecurityGroup);
    }
  }

  /** Adds a security group to those the task's instances use. */
  public addSecurityGroup(securityGroup: ec2.ISecurityGroup): void {
    this.securityGroups.push(securityGroup);
  }

  /** The `VpcConfig` field of the API call. */
  public render(): { VpcConfig: { SecurityGroupIds: string[]; Subnets: string[] } } {
    return {
      VpcConfig: {
        SecurityGroupIds: Lazy.list({ produce: () => this.securityGroups.map((sg) => sg.securityGroupId) }, { displayHint: 'SecurityGroupIds' }),
        Subnets: this.subnetIds,
      },
    };
  }
}
