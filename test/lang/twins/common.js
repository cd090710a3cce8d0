// Shared by the TypeScript-side twins of the language tests. The twins run from a scratch folder whose
// node_modules hold exactly the JavaScript the language binding under test runs (see run.js), so
// `require('aws-cdk-lib')` here is that binding's aws-cdk-lib, and `cdk-stepfunctions-tasks` is the
// npm tarball `npm run package` built. Each twin mirrors, id for id and prop for prop, an app written
// in Python, Java or Go; test/lang/python/common.py holds the Python side of these helpers.
const { App, Stack } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sfn = require('aws-cdk-lib/aws-stepfunctions');

/** The stack every example app builds into. */
function exampleStack(app) {
  return new Stack(app, 'Example', { env: { account: '123456789012', region: 'us-east-1' } });
}

/** A small function with inline code, for the examples that need one to invoke. */
function inlineFunction(scope, id) {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => event;'),
  });
}

/**
 * Chains the given states, in order, into the definition of a state machine, so that the template holds
 * their Amazon States Language and the IAM statements they grant; returns the stack.
 */
function workflow(stack, ...states) {
  const [first, ...rest] = states;
  const chain = rest.reduce((c, state) => c.next(state), sfn.Chain.start(first));
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(chain) });
  return stack;
}

/**
 * Runs one twin (a function of an App returning the stack to read) and returns that stack's template.
 * A twin may build its own App (the README's example does): the stack's root is what is synthesized.
 */
function synthesize(build) {
  const stack = build(new App());
  return stack.node.root.synth().getStackByName(stack.stackName).template;
}

module.exports = { exampleStack, inlineFunction, synthesize, workflow };
