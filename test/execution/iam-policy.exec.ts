/**
 * The policy a task gives the state machine's role allows the call the task makes, as IAM decides it: a
 * moto server of this file's own, with moto's IAM checks on, stands in for AWS. The role and its policies
 * come from the synthesized template; the call is made with the credentials of that role, assumed.
 *
 * moto decides as IAM does what this file relies on: S3's ListObjectsV2 needs `s3:ListBucket` on the
 * bucket's ARN (moto's S3 names the action so, after the Service Authorization Reference), a statement
 * counts only if its action and its resource match, and no matching Allow means AccessDenied.
 */
import type * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CallAwsService } from '../../lib';
import { deployed, REGION, workflowStack } from './harness';
import { type MotoServer, setIamChecks, startMotoServer, stopMotoServer } from './moto-server';

interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Keys moto accepts while its IAM checks are off. */
const SETUP_CREDENTIALS: Credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

let moto: MotoServer;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  moto = await startMotoServer();
});

afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await stopMotoServer(moto.process);
});

/** A client of this file's moto server, with the given keys. */
function connect<T extends { destroy(): void }>(Client: new (config: any) => T, credentials = SETUP_CREDENTIALS): T {
  const client = new Client({ endpoint: moto.endpoint, region: REGION, credentials, forcePathStyle: true });
  clients.push(client);
  return client;
}

/** The state machine's role as the template declares it: its trust policy and its policies, deployed. */
function stateMachineRole(build: (stack: cdk.Stack) => sfn.IChainable) {
  const stack = workflowStack();
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)) });
  const template = Template.fromStack(stack);
  const machine: any = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0];
  const roleId: string = machine.Properties.RoleArn['Fn::GetAtt'][0];
  const role = template.findResources('AWS::IAM::Role')[roleId];
  const policies = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy: any) => policy.Properties.Roles.some((r: any) => r.Ref === roleId));
  return {
    trustPolicy: deployed(role.Properties.AssumeRolePolicyDocument),
    policies: policies.map((policy: any) => ({ name: policy.Properties.PolicyName, document: deployed(policy.Properties.PolicyDocument) })),
  };
}

/** Creates the role in moto under `roleName`, with its policies, and returns the keys of a session of it. */
async function assume(roleName: string, role: ReturnType<typeof stateMachineRole>): Promise<Credentials> {
  const iam = connect(IAMClient);
  const { Role } = await iam.send(new CreateRoleCommand({ RoleName: roleName, AssumeRolePolicyDocument: JSON.stringify(role.trustPolicy) }));
  for (const policy of role.policies) {
    await iam.send(new PutRolePolicyCommand({ RoleName: roleName, PolicyName: policy.name, PolicyDocument: JSON.stringify(policy.document) }));
  }
  const { Credentials: keys } = await connect(STSClient).send(new AssumeRoleCommand({ RoleArn: Role!.Arn, RoleSessionName: 'execution' }));
  return { accessKeyId: keys!.AccessKeyId!, secretAccessKey: keys!.SecretAccessKey!, sessionToken: keys!.SessionToken! };
}

/** Runs `call` with moto's IAM checks on. */
async function withIamChecks<T>(call: () => Promise<T>): Promise<T> {
  await setIamChecks(moto.endpoint, true);
  try {
    return await call();
  } finally {
    await setIamChecks(moto.endpoint, false);
  }
}

/** The list call each test builds: `s3:listObjectsV2` on the `reports` bucket, with its ARN as the task's resource. */
function listReports(Task: typeof CallAwsService) {
  return (stack: cdk.Stack) => new Task(stack, 'List', {
    service: 's3',
    action: 'listObjectsV2',
    parameters: { Bucket: 'reports' },
    iamResources: [s3.Bucket.fromBucketName(stack, 'Reports', 'reports').bucketArn],
  });
}

describe('the policy of CallAwsService, as moto\'s IAM evaluates it', () => {
  beforeAll(async () => {
    const bucket = connect(S3Client);
    for (const name of ['reports', 'other']) {
      await bucket.send(new CreateBucketCommand({ Bucket: name }));
      await bucket.send(new PutObjectCommand({ Bucket: name, Key: 'daily.csv', Body: 'a,b' }));
    }
  });

  test('s3:listObjectsV2: the role may list the bucket it names, and that bucket alone', async () => {
    // GIVEN the role our task builds, which grants the IAM action S3 checks for the call
    const role = stateMachineRole(listReports(CallAwsService));
    expect(role.policies.map((policy) => policy.document.Statement)).toEqual([[
      { Action: 's3:ListBucket', Effect: 'Allow', Resource: 'arn:aws:s3:::reports' },
    ]]);
    const s3Client = connect(S3Client, await assume('ours', role));
    // WHEN the task's call is made as that role
    const listed = await withIamChecks(() => s3Client.send(new ListObjectsV2Command({ Bucket: 'reports' })));
    // THEN
    expect(listed.Contents?.map((object) => object.Key)).toEqual(['daily.csv']);
    await expect(withIamChecks(() => s3Client.send(new ListObjectsV2Command({ Bucket: 'other' }))))
      .rejects.toMatchObject({ name: 'AccessDenied' });
  });

  test('s3:listObjectsV2: aws-cdk-lib\'s role, which grants s3:listObjectsV2, may not list the bucket', async () => {
    // GIVEN the role aws-cdk-lib's task builds, which grants an IAM action named after the SDK call
    const role = stateMachineRole(listReports(reference.CallAwsService as unknown as typeof CallAwsService));
    expect(role.policies.map((policy) => policy.document.Statement)).toEqual([[
      { Action: 's3:listObjectsV2', Effect: 'Allow', Resource: 'arn:aws:s3:::reports' },
    ]]);
    const s3Client = connect(S3Client, await assume('reference', role));
    // WHEN / THEN
    await expect(withIamChecks(() => s3Client.send(new ListObjectsV2Command({ Bucket: 'reports' }))))
      .rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
