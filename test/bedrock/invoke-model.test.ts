import type * as cdk from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as ours from '../../lib';
import { BedrockInvokeModel, Guardrail } from '../../lib';
import {
  expectSameAsReference, expectSameErrorAsReference, newStack, partitionArn, policyStatements, regionalArn, renderState, stateArn, type Tasks,
} from '../util';

const NEW_S3_URI = { '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask': true };
const OLD_S3_URI = { '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask': false };

function titan(stack: cdk.Stack): bedrock.IModel {
  return bedrock.FoundationModel.fromFoundationModelId(stack, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
}

const MODEL_ARN = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, '::foundation-model/amazon.titan-text-express-v1']],
};

function s3Arn(resource: string) {
  return partitionArn(`s3:::${resource}`);
}

const BODY = sfn.TaskInput.fromObject({
  inputText: 'Generate a list of five first names.',
  textGenerationConfig: { maxTokenCount: 100, temperature: 1 },
});

function machine(stack: cdk.Stack, task: sfn.IChainable) {
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
}

describe('BedrockInvokeModel', () => {
  test('sends the model and body (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), body: BODY });
    machine(stack, task);
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('bedrock:invokeModel'),
      Parameters: {
        ModelId: MODEL_ARN,
        Body: { inputText: 'Generate a list of five first names.', textGenerationConfig: { maxTokenCount: 100, temperature: 1 } },
      },
    });
    expect(policyStatements(stack)).toEqual([{ Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: MODEL_ARN }]);
  });

  test('jsonata() renders the call as Arguments', () => {
    const stack = newStack();
    const task = BedrockInvokeModel.jsonata(stack, 'Invoke', { model: titan(stack), body: sfn.TaskInput.fromText('{% $states.input.prompt %}') });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('bedrock:invokeModel'),
      Arguments: { ModelId: MODEL_ARN, Body: '{% $states.input.prompt %}' },
    });
  });

  test('renders accept, content type, guardrail and trace', () => {
    const stack = newStack();
    const task = new BedrockInvokeModel(stack, 'Invoke', {
      model: titan(stack),
      body: BODY,
      accept: 'application/json',
      contentType: 'application/json',
      guardrail: Guardrail.enable('guardrailid', 2),
      traceEnabled: false,
    });
    expect(renderState(task).Parameters).toMatchObject({
      Accept: 'application/json',
      ContentType: 'application/json',
      GuardrailIdentifier: 'guardrailid',
      GuardrailVersion: '2',
      Trace: 'DISABLED',
    });
  });

  test('reads from and writes to S3 objects, with grants on exactly those objects', () => {
    const stack = newStack();
    const task = new BedrockInvokeModel(stack, 'Invoke', {
      model: titan(stack),
      input: { s3Location: { bucketName: 'in', objectKey: 'prompt.json' } },
      output: { s3Location: { bucketName: 'out', objectKey: 'answer.json' } },
    });
    machine(stack, task);
    expect(renderState(task).Parameters).toEqual({ ModelId: MODEL_ARN, Input: { S3Uri: 's3://in/prompt.json' }, Output: { S3Uri: 's3://out/answer.json' } });
    expect(policyStatements(stack).slice(1)).toEqual([
      { Action: 's3:GetObject', Effect: 'Allow', Resource: s3Arn('in/prompt.json') },
      { Action: 's3:PutObject', Effect: 'Allow', Resource: s3Arn('out/answer.json') },
    ]);
  });

  test('with the feature flag, takes the S3 URIs from s3InputUri and s3OutputUri and grants any object', () => {
    const stack = newStack({ context: NEW_S3_URI });
    const task = new BedrockInvokeModel(stack, 'Invoke', {
      model: titan(stack),
      input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') },
      output: { s3OutputUri: sfn.JsonPath.stringAt('$.answer') },
    });
    machine(stack, task);
    expect(renderState(task).Parameters).toEqual({ 'ModelId': MODEL_ARN, 'Input': { 'S3Uri.$': '$.prompt' }, 'Output': { 'S3Uri.$': '$.answer' } });
    expect(policyStatements(stack).slice(1)).toEqual([
      { Action: 's3:GetObject', Effect: 'Allow', Resource: s3Arn('*') },
      { Action: 's3:PutObject', Effect: 'Allow', Resource: s3Arn('*') },
    ]);
  });

  test('without the feature flag, sends the state\'s input and output paths as the S3 URIs, and warns', () => {
    const stack = newStack({ context: OLD_S3_URI });
    const task = new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), inputPath: '$.prompt', outputPath: '$.answer' });
    machine(stack, task);
    const state = renderState(task);
    expect(state.Parameters).toEqual({ ModelId: MODEL_ARN, Input: { S3Uri: '$.prompt' }, Output: { S3Uri: '$.answer' } });
    expect(state.InputPath).toEqual('$.prompt');
    Annotations.fromStack(stack).hasWarning('/Stack', 'These props will set the value of inputPath/outputPath as s3 URI under input/output field in ' +
      'state machine JSON definition. To modify the behaviour set feature flag `@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask": true` ' +
      'and use props input.s3InputUri/output.s3OutputUri [ack: aws-cdk-lib/aws-stepfunctions-taks]');
  });

  test('grants the guardrail by ID, or by the ARN given', () => {
    const byId = newStack();
    machine(byId, new BedrockInvokeModel(byId, 'Invoke', { model: titan(byId), body: BODY, guardrail: Guardrail.enableDraft('abc') }));
    expect(policyStatements(byId)[1]).toEqual({
      Action: 'bedrock:ApplyGuardrail',
      Effect: 'Allow',
      Resource: regionalArn('bedrock', 'guardrail/abc'),
    });

    const byArn = newStack();
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc';
    machine(byArn, new BedrockInvokeModel(byArn, 'Invoke', { model: titan(byArn), body: BODY, guardrail: Guardrail.enableDraft(arn) }));
    expect(policyStatements(byArn)[1].Resource).toEqual(arn);
  });

  test('throws when both body and input are given', () => {
    const stack = newStack();
    expect(() => new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), body: BODY, input: { s3Location: { bucketName: 'b', objectKey: 'k' } } }))
      .toThrow('Either `body` or `input` must be specified, but not both.');
  });

  test('throws when neither body nor input is given', () => {
    const stack = newStack();
    expect(() => new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack) })).toThrow('Either `body` or `input` must be specified.');
  });

  test('throws when an S3 object version is given', () => {
    const stack = newStack();
    expect(() => new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), input: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: '1' } } }))
      .toThrow('Input S3 object version is not supported.');
  });

  test('throws when the integration pattern is RUN_JOB', () => {
    const stack = newStack();
    expect(() => new BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), body: BODY, integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow('Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB');
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README example', (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model', {
        model: titan(s),
        body: BODY,
        resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
      })],
      ['the README guardrail example, with a valid (lower-case) ID', (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model with guardrail', {
        model: titan(s),
        body: BODY,
        guardrail: t.Guardrail.enable('guardrailid', 1),
        resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
      })],
      ['every prop', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s),
        body: sfn.TaskInput.fromJsonPathAt('$.body'),
        accept: 'application/json',
        contentType: 'application/json',
        output: { s3Location: { bucketName: 'out', objectKey: 'o' } },
        guardrail: t.Guardrail.enable('arn:aws:bedrock:us-east-1:123456789012:guardrail/abc', 4),
        traceEnabled: true,
        comment: 'invoke',
      })],
      ['a provisioned model and S3 input', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: bedrock.ProvisionedModel.fromProvisionedModelArn(s, 'Model', 'arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc'),
        input: { s3Location: { bucketName: 'in', objectKey: 'i' } },
      })],
      ['a custom model with trace off', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: bedrock.FoundationModel.fromFoundationModelId(s, 'Model', new bedrock.FoundationModelIdentifier('anthropic.claude-v2')),
        body: BODY,
        traceEnabled: false,
      })],
      ['jsonPath()', (t, s) => t.BedrockInvokeModel.jsonPath(s, 'Invoke', { model: titan(s), body: BODY, resultPath: '$.answer' })],
      ['jsonata()', (t, s) => t.BedrockInvokeModel.jsonata(s, 'Invoke', {
        model: titan(s),
        body: sfn.TaskInput.fromObject({ inputText: '{% $states.input.prompt %}' }),
        outputs: '{% $states.result.Body %}',
      })],
    ];
    describe.each([['feature flag unset', {}], ['feature flag on', NEW_S3_URI], ['feature flag off', OLD_S3_URI]])('%s', (_flag, context) => {
      test.each(configurations)('%s', (_name, build) => {
        expectSameAsReference(build, { context });
      });
    });

    const flagOn: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README S3 URI example', (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model', {
        model: titan(s),
        input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') },
        output: { s3OutputUri: sfn.JsonPath.stringAt('$.prompt') },
      })],
      ['the README input path example', (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model', {
        model: titan(s),
        body: BODY,
        inputPath: sfn.JsonPath.stringAt('$.prompt'),
        outputPath: sfn.JsonPath.stringAt('$.prompt'),
      })],
      ['literal S3 URIs', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s),
        input: { s3InputUri: 's3://in/prompt' },
        output: { s3OutputUri: 's3://out/answer' },
      })],
      ['an S3 input URI with an S3 output object', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s),
        input: { s3InputUri: 's3://in/prompt' },
        output: { s3Location: { bucketName: 'out', objectKey: 'o' } },
      })],
      ['jsonata() S3 URIs', (t, s) => t.BedrockInvokeModel.jsonata(s, 'Invoke', {
        model: titan(s),
        input: { s3InputUri: '{% $states.input.in %}' },
        output: { s3OutputUri: '{% $states.input.out %}' },
      })],
    ];
    test.each(flagOn)('with the feature flag on: %s', (_name, build) => {
      expectSameAsReference(build, { context: NEW_S3_URI });
    });

    const flagOff: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable]> = [
      ['the README input path example', (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model', {
        model: titan(s),
        inputPath: sfn.JsonPath.stringAt('$.prompt'),
        outputPath: sfn.JsonPath.stringAt('$.prompt'),
      })],
      ['an output path only', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', { model: titan(s), body: BODY, outputPath: '$.out' })],
      ['S3 URI props, which are ignored for the URI but still granted', (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s),
        input: { s3InputUri: 's3://in/prompt' },
        body: BODY,
        output: { s3OutputUri: 's3://out/answer' },
      })],
    ];
    test.each(flagOff)('with the feature flag off: %s', (_name, build) => {
      expectSameAsReference(build, { context: OLD_S3_URI });
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.BedrockInvokeModel(s, 'Invoke', { model: titan(s), body: BODY }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });

    test.each<[string, Record<string, unknown>, (t: Tasks, s: cdk.Stack) => sfn.IChainable]>([
      ['both body and input are given', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, input: { s3Location: { bucketName: 'b', objectKey: 'k' } },
      })],
      ['both body and an input path are given without the flag', OLD_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, inputPath: '$.in',
      })],
      ['both body and an input URI are given with the flag', NEW_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, input: { s3InputUri: 's3://b/k' },
      })],
      ['neither body nor input is given', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', { model: titan(s) })],
      ['only an input path is given with the flag', NEW_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', { model: titan(s), inputPath: '$.in' })],
      ['only an input URI is given without the flag', OLD_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', { model: titan(s), input: { s3InputUri: 's3://b/k' } })],
      ['the input has an object version', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), input: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: 'v' } },
      })],
      ['the output has an object version', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, output: { s3Location: { bucketName: 'b', objectKey: 'k', objectVersion: 'v' } },
      })],
      ['the input has both a URI and an object', NEW_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), input: { s3InputUri: 's3://b/k', s3Location: { bucketName: 'b', objectKey: 'k' } },
      })],
      ['the output has both a URI and an object', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, output: { s3OutputUri: 's3://b/k', s3Location: { bucketName: 'b', objectKey: 'k' } },
      })],
      ['the output URI is empty with the flag', NEW_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, output: { s3OutputUri: '' },
      })],
      ['the input URI is empty with the flag', NEW_S3_URI, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), input: { s3InputUri: '', s3Location: undefined }, body: undefined,
      })],
      ['the README guardrail example gives an ID with an upper-case letter', {}, (t, s) => new t.BedrockInvokeModel(s, 'Prompt Model with guardrail', {
        model: titan(s), body: BODY, guardrail: t.Guardrail.enable('guardrailId', 1),
      })],
      ['the pattern is WAIT_FOR_TASK_TOKEN', {}, (t, s) => new t.BedrockInvokeModel(s, 'Invoke', {
        model: titan(s), body: BODY, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      })],
    ])('throws when %s, as the reference does', (_name, context, build) => {
      expectSameErrorAsReference(build, { context });
    });

    test.each<[string, Record<string, unknown>, Partial<reference.BedrockInvokeModelProps>]>([
      ['an input path without the flag', OLD_S3_URI, { inputPath: '$.in' }],
      ['an input path with the flag', NEW_S3_URI, { inputPath: '$.in', body: BODY }],
      ['an output path without the flag', OLD_S3_URI, { outputPath: '$.out', body: BODY }],
      ['an output path with the flag', NEW_S3_URI, { outputPath: '$.out', body: BODY }],
      ['no paths', OLD_S3_URI, { body: BODY }],
    ])('warns as the reference does for %s', (_name, context, extra) => {
      const warnings = (tasks: Tasks) => {
        const stack = newStack({ context });
        machine(stack, new tasks.BedrockInvokeModel(stack, 'Invoke', { model: titan(stack), ...extra }));
        return Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map((m) => ({ id: m.id, level: m.entry.type, message: m.entry.data }));
      };
      expect(warnings(ours)).toEqual(warnings(reference as unknown as Tasks));
    });
  });
});
