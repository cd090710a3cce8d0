// TypeScript-side twin of the Java and Go workflow tests (test/lang/java/.../WorkflowTest.java,
// test/lang/go/workflow_test.go): an order workflow using several integrations, with a map of
// DynamoAttributeValue, enums, nested structs, a static factory (`jsonata`) and a Choice.
const { Duration } = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('cdk-stepfunctions-tasks');
const { exampleStack, inlineFunction } = require('./common');

module.exports = {
  order_workflow(app) {
    const stack = exampleStack(app);
    const orders = new dynamodb.Table(stack, 'Orders', {
      partitionKey: { name: 'OrderId', type: dynamodb.AttributeType.STRING },
    });
    const alerts = new sns.Topic(stack, 'Alerts');
    const shipping = new sqs.Queue(stack, 'Shipping');
    const results = new s3.Bucket(stack, 'QueryResults');

    const score = new tasks.LambdaInvoke(stack, 'Score order', {
      lambdaFunction: inlineFunction(stack, 'ScoreFn'),
      payload: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
      resultSelector: { score: sfn.JsonPath.numberAt('$.Payload.score') },
      resultPath: '$.risk',
    });
    const save = new tasks.DynamoPutItem(stack, 'Save order', {
      table: orders,
      // keys in sorted order: the order a Java TreeMap and a Go map give (the ASL keeps the map's order)
      item: {
        Lines: tasks.DynamoAttributeValue.fromList([tasks.DynamoAttributeValue.fromString('first')]),
        OrderId: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
        Score: tasks.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.risk.score')),
      },
      returnValues: tasks.DynamoReturnValues.NONE,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const history = new tasks.AthenaStartQueryExecution(stack, 'Customer history', {
      queryString: sfn.JsonPath.format('SELECT * FROM orders WHERE customer = \'{}\'', sfn.JsonPath.stringAt('$.customer')),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      queryExecutionContext: { databaseName: 'sales', catalogName: 'AwsDataCatalog' },
      resultConfiguration: {
        outputLocation: { bucketName: results.bucketName, objectKey: 'history' },
        encryptionConfiguration: { encryptionOption: tasks.EncryptionOption.S3_MANAGED },
      },
      resultPath: '$.history',
    });
    const alert = new tasks.SnsPublish(stack, 'Alert', {
      topic: alerts,
      subject: 'Risky order',
      message: sfn.TaskInput.fromJsonPathAt('$.orderId'),
      messageAttributes: {
        score: { value: sfn.JsonPath.stringAt('$.risk.score'), dataType: tasks.MessageAttributeDataType.NUMBER },
      },
    });
    const ship = tasks.SqsSendMessage.jsonata(stack, 'Ship', {
      queue: shipping,
      messageBody: sfn.TaskInput.fromText('{% $states.input.orderId %}'),
      delay: Duration.seconds(10),
    });

    const definition = sfn.Chain.start(score)
      .next(save)
      .next(history)
      .next(new sfn.Choice(stack, 'Risky?')
        .when(sfn.Condition.numberGreaterThan('$.risk.score', 80), alert)
        .otherwise(ship));
    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      timeout: Duration.minutes(30),
    });
    return stack;
  },
};
