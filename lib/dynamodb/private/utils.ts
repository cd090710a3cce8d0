import { Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { IntegrationPattern } from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { integrationResourceArn, unscopedValidationError } from '../../private';
import type { DynamoAttributeValue } from '../types';

/** The item operations Step Functions integrates with, as they appear in `dynamodb:<Op>Item`. */
export type DynamoItemOperation = 'Get' | 'Put' | 'Update' | 'Delete';

/** The `Resource` of a DynamoDB item task, e.g. `arn:${Partition}:states:::dynamodb:putItem`. */
export function dynamoResourceArn(operation: DynamoItemOperation): string {
  return integrationResourceArn('dynamodb', `${operation.toLowerCase()}Item`, IntegrationPattern.REQUEST_RESPONSE);
}

/**
 * The statement that lets the state machine run `operation` on the table.
 *
 * The ARN is built from the table's name in the task's own stack (account, region and partition of that
 * stack), as aws-cdk-lib does, whichever stack or region the table object comes from.
 */
export function dynamoTablePolicy(scope: IConstruct, table: dynamodb.ITableRef, operation: DynamoItemOperation): PolicyStatement {
  return new PolicyStatement({
    resources: [Stack.of(scope).formatArn({ service: 'dynamodb', resource: 'table', resourceName: table.tableRef.tableName })],
    actions: [`dynamodb:${operation}Item`],
  });
}

/** A map of attribute values in DynamoDB's JSON form (`{ name: { S: '...' } }`), or undefined for no map. */
export function renderAttributeValueMap(values?: { [key: string]: DynamoAttributeValue }): { [key: string]: any } | undefined {
  if (!values) {
    return undefined;
  }
  const rendered: { [key: string]: any } = {};
  for (const [name, value] of Object.entries(values)) {
    if (name) {
      rendered[name] = value.toObject();
    }
  }
  return rendered;
}

/** Throws unless `value` looks like a JSONPath (starts with `$`). */
export function checkJsonPath(value: string): void {
  if (!value.startsWith('$')) {
    throw unscopedValidationError('DataJsonPathValues', "Data JSON path values must either be exactly equal to '$' or start with '$.'");
  }
}

/** Throws unless `value` is a JSONata expression, `{% ... %}`. */
export function checkJsonata(value: string): void {
  if (!value.startsWith('{%') || !value.endsWith('%}')) {
    throw unscopedValidationError('DataJsonataExpressionValues',
      "Data JSONata expression values must either be exactly start with '{%' and end with '%}'");
  }
}
