package langtest

import (
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssns"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	"github.com/aws/jsii-runtime-go"
	tasks "github.com/cdk-stepfunctions-tasks/cdk-stepfunctions-tasks-go/cdkstepfunctionstasks"
)

// orderWorkflow is an order workflow using several integrations, written in Go; its twin is
// test/lang/twins/workflow.js.
func orderWorkflow(app awscdk.App) awscdk.Stack {
	stack := exampleStack(app)
	orders := awsdynamodb.NewTable(stack, jsii.String("Orders"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("OrderId"), Type: awsdynamodb.AttributeType_STRING},
	})
	alerts := awssns.NewTopic(stack, jsii.String("Alerts"), nil)
	shipping := awssqs.NewQueue(stack, jsii.String("Shipping"), nil)
	results := awss3.NewBucket(stack, jsii.String("QueryResults"), nil)

	score := tasks.NewLambdaInvoke(stack, jsii.String("Score order"), &tasks.LambdaInvokeProps{
		LambdaFunction: awslambda.NewFunction(stack, jsii.String("ScoreFn"), &awslambda.FunctionProps{
			Runtime: awslambda.Runtime_NODEJS_22_X(),
			Handler: jsii.String("index.handler"),
			Code:    awslambda.Code_FromInline(jsii.String("exports.handler = async (event) => event;")),
		}),
		Payload:        sfn.TaskInput_FromObject(&map[string]interface{}{"orderId": sfn.JsonPath_StringAt(jsii.String("$.orderId"))}),
		ResultSelector: &map[string]interface{}{"score": sfn.JsonPath_NumberAt(jsii.String("$.Payload.score"))},
		ResultPath:     jsii.String("$.risk"),
	})
	save := tasks.NewDynamoPutItem(stack, jsii.String("Save order"), &tasks.DynamoPutItemProps{
		Table: orders,
		Item: &map[string]tasks.DynamoAttributeValue{
			"OrderId": tasks.DynamoAttributeValue_FromString(sfn.JsonPath_StringAt(jsii.String("$.orderId"))),
			"Score":   tasks.DynamoAttributeValue_NumberFromString(sfn.JsonPath_StringAt(jsii.String("$.risk.score"))),
			"Lines": tasks.DynamoAttributeValue_FromList(&[]tasks.DynamoAttributeValue{
				tasks.DynamoAttributeValue_FromString(jsii.String("first")),
			}),
		},
		ReturnValues: tasks.DynamoReturnValues_NONE,
		ResultPath:   sfn.JsonPath_DISCARD(),
	})
	history := tasks.NewAthenaStartQueryExecution(stack, jsii.String("Customer history"), &tasks.AthenaStartQueryExecutionProps{
		QueryString: sfn.JsonPath_Format(jsii.String("SELECT * FROM orders WHERE customer = '{}'"),
			sfn.JsonPath_StringAt(jsii.String("$.customer"))),
		IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
		QueryExecutionContext: &tasks.QueryExecutionContext{
			DatabaseName: jsii.String("sales"),
			CatalogName:  jsii.String("AwsDataCatalog"),
		},
		ResultConfiguration: &tasks.ResultConfiguration{
			OutputLocation: &awss3.Location{BucketName: results.BucketName(), ObjectKey: jsii.String("history")},
			EncryptionConfiguration: &tasks.EncryptionConfiguration{
				EncryptionOption: tasks.EncryptionOption_S3_MANAGED,
			},
		},
		ResultPath: jsii.String("$.history"),
	})
	alert := tasks.NewSnsPublish(stack, jsii.String("Alert"), &tasks.SnsPublishProps{
		Topic:   alerts,
		Subject: jsii.String("Risky order"),
		Message: sfn.TaskInput_FromJsonPathAt(jsii.String("$.orderId")),
		MessageAttributes: &map[string]*tasks.MessageAttribute{
			"score": {Value: sfn.JsonPath_StringAt(jsii.String("$.risk.score")), DataType: tasks.MessageAttributeDataType_NUMBER},
		},
	})
	ship := tasks.SqsSendMessage_Jsonata(stack, jsii.String("Ship"), &tasks.SqsSendMessageJsonataProps{
		Queue:       shipping,
		MessageBody: sfn.TaskInput_FromText(jsii.String("{% $states.input.orderId %}")),
		Delay:       awscdk.Duration_Seconds(jsii.Number(10)),
	})

	definition := sfn.Chain_Start(score).
		Next(save).
		Next(history).
		Next(sfn.NewChoice(stack, jsii.String("Risky?"), nil).
			When(sfn.Condition_NumberGreaterThan(jsii.String("$.risk.score"), jsii.Number(80)), alert, nil).
			Otherwise(ship))
	sfn.NewStateMachine(stack, jsii.String("StateMachine"), &sfn.StateMachineProps{
		DefinitionBody: sfn.DefinitionBody_FromChainable(definition),
		Timeout:        awscdk.Duration_Minutes(jsii.Number(30)),
	})
	return stack
}

func TestTheOrderWorkflowSynthesizesToTheTemplateOfItsTypeScriptTwin(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := orderWorkflow(app)
	assertSameTemplate(t, twinTemplate(t, "workflow", "order_workflow"), synthesize(t, app, stack))
}
