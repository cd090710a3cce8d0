"""The API shapes jsii maps differently in Python, each checked against a TypeScript twin
(test/lang/twins/api-shapes.js) or against what Python itself must see."""
import enum

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
import cdk_stepfunctions_tasks as tasks
import pytest

from common import example_stack, inline_function, synthesize, workflow
from compare import assert_same_template


class ModelBucketLocation(tasks.S3Location):
    """An S3Location written in Python: JavaScript calls back into ``bind``."""

    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix

    def bind(self, task, opts):
        action = "s3:PutObject" if opts.for_writing else "s3:GetObject"
        task.grant_principal.add_to_principal_policy(iam.PolicyStatement(
            actions=[action],
            resources=[f"arn:aws:s3:::model-bucket/{self.prefix}*"],
        ))
        return tasks.S3LocationConfig(uri=f"s3://model-bucket/{self.prefix}")


class PinnedImage(tasks.DockerImage):
    """A DockerImage written in Python."""

    def bind(self, task):
        return tasks.DockerImageConfig(image_uri="123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1.2.3")


def training_job(stack, id, algorithm_specification, output_location):
    return tasks.SageMakerCreateTrainingJob(stack, id,
        training_job_name=sfn.JsonPath.string_at("$.JobName"),
        algorithm_specification=algorithm_specification,
        input_data_config=[tasks.Channel(
            channel_name="train",
            content_type="text/csv",
            compression_type=tasks.CompressionType.GZIP,
            record_wrapper_type=tasks.RecordWrapperType.RECORD_IO,
            shuffle_config=tasks.ShuffleConfig(seed=7),
            data_source=tasks.DataSource(
                s3_data_source=tasks.S3DataSource(
                    s3_data_type=tasks.S3DataType.S3_PREFIX,
                    s3_data_distribution_type=tasks.S3DataDistributionType.SHARDED_BY_S3_KEY,
                    attribute_names=["source-ref", "label"],
                    s3_location=ModelBucketLocation("train/"),
                ),
            ),
        )],
        output_data_config=tasks.OutputDataConfig(s3_output_location=output_location),
        resource_config=tasks.ResourceConfig(
            instance_count=2,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
            volume_size=cdk.Size.gibibytes(20),
        ),
        stopping_condition=tasks.StoppingCondition(max_runtime=cdk.Duration.minutes(90)),
        hyperparameters={"epochs": "5", "mode": "batch_skipgram"},
        environment={"STAGE": "test"},
    )


