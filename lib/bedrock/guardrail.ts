import { Arn, ArnFormat, Token } from 'aws-cdk-lib';
import { unscopedValidationError } from '../private';

/** The highest numbered version a Bedrock guardrail can have. */
const MAX_GUARDRAIL_VERSION = 99999999;

/**
 * A Bedrock guardrail, and the version of it, that screens a model invocation.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html
 */
export class Guardrail {
  /**
   * A numbered version of a guardrail.
   *
   * @param identifier the guardrail's ID (lowercase letters and digits) or ARN
   * @param version the version number, from 1 to 99999999
   */
  public static enable(identifier: string, version: number): Guardrail {
    if (!Token.isUnresolved(version) && (version < 1 || version > MAX_GUARDRAIL_VERSION)) {
      throw unscopedValidationError('GuardrailVersionOutOfRange', `\`version\` must be between 1 and ${MAX_GUARDRAIL_VERSION}, got ${version}.`);
    }
    return new Guardrail(identifier, version.toString());
  }

  /**
   * The working draft of a guardrail.
   *
   * @param identifier the guardrail's ID (lowercase letters and digits) or ARN
   */
  public static enableDraft(identifier: string): Guardrail {
    return new Guardrail(identifier, 'DRAFT');
  }

  /**
   * The guardrail's ID or ARN, sent as `GuardrailIdentifier`.
   */
  public readonly guardrailIdentifier: string;

  /**
   * The guardrail's version, sent as `GuardrailVersion`: a number, or `DRAFT`.
   */
  public readonly guardrailVersion: string;

  private constructor(guardrailIdentifier: string, guardrailVersion: string) {
    this.guardrailIdentifier = guardrailIdentifier;
    this.guardrailVersion = guardrailVersion;
    if (Token.isUnresolved(guardrailIdentifier)) {
      return;
    }
    let id = guardrailIdentifier;
    if (guardrailIdentifier.startsWith('arn:')) {
      const resourceName = Arn.split(guardrailIdentifier, ArnFormat.SLASH_RESOURCE_NAME).resourceName;
      if (!resourceName) {
        throw unscopedValidationError('InvalidGuardrailArnFormat',
          'Invalid ARN format. The ARN of Guradrail should have the format: `arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, ' +
          `got ${guardrailIdentifier}.`);
      }
      id = resourceName;
    }
    if (!/^[a-z0-9]+$/.test(id)) {
      throw unscopedValidationError('GuardrailContainOnlyLowercase', `The id of Guardrail must contain only lowercase letters and numbers, got ${id}.`);
    }
    if (guardrailIdentifier.length > 2048) {
      throw unscopedValidationError('GuardrailIdentifierTooLong',
        `\`guardrailIdentifier\` length must be between 0 and 2048, got ${guardrailIdentifier.length}.`);
    }
  }
}
