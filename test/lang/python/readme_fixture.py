"""rosetta/default.ts-fixture in Python: what the README's examples, as rosetta translates them, run in.

The imports are the fixture's, under the names rosetta's Python translation uses (``lambda`` is
``lambda_``); test_readme_examples.py checks that they stay the fixture's. test/lang/twins/readme-declared.js
holds the TypeScript side of the two additions below, which the TypeScript twins use too.

- ``ENV``: the fixture's stack has no environment; one is given so that lookups (``ec2.Vpc.from_lookup``)
  synthesize, as they do in a stack deployed to one account and region.
- ``DECLARED``: a value of each type an example declares (``declare const table: dynamodb.ITable;``, which
  rosetta translates to the comment ``# table: dynamodb.ITable``), built in the fixture's stack under the
  declared name.
"""
import jsii
from constructs import Construct
from aws_cdk import App, Duration, Size, Stack, RemovalPolicy
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_apigatewayv2 as apigatewayv2
from aws_cdk import aws_batch as batch
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_eks as eks
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
import cdk_stepfunctions_tasks as tasks

ACCOUNT = "123456789012"
ENV = {"account": ACCOUNT, "region": "us-east-1"}


class Fixture(Stack):
    """The fixture's stack; ``example`` is the README example, a function of the stack (``self``)."""

    def __init__(self, scope, id, example):
        super().__init__(scope, id, env=ENV)
        example(self)


@jsii.implements(tasks.IBedrockCreateModelCustomizationJobVpcConfig)
class BedrockVpcConfig:
    def __init__(self, scope, name):
        self._security_groups = [ec2.SecurityGroup.from_security_group_id(scope, name, "sg-0123456789abcdef0")]
        self._subnets = [ec2.Subnet.from_subnet_id(scope, f"{name}Subnet", "subnet-0123456789abcdef0")]

    @property
    def security_groups(self):
        return self._security_groups

    @property
    def subnets(self):
        return self._subnets


def arn(service, resource):
    return f"arn:aws:{service}:us-east-1:{ACCOUNT}:{resource}"


DECLARED = {
    "App": lambda scope, name: scope.node.root,
    "apigateway.IRestApi": lambda scope, name: apigateway.RestApi.from_rest_api_id(scope, name, "a1b2c3d4e5"),
    "batch.EcsJobDefinition": lambda scope, name: batch.EcsJobDefinition.from_job_definition_arn(
        scope, name, arn("batch", f"job-definition/{name}:1")),
    "batch.JobQueue": lambda scope, name: batch.JobQueue.from_job_queue_arn(
        scope, name, arn("batch", f"job-queue/{name}")),
    "bedrock.IModel": lambda scope, name: bedrock.FoundationModel.from_foundation_model_id(
        scope, name, bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
    "codebuild.IProject": lambda scope, name: codebuild.Project.from_project_name(scope, name, name),
    "codebuild.IReportGroup": lambda scope, name: codebuild.ReportGroup.from_report_group_name(scope, name, name),
    "dynamodb.ITable": lambda scope, name: dynamodb.Table.from_table_name(scope, name, name),
    "ec2.IConnectable": lambda scope, name: ec2.SecurityGroup.from_security_group_id(
        scope, name, "sg-0fedcba9876543210"),
    "ec2.ISecurityGroup": lambda scope, name: ec2.SecurityGroup.from_security_group_id(
        scope, name, "sg-0123456789abcdef0"),
    "ec2.IVpc": lambda scope, name: ec2.Vpc.from_vpc_attributes(scope, name,
        vpc_id="vpc-0123456789abcdef0",
        availability_zones=["us-east-1a", "us-east-1b"],
        private_subnet_ids=["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
    ),
    "ecr.IRepository": lambda scope, name: ecr.Repository.from_repository_name(scope, name, name),
    "eks.ICluster": lambda scope, name: eks.Cluster.from_cluster_attributes(scope, name,
        cluster_name=name,
        cluster_endpoint="https://0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com",
        cluster_certificate_authority_data="LS0tLS1CRUdJTi...",
    ),
    "events.IConnection": lambda scope, name: events.Connection.from_event_bus_arn(scope, name,
        arn("events", f"connection/{name}/0123"),
        arn("secretsmanager", f"secret:events!connection/{name}-AbCdEf"),
    ),
    "iam.IRole": lambda scope, name: iam.Role.from_role_arn(scope, name, f"arn:aws:iam::{ACCOUNT}:role/{name}"),
    "kms.IKey": lambda scope, name: kms.Key.from_key_arn(
        scope, name, arn("kms", "key/1234abcd-12ab-34cd-56ef-1234567890ab")),
    "lambda.IFunction": lambda scope, name: lambda_.Function.from_function_arn(
        scope, name, arn("lambda", f"function:{name}")),
    "lambda.ILayerVersion": lambda scope, name: lambda_.LayerVersion.from_layer_version_arn(
        scope, name, arn("lambda", f"layer:{name}:1")),
    "logs.ILogGroup": lambda scope, name: logs.LogGroup.from_log_group_name(scope, name, name),
    "s3.IBucket": lambda scope, name: s3.Bucket.from_bucket_name(scope, name, name.replace("_", "-")),
    "sns.ITopic": lambda scope, name: sns.Topic.from_topic_arn(scope, name, arn("sns", name)),
    "sqs.IQueue": lambda scope, name: sqs.Queue.from_queue_arn(scope, name, arn("sqs", name)),
    "tasks.IBedrockCreateModelCustomizationJobVpcConfig": BedrockVpcConfig,
}


def put_loose_states_in_state_machines(stack):
    """Puts each state graph the example built outside a state machine (most examples build one task and
    nothing else) in a state machine of its own, so that the template shows what its tasks render: their
    definition and the IAM statements they grant."""
    states = [c for c in stack.node.find_all() if isinstance(c, sfn.State)]
    reached = {s.node.path for state in states for s in sfn.State.find_reachable_states(state)
               if s.node.path != state.node.path}
    for i, start in enumerate(s for s in states if s.node.path not in reached):
        id = f"ReadmeStateMachine{i}"
        try:
            sfn.StateMachine(stack, id, definition_body=sfn.DefinitionBody.from_chainable(start))
        except RuntimeError as e:
            if "Every state can only be used in one graph" not in str(e):
                raise
            stack.node.try_remove_child(id)  # in one of the example's state machines already
