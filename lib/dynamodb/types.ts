import { Token, Tokenization } from 'aws-cdk-lib';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import { unscopedValidationError } from '../private';
import { checkJsonata, checkJsonPath, renderAttributeValueMap } from './private/utils';

/**
 * How much detail about the throughput an operation consumed DynamoDB returns.
 */
export enum DynamoConsumedCapacity {
  /**
   * The operation's total, plus the share of each table and secondary index it touched.
   */
  INDEXES = 'INDEXES',

  /**
   * The operation's total only.
   */
  TOTAL = 'TOTAL',

  /**
   * No consumed capacity in the response.
   */
  NONE = 'NONE',
}

/**
 * Whether DynamoDB returns statistics about the item collections a write changed.
 */
export enum DynamoItemCollectionMetrics {
  /**
   * Return the size of each item collection the operation changed, if any.
   */
  SIZE = 'SIZE',

  /**
   * Return no statistics.
   */
  NONE = 'NONE',
}

/**
 * Which attributes of the item a write returns, as they were before it or are after it.
 */
export enum DynamoReturnValues {
  /**
   * Return nothing.
   */
  NONE = 'NONE',

  /**
   * Return every attribute of the item as it was before the write.
   */
  ALL_OLD = 'ALL_OLD',

  /**
   * Return the attributes the write changed, as they were before it.
   */
  UPDATED_OLD = 'UPDATED_OLD',

  /**
   * Return every attribute of the item as it is after the write.
   */
  ALL_NEW = 'ALL_NEW',

  /**
   * Return the attributes the write changed, as they are after it.
   */
  UPDATED_NEW = 'UPDATED_NEW',
}

/**
 * Builds one path of a projection expression, e.g. `Reviews[0].Stars`, attribute by attribute.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export class DynamoProjectionExpression {
  private expression: string[] = [];

  /**
   * Appends an attribute: the first one starts the path, later ones select a nested map entry (`.attr`).
   *
   * @param attr Attribute name
   */
  public withAttribute(attr: string): DynamoProjectionExpression {
    this.expression.push(this.expression.length ? `.${attr}` : attr);
    return this;
  }

  /**
   * Appends a list element access, `[index]`, to the path built so far.
   *
   * @param index array index
   */
  public atIndex(index: number): DynamoProjectionExpression {
    if (!this.expression.length) {
      throw unscopedValidationError('ExpressionStartAttribute', 'Expression must start with an attribute');
    }
    this.expression.push(`[${index}]`);
    return this;
  }

  /**
   * The path as DynamoDB reads it.
   */
  public toString(): string {
    return this.expression.join('');
  }
}

/**
 * A value of a DynamoDB attribute, in DynamoDB's JSON form: its type as the key, its data as the value
 * (`{ "S": "Hello" }`, `{ "N": "42" }`).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */
