/** The attributes of a resource's reference (`table.tableRef`, `role.roleRef`, ...). */
type RefOf<T, K extends keyof T> = NonNullable<T[K]>;

/**
 * An attribute of a resource's reference (`table.tableRef.tableName`), on every aws-cdk-lib version we
 * support: `refAttribute(table, 'tableRef', 'tableName')`.
 *
 * Our props take aws-cdk-lib's `I*Ref` interfaces, which arrived (under `aws-cdk-lib.interfaces`) in
 * 2.224.0, but the L2 constructs and their imports gained the `*Ref` accessor one service at a time in
 * later releases, and some references named an attribute differently at first (CodeBuild's held
 * `projectId` where it now holds `projectName`). Where the reference lacks the attribute, the construct
 * itself carries it under the same name (`tableName`, `stateMachineArn`, `projectName`, ...).
 */
export function refAttribute<T extends object, K extends keyof T, A extends keyof RefOf<T, K>>(resource: T, accessor: K, attribute: A): RefOf<T, K>[A];
export function refAttribute<T extends object, K extends keyof T, A extends keyof RefOf<T, K>>(
  resource: T | undefined, accessor: K, attribute: A): RefOf<T, K>[A] | undefined;
export function refAttribute<T extends object, K extends keyof T, A extends keyof RefOf<T, K>>(
  resource: T | undefined, accessor: K, attribute: A): RefOf<T, K>[A] | undefined {
  if (!resource) return undefined;
  return (resource[accessor] as RefOf<T, K> | undefined)?.[attribute] ?? (resource as unknown as RefOf<T, K>)[attribute];
}
