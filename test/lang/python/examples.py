"""Every example of the module's older, Python-flavoured docs, as a Python CDK app in today's API.

The v1-era names of those docs map to today's classes: ``SagemakerTrainTask`` is
``SageMakerCreateTrainingJob``, ``SagemakerTransformTask`` is ``SageMakerCreateTransformJob``,
``RunEcsFargateTask``/``RunEcsEc2Task`` are ``EcsRunTask`` with ``EcsFargateLaunchTarget``/
``EcsEc2LaunchTarget``, ``InvocationType`` is ``LambdaInvocationType``,
``ServiceIntegrationPattern.FIRE_AND_FORGET`` is ``IntegrationPattern.REQUEST_RESPONSE``,
``TaskInput.from_data_at`` is ``TaskInput.from_json_path_at``, Glue's ``timeout`` is ``task_timeout``,
and a state machine takes ``definition_body``. Runtimes the docs name that Lambda no longer accepts
(Node.js 10 and 12) are Node.js 22. Each example ends in a state machine so that its template holds the
states' ASL and IAM statements.

Each function takes an App and returns the stack to compare; test/lang/twins/examples.js has a
TypeScript twin under the same name.
"""
import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
import cdk_stepfunctions_tasks as tasks

from common import example_stack, inline_function, workflow


def message_table(stack):
    return dynamodb.Table(stack, "Messages",
        partition_key=dynamodb.Attribute(name="MessageId", type=dynamodb.AttributeType.STRING),
    )


# --- Paths and parameters

def lambda_invoke_input_path(app):
    stack = example_stack(app)
    submit_job_lambda = inline_function(stack, "SubmitJobLambda")
    task = tasks.LambdaInvoke(stack, "Invoke Handler",
        lambda_function=submit_job_lambda,
        input_path="$.input",
    )
    return workflow(stack, task)


def lambda_invoke_output_path(app):
    stack = example_stack(app)
    submit_job_lambda = inline_function(stack, "SubmitJobLambda")
    task = tasks.LambdaInvoke(stack, "Invoke Handler",
        lambda_function=submit_job_lambda,
        output_path="$.Payload.result",
    )
    return workflow(stack, task)


def dynamo_get_item_result_path(app):
    stack = example_stack(app)
    task = tasks.DynamoGetItem(stack, "GetItem",
        key={"MessageId": tasks.DynamoAttributeValue.from_string("12345")},
        table=dynamodb.Table.from_table_name(stack, "Table", "my-table"),
        result_path="$.Item",
    )
    return workflow(stack, task)


def lambda_invoke_event_payload(app):
    stack = example_stack(app)
    submit_job_lambda = inline_function(stack, "SubmitJobLambda")
    task = tasks.LambdaInvoke(stack, "Invoke Handler",
        lambda_function=submit_job_lambda,
        payload=sfn.TaskInput.from_json_path_at("$.input"),
        invocation_type=tasks.LambdaInvocationType.EVENT,
    )
    return workflow(stack, task)


# --- EvaluateExpression

def evaluate_expression(app):
    stack = example_stack(app)
    topic = sns.Topic(stack, "Topic")
    convert_to_seconds = tasks.EvaluateExpression(stack, "Convert to seconds",
        expression="$.waitMilliseconds / 1000",
        result_path="$.waitSeconds",
    )
    create_message = tasks.EvaluateExpression(stack, "Create message",
        # a string inside a string
        expression="`Now waiting ${$.waitSeconds} seconds...`",
        runtime=lambda_.Runtime.NODEJS_22_X,
        result_path="$.message",
    )
    publish_message = tasks.SnsPublish(stack, "Publish message",
        topic=topic,
        message=sfn.TaskInput.from_json_path_at("$.message"),
        result_path="$.sns",
    )
    wait = sfn.Wait(stack, "Wait",
        time=sfn.WaitTime.seconds_path("$.waitSeconds"),
    )
    sfn.StateMachine(stack, "StateMachine",
        definition_body=sfn.DefinitionBody.from_chainable(
            convert_to_seconds.next(create_message).next(publish_message).next(wait)),
    )
    return stack


# --- Batch