export class DynamoAttributeValue {
  /**
   * A string (`S`): literal text, a JSONata expression (`'{% $states.input.name %}'`) or a JSONPath
   * (`sfn.JsonPath.stringAt('$.name')`).
   */
  public static fromString(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ S: value });
  }

  /**
   * A number (`N`); DynamoDB receives it as a string.
   *
   * A number from the state's data (`sfn.JsonPath.numberAt('$.count')`, or an intrinsic function such as
   * `sfn.JsonPath.mathAdd(...)`) is turned into that string at run time with `States.Format('{}', ...)`.
   * (aws-cdk-lib sends the JSON number itself, which DynamoDB rejects.)
   */
  public static fromNumber(value: number): DynamoAttributeValue {
    return new DynamoAttributeValue({ N: numberAsText(value) });
  }

  /**
   * A number (`N`) given as a string: a literal (`'123.45'`), a JSONata expression or a JSONPath.
   */
  public static numberFromString(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ N: value.toString() });
  }

  /**
   * A binary value (`B`).
   *
   * @param value base-64 encoded string
   */
  public static fromBinary(value: string): DynamoAttributeValue {
    return new DynamoAttributeValue({ B: value });
  }

  /**
   * A string set (`SS`) known when the stack is written; sets cannot be read from the state's data.
   */
  public static fromStringSet(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ SS: value });
  }

  /**
   * A number set (`NS`) known when the stack is written; DynamoDB receives each number as a string.
   */
  public static fromNumberSet(value: number[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ NS: value.map(String) });
  }

  /**
   * A number set (`NS`) whose numbers are given as strings: literals or JSONPaths.
   */
  public static numberSetFromStrings(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ NS: value });
  }

  /**
   * A binary set (`BS`) of base-64 encoded strings.
   */
  public static fromBinarySet(value: string[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ BS: value });
  }

  /**
   * A map (`M`) of named attribute values.
   */
  public static fromMap(value: { [key: string]: DynamoAttributeValue }): DynamoAttributeValue {
    return new DynamoAttributeValue({ M: renderAttributeValueMap(value) });
  }

  /**
   * A map (`M`) computed at run time by a JSONata expression.
   *
   * @param value JSONata expression that specifies state input to be used
   */
  public static mapFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value);
    return new DynamoAttributeValue({ M: value });
  }

  /**
   * A map (`M`) read from the state's data at a JSONPath.
   *
   * @param value Json path that specifies state input to be used
   */
  public static mapFromJsonPath(value: string): DynamoAttributeValue {
    checkJsonPath(value);
    return new DynamoAttributeValue({ 'M.$': value });
  }

  /**
   * A list (`L`) of attribute values.
   */
  public static fromList(value: DynamoAttributeValue[]): DynamoAttributeValue {
    return new DynamoAttributeValue({ L: value.map((element) => element.toObject()) });
  }

  /**
   * A list (`L`) computed at run time by a JSONata expression.
   *
   * @param value JSONata expression that specifies state input to be used
   */
  public static listFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value);
    return new DynamoAttributeValue({ L: value });
  }

  /**
   * A list (`L`) read from the state's data at a JSONPath: a list of attribute values in DynamoDB's JSON
   * form (`[{ "S": "a" }, { "N": "2" }]`).
   *
   * (aws-cdk-lib sends the path itself as the list, unless it is given as `sfn.JsonPath.stringAt(...)`.)
   *
   * @param value Json path that specifies state input to be used
   */
  public static listFromJsonPath(value: string): DynamoAttributeValue {
    checkJsonPath(value);
    return new DynamoAttributeValue(pathField('L', value));
  }

  /**
   * A null (`NULL`); DynamoDB expects `true`.
   */
  public static fromNull(value: boolean): DynamoAttributeValue {
    return new DynamoAttributeValue({ NULL: value });
  }

  /**
   * A boolean (`BOOL`) known when the stack is written.
   */
  public static fromBoolean(value: boolean): DynamoAttributeValue {
    return new DynamoAttributeValue({ BOOL: value });
  }

  /**
   * A boolean (`BOOL`) computed at run time by a JSONata expression.
   *
   * @param value JSONata expression that specifies state input to be used
   */
  public static booleanFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value);
    return new DynamoAttributeValue({ BOOL: value });
  }

  /**
   * A boolean (`BOOL`) read from the state's data at a JSONPath: the value there must be a JSON boolean.
   *
   * (aws-cdk-lib sends the path itself as the boolean, unless it is given as `sfn.JsonPath.stringAt(...)`.)
   *
   * @param value Json path that specifies state input to be used
   */
  public static booleanFromJsonPath(value: string): DynamoAttributeValue {
    checkJsonPath(value);
    return new DynamoAttributeValue(pathField('BOOL', value));
  }

  /**
   * The value in DynamoDB's JSON form, e.g. `{ S: 'Hello' }`.
   */
  public readonly attributeValue: any;

  private constructor(value: any) {
    this.attributeValue = value;
  }

  /**
   * The value in DynamoDB's JSON form, as a task renders it.
   */
  public toObject(): any {
    return this.attributeValue;
  }
}

/**
 * The `N` of a number: its text, or for a number Step Functions reads from the state's data (a JSONPath or
 * intrinsic function token) an intrinsic that formats it as text, since DynamoDB takes numbers as strings.
 * (Beyond aws-cdk-lib, aws-cdk#12456: it renders the path alone, and Step Functions sends a JSON number.)
 */
function numberAsText(value: number): string {
  // JsonPath.numberAt encodes its path as a number token, intrinsics such as JsonPath.mathAdd as a string one.
  const resolvable = typeof value === 'number' ? Tokenization.reverseNumber(value) : undefined;
  const encoded = resolvable ? Token.asString(resolvable) : String(value);
  return JsonPath.isEncodedJsonPath(encoded) ? JsonPath.format('{}', encoded) : value.toString();
}

/**
 * `{ [type]: path }` rendered as a field Step Functions fills from the state's data: a path given as a
 * `sfn.JsonPath` token already renders so; a plain path string gets the `.$` suffix itself.
 */
function pathField(type: 'L' | 'BOOL', path: string): { [key: string]: string } {
  return JsonPath.isEncodedJsonPath(path) ? { [type]: path } : { [`${type}.$`]: path };
}
