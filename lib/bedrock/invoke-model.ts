import { Annotations, Stack } from 'aws-cdk-lib';
import type * as bedrock from 'aws-cdk-lib/aws-bedrock';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { Guardrail } from './guardrail';
import {
  FEATURE_FLAGS, featureEnabled, integrationPatternOf, integrationResourceArn, queryLanguageOf, validationError, withJsonata,
} from '../private';

/**
 * Where Step Functions reads the model's input from, instead of `body`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export interface BedrockInvokeModelInputProps {
  /**
   * The S3 object that holds the input (no object version).
   *
   * @default - no S3 object: the input is `body` or `s3InputUri`
   */
  readonly s3Location?: s3.Location;

  /**
   * The input's S3 URI, which may be a JSONPath or JSONata expression. Used only with the feature flag
   * `@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask`.
   *
   * @default - no S3 URI: the input is `body` or `s3Location`
   */
  readonly s3InputUri?: string;
}

/**
 * Where Step Functions writes the model's response, instead of returning it in the state's result.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export interface BedrockInvokeModelOutputProps {
  /**
   * The S3 object the response is written to (no object version); the result then points to it.
   *
   * @default - the response is returned in the state's result
   */
  readonly s3Location?: s3.Location;

  /**
   * The S3 URI the response is written to, which may be a JSONPath or JSONata expression. Used only with
   * the feature flag `@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask`.
   *
   * @default - the response is returned in the state's result
   */
  readonly s3OutputUri?: string;
}

interface BedrockInvokeModelOptions {
  /**
   * The model to run.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/api-methods-run.html
   */
  readonly model: bedrock.IModel;

  /**
   * The request body the model gets: its inference parameters, in the model's own format, up to 256 KB.
   *
   * Give either `body` or `input`, not both; larger inputs go through `input` from S3.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html
   * @default - the input is read from `input`
   */
  readonly body?: sfn.TaskInput;

  /**
   * The MIME type the response body should have.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
   * @default 'application/json'
   */
  readonly accept?: string;

  /**
   * The MIME type of the request body.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
   * @default 'application/json'
   * @deprecated the only accepted value is `application/json`, which is the default: leave it unset
   */
  readonly contentType?: string;

  /**
   * Read the model's input from S3 instead of `body`.
   *
   * @default - the input is `body`
   */
  readonly input?: BedrockInvokeModelInputProps;

  /**
   * Write the model's response to S3; the result then refers to it instead of holding it.
   *
   * @default - the response is returned in the state's result
   */
  readonly output?: BedrockInvokeModelOutputProps;

  /**
   * A guardrail that screens the invocation.
   *
   * @default - no guardrail
   */
  readonly guardrail?: Guardrail;

  /**
   * Turn the Bedrock trace on (`ENABLED`) or off (`DISABLED`).
   *
   * @default - no `Trace` sent: the trace is off
   */
  readonly traceEnabled?: boolean;
}

/**
 * Props of `BedrockInvokeModel.jsonPath()`: a model invocation in a JSONPath state.
 */
export interface BedrockInvokeModelJsonPathProps extends sfn.TaskStateJsonPathBaseProps, BedrockInvokeModelOptions {}

/**
 * Props of `BedrockInvokeModel.jsonata()`: a model invocation in a JSONata state.
 */
export interface BedrockInvokeModelJsonataProps extends sfn.TaskStateJsonataBaseProps, BedrockInvokeModelOptions {}

/**
 * Props of `BedrockInvokeModel`, in either query language.
 */
export interface BedrockInvokeModelProps extends sfn.TaskStateBaseProps, BedrockInvokeModelOptions {}