def batch_submit_job(app):
    stack = example_stack(app)
    vpc = ec2.Vpc(stack, "Vpc")
    batch_queue = batch.JobQueue(stack, "JobQueue",
        compute_environments=[batch.OrderedComputeEnvironment(
            order=1,
            compute_environment=batch.ManagedEc2EcsComputeEnvironment(stack, "ComputeEnv", vpc=vpc),
        )],
    )
    batch_job_definition = batch.EcsJobDefinition(stack, "JobDefinition",
        container=batch.EcsEc2ContainerDefinition(stack, "Container",
            image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/busybox:latest"),
            memory=cdk.Size.mebibytes(512),
            cpu=1,
        ),
    )
    task = tasks.BatchSubmitJob(stack, "Submit Job",
        job_definition_arn=batch_job_definition.job_definition_arn,
        job_name="MyJob",
        job_queue_arn=batch_queue.job_queue_arn,
    )
    return workflow(stack, task)


# --- CodeBuild

def codebuild_start_build(app):
    stack = example_stack(app)
    codebuild_project = codebuild.Project(stack, "Project",
        project_name="MyTestProject",
        build_spec=codebuild.BuildSpec.from_object({
            "version": "0.2",
            "phases": {"build": {"commands": ['echo "Hello, CodeBuild!"']}},
        }),
    )
    task = tasks.CodeBuildStartBuild(stack, "Task",
        project=codebuild_project,
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        environment_variables_override={
            "ZONE": codebuild.BuildEnvironmentVariable(
                type=codebuild.BuildEnvironmentVariableType.PLAINTEXT,
                value=sfn.JsonPath.string_at("$.envVariables.zone"),
            ),
        },
    )
    return workflow(stack, task)


# --- DynamoDB

def dynamo_get_item(app):
    stack = example_stack(app)
    task = tasks.DynamoGetItem(stack, "Get Item",
        key={"messageId": tasks.DynamoAttributeValue.from_string("message-007")},
        table=message_table(stack),
    )
    return workflow(stack, task)


def dynamo_put_item(app):
    stack = example_stack(app)
    task = tasks.DynamoPutItem(stack, "PutItem",
        item={
            "MessageId": tasks.DynamoAttributeValue.from_string("message-007"),
            "Text": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.bar")),
            "TotalCount": tasks.DynamoAttributeValue.from_number(10),
        },
        table=message_table(stack),
    )
    return workflow(stack, task)


def dynamo_delete_item(app):
    stack = example_stack(app)
    task = tasks.DynamoDeleteItem(stack, "DeleteItem",
        key={"MessageId": tasks.DynamoAttributeValue.from_string("message-007")},
        table=message_table(stack),
        result_path=sfn.JsonPath.DISCARD,
    )
    return workflow(stack, task)


def dynamo_update_item(app):
    stack = example_stack(app)
    task = tasks.DynamoUpdateItem(stack, "UpdateItem",
        key={"MessageId": tasks.DynamoAttributeValue.from_string("message-007")},
        table=message_table(stack),
        expression_attribute_values={
            ":val": tasks.DynamoAttributeValue.number_from_string(
                sfn.JsonPath.string_at("$.Item.TotalCount.N")),
            ":rand": tasks.DynamoAttributeValue.from_number(20),
        },
        update_expression="SET TotalCount = :val + :rand",
    )
    return workflow(stack, task)


# --- ECS

def ecs_run_task_ec2(app):
    stack = example_stack(app)
    vpc = ec2.Vpc.from_lookup(stack, "Vpc", is_default=True)
    cluster = ecs.Cluster(stack, "Ec2Cluster", vpc=vpc)
    cluster.add_capacity("DefaultAutoScalingGroup",
        instance_type=ec2.InstanceType("t2.micro"),
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    )
    task_definition = ecs.TaskDefinition(stack, "TD",
        compatibility=ecs.Compatibility.EC2,
    )
    task_definition.add_container("TheContainer",
        image=ecs.ContainerImage.from_registry("foo/bar"),
        memory_limit_mib=256,
    )
    task = tasks.EcsRunTask(stack, "Run",
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        cluster=cluster,
        task_definition=task_definition,
        launch_target=tasks.EcsEc2LaunchTarget(
            placement_strategies=[
                ecs.PlacementStrategy.spread_across_instances(),
                ecs.PlacementStrategy.packed_by_cpu(),
                ecs.PlacementStrategy.randomly(),
            ],
            placement_constraints=[ecs.PlacementConstraint.member_of("blieptuut")],
        ),
    )
    return workflow(stack, task)


