"""Helpers of the Python example apps; test/lang/twins/common.js holds their TypeScript-side twins."""
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn


def example_stack(app):
    """The stack every example app builds into."""
    return cdk.Stack(app, "Example", env=cdk.Environment(account="123456789012", region="us-east-1"))


def inline_function(scope, id):
    """A small function with inline code, for the examples that need one to invoke."""
    return lambda_.Function(scope, id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
    )


def workflow(stack, *states):
    """Chains the states, in order, into the definition of a state machine; returns the stack."""
    first, *rest = states
    chain = sfn.Chain.start(first)
    for state in rest:
        chain = chain.next(state)
    sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))
    return stack


def synthesize(build):
    """Runs one example app (a function of an App returning the stack to read); returns its template.

    An app may build its own App (a README example does): the stack's root is what is synthesized.
    """
    stack = build(cdk.App())
    return stack.node.root.synth().get_stack_by_name(stack.stack_name).template
