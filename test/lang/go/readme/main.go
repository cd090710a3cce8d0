package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	"github.com/aws/jsii-runtime-go"
	tasks "github.com/cdk-stepfunctions-tasks/cdk-stepfunctions-tasks-go/cdkstepfunctionstasks"
)

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Workflow"), nil)
	fn := awslambda.Function_FromFunctionArn(stack, jsii.String("Fn"), jsii.String("arn:aws:lambda:us-east-1:123456789012:function:score"))

	awsstepfunctions.NewStateMachine(stack, jsii.String("StateMachine"), &awsstepfunctions.StateMachineProps{
		DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(tasks.NewLambdaInvoke(stack, jsii.String("Score"), &tasks.LambdaInvokeProps{
			LambdaFunction: fn,
			OutputPath:     jsii.String("$.Payload"),
		})),
	})

	app.Synth(nil)
}
