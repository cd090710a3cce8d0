/**
 * Runs state machines that this library synthesizes in moto's Step Functions interpreter.
 *
 * Workflows are built in a stack with a concrete account and region, from resources imported by name,
 * so that the definition's only intrinsics are pseudo parameters; those are replaced with moto's values.
 */
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ENDPOINT_FILE } from './moto-server';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Partition': 'aws', 'AWS::Region': REGION, 'AWS::AccountId': ACCOUNT, 'AWS::URLSuffix': 'amazonaws.com',
};

/** Connection settings for an AWS SDK v3 client talking to the moto server. */
function clientConfig() {
  return {
    endpoint: fs.readFileSync(ENDPOINT_FILE, 'utf-8').trim(),
    region: REGION,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
}

const clients = new Map<unknown, { destroy(): void }>();

/** The test file's AWS SDK v3 client of the given class, connected to moto. */
export function sdk<T extends { destroy(): void }>(Client: new (config: ReturnType<typeof clientConfig>) => T): T {
  let client = clients.get(Client);
  if (!client) {
    client = new Client(clientConfig());
    clients.set(Client, client);
  }
  return client as T;
}

/** Closes the connections of every client, so that Jest can exit. */
export function destroyClients(): void {
  clients.forEach((client) => client.destroy());
  clients.clear();
}

/** A stack in moto's account and region. */
export function workflowStack(): cdk.Stack {
  return new cdk.Stack(new cdk.App(), 'Workflow', { env: { account: ACCOUNT, region: REGION } });
}

/** Synthesizes the state machine around `definition` and returns its definition string as moto receives it. */
export function synthesizeDefinition(stack: cdk.Stack, definition: sfn.IChainable, queryLanguage?: sfn.QueryLanguage): string {
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(definition), queryLanguage });
  const machines = Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine');
  return deployed(Object.values(machines)[0].Properties.DefinitionString);
}

/**
 * A value of the template as CloudFormation would pass it on in moto's account and region: each `Fn::Join`
 * joined and each pseudo parameter replaced. Any other intrinsic names a resource moto does not have.
 */
export function deployed(value: any): any {
  if (Array.isArray(value)) return value.map(deployed);
  if (value === null || typeof value !== 'object') return value;
  const intrinsic = Object.keys(value).find((key) => key === 'Ref' || key.startsWith('Fn::'));
  if (intrinsic === 'Fn::Join') {
    const [separator, parts] = value['Fn::Join'];
    return parts.map(deployed).join(separator);
  }
  if (intrinsic) {
    const pseudo = intrinsic === 'Ref' && PSEUDO_PARAMETERS[value.Ref];
    if (!pseudo) throw new Error(`the workflow refers to a resource moto does not have: ${JSON.stringify(value)}`);
    return pseudo;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deployed(item)]));
}

export interface ExecutionResult {
  readonly status: string;
  readonly output?: any;
  readonly error?: string;
  readonly cause?: string;
}

let machines = 0;

/** Creates a state machine from the definition in moto, runs it with `input`, and waits for the outcome. */
export async function execute(definition: string, input: unknown = {}): Promise<ExecutionResult> {
  const client = sdk(SFNClient);
  const { stateMachineArn } = await client.send(new CreateStateMachineCommand({
    // Test files share one moto server (and, run in band, one process): names must differ across files too.
    name: `workflow-${randomUUID().slice(0, 8)}-${++machines}`,
    definition,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/state-machine`,
  }));
  const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn, name: 'run', input: JSON.stringify(input) }));
  for (let poll = 0; poll < 300; poll++) {
    const execution = await client.send(new DescribeExecutionCommand({ executionArn }));
    if (execution.status !== 'RUNNING') {
      if (process.env.DEBUG_EXECUTION) console.log(definition, execution);
      return {
        status: execution.status!,
        output: parseOutput(execution.output),
        error: execution.error,
        cause: execution.cause,
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`execution ${executionArn} did not finish`);
}

/** Step Functions returns the output as JSON text; moto returns a top-level string result unquoted. */
function parseOutput(output?: string): unknown {
  if (output === undefined) return undefined;
  try {
    return JSON.parse(output);
  } catch {
    return output;
  }
}

/** Synthesizes and runs a workflow in one step. */
export async function run(build: (stack: cdk.Stack) => sfn.IChainable, input: unknown = {}, queryLanguage?: sfn.QueryLanguage): Promise<ExecutionResult> {
  const stack = workflowStack();
  return execute(synthesizeDefinition(stack, build(stack), queryLanguage), input);
}