/**
 * A Task state that runs inference on an Amazon Bedrock model.
 *
 * Without the feature flag `@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask`,
 * the state's `inputPath` and `outputPath` are also sent as the input and output S3 URIs (the older
 * behaviour); with it, those URIs come from `input.s3InputUri` and `output.s3OutputUri`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export class BedrockInvokeModel extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that runs inference on an Amazon Bedrock model.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonPath(scope: Construct, id: string, props: BedrockInvokeModelJsonPathProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that runs inference on an Amazon Bedrock model.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonata(scope: Construct, id: string, props: BedrockInvokeModelJsonataProps): BedrockInvokeModel {
    return new BedrockInvokeModel(scope, id, withJsonata(props));
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly useS3UriProps: boolean;

  constructor(scope: Construct, id: string, private readonly props: BedrockInvokeModelProps) {
    super(scope, id, props);
    integrationPatternOf(props.integrationPattern, BedrockInvokeModel.SUPPORTED_INTEGRATION_PATTERNS);
    this.useS3UriProps = featureEnabled(this, 'bedrockS3UriProps');
    this.validateProps(props);

    if (props.inputPath || (props.outputPath && !this.useS3UriProps)) {
      Annotations.of(scope).addWarningV2('aws-cdk-lib/aws-stepfunctions-taks',
        'These props will set the value of inputPath/outputPath as s3 URI under input/output field in state machine JSON definition. ' +
        `To modify the behaviour set feature flag \`${FEATURE_FLAGS.bedrockS3UriProps}": true\` and use props input.s3InputUri/output.s3OutputUri`);
    }
    this.taskPolicies = this.policyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    const input = this.s3Uri(this.props.input?.s3Location, this.props.input?.s3InputUri, this.props.inputPath);
    const output = this.s3Uri(this.props.output?.s3Location, this.props.output?.s3OutputUri, this.props.outputPath);
    return {
      Resource: integrationResourceArn('bedrock', 'invokeModel'),
      ...this._renderParametersOrArguments({
        ModelId: this.props.model.modelArn,
        Accept: this.props.accept,
        ContentType: this.props.contentType,
        Body: this.props.body?.value,
        Input: input ? { S3Uri: input } : undefined,
        Output: output ? { S3Uri: output } : undefined,
        GuardrailIdentifier: this.props.guardrail?.guardrailIdentifier,
        GuardrailVersion: this.props.guardrail?.guardrailVersion,
        Trace: this.props.traceEnabled === undefined ? undefined : (this.props.traceEnabled ? 'ENABLED' : 'DISABLED'),
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }

  private validateProps(props: BedrockInvokeModelProps): void {
    const hasBody = props.body !== undefined;
    const hasInput = this.useS3UriProps
      ? props.input !== undefined && (props.input.s3Location !== undefined || props.input.s3InputUri !== undefined)
      : (props.input !== undefined && props.input.s3Location !== undefined) || props.inputPath !== undefined;
    if (hasBody && hasInput) {
      throw validationError(this, 'MustBeEitherSpecified', 'Either `body` or `input` must be specified, but not both.');
    }
    if (!hasBody && !hasInput) {
      throw validationError(this, 'MustBeEitherSpecified', 'Either `body` or `input` must be specified.');
    }
    if (props.input?.s3Location?.objectVersion !== undefined) {
      throw validationError(this, 'InputObjectVersionSupported', 'Input S3 object version is not supported.');
    }
    if (props.output?.s3Location?.objectVersion !== undefined) {
      throw validationError(this, 'OutputObjectVersionSupported', 'Output S3 object version is not supported.');
    }
    if ((props.input?.s3InputUri && props.input.s3Location) || (props.output?.s3OutputUri && props.output.s3Location)) {
      throw validationError(this, 'SpecifyUriLocation', 'Either specify S3 Uri or S3 location, but not both.');
    }
    if (this.useS3UriProps && (props.input?.s3InputUri === '' || props.output?.s3OutputUri === '')) {
      throw validationError(this, 'UriCannotEmptyString', 'S3 Uri cannot be an empty string');
    }
  }

  /**
   * The S3 URI of the input or output: the S3 object's, else (with the flag) the URI prop, else (without
   * it) the state's input or output path.
   */
  private s3Uri(location: s3.Location | undefined, uri: string | undefined, statePath: string | undefined): string | undefined {
    if (location) {
      return `s3://${location.bucketName}/${location.objectKey}`;
    }
    if (this.useS3UriProps && uri) {
      return uri;
    }
    if (!this.useS3UriProps && statePath) {
      return statePath;
    }
    return undefined;
  }

  private policyStatements(): PolicyStatement[] {
    const stack = Stack.of(this);
    const anyObject = () => stack.formatArn({ region: '', account: '', service: 's3', resource: '*' });
    const object = (location: s3.Location) =>
      stack.formatArn({ region: '', account: '', service: 's3', resource: location.bucketName, resourceName: location.objectKey });
    const { input, output, guardrail } = this.props;

    const statements = [new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [this.props.model.modelArn] })];
    if (input?.s3InputUri !== undefined || (!this.useS3UriProps && this.props.inputPath !== undefined)) {
      statements.push(new PolicyStatement({ actions: ['s3:GetObject'], resources: [anyObject()] }));
    } else if (input?.s3Location !== undefined) {
      statements.push(new PolicyStatement({ actions: ['s3:GetObject'], resources: [object(input.s3Location)] }));
    }
    if (output?.s3OutputUri !== undefined || (!this.useS3UriProps && this.props.outputPath !== undefined)) {
      statements.push(new PolicyStatement({ actions: ['s3:PutObject'], resources: [anyObject()] }));
    } else if (output?.s3Location !== undefined) {
      statements.push(new PolicyStatement({ actions: ['s3:PutObject'], resources: [object(output.s3Location)] }));
    }
    if (guardrail) {
      const guardrailArn = guardrail.guardrailIdentifier.startsWith('arn:')
        ? guardrail.guardrailIdentifier
        : stack.formatArn({ service: 'bedrock', resource: 'guardrail', resourceName: guardrail.guardrailIdentifier });
      statements.push(new PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources: [guardrailArn] }));
    }
    return statements;
  }
}
