from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
import cdk_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "Workflow")
fn = lambda_.Function.from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:score")

sfn.StateMachine(stack, "StateMachine",
    definition_body=sfn.DefinitionBody.from_chainable(tasks.LambdaInvoke(stack, "Score",
        lambda_function=fn,
        output_path="$.Payload",
    )),
)

app.synth()