def ecs_run_task_fargate(app):
    stack = example_stack(app)
    vpc = ec2.Vpc.from_lookup(stack, "Vpc", is_default=True)
    cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
    task_definition = ecs.TaskDefinition(stack, "TD",
        memory_mib="512",
        cpu="256",
        compatibility=ecs.Compatibility.FARGATE,
    )
    container_definition = task_definition.add_container("TheContainer",
        image=ecs.ContainerImage.from_registry("foo/bar"),
        memory_limit_mib=256,
    )
    task = tasks.EcsRunTask(stack, "RunFargate",
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        cluster=cluster,
        task_definition=task_definition,
        container_overrides=[tasks.ContainerOverride(
            container_definition=container_definition,
            environment=[tasks.TaskEnvironmentVariable(
                name="SOME_KEY", value=sfn.JsonPath.string_at("$.SomeKey"))],
        )],
        # Python requires the options: their one prop is required
        launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.VERSION1_4),
    )
    return workflow(stack, task)


# --- EMR

def emr_create_cluster(app):
    stack = example_stack(app)
    cluster_role = iam.Role(stack, "ClusterRole",
        assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
    )
    service_role = iam.Role(stack, "ServiceRole",
        assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"),
    )
    auto_scaling_role = iam.Role(stack, "AutoScalingRole",
        assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"),
    )
    auto_scaling_role.assume_role_policy.add_statements(iam.PolicyStatement(
        effect=iam.Effect.ALLOW,
        principals=[iam.ServicePrincipal("application-autoscaling.amazonaws.com")],
        actions=["sts:AssumeRole"],
    ))
    task = tasks.EmrCreateCluster(stack, "Create Cluster",
        instances=tasks.EmrCreateCluster.InstancesConfigProperty(),
        cluster_role=cluster_role,
        name=sfn.TaskInput.from_json_path_at("$.ClusterName").value,
        service_role=service_role,
        auto_scaling_role=auto_scaling_role,
        integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
    )
    return workflow(stack, task)


def emr_set_cluster_termination_protection(app):
    stack = example_stack(app)
    task = tasks.EmrSetClusterTerminationProtection(stack, "Task",
        cluster_id="ClusterId",
        termination_protected=False,
    )
    return workflow(stack, task)


def emr_terminate_cluster(app):
    stack = example_stack(app)
    task = tasks.EmrTerminateCluster(stack, "Task", cluster_id="ClusterId")
    return workflow(stack, task)


def emr_add_step(app):
    stack = example_stack(app)
    task = tasks.EmrAddStep(stack, "Task",
        cluster_id="ClusterId",
        name="StepName",
        jar="Jar",
        action_on_failure=tasks.ActionOnFailure.CONTINUE,
    )
    return workflow(stack, task)


def emr_cancel_step(app):
    stack = example_stack(app)
    task = tasks.EmrCancelStep(stack, "Task", cluster_id="ClusterId", step_id="StepId")
    return workflow(stack, task)


def emr_modify_instance_fleet_by_name(app):
    stack = example_stack(app)
    task = tasks.EmrModifyInstanceFleetByName(stack, "Task",
        cluster_id="ClusterId",
        instance_fleet_name="InstanceFleetName",
        target_on_demand_capacity=2,
        target_spot_capacity=0,
    )
    return workflow(stack, task)


def emr_modify_instance_group_by_name(app):
    stack = example_stack(app)
    task = tasks.EmrModifyInstanceGroupByName(stack, "Task",
        cluster_id="ClusterId",
        instance_group_name=sfn.JsonPath.string_at("$.InstanceGroupName"),
        # a struct given as a dict, as the docs do: the binding turns it into the struct
        instance_group={"instance_count": 1},
    )
    return workflow(stack, task)


# --- Glue

def glue_start_job_run(app):
    stack = example_stack(app)
    task = tasks.GlueStartJobRun(stack, "Task",
        glue_job_name="my-glue-job",
        arguments=sfn.TaskInput.from_object({"key": "value"}),
        task_timeout=sfn.Timeout.duration(cdk.Duration.minutes(30)),
        notify_delay_after=cdk.Duration.minutes(5),
    )
    return workflow(stack, task)


# --- Lambda

