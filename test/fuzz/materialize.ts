/** Builds the values a recipe describes, with one tasks module (ours or the reference's) in one stack. */
import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TASKS } from './assembly';
import type { Recipe } from './recipes';

const ACCOUNT = '123456789012';

export class Materializer {
  private next = 0;

  constructor(private readonly tasks: any, private readonly stack: cdk.Stack) {}

  build(recipe: Recipe): any {
    if ('lit' in recipe) return recipe.lit;
    if ('token' in recipe) return this.token(recipe.token, recipe.path);
    if ('struct' in recipe) return this.object(recipe.struct);
    if ('map' in recipe) return this.object(recipe.map);
    if ('list' in recipe) return recipe.list.map((r) => this.build(r));
    if ('enum' in recipe) return this.typeNamed(recipe.enum)[recipe.member];
    if ('get' in recipe) return this.typeNamed(recipe.get)[recipe.prop];
    if ('call' in recipe) return this.typeNamed(recipe.call)[recipe.method](...recipe.args.map((a) => this.build(a)));
    if ('construct' in recipe) {
      const Type = this.typeNamed(recipe.construct);
      return new Type(...recipe.args.map((a) => this.build(a)));
    }
    return this.external(recipe.ext, (recipe.args ?? []).map((a) => this.build(a)));
  }

