// TypeScript-side twins of test/lang/python/test_api_shapes.py: the API shapes jsii maps differently in
// each language (maps of class instances, enums, nested structs, static factories and constants,
// abstract classes implemented by the user, errors thrown across the binding).
const { Duration, Size } = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('cdk-stepfunctions-tasks');
const { exampleStack, inlineFunction, workflow } = require('./common');

/** An S3Location written by the user: the abstract class implemented on the user's side. */
class ModelBucketLocation extends tasks.S3Location {
  constructor(prefix) {
    super();
    this.prefix = prefix;
  }

  bind(task, opts) {
    const action = opts.forWriting ? 's3:PutObject' : 's3:GetObject';
    task.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: [action],
      resources: [`arn:aws:s3:::model-bucket/${this.prefix}*`],
    }));
    return { uri: `s3://model-bucket/${this.prefix}` };
  }
}

/** A DockerImage written by the user. */
class PinnedImage extends tasks.DockerImage {
  bind() {
    return { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1.2.3' };
  }
}

function trainingJob(stack, id, algorithmSpecification, outputLocation) {
  return new tasks.SageMakerCreateTrainingJob(stack, id, {
    trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
    algorithmSpecification,
    inputDataConfig: [{
      channelName: 'train',
      contentType: 'text/csv',
      compressionType: tasks.CompressionType.GZIP,
      recordWrapperType: tasks.RecordWrapperType.RECORD_IO,
      shuffleConfig: { seed: 7 },
      dataSource: {
        s3DataSource: {
          s3DataType: tasks.S3DataType.S3_PREFIX,
          s3DataDistributionType: tasks.S3DataDistributionType.SHARDED_BY_S3_KEY,
          attributeNames: ['source-ref', 'label'],
          s3Location: new ModelBucketLocation('train/'),
        },
      },
    }],
    outputDataConfig: { s3OutputLocation: outputLocation },
    resourceConfig: {
      instanceCount: 2,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
      volumeSize: Size.gibibytes(20),
    },
    stoppingCondition: { maxRuntime: Duration.minutes(90) },
    hyperparameters: { epochs: '5', mode: 'batch_skipgram' },
    environment: { STAGE: 'test' },
  });
}

module.exports = {
  dynamo_attribute_value_maps(app) {
    const stack = exampleStack(app);
    const table = new dynamodb.Table(stack, 'Orders', {
      partitionKey: { name: 'OrderId', type: dynamodb.AttributeType.STRING },
    });
    const put = new tasks.DynamoPutItem(stack, 'Put order', {
      table,
      item: {
        OrderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
        Total: tasks.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.total')),
        Quantity: tasks.DynamoAttributeValue.fromNumber(3),
        Gift: tasks.DynamoAttributeValue.fromBoolean(false),
        Note: tasks.DynamoAttributeValue.fromNull(true),
        Tags: tasks.DynamoAttributeValue.fromStringSet(['new', 'priority']),
        Sizes: tasks.DynamoAttributeValue.fromNumberSet([38, 40.5]),
        Blob: tasks.DynamoAttributeValue.fromBinary('aGVsbG8='),
        Customer: tasks.DynamoAttributeValue.fromMap({
          Name: tasks.DynamoAttributeValue.fromString('Ana'),
          Address: tasks.DynamoAttributeValue.fromMap({
            City: tasks.DynamoAttributeValue.fromString('Porto'),
            Lines: tasks.DynamoAttributeValue.fromList([
              tasks.DynamoAttributeValue.fromString('Rua 1'),
              tasks.DynamoAttributeValue.fromNumber(2),
            ]),
          }),
        }),
        Extra: tasks.DynamoAttributeValue.mapFromJsonPath('$.extra'),
        Flags: tasks.DynamoAttributeValue.booleanFromJsonPath('$.flag'),
      },
      conditionExpression: 'attribute_not_exists(OrderId)',
      expressionAttributeNames: { '#t': 'Total' },
      returnValues: tasks.DynamoReturnValues.ALL_OLD,
      returnConsumedCapacity: tasks.DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: tasks.DynamoItemCollectionMetrics.SIZE,
    });
    const get = new tasks.DynamoGetItem(stack, 'Get order', {
      table,
      key: { OrderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
      projectionExpression: [
        new tasks.DynamoProjectionExpression().withAttribute('Customer').withAttribute('Address').atIndex(0),
        new tasks.DynamoProjectionExpression().withAttribute('Total'),
      ],
      consistentRead: true,
    });
    return workflow(stack, put, get);
  },

  enums(app) {
    const stack = exampleStack(app);
    const fn = inlineFunction(stack, 'Fn');
    const invoke = new tasks.LambdaInvoke(stack, 'Fire and forget', {
      lambdaFunction: fn,
      invocationType: tasks.LambdaInvocationType.EVENT,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    const dryRun = new tasks.LambdaInvoke(stack, 'Dry run', {
      lambdaFunction: fn,
      invocationType: tasks.LambdaInvocationType.DRY_RUN,
    });
    const glue = new tasks.GlueStartJobRun(stack, 'Glue job', {
      glueJobName: 'etl',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      workerConfiguration: { workerTypeV2: tasks.WorkerTypeV2.G_2X, numberOfWorkers: 4 },
      executionClass: tasks.ExecutionClass.FLEX,
    });
    return workflow(stack, invoke, dryRun, glue);
  },

  nested_structs(app) {
    const stack = exampleStack(app);
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    });
    const training = trainingJob(stack, 'Train', {
      algorithmName: 'BlazingText',
      trainingInputMode: tasks.InputMode.PIPE,
      metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }],
    }, new ModelBucketLocation('output/'));
    const clusterRole = new iam.Role(stack, 'ClusterRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    });
    const cluster = new tasks.EmrCreateCluster(stack, 'Create cluster', {
      name: 'analytics',
      clusterRole,
      serviceRole: role,
      releaseLabel: 'emr-6.15.0',
      instances: {
        ec2SubnetId: 'subnet-12345',
        instanceFleets: [{
          instanceFleetType: tasks.EmrCreateCluster.InstanceRoleType.MASTER,
          targetOnDemandCapacity: 1,
          instanceTypeConfigs: [{
            instanceType: 'm5.xlarge',
            weightedCapacity: 1,
            ebsConfiguration: {
              ebsOptimized: true,
              ebsBlockDeviceConfigs: [{
                volumeSpecification: {
                  volumeType: tasks.EmrCreateCluster.EbsBlockDeviceVolumeType.GP3,
                  volumeSize: Size.gibibytes(64),
                },
                volumesPerInstance: 2,
              }],
            },
          }],
        }],
      },
      applications: [{ name: 'Spark' }, { name: 'Hive', version: '3.1.3' }],
      configurations: [{
        classification: 'spark-defaults',
        properties: { 'spark.executor.memory': '4g' },
        configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: 'python3' } }],
      }],
      tags: { team: 'data' },
    });
    return workflow(stack, training, cluster);
  },

  static_factories(app) {
    const stack = exampleStack(app);
    const queue = new sqs.Queue(stack, 'Queue');
    const fn = inlineFunction(stack, 'Fn');
    const send = tasks.SqsSendMessage.jsonata(stack, 'Send', {
      queue,
      messageBody: sfn.TaskInput.fromText('{% $states.input.message %}'),
      delay: Duration.seconds(30),
    });
    const invoke = tasks.LambdaInvoke.jsonPath(stack, 'Invoke', {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }),
      resultSelector: { out: sfn.JsonPath.objectAt('$.Payload') },
    });
    const model = new tasks.SageMakerCreateModel(stack, 'Model', {
      modelName: 'from-registry',
      primaryContainer: new tasks.ContainerDefinition({
        image: tasks.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest'),
        mode: tasks.Mode.MULTI_MODEL,
        modelS3Location: tasks.S3Location.fromJsonExpression('$.ModelData'),
        environmentVariables: sfn.TaskInput.fromObject({ LOG_LEVEL: 'debug' }),
      }),
    });
    const endpointConfig = new tasks.SageMakerCreateEndpointConfig(stack, 'Endpoint config', {
      endpointConfigName: 'cfg',
      productionVariants: [{
        modelName: 'from-registry',
        variantName: 'main',
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
        acceleratorType: tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM),
      }],
    });
    return workflow(stack, send, invoke, model, endpointConfig);
  },

  abstract_classes_implemented_by_the_user(app) {
    const stack = exampleStack(app);
    const training = trainingJob(stack, 'Train', {
      trainingImage: new PinnedImage(),
      trainingInputMode: tasks.InputMode.FILE,
    }, new ModelBucketLocation('models/'));
    return workflow(stack, training);
  },

  error_unsupported_integration_pattern(app) {
    const stack = exampleStack(app);
    new tasks.SqsSendMessage(stack, 'Send', {
      queue: new sqs.Queue(stack, 'Queue'),
      messageBody: sfn.TaskInput.fromText('hello'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    return stack;
  },

  error_task_token_missing(app) {
    const stack = exampleStack(app);
    new tasks.LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: inlineFunction(stack, 'Fn'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    });
    return stack;
  },
};
