import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { queryLanguageOf, withJsonata } from '../private';
import { dynamoResourceArn, dynamoTablePolicy, renderAttributeValueMap } from './private/utils';
import type { DynamoAttributeValue, DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoReturnValues } from './types';

interface DynamoDeleteItemOptions {
  /**
   * The table that holds the item.
   */
  readonly table: dynamodb.ITableRef;

  /**
   * The item's full primary key: the partition key, and the sort key if the table has one.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * A condition the item must meet for the delete to happen; otherwise the task fails with
   * `DynamoDB.ConditionalCheckFailedException`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ConditionExpression
   * @default - no condition
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders (`#name`) for attribute names in the expressions, with the names they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ExpressionAttributeNames
   * @default - no placeholders
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Placeholders (`:value`) for values in the expressions, with the values they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ExpressionAttributeValues
   * @default - no placeholders
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about consumed throughput to include in the response.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to include statistics about the item collections the operation changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ReturnItemCollectionMetrics
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Whether to return the item as it was before it was deleted (`ALL_OLD`); `DeleteItem` accepts only `NONE` and `ALL_OLD`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/**
 * Props of `DynamoDeleteItem.jsonPath()`: deleting an item from a JSONPath state.
 */
export interface DynamoDeleteItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoDeleteItemOptions {}

/**
 * Props of `DynamoDeleteItem.jsonata()`: deleting an item from a JSONata state.
 */
export interface DynamoDeleteItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoDeleteItemOptions {}

/**
 * Props of `DynamoDeleteItem`, in either query language.
 */
export interface DynamoDeleteItemProps extends sfn.TaskStateBaseProps, DynamoDeleteItemOptions {}

/**
 * A Task state that deletes one item of a DynamoDB table by its primary key (`DeleteItem`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoDeleteItem extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that deletes one item of a DynamoDB table.
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoDeleteItemJsonPathProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that deletes one item of a DynamoDB table.
   */
  public static jsonata(scope: Construct, id: string, props: DynamoDeleteItemJsonataProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: DynamoDeleteItemProps) {
    super(scope, id, props);
    this.taskPolicies = [dynamoTablePolicy(this, props.table, 'Delete')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: dynamoResourceArn('Delete'),
      ...this._renderParametersOrArguments({
        Key: renderAttributeValueMap(this.props.key),
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
