import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { queryLanguageOf, withJsonata } from '../private';
import { dynamoResourceArn, dynamoTablePolicy, renderAttributeValueMap } from './private/utils';
import type { DynamoAttributeValue, DynamoConsumedCapacity, DynamoProjectionExpression } from './types';

interface DynamoGetItemOptions {
  /**
   * The table that holds the item.
   */
  readonly table: dynamodb.ITableRef;

  /**
   * The item's full primary key: the partition key, and the sort key if the table has one.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * Read with strong consistency instead of eventual consistency.
   *
   * @default false
   */
  readonly consistentRead?: boolean;

  /**
   * Placeholders (`#name`) for attribute names in the projection expression, with the names they stand for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ExpressionAttributeNames
   * @default - no placeholders
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * The attributes to return (scalars, sets or paths into documents); they are joined with commas.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ProjectionExpression
   * @default - every attribute of the item
   */
  readonly projectionExpression?: DynamoProjectionExpression[];

  /**
   * How much detail about consumed throughput to include in the response.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;
}

/**
 * Props of `DynamoGetItem.jsonPath()`: reading an item from a JSONPath state.
 */
export interface DynamoGetItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoGetItemOptions {}

/**
 * Props of `DynamoGetItem.jsonata()`: reading an item from a JSONata state.
 */
export interface DynamoGetItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoGetItemOptions {}

/**
 * Props of `DynamoGetItem`, in either query language.
 */
export interface DynamoGetItemProps extends sfn.TaskStateBaseProps, DynamoGetItemOptions {}

/**
 * A Task state that reads one item of a DynamoDB table by its primary key (`GetItem`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoGetItem extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that reads one item of a DynamoDB table.
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoGetItemJsonPathProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that reads one item of a DynamoDB table.
   */
  public static jsonata(scope: Construct, id: string, props: DynamoGetItemJsonataProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];

  constructor(scope: Construct, id: string, private readonly props: DynamoGetItemProps) {
    super(scope, id, props);
    this.taskPolicies = [dynamoTablePolicy(this, props.table, 'Get')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: dynamoResourceArn('Get'),
      ...this._renderParametersOrArguments({
        Key: renderAttributeValueMap(this.props.key),
        TableName: this.props.table.tableRef.tableName,
        ConsistentRead: this.props.consistentRead ?? false,
        ExpressionAttributeNames: this.props.expressionAttributeNames,
        ProjectionExpression: this.props.projectionExpression?.map((expression) => expression.toString()).join(','),
        ReturnConsumedCapacity: this.props.returnConsumedCapacity,
      }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
