import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { queryLanguageOf, withJsonata } from '../private';
import { dynamoResourceArn, dynamoTablePolicy, renderAttributeValueMap } from './private/utils';
import type { DynamoAttributeValue, DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoReturnValues } from './types';

interface DynamoUpdateItemOptions {
  /**
   * The table that holds the item.
   */
  readonly table: dynamodb.ITableRef;

  /**
   * The item's full primary key: the partition key, and the sort key if the table has one.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * A condition the item must meet for the update to happen; otherwise the task fails with
   * `DynamoDB.ConditionalCheckFailedException`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ConditionExpression
   * @default - no condition
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders (`#name`) for attribute names in the expressions, with the names they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ExpressionAttributeNames
   * @default - no placeholders
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Placeholders (`:value`) for values in the expressions, with the values they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ExpressionAttributeValues
   * @default - no placeholders
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about consumed throughput to include in the response.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to include statistics about the item collections the operation changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnItemCollectionMetrics
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Which attributes of the item to return, as they were before the update or are after it.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;

  /**
   * What to change: `SET`, `REMOVE`, `ADD` and `DELETE` clauses, e.g. `SET TotalCount = :val + :rand`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-UpdateExpression
   * @default - no changes to attributes (the item is created with its key alone if it does not exist)
   */
  readonly updateExpression?: string;
}

/**
 * Props of `DynamoUpdateItem.jsonPath()`: updating an item from a JSONPath state.
 */
export interface DynamoUpdateItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoUpdateItemOptions {}

/**
 * Props of `DynamoUpdateItem.jsonata()`: updating an item from a JSONata state.
 */
export interface DynamoUpdateItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoUpdateItemOptions {}

/**
 * Props of `DynamoUpdateItem`, in either query language.
 */
export interface DynamoUpdateItemProps extends sfn.TaskStateBaseProps, DynamoUpdateItemOptions {}

/**
 * A Task state that changes an item's attributes in a DynamoDB table, creating the item if it does not exist (`UpdateItem`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoUpdateItem extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that changes an item in a DynamoDB table.
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoUpdateItemJsonPathProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that changes an item in a DynamoDB table.
   */
  public static jsonata(scope: Construct, id: string, props: DynamoUpdateItemJsonataProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: DynamoUpdateItemProps) {
    super(scope, id, props);
    this.taskPolicies = [dynamoTablePolicy(this, props.table, 'Update')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: dynamoResourceArn('Update'),
      ...this._renderParametersOrArguments({
        Key: renderAttributeValueMap(this.props.key),
        TableName: this.props.table.tableRef.tableName,
        ConditionExpression: this.props.conditionExpression,
        ExpressionAttributeNames: this.props.expressionAttributeNames,
        ExpressionAttributeValues: renderAttributeValueMap(this.props.expressionAttributeValues),
        ReturnConsumedCapacity: this.props.returnConsumedCapacity,
        ReturnItemCollectionMetrics: this.props.returnItemCollectionMetrics,
        ReturnValues: this.props.returnValues,
        UpdateExpression: this.props.updateExpression,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
