import * as cdk from 'aws-cdk-lib';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Guardrail } from '../../lib';

/** Runs `make` against both modules and expects the same result or the same error. */
function expectSameGuardrail(make: (g: typeof Guardrail) => Guardrail) {
  const outcome = (g: typeof Guardrail) => {
    try {
      const guardrail = make(g);
      return { identifier: guardrail.guardrailIdentifier, version: guardrail.guardrailVersion };
    } catch (error) {
      return { class: (error as Error).constructor.name, name: (error as Error).name, message: (error as Error).message };
    }
  };
  const theirs = outcome(reference.Guardrail as unknown as typeof Guardrail);
  expect(outcome(Guardrail)).toEqual(theirs);
  return theirs;
}

describe('Guardrail', () => {
  test('enable() takes a numbered version', () => {
    const guardrail = Guardrail.enable('abc123', 3);
    expect(guardrail.guardrailIdentifier).toEqual('abc123');
    expect(guardrail.guardrailVersion).toEqual('3');
  });

  test('enableDraft() takes the draft', () => {
    expect(Guardrail.enableDraft('abc123').guardrailVersion).toEqual('DRAFT');
  });

  test('accepts a guardrail ARN', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123';
    expect(Guardrail.enable(arn, 1).guardrailIdentifier).toEqual(arn);
  });

  test('skips the checks for tokens', () => {
    expect(Guardrail.enable(cdk.Lazy.string({ produce: () => 'ID' }), cdk.Token.asNumber(cdk.Lazy.number({ produce: () => 0 })))).toBeDefined();
  });

  test.each([0, 100000000])('throws when the version is %d', (version) => {
    expect(() => Guardrail.enable('abc', version)).toThrow(`\`version\` must be between 1 and 99999999, got ${version}.`);
  });

  test('throws when the ID has upper-case letters', () => {
    expect(() => Guardrail.enableDraft('Abc')).toThrow('The id of Guardrail must contain only lowercase letters and numbers, got Abc.');
  });

  test('throws when the ARN has no resource name', () => {
    expect(() => Guardrail.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail'))
      .toThrow('Invalid ARN format. The ARN of Guradrail should have the format: `arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, got arn:aws:bedrock:us-east-1:123456789012:guardrail.');
  });

  test('throws when the identifier is longer than 2048 characters', () => {
    expect(() => Guardrail.enableDraft('a'.repeat(2049))).toThrow('`guardrailIdentifier` length must be between 0 and 2048, got 2049.');
  });

  describe('matches aws-cdk-lib', () => {
    test.each<[string, (g: typeof Guardrail) => Guardrail]>([
      ['a numbered version', (g) => g.enable('guardrailid', 1)],
      ['the highest version', (g) => g.enable('abc', 99999999)],
      ['a draft', (g) => g.enableDraft('abc')],
      ['an ARN', (g) => g.enable('arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123', 7)],
      ['a 2048-character ID', (g) => g.enableDraft('a'.repeat(2048))],
      ['throws when the version is zero', (g) => g.enable('abc', 0)],
      ['throws when the version is too high', (g) => g.enable('abc', 100000000)],
      ['throws when the ID has a hyphen', (g) => g.enable('guardrail-id', 1)],
      ['throws when the ARN has no resource name', (g) => g.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail')],
      ['throws when the ARN names an invalid ID', (g) => g.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail/ABC')],
      ['throws when the ID is too long', (g) => g.enableDraft('a'.repeat(2049))],
    ])('%s', (_name, make) => {
      expectSameGuardrail(make);
    });
  });
});
