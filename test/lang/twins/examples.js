// TypeScript-side twins of test/lang/python/examples.py: every example of the module's older,
// Python-flavoured docs, in today's API. Same key, same ids, same props as the Python function.
const { Duration, Size } = require('aws-cdk-lib');
const batch = require('aws-cdk-lib/aws-batch');
const codebuild = require('aws-cdk-lib/aws-codebuild');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('cdk-stepfunctions-tasks');
const { exampleStack, inlineFunction, workflow } = require('./common');

function messageTable(stack) {
  return new dynamodb.Table(stack, 'Messages', {
    partitionKey: { name: 'MessageId', type: dynamodb.AttributeType.STRING },
  });
}

module.exports = {
  // --- Paths and parameters

  lambda_invoke_input_path(app) {
    const stack = exampleStack(app);
    const submitJobLambda = inlineFunction(stack, 'SubmitJobLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke Handler', {
      lambdaFunction: submitJobLambda,
      inputPath: '$.input',
    });
    return workflow(stack, task);
  },

  lambda_invoke_output_path(app) {
    const stack = exampleStack(app);
    const submitJobLambda = inlineFunction(stack, 'SubmitJobLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke Handler', {
      lambdaFunction: submitJobLambda,
      outputPath: '$.Payload.result',
    });
    return workflow(stack, task);
  },

  dynamo_get_item_result_path(app) {
    const stack = exampleStack(app);
    const task = new tasks.DynamoGetItem(stack, 'GetItem', {
      key: { MessageId: tasks.DynamoAttributeValue.fromString('12345') },
      table: dynamodb.Table.fromTableName(stack, 'Table', 'my-table'),
      resultPath: '$.Item',
    });
    return workflow(stack, task);
  },

  lambda_invoke_event_payload(app) {
    const stack = exampleStack(app);
    const submitJobLambda = inlineFunction(stack, 'SubmitJobLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke Handler', {
      lambdaFunction: submitJobLambda,
      payload: sfn.TaskInput.fromJsonPathAt('$.input'),
      invocationType: tasks.LambdaInvocationType.EVENT,
    });
    return workflow(stack, task);
  },

  // --- EvaluateExpression

  evaluate_expression(app) {
    const stack = exampleStack(app);
    const topic = new sns.Topic(stack, 'Topic');
    const convertToSeconds = new tasks.EvaluateExpression(stack, 'Convert to seconds', {
      expression: '$.waitMilliseconds / 1000',
      resultPath: '$.waitSeconds',
    });
    const createMessage = new tasks.EvaluateExpression(stack, 'Create message', {
      // a string inside a string
      expression: '`Now waiting ${$.waitSeconds} seconds...`',
      runtime: lambda.Runtime.NODEJS_22_X,
      resultPath: '$.message',
    });
    const publishMessage = new tasks.SnsPublish(stack, 'Publish message', {
      topic,
      message: sfn.TaskInput.fromJsonPathAt('$.message'),
      resultPath: '$.sns',
    });
    const wait = new sfn.Wait(stack, 'Wait', {
      time: sfn.WaitTime.secondsPath('$.waitSeconds'),
    });
    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(
        convertToSeconds.next(createMessage).next(publishMessage).next(wait)),
    });
    return stack;
  },

  // --- Batch

  batch_submit_job(app) {
    const stack = exampleStack(app);
    const vpc = new ec2.Vpc(stack, 'Vpc');
    const batchQueue = new batch.JobQueue(stack, 'JobQueue', {
      computeEnvironments: [{
        order: 1,
        computeEnvironment: new batch.ManagedEc2EcsComputeEnvironment(stack, 'ComputeEnv', { vpc }),
      }],
    });
    const batchJobDefinition = new batch.EcsJobDefinition(stack, 'JobDefinition', {
      container: new batch.EcsEc2ContainerDefinition(stack, 'Container', {
        image: ecs.ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox:latest'),
        memory: Size.mebibytes(512),
        cpu: 1,
      }),
    });
    const task = new tasks.BatchSubmitJob(stack, 'Submit Job', {
      jobDefinitionArn: batchJobDefinition.jobDefinitionArn,
      jobName: 'MyJob',
      jobQueueArn: batchQueue.jobQueueArn,
    });
    return workflow(stack, task);
  },

  // --- CodeBuild

  codebuild_start_build(app) {
    const stack = exampleStack(app);
    const codebuildProject = new codebuild.Project(stack, 'Project', {
      projectName: 'MyTestProject',
      buildSpec: codebuild.BuildSpec.fromObject({
        version: '0.2',
        phases: { build: { commands: ['echo "Hello, CodeBuild!"'] } },
      }),
    });
    const task = new tasks.CodeBuildStartBuild(stack, 'Task', {
      project: codebuildProject,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: {
        ZONE: {
          type: codebuild.BuildEnvironmentVariableType.PLAINTEXT,
          value: sfn.JsonPath.stringAt('$.envVariables.zone'),
        },
      },
    });
    return workflow(stack, task);
  },

  // --- DynamoDB

  dynamo_get_item(app) {
    const stack = exampleStack(app);
    const task = new tasks.DynamoGetItem(stack, 'Get Item', {
      key: { messageId: tasks.DynamoAttributeValue.fromString('message-007') },
      table: messageTable(stack),
    });
    return workflow(stack, task);
  },

  dynamo_put_item(app) {
    const stack = exampleStack(app);
    const task = new tasks.DynamoPutItem(stack, 'PutItem', {
      item: {
        MessageId: tasks.DynamoAttributeValue.fromString('message-007'),
        Text: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.bar')),
        TotalCount: tasks.DynamoAttributeValue.fromNumber(10),
      },
      table: messageTable(stack),
    });
    return workflow(stack, task);
  },

  dynamo_delete_item(app) {
    const stack = exampleStack(app);
    const task = new tasks.DynamoDeleteItem(stack, 'DeleteItem', {
      key: { MessageId: tasks.DynamoAttributeValue.fromString('message-007') },
      table: messageTable(stack),
      resultPath: sfn.JsonPath.DISCARD,
    });
    return workflow(stack, task);
  },

  dynamo_update_item(app) {
    const stack = exampleStack(app);
    const task = new tasks.DynamoUpdateItem(stack, 'UpdateItem', {
      key: { MessageId: tasks.DynamoAttributeValue.fromString('message-007') },
      table: messageTable(stack),
      expressionAttributeValues: {
        ':val': tasks.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
        ':rand': tasks.DynamoAttributeValue.fromNumber(20),
      },
      updateExpression: 'SET TotalCount = :val + :rand',
    });
    return workflow(stack, task);
  },

  // --- ECS

  ecs_run_task_ec2(app) {
    const stack = exampleStack(app);
    const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { isDefault: true });
    const cluster = new ecs.Cluster(stack, 'Ec2Cluster', { vpc });
    cluster.addCapacity('DefaultAutoScalingGroup', {
      instanceType: new ec2.InstanceType('t2.micro'),
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    });
    const taskDefinition = new ecs.TaskDefinition(stack, 'TD', {
      compatibility: ecs.Compatibility.EC2,
    });
    taskDefinition.addContainer('TheContainer', {
      image: ecs.ContainerImage.fromRegistry('foo/bar'),
      memoryLimitMiB: 256,
    });
    const task = new tasks.EcsRunTask(stack, 'Run', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster,
      taskDefinition,
      launchTarget: new tasks.EcsEc2LaunchTarget({
        placementStrategies: [
          ecs.PlacementStrategy.spreadAcrossInstances(),
          ecs.PlacementStrategy.packedByCpu(),
          ecs.PlacementStrategy.randomly(),
        ],
        placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
      }),
    });
    return workflow(stack, task);
  },

  ecs_run_task_fargate(app) {
    const stack = exampleStack(app);
    const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { isDefault: true });
    const cluster = new ecs.Cluster(stack, 'FargateCluster', { vpc });
    const taskDefinition = new ecs.TaskDefinition(stack, 'TD', {
      memoryMiB: '512',
      cpu: '256',
      compatibility: ecs.Compatibility.FARGATE,
    });
    const containerDefinition = taskDefinition.addContainer('TheContainer', {
      image: ecs.ContainerImage.fromRegistry('foo/bar'),
      memoryLimitMiB: 256,
    });
    const task = new tasks.EcsRunTask(stack, 'RunFargate', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      cluster,
      taskDefinition,
      containerOverrides: [{
        containerDefinition,
        environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
      }],
      launchTarget: new tasks.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4 }),
    });
    return workflow(stack, task);
  },

  // --- EMR

  emr_create_cluster(app) {
    const stack = exampleStack(app);
    const clusterRole = new iam.Role(stack, 'ClusterRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    });
    const serviceRole = new iam.Role(stack, 'ServiceRole', {
      assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com'),
    });
    const autoScalingRole = new iam.Role(stack, 'AutoScalingRole', {
      assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com'),
    });
    autoScalingRole.assumeRolePolicy.addStatements(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      principals: [new iam.ServicePrincipal('application-autoscaling.amazonaws.com')],
      actions: ['sts:AssumeRole'],
    }));
    const task = new tasks.EmrCreateCluster(stack, 'Create Cluster', {
      instances: {},
      clusterRole,
      name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value,
      serviceRole,
      autoScalingRole,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    return workflow(stack, task);
  },

  emr_set_cluster_termination_protection(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrSetClusterTerminationProtection(stack, 'Task', {
      clusterId: 'ClusterId',
      terminationProtected: false,
    });
    return workflow(stack, task);
  },

  emr_terminate_cluster(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrTerminateCluster(stack, 'Task', { clusterId: 'ClusterId' });
    return workflow(stack, task);
  },

  emr_add_step(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrAddStep(stack, 'Task', {
      clusterId: 'ClusterId',
      name: 'StepName',
      jar: 'Jar',
      actionOnFailure: tasks.ActionOnFailure.CONTINUE,
    });
    return workflow(stack, task);
  },

  emr_cancel_step(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrCancelStep(stack, 'Task', { clusterId: 'ClusterId', stepId: 'StepId' });
    return workflow(stack, task);
  },

  emr_modify_instance_fleet_by_name(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrModifyInstanceFleetByName(stack, 'Task', {
      clusterId: 'ClusterId',
      instanceFleetName: 'InstanceFleetName',
      targetOnDemandCapacity: 2,
      targetSpotCapacity: 0,
    });
    return workflow(stack, task);
  },

  emr_modify_instance_group_by_name(app) {
    const stack = exampleStack(app);
    const task = new tasks.EmrModifyInstanceGroupByName(stack, 'Task', {
      clusterId: 'ClusterId',
      instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName'),
      instanceGroup: { instanceCount: 1 },
    });
    return workflow(stack, task);
  },

  // --- Glue

  glue_start_job_run(app) {
    const stack = exampleStack(app);
    const task = new tasks.GlueStartJobRun(stack, 'Task', {
      glueJobName: 'my-glue-job',
      arguments: sfn.TaskInput.fromObject({ key: 'value' }),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(30)),
      notifyDelayAfter: Duration.minutes(5),
    });
    return workflow(stack, task);
  },

  // --- Lambda

  lambda_invoke_state_input(app) {
    const stack = exampleStack(app);
    const myLambda = new lambda.Function(stack, 'my sample lambda', {
      code: lambda.Code.fromInline(`exports.handler = async () => {
    return {
      statusCode: '200',
      body: 'hello, world!'
    };
  };`),
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
    });
    const task = new tasks.LambdaInvoke(stack, 'Invoke with state input', { lambdaFunction: myLambda });
    return workflow(stack, task);
  },

  lambda_invoke_payloads(app) {
    const stack = exampleStack(app);
    const myLambda = inlineFunction(stack, 'MyLambda');
    const myOtherLambda = inlineFunction(stack, 'MyOtherLambda');
    const emptyPayload = new tasks.LambdaInvoke(stack, 'Invoke with empty object as payload', {
      lambdaFunction: myLambda,
      payload: sfn.TaskInput.fromObject({}),
    });
    // use the output of myLambda as input
    const payloadField = new tasks.LambdaInvoke(stack, 'Invoke with payload field in the state input', {
      lambdaFunction: myOtherLambda,
      payload: sfn.TaskInput.fromJsonPathAt('$.Payload'),
    });
    return workflow(stack, emptyPayload, payloadField);
  },

  lambda_invoke_function_response_as_output(app) {
    const stack = exampleStack(app);
    const myLambda = inlineFunction(stack, 'MyLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke and set function response as task output', {
      lambdaFunction: myLambda,
      payload: sfn.TaskInput.fromJsonPathAt('$'),
      outputPath: '$.Payload',
    });
    return workflow(stack, task);
  },

  lambda_invoke_payload_response_only(app) {
    const stack = exampleStack(app);
    const myLambda = inlineFunction(stack, 'MyLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke and combine function response with task input', {
      lambdaFunction: myLambda,
      payloadResponseOnly: true,
      resultPath: '$.myLambda',
    });
    return workflow(stack, task);
  },

  lambda_invoke_callback(app) {
    const stack = exampleStack(app);
    const myLambda = inlineFunction(stack, 'MyLambda');
    const task = new tasks.LambdaInvoke(stack, 'Invoke with callback', {
      lambdaFunction: myLambda,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({
        token: sfn.JsonPath.taskToken,
        input: sfn.JsonPath.stringAt('$.someField'),
      }),
    });
    return workflow(stack, task);
  },

  // --- SageMaker

  sagemaker_create_training_job(app) {
    const stack = exampleStack(app);
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    });
    const task = new tasks.SageMakerCreateTrainingJob(stack, 'TrainSagemaker', {
      trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
      role,
      algorithmSpecification: {
        algorithmName: 'BlazingText',
        trainingInputMode: tasks.InputMode.FILE,
      },
      inputDataConfig: [{
        channelName: 'train',
        dataSource: {
          s3DataSource: {
            s3DataType: tasks.S3DataType.S3_PREFIX,
            s3Location: tasks.S3Location.fromJsonExpression('$.S3Bucket'),
          },
        },
      }],
      outputDataConfig: {
        s3OutputLocation: tasks.S3Location.fromBucket(
          s3.Bucket.fromBucketName(stack, 'Bucket', 'mybucket'), 'myoutputpath'),
      },
      resourceConfig: {
        instanceCount: 1,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2),
        volumeSize: Size.gibibytes(50),
      },
      stoppingCondition: { maxRuntime: Duration.hours(1) },
    });
    return workflow(stack, task);
  },

  sagemaker_create_transform_job(app) {
    const stack = exampleStack(app);
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    });
    const task = new tasks.SageMakerCreateTransformJob(stack, 'Batch Inference', {
      transformJobName: 'MyTransformJob',
      modelName: 'MyModelName',
      role,
      transformInput: {
        transformDataSource: {
          s3DataSource: { s3Uri: 's3://inputbucket/train', s3DataType: tasks.S3DataType.S3_PREFIX },
        },
      },
      transformOutput: { s3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
      transformResources: {
        instanceCount: 1,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
      },
    });
    return workflow(stack, task);
  },

  sagemaker_create_endpoint(app) {
    const stack = exampleStack(app);
    const task = new tasks.SageMakerCreateEndpoint(stack, 'SagemakerEndpoint', {
      endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
      endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
    });
    return workflow(stack, task);
  },

  sagemaker_create_endpoint_config(app) {
    const stack = exampleStack(app);
    const task = new tasks.SageMakerCreateEndpointConfig(stack, 'SagemakerEndpointConfig', {
      endpointConfigName: 'MyEndpointConfig',
      productionVariants: [{
        initialInstanceCount: 2,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
        modelName: 'MyModel',
        variantName: 'awesome-variant',
      }],
    });
    return workflow(stack, task);
  },

  sagemaker_create_model(app) {
    const stack = exampleStack(app);
    const task = new tasks.SageMakerCreateModel(stack, 'Sagemaker', {
      modelName: 'MyModel',
      primaryContainer: new tasks.ContainerDefinition({
        image: tasks.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
        mode: tasks.Mode.SINGLE_MODEL,
        modelS3Location: tasks.S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
      }),
    });
    return workflow(stack, task);
  },

  sagemaker_update_endpoint(app) {
    const stack = exampleStack(app);
    const task = new tasks.SageMakerUpdateEndpoint(stack, 'SagemakerEndpoint', {
      endpointName: sfn.JsonPath.stringAt('$.Endpoint.Name'),
      endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'),
    });
    return workflow(stack, task);
  },

  // --- SNS

  sns_publish(app) {
    const stack = exampleStack(app);
    const topic = new sns.Topic(stack, 'Topic');
    // Use a field from the execution data as message.
    const task1 = new tasks.SnsPublish(stack, 'Publish1', {
      topic,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      message: sfn.TaskInput.fromJsonPathAt('$.state.message'),
    });
    // Combine a field from the execution data with a literal object.
    const task2 = new tasks.SnsPublish(stack, 'Publish2', {
      topic,
      message: sfn.TaskInput.fromObject({
        field1: 'somedata',
        field2: sfn.JsonPath.stringAt('$.field2'),
      }),
    });
    return workflow(stack, task1, task2);
  },

  // --- Step Functions

  stepfunctions_start_execution(app) {
    const stack = exampleStack(app);
    // A state machine with one Pass state
    const child = new sfn.StateMachine(stack, 'ChildStateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(sfn.Chain.start(new sfn.Pass(stack, 'PassState'))),
    });
    // It runs in a Task state, with the callback pattern
    const task = new tasks.StepFunctionsStartExecution(stack, 'ChildTask', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({
        token: sfn.JsonPath.taskToken,
        foo: 'bar',
      }),
      name: 'MyExecutionName',
    });
    // A second state machine runs that Task state
    new sfn.StateMachine(stack, 'ParentStateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(task),
    });
    return stack;
  },

  stepfunctions_invoke_activity(app) {
    const stack = exampleStack(app);
    const submitJobActivity = new sfn.Activity(stack, 'SubmitJob');
    const task = new tasks.StepFunctionsInvokeActivity(stack, 'Submit Job', { activity: submitJobActivity });
    return workflow(stack, task);
  },

  // --- SQS

  sqs_send_message(app) {
    const stack = exampleStack(app);
    const queue = new sqs.Queue(stack, 'Queue');
    // Use a field from the execution data as message.
    const task1 = new tasks.SqsSendMessage(stack, 'Send1', {
      queue,
      messageBody: sfn.TaskInput.fromJsonPathAt('$.message'),
    });
    // Combine a field from the execution data with a literal object.
    const task2 = new tasks.SqsSendMessage(stack, 'Send2', {
      queue,
      messageBody: sfn.TaskInput.fromObject({
        field1: 'somedata',
        field2: sfn.JsonPath.stringAt('$.field2'),
      }),
    });
    return workflow(stack, task1, task2);
  },
};
