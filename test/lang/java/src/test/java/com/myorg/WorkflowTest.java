package com.myorg;

import static com.myorg.Twins.assertSameTemplate;
import static com.myorg.Twins.exampleStack;
import static com.myorg.Twins.synthesize;
import static com.myorg.Twins.template;

import io.github.cdkstepfunctionstasks.AthenaStartQueryExecution;
import io.github.cdkstepfunctionstasks.DynamoAttributeValue;
import io.github.cdkstepfunctionstasks.DynamoPutItem;
import io.github.cdkstepfunctionstasks.DynamoReturnValues;
import io.github.cdkstepfunctionstasks.EncryptionConfiguration;
import io.github.cdkstepfunctionstasks.EncryptionOption;
import io.github.cdkstepfunctionstasks.LambdaInvoke;
import io.github.cdkstepfunctionstasks.MessageAttribute;
import io.github.cdkstepfunctionstasks.MessageAttributeDataType;
import io.github.cdkstepfunctionstasks.QueryExecutionContext;
import io.github.cdkstepfunctionstasks.ResultConfiguration;
import io.github.cdkstepfunctionstasks.SnsPublish;
import io.github.cdkstepfunctionstasks.SqsSendMessage;
import io.github.cdkstepfunctionstasks.SqsSendMessageJsonataProps;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.Location;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.Chain;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.TaskInput;

/** An order workflow using several integrations, written in Java; its twin is test/lang/twins/workflow.js. */
class WorkflowTest {
    static Stack orderWorkflow(final App app) {
        Stack stack = exampleStack(app);
        Table orders = Table.Builder.create(stack, "Orders")
                .partitionKey(Attribute.builder().name("OrderId").type(AttributeType.STRING).build())
                .build();
        Topic alerts = new Topic(stack, "Alerts");
        Queue shipping = new Queue(stack, "Shipping");
        Bucket results = new Bucket(stack, "QueryResults");

        LambdaInvoke score = LambdaInvoke.Builder.create(stack, "Score order")
                .lambdaFunction(Function.Builder.create(stack, "ScoreFn")
                        .runtime(Runtime.NODEJS_22_X)
                        .handler("index.handler")
                        .code(Code.fromInline("exports.handler = async (event) => event;"))
                        .build())
                .payload(TaskInput.fromObject(Map.of("orderId", JsonPath.stringAt("$.orderId"))))
                .resultSelector(Map.of("score", JsonPath.numberAt("$.Payload.score")))
                .resultPath("$.risk")
                .build();
        DynamoPutItem save = DynamoPutItem.Builder.create(stack, "Save order")
                .table(orders)
                // a sorted map: the ASL lists the attributes in the map's order
                .item(new TreeMap<>(Map.of(
                        "OrderId", DynamoAttributeValue.fromString(JsonPath.stringAt("$.orderId")),
                        "Score", DynamoAttributeValue.numberFromString(JsonPath.stringAt("$.risk.score")),
                        "Lines", DynamoAttributeValue.fromList(List.of(DynamoAttributeValue.fromString("first"))))))
                .returnValues(DynamoReturnValues.NONE)
                .resultPath(JsonPath.DISCARD)
                .build();
        AthenaStartQueryExecution history = AthenaStartQueryExecution.Builder.create(stack, "Customer history")
                .queryString(JsonPath.format("SELECT * FROM orders WHERE customer = '{}'", JsonPath.stringAt("$.customer")))
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .queryExecutionContext(QueryExecutionContext.builder()
                        .databaseName("sales")
                        .catalogName("AwsDataCatalog")
                        .build())
                .resultConfiguration(ResultConfiguration.builder()
                        .outputLocation(Location.builder().bucketName(results.getBucketName()).objectKey("history").build())
                        .encryptionConfiguration(EncryptionConfiguration.builder()
                                .encryptionOption(EncryptionOption.S3_MANAGED)
                                .build())
                        .build())
                .resultPath("$.history")
                .build();
        SnsPublish alert = SnsPublish.Builder.create(stack, "Alert")
                .topic(alerts)
                .subject("Risky order")
                .message(TaskInput.fromJsonPathAt("$.orderId"))
                .messageAttributes(Map.of("score", MessageAttribute.builder()
                        .value(JsonPath.stringAt("$.risk.score"))
                        .dataType(MessageAttributeDataType.NUMBER)
                        .build()))
                .build();
        SqsSendMessage ship = SqsSendMessage.jsonata(stack, "Ship", SqsSendMessageJsonataProps.builder()
                .queue(shipping)
                .messageBody(TaskInput.fromText("{% $states.input.orderId %}"))
                .delay(Duration.seconds(10))
                .build());

        Chain definition = Chain.start(score)
                .next(save)
                .next(history)
                .next(new Choice(stack, "Risky?")
                        .when(Condition.numberGreaterThan("$.risk.score", 80), alert)
                        .otherwise(ship));
        StateMachine.Builder.create(stack, "StateMachine")
                .definitionBody(DefinitionBody.fromChainable(definition))
                .timeout(Duration.minutes(30))
                .build();
        return stack;
    }

    @Test
    void theOrderWorkflowSynthesizesToTheTemplateOfItsTypeScriptTwin() throws Exception {
        assertSameTemplate(template("workflow", "order_workflow"), synthesize(orderWorkflow(new App())));
    }
}