def dynamo_attribute_value_maps(app):
    stack = example_stack(app)
    table = dynamodb.Table(stack, "Orders",
        partition_key=dynamodb.Attribute(name="OrderId", type=dynamodb.AttributeType.STRING),
    )
    put = tasks.DynamoPutItem(stack, "Put order",
        table=table,
        item={
            "OrderId": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.orderId")),
            "Total": tasks.DynamoAttributeValue.number_from_string(sfn.JsonPath.string_at("$.total")),
            "Quantity": tasks.DynamoAttributeValue.from_number(3),
            "Gift": tasks.DynamoAttributeValue.from_boolean(False),
            "Note": tasks.DynamoAttributeValue.from_null(True),
            "Tags": tasks.DynamoAttributeValue.from_string_set(["new", "priority"]),
            "Sizes": tasks.DynamoAttributeValue.from_number_set([38, 40.5]),
            "Blob": tasks.DynamoAttributeValue.from_binary("aGVsbG8="),
            "Customer": tasks.DynamoAttributeValue.from_map({
                "Name": tasks.DynamoAttributeValue.from_string("Ana"),
                "Address": tasks.DynamoAttributeValue.from_map({
                    "City": tasks.DynamoAttributeValue.from_string("Porto"),
                    "Lines": tasks.DynamoAttributeValue.from_list([
                        tasks.DynamoAttributeValue.from_string("Rua 1"),
                        tasks.DynamoAttributeValue.from_number(2),
                    ]),
                }),
            }),
            "Extra": tasks.DynamoAttributeValue.map_from_json_path("$.extra"),
            "Flags": tasks.DynamoAttributeValue.boolean_from_json_path("$.flag"),
        },
        condition_expression="attribute_not_exists(OrderId)",
        expression_attribute_names={"#t": "Total"},
        return_values=tasks.DynamoReturnValues.ALL_OLD,
        return_consumed_capacity=tasks.DynamoConsumedCapacity.TOTAL,
        return_item_collection_metrics=tasks.DynamoItemCollectionMetrics.SIZE,
    )
    get = tasks.DynamoGetItem(stack, "Get order",
        table=table,
        key={"OrderId": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.orderId"))},
        projection_expression=[
            tasks.DynamoProjectionExpression().with_attribute("Customer").with_attribute("Address").at_index(0),
            tasks.DynamoProjectionExpression().with_attribute("Total"),
        ],
        consistent_read=True,
    )
    return workflow(stack, put, get)


def enums(app):
    stack = example_stack(app)
    fn = inline_function(stack, "Fn")
    invoke = tasks.LambdaInvoke(stack, "Fire and forget",
        lambda_function=fn,
        invocation_type=tasks.LambdaInvocationType.EVENT,
        integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
    )
    dry_run = tasks.LambdaInvoke(stack, "Dry run",
        lambda_function=fn,
        invocation_type=tasks.LambdaInvocationType.DRY_RUN,
    )
    glue = tasks.GlueStartJobRun(stack, "Glue job",
        glue_job_name="etl",
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        worker_configuration=tasks.WorkerConfigurationProperty(
            worker_type_v2=tasks.WorkerTypeV2.G_2_X, number_of_workers=4),
        execution_class=tasks.ExecutionClass.FLEX,
    )
    return workflow(stack, invoke, dry_run, glue)


def nested_structs(app):
    stack = example_stack(app)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"))
    training = training_job(stack, "Train",
        # a nested struct given as a dict, with a list of structs inside
        {
            "algorithm_name": "BlazingText",
            "training_input_mode": tasks.InputMode.PIPE,
            "metric_definitions": [tasks.MetricDefinition(name="loss", regex="loss=(.*)")],
        },
        ModelBucketLocation("output/"),
    )
    cluster_role = iam.Role(stack, "ClusterRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    emr = tasks.EmrCreateCluster
    cluster = tasks.EmrCreateCluster(stack, "Create cluster",
        name="analytics",
        cluster_role=cluster_role,
        service_role=role,
        release_label="emr-6.15.0",
        instances=emr.InstancesConfigProperty(
            ec2_subnet_id="subnet-12345",
            instance_fleets=[emr.InstanceFleetConfigProperty(
                instance_fleet_type=emr.InstanceRoleType.MASTER,
                target_on_demand_capacity=1,
                instance_type_configs=[emr.InstanceTypeConfigProperty(
                    instance_type="m5.xlarge",
                    weighted_capacity=1,
                    ebs_configuration=emr.EbsConfigurationProperty(
                        ebs_optimized=True,
                        ebs_block_device_configs=[emr.EbsBlockDeviceConfigProperty(
                            volume_specification=emr.VolumeSpecificationProperty(
                                volume_type=emr.EbsBlockDeviceVolumeType.GP3,
                                volume_size=cdk.Size.gibibytes(64),
                            ),
                            volumes_per_instance=2,
                        )],
                    ),
                )],
            )],
        ),
        applications=[
            emr.ApplicationConfigProperty(name="Spark"),
            emr.ApplicationConfigProperty(name="Hive", version="3.1.3"),
        ],
        configurations=[emr.ConfigurationProperty(
            classification="spark-defaults",
            properties={"spark.executor.memory": "4g"},
            configurations=[emr.ConfigurationProperty(
                classification="export", properties={"PYSPARK_PYTHON": "python3"})],
        )],
        tags={"team": "data"},
    )
    return workflow(stack, training, cluster)


def static_factories(app):
    stack = example_stack(app)
    queue = sqs.Queue(stack, "Queue")
    fn = inline_function(stack, "Fn")
    send = tasks.SqsSendMessage.jsonata(stack, "Send",
        queue=queue,
        message_body=sfn.TaskInput.from_text("{% $states.input.message %}"),
        delay=cdk.Duration.seconds(30),
    )
    invoke = tasks.LambdaInvoke.json_path(stack, "Invoke",
        lambda_function=fn,
        payload=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.id")}),
        result_selector={"out": sfn.JsonPath.object_at("$.Payload")},
    )
    model = tasks.SageMakerCreateModel(stack, "Model",
        model_name="from-registry",
        primary_container=tasks.ContainerDefinition(
            image=tasks.DockerImage.from_registry("123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest"),
            mode=tasks.Mode.MULTI_MODEL,
            model_s3_location=tasks.S3Location.from_json_expression("$.ModelData"),
            environment_variables=sfn.TaskInput.from_object({"LOG_LEVEL": "debug"}),
        ),
    )
    endpoint_config = tasks.SageMakerCreateEndpointConfig(stack, "Endpoint config",
        endpoint_config_name="cfg",
        production_variants=[tasks.ProductionVariant(
            model_name="from-registry",
            variant_name="main",
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
            accelerator_type=tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM),
        )],
    )
    return workflow(stack, send, invoke, model, endpoint_config)


def abstract_classes_implemented_by_the_user(app):
    stack = example_stack(app)
    training = training_job(stack, "Train",
        tasks.AlgorithmSpecification(training_image=PinnedImage(), training_input_mode=tasks.InputMode.FILE),
        ModelBucketLocation("models/"),
    )
    return workflow(stack, training)


def error_unsupported_integration_pattern(app):
    stack = example_stack(app)
    tasks.SqsSendMessage(stack, "Send",
        queue=sqs.Queue(stack, "Queue"),
        message_body=sfn.TaskInput.from_text("hello"),
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    )
    return stack


def error_task_token_missing(app):
    stack = example_stack(app)
    tasks.LambdaInvoke(stack, "Invoke",
        lambda_function=inline_function(stack, "Fn"),
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    )
    return stack


APPS = {
    "dynamo_attribute_value_maps": dynamo_attribute_value_maps,
    "enums": enums,
    "nested_structs": nested_structs,
    "static_factories": static_factories,
    "abstract_classes_implemented_by_the_user": abstract_classes_implemented_by_the_user,
}
ERRORS = {
    "error_unsupported_integration_pattern": error_unsupported_integration_pattern,
    "error_task_token_missing": error_task_token_missing,
}


def test_every_app_has_a_typescript_twin_and_every_twin_an_app(twins):
    assert set(APPS) | set(ERRORS) == twins.names("api-shapes")


@pytest.mark.parametrize("name", sorted(APPS))
def test_the_app_synthesizes_to_the_template_of_its_typescript_twin(twins, name):
    assert_same_template(synthesize(APPS[name]), twins("api-shapes", name))


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_throws_when_the_input_is_bad_with_the_message_its_typescript_twin_throws(twins, name):
    expected = twins("api-shapes", name)["error"]
    with pytest.raises(RuntimeError) as raised:
        synthesize(ERRORS[name])
    assert str(raised.value) == expected["message"]


def test_enums_are_python_enums_named_as_in_typescript():
    assert issubclass(tasks.LambdaInvocationType, enum.Enum)
    assert [m.name for m in tasks.LambdaInvocationType] == ["REQUEST_RESPONSE", "EVENT", "DRY_RUN"]
    assert tasks.S3DataType.S3_PREFIX.name == "S3_PREFIX"


def test_a_nested_struct_given_as_a_dict_becomes_the_struct():
    props = tasks.SageMakerCreateTrainingJobProps(
        training_job_name="job",
        algorithm_specification={"algorithm_name": "BlazingText"},
        output_data_config={"s3_output_location": tasks.S3Location.from_json_expression("$.Out")},
    )
    assert isinstance(props.algorithm_specification, tasks.AlgorithmSpecification)
    assert props.algorithm_specification == tasks.AlgorithmSpecification(algorithm_name="BlazingText")
    assert isinstance(props.output_data_config, tasks.OutputDataConfig)


def test_struct_namespaced_in_a_class_is_reached_through_the_class():
    instances = tasks.EmrCreateCluster.InstancesConfigProperty(instance_count=3)
    assert instances.instance_count == 3
    assert tasks.EmrCreateCluster.InstancesConfigProperty() == tasks.EmrCreateCluster.InstancesConfigProperty()


def test_a_static_constant_and_a_static_factory_return_instances_of_the_class():
    assert isinstance(tasks.WorkerTypeV2.G_1_X, tasks.WorkerTypeV2)
    assert tasks.WorkerTypeV2.G_1_X.name == "G.1X"
    assert tasks.WorkerTypeV2.of("G.8X").name == "G.8X"
    assert isinstance(tasks.S3Location.from_json_expression("$.X"), tasks.S3Location)


def test_an_abstract_class_cannot_be_used_without_its_abstract_method():
    with pytest.raises(TypeError):
        tasks.S3Location()