def lambda_invoke_state_input(app):
    stack = example_stack(app)
    my_lambda = lambda_.Function(stack, "my sample lambda",
        code=lambda_.Code.from_inline("""exports.handler = async () => {
    return {
      statusCode: '200',
      body: 'hello, world!'
    };
  };"""),
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
    )
    task = tasks.LambdaInvoke(stack, "Invoke with state input", lambda_function=my_lambda)
    return workflow(stack, task)


def lambda_invoke_payloads(app):
    stack = example_stack(app)
    my_lambda = inline_function(stack, "MyLambda")
    my_other_lambda = inline_function(stack, "MyOtherLambda")
    empty_payload = tasks.LambdaInvoke(stack, "Invoke with empty object as payload",
        lambda_function=my_lambda,
        payload=sfn.TaskInput.from_object({}),
    )
    # use the output of my_lambda as input
    payload_field = tasks.LambdaInvoke(stack, "Invoke with payload field in the state input",
        lambda_function=my_other_lambda,
        payload=sfn.TaskInput.from_json_path_at("$.Payload"),
    )
    return workflow(stack, empty_payload, payload_field)


def lambda_invoke_function_response_as_output(app):
    stack = example_stack(app)
    my_lambda = inline_function(stack, "MyLambda")
    task = tasks.LambdaInvoke(stack, "Invoke and set function response as task output",
        lambda_function=my_lambda,
        payload=sfn.TaskInput.from_json_path_at("$"),
        output_path="$.Payload",
    )
    return workflow(stack, task)


def lambda_invoke_payload_response_only(app):
    stack = example_stack(app)
    my_lambda = inline_function(stack, "MyLambda")
    task = tasks.LambdaInvoke(stack, "Invoke and combine function response with task input",
        lambda_function=my_lambda,
        payload_response_only=True,
        result_path="$.myLambda",
    )
    return workflow(stack, task)


def lambda_invoke_callback(app):
    stack = example_stack(app)
    my_lambda = inline_function(stack, "MyLambda")
    task = tasks.LambdaInvoke(stack, "Invoke with callback",
        lambda_function=my_lambda,
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload=sfn.TaskInput.from_object({
            "token": sfn.JsonPath.task_token,
            "input": sfn.JsonPath.string_at("$.someField"),
        }),
    )
    return workflow(stack, task)


# --- SageMaker

def sagemaker_create_training_job(app):
    stack = example_stack(app)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"))
    task = tasks.SageMakerCreateTrainingJob(stack, "TrainSagemaker",
        training_job_name=sfn.JsonPath.string_at("$.JobName"),
        role=role,
        algorithm_specification=tasks.AlgorithmSpecification(
            algorithm_name="BlazingText",
            training_input_mode=tasks.InputMode.FILE,
        ),
        input_data_config=[tasks.Channel(
            channel_name="train",
            data_source=tasks.DataSource(
                s3_data_source=tasks.S3DataSource(
                    s3_data_type=tasks.S3DataType.S3_PREFIX,
                    s3_location=tasks.S3Location.from_json_expression("$.S3Bucket"),
                ),
            ),
        )],
        output_data_config=tasks.OutputDataConfig(
            s3_output_location=tasks.S3Location.from_bucket(
                s3.Bucket.from_bucket_name(stack, "Bucket", "mybucket"), "myoutputpath"),
        ),
        resource_config=tasks.ResourceConfig(
            instance_count=1,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2),
            volume_size=cdk.Size.gibibytes(50),
        ),
        stopping_condition=tasks.StoppingCondition(max_runtime=cdk.Duration.hours(1)),
    )
    return workflow(stack, task)


def sagemaker_create_transform_job(app):
    stack = example_stack(app)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"))
    task = tasks.SageMakerCreateTransformJob(stack, "Batch Inference",
        transform_job_name="MyTransformJob",
        model_name="MyModelName",
        role=role,
        transform_input=tasks.TransformInput(
            transform_data_source=tasks.TransformDataSource(
                s3_data_source=tasks.TransformS3DataSource(
                    s3_uri="s3://inputbucket/train",
                    s3_data_type=tasks.S3DataType.S3_PREFIX,
                ),
            ),
        ),
        transform_output=tasks.TransformOutput(s3_output_path="s3://outputbucket/TransformJobOutputPath"),
        transform_resources=tasks.TransformResources(
            instance_count=1,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
        ),
    )
    return workflow(stack, task)