  private object(fields: Record<string, Recipe>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) out[key] = this.build(value);
    }
    return out;
  }

  private token(kind: string, path: string): any {
    switch (kind) {
      case 'number': return sfn.JsonPath.numberAt(path);
      case 'list': return sfn.JsonPath.listAt(path);
      case 'object': return sfn.JsonPath.objectAt(path);
      case 'taskToken': return sfn.JsonPath.taskToken;
      default: return sfn.JsonPath.stringAt(path);
    }
  }

  /** A type by fqn: from the tasks module under test, or from aws-cdk-lib. */
  private typeNamed(fqn: string): any {
    if (fqn.startsWith(TASKS)) {
      return fqn.slice(TASKS.length).split('.').reduce((scope, name) => scope[name], this.tasks);
    }
    const [, submodule, ...names] = fqn.split('.');
    const isSubmodule = submodule.startsWith('aws_') || submodule === 'custom_resources';
    const module = isSubmodule ? require(`aws-cdk-lib/${submodule.replace(/_/g, '-')}`) : cdk;
    return (isSubmodule ? names : [submodule, ...names]).reduce((scope, name) => scope[name], module);
  }

  private id(kind: string): string {
    return `${kind}${++this.next}`;
  }

  private external(key: string, args: any[]): any {
    const s = this.stack;
    const id = this.id(key.replace(/\W/g, ''));
    switch (key) {
      case 'duration': return cdk.Duration.seconds(args[0]);
      case 'size': return cdk.Size.mebibytes(args[0]);
      case 'date': return new Date(args[0]);
      case 'stack': return s;
      case 'input.object': return sfn.TaskInput.fromObject(args[0]);
      case 'input.path': return sfn.TaskInput.fromJsonPathAt('$.input');
      case 'input.text': return sfn.TaskInput.fromText('hello');
      case 'input.token': return sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, data: sfn.JsonPath.stringAt('$.data') });
      case 'input.jsonataToken': return sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' });
      case 'input.jsonataObject': return sfn.TaskInput.fromObject({ value: '{% $states.input.value %}' });
      case 'policy': return new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
      case 'principal': return new iam.ServicePrincipal('states.amazonaws.com');
      case 'role.imported': return iam.Role.fromRoleArn(s, id, `arn:aws:iam::${ACCOUNT}:role/Imported`);
      case 'role.created': return new iam.Role(s, id, { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
      case 'key.imported': return kms.Key.fromKeyArn(s, id, `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`);
      case 'key.created': return new kms.Key(s, id);
      case 'fn.imported': return lambda.Function.fromFunctionArn(s, id, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:Imported`);
      case 'fn.created': return this.createdFunction(id);
      case 'fn.version': return this.createdFunction(id).currentVersion;
      case 'fn.alias': return new lambda.Alias(s, `${id}Alias`, { aliasName: 'live', version: this.createdFunction(id).currentVersion });
      case 'runtime.node20': return lambda.Runtime.NODEJS_20_X;
      case 'runtime.node22': return lambda.Runtime.NODEJS_22_X;
      case 'runtime.python': return lambda.Runtime.PYTHON_3_12;
      case 'arch.x86': return lambda.Architecture.X86_64;
      case 'arch.arm': return lambda.Architecture.ARM_64;
      case 'table.imported': return dynamodb.Table.fromTableName(s, id, 'Imported');
      case 'table.created': return new dynamodb.Table(s, id, { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
      case 'queue.imported': return sqs.Queue.fromQueueArn(s, id, `arn:aws:sqs:us-east-1:${ACCOUNT}:Imported`);
      case 'queue.created': return new sqs.Queue(s, id);
      case 'queue.encrypted': return new sqs.Queue(s, id, { encryption: sqs.QueueEncryption.KMS });
      case 'queue.fifo': return new sqs.Queue(s, id, { fifo: true });
      case 'topic.imported': return sns.Topic.fromTopicArn(s, id, `arn:aws:sns:us-east-1:${ACCOUNT}:Imported`);
      case 'topic.created': return new sns.Topic(s, id);
      case 'topic.encrypted': return new sns.Topic(s, id, { masterKey: new kms.Key(s, `${id}Key`) });
      case 'topic.fifo': return new sns.Topic(s, id, { fifo: true });
      case 'sm.imported': return sfn.StateMachine.fromStateMachineArn(s, id, `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:Imported`);
      case 'sm.created': return new sfn.StateMachine(s, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, `${id}Pass`)) });
      case 'sm.express': return new sfn.StateMachine(s, id, {
        definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, `${id}Pass`)), stateMachineType: sfn.StateMachineType.EXPRESS,
      });
      case 'activity.imported': return sfn.Activity.fromActivityArn(s, id, `arn:aws:states:us-east-1:${ACCOUNT}:activity:Imported`);
      case 'activity.created': return new sfn.Activity(s, id);
      case 'bucket.imported': return s3.Bucket.fromBucketName(s, id, 'imported-bucket');
      case 'bucket.created': return new s3.Bucket(s, id);
      case 'logGroup.imported': return logs.LogGroup.fromLogGroupName(s, id, 'imported');
      case 'logGroup.created': return new logs.LogGroup(s, id);
      case 'project.imported': return codebuild.Project.fromProjectName(s, id, 'Imported');
      case 'project.created': return new codebuild.Project(s, id, { buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2' }) });
      case 'bus.imported': return events.EventBus.fromEventBusName(s, id, 'imported');
      case 'bus.created': return new events.EventBus(s, id);
      case 'connection.imported': return events.Connection.fromEventBusArn(s, id,
        `arn:aws:events:us-east-1:${ACCOUNT}:connection/Imported/abc`, `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:events!connection/Imported/abc`);
      case 'model.foundation': return bedrock.FoundationModel.fromFoundationModelId(s, id, bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_V2);
      case 'model.provisioned': return bedrock.ProvisionedModel.fromProvisionedModelArn(s, id,
        `arn:aws:bedrock:us-east-1:${ACCOUNT}:provisioned-model/abc123`);
      case 'restApi.imported': return apigateway.RestApi.fromRestApiId(s, id, 'abc123');
      case 'restApi.created': {
        const api = new apigateway.RestApi(s, id);
        api.root.addMethod('GET');
        return api;
      }
      case 'repo.imported': return ecr.Repository.fromRepositoryName(s, id, 'imported');
      case 'instanceType': return new ec2.InstanceType('m5.xlarge');
      case 'vpc.created': return new ec2.Vpc(s, id, { maxAzs: 2 });
      case 'sg.imported': return ec2.SecurityGroup.fromSecurityGroupId(s, id, 'sg-12345');
      case 'ecsCluster.created': return new ecs.Cluster(s, id);
      case 'taskDef.fargate': return this.withContainer(new ecs.FargateTaskDefinition(s, id));
      case 'taskDef.ec2': return this.withContainer(new ecs.Ec2TaskDefinition(s, id));
      case 'placement.spread': return ecs.PlacementStrategy.spreadAcrossInstances();
      case 'placement.binpack': return ecs.PlacementStrategy.packedByCpu();
      case 'constraint.distinct': return ecs.PlacementConstraint.distinctInstances();
      case 'constraint.memberOf': return ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ m5.*');
      case 'eksCluster.imported': return eks.Cluster.fromClusterAttributes(s, id, {
        clusterName: 'imported', clusterEndpoint: 'https://abc.eks.amazonaws.com', clusterCertificateAuthorityData: 'Y2VydA==',
      });
      default: throw new Error(`the fuzzer has no way to build '${key}'`);
    }
  }

  private createdFunction(id: string): lambda.Function {
    return new lambda.Function(this.stack, id, {
      code: lambda.Code.fromInline('exports.handler = async () => 1;'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X,
    });
  }

  private withContainer<T extends ecs.TaskDefinition>(taskDefinition: T): T {
    taskDefinition.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx'), memoryLimitMiB: 512 });
    return taskDefinition;
  }
}
