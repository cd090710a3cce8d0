/** Tables shared by the tests of the four DynamoDB item tasks. */
import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { regionalArn } from '../util';

/** The ARN of table `orders` in the stack's own partition, region and account. */
export const TABLE_ARN = regionalArn('dynamodb', 'table/orders');

/** Table `orders`, imported by name. */
export function importedTable(stack: cdk.Stack): dynamodb.ITable {
  return dynamodb.Table.fromTableName(stack, 'Table', 'orders');
}

/** Every kind of table the tasks accept, by how it is obtained. */
export const TABLES: Array<[string, (s: cdk.Stack) => dynamodb.ITableRef]> = [
  ['an imported table', importedTable],
  ['a table imported by ARN from another region', (s) => dynamodb.Table.fromTableArn(s, 'Table', 'arn:aws:dynamodb:eu-west-1:111122223333:table/remote')],
  ['a created table', (s) => new dynamodb.Table(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } })],
  ['a created TableV2', (s) => new dynamodb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } })],
  ['a CfnTable', (s) => new dynamodb.CfnTable(s, 'Table', {
    keySchema: [{ attributeName: 'id', keyType: 'HASH' }],
    attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
  })],
  ['a table of another stack', (s) => new dynamodb.Table(new cdk.Stack(s.node.root as cdk.App, 'Tables'), 'Table', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  })],
];

/** The reference and we build the same template, and it is a template, not an error both raise. */