def sagemaker_create_endpoint(app):
    stack = example_stack(app)
    task = tasks.SageMakerCreateEndpoint(stack, "SagemakerEndpoint",
        endpoint_name=sfn.JsonPath.string_at("$.EndpointName"),
        endpoint_config_name=sfn.JsonPath.string_at("$.EndpointConfigName"),
    )
    return workflow(stack, task)


def sagemaker_create_endpoint_config(app):
    stack = example_stack(app)
    task = tasks.SageMakerCreateEndpointConfig(stack, "SagemakerEndpointConfig",
        endpoint_config_name="MyEndpointConfig",
        production_variants=[tasks.ProductionVariant(
            initial_instance_count=2,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
            model_name="MyModel",
            variant_name="awesome-variant",
        )],
    )
    return workflow(stack, task)


def sagemaker_create_model(app):
    stack = example_stack(app)
    task = tasks.SageMakerCreateModel(stack, "Sagemaker",
        model_name="MyModel",
        primary_container=tasks.ContainerDefinition(
            image=tasks.DockerImage.from_json_expression(sfn.JsonPath.string_at("$.Model.imageName")),
            mode=tasks.Mode.SINGLE_MODEL,
            model_s3_location=tasks.S3Location.from_json_expression(
                "$.TrainingJob.ModelArtifacts.S3ModelArtifacts"),
        ),
    )
    return workflow(stack, task)


def sagemaker_update_endpoint(app):
    stack = example_stack(app)
    task = tasks.SageMakerUpdateEndpoint(stack, "SagemakerEndpoint",
        endpoint_name=sfn.JsonPath.string_at("$.Endpoint.Name"),
        endpoint_config_name=sfn.JsonPath.string_at("$.Endpoint.EndpointConfig"),
    )
    return workflow(stack, task)


# --- SNS

def sns_publish(app):
    stack = example_stack(app)
    topic = sns.Topic(stack, "Topic")
    # Use a field from the execution data as message.
    task1 = tasks.SnsPublish(stack, "Publish1",
        topic=topic,
        integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
        message=sfn.TaskInput.from_json_path_at("$.state.message"),
    )
    # Combine a field from the execution data with a literal object.
    task2 = tasks.SnsPublish(stack, "Publish2",
        topic=topic,
        message=sfn.TaskInput.from_object({
            "field1": "somedata",
            "field2": sfn.JsonPath.string_at("$.field2"),
        }),
    )
    return workflow(stack, task1, task2)


# --- Step Functions

def stepfunctions_start_execution(app):
    stack = example_stack(app)
    # A state machine with one Pass state
    child = sfn.StateMachine(stack, "ChildStateMachine",
        definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(sfn.Pass(stack, "PassState"))),
    )
    # It runs in a Task state, with the callback pattern
    task = tasks.StepFunctionsStartExecution(stack, "ChildTask",
        state_machine=child,
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input=sfn.TaskInput.from_object({
            "token": sfn.JsonPath.task_token,
            "foo": "bar",
        }),
        name="MyExecutionName",
    )
    # A second state machine runs that Task state
    sfn.StateMachine(stack, "ParentStateMachine",
        definition_body=sfn.DefinitionBody.from_chainable(task),
    )
    return stack


def stepfunctions_invoke_activity(app):
    stack = example_stack(app)
    submit_job_activity = sfn.Activity(stack, "SubmitJob")
    task = tasks.StepFunctionsInvokeActivity(stack, "Submit Job", activity=submit_job_activity)
    return workflow(stack, task)


# --- SQS

def sqs_send_message(app):
    stack = example_stack(app)
    queue = sqs.Queue(stack, "Queue")
    # Use a field from the execution data as message.
    task1 = tasks.SqsSendMessage(stack, "Send1",
        queue=queue,
        message_body=sfn.TaskInput.from_json_path_at("$.message"),
    )
    # Combine a field from the execution data with a literal object.
    task2 = tasks.SqsSendMessage(stack, "Send2",
        queue=queue,
        message_body=sfn.TaskInput.from_object({
            "field1": "somedata",
            "field2": sfn.JsonPath.string_at("$.field2"),
        }),
    )
    return workflow(stack, task1, task2)


EXAMPLES = {name: fn for name, fn in list(globals().items())
            if callable(fn) and getattr(fn, "__module__", None) == __name__
            and name not in ("message_table",)}
