import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { queryLanguageOf, withJsonata } from '../private';
import { dynamoResourceArn, dynamoTablePolicy, renderAttributeValueMap } from './private/utils';
import type { DynamoAttributeValue, DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoReturnValues } from './types';

interface DynamoPutItemOptions {
  /**
   * The item to write: every attribute, the primary key included.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-Item
   */
  readonly item: { [key: string]: DynamoAttributeValue };

  /**
   * The table to write the item to.
   */
  readonly table: dynamodb.ITableRef;

  /**
   * A condition the item must meet for the write to happen; otherwise the task fails with
   * `DynamoDB.ConditionalCheckFailedException`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ConditionExpression
   * @default - no condition
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders (`#name`) for attribute names in the expressions, with the names they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ExpressionAttributeNames
   * @default - no placeholders
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Placeholders (`:value`) for values in the expressions, with the values they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ExpressionAttributeValues
   * @default - no placeholders
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about consumed throughput to include in the response.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to include statistics about the item collections the operation changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnItemCollectionMetrics
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Whether to return the item as it was before it was replaced (`ALL_OLD`); `PutItem` accepts only `NONE` and `ALL_OLD`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/**
 * Props of `DynamoPutItem.jsonPath()`: writing an item from a JSONPath state.
 */
export interface DynamoPutItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoPutItemOptions {}

/**
 * Props of `DynamoPutItem.jsonata()`: writing an item from a JSONata state.
 */
export interface DynamoPutItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoPutItemOptions {}

/**
 * Props of `DynamoPutItem`, in either query language.
 */
export interface DynamoPutItemProps extends sfn.TaskStateBaseProps, DynamoPutItemOptions {}

/**
 * A Task state that writes an item to a DynamoDB table, replacing any item with the same primary key (`PutItem`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoPutItem extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that writes an item to a DynamoDB table.
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoPutItemJsonPathProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that writes an item to a DynamoDB table.
   */
  public static jsonata(scope: Construct, id: string, props: DynamoPutItemJsonataProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: DynamoPutItemProps) {
    super(scope, id, props);
    this.taskPolicies = [dynamoTablePolicy(this, props.table, 'Put')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: dynamoResourceArn('Put'),
      ...this._renderParametersOrArguments({
        Item: renderAttributeValueMap(this.props.item),
        TableName: this.props.table.tableRef.tableName,
        ConditionExpression: this.props.conditionExpression,
        ExpressionAttributeNames: this.props.expressionAttributeNames,
        ExpressionAttributeValues: renderAttributeValueMap(this.props.expressionAttributeValues),
        ReturnConsumedCapacity: this.props.returnConsumedCapacity,
        ReturnItemCollectionMetrics: this.props.returnItemCollectionMetrics,
        ReturnValues: this.props.returnValues,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
