package com.myorg;

import io.github.cdkstepfunctionstasks.LambdaInvoke;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

public final class WorkflowApp {
    public static void main(final String[] args) {
        App app = new App();
        Stack stack = new Stack(app, "Workflow");
        IFunction fn = Function.fromFunctionArn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:score");

        StateMachine.Builder.create(stack, "StateMachine")
                .definitionBody(DefinitionBody.fromChainable(LambdaInvoke.Builder.create(stack, "Score")
                        .lambdaFunction(fn)
                        .outputPath("$.Payload")
                        .build()))
                .build();

        app.synth();
    }
}
