import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { refAttribute } from '../../lib/private';
import { newStack } from '../util';

describe('refAttribute', () => {
  test('reads the attribute from the resource\'s reference', () => {
    const stack = newStack();
    const table = dynamodb.Table.fromTableName(stack, 'Table', 'orders');
    expect(refAttribute(table, 'tableRef', 'tableName')).toBe('orders');
  });

  test('reads the attribute from the resource itself where it has no reference (aws-cdk-lib before its *Ref accessors)', () => {
    const olderTable = { tableName: 'orders', tableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' } as unknown as dynamodb.ITableRef;
    expect(refAttribute(olderTable, 'tableRef', 'tableName')).toBe('orders');
  });

  test('reads the attribute from the resource itself where its reference names it otherwise', () => {
    // aws-cdk-lib 2.224.0's ProjectReference held projectId, not projectName
    const olderProject = { projectName: 'build', projectRef: { projectId: 'build', projectArn: 'arn' } } as any;
    expect(refAttribute(olderProject, 'projectRef', 'projectName')).toBe('build');
  });

  test('is undefined for no resource', () => {
    expect(refAttribute(undefined as dynamodb.ITableRef | undefined, 'tableRef', 'tableName')).toBeUndefined();
  });
});
