/**
 * A resource's reference (`table.tableRef`, `role.roleRef`, ...), on every aws-cdk-lib version we support.
 *
 * Our props take aws-cdk-lib's `I*Ref` interfaces, which arrived (under `aws-cdk-lib.interfaces`) in
 * 2.224.0, but the L2 constructs and their imports gained the `*Ref` accessor one service at a time in
 * later releases (Table and StateMachine after 2.225.0, Project later still). Where the accessor is
 * missing, the construct itself carries the attributes the reference would hold, under the same names
 * (`tableName`, `stateMachineArn`, `projectArn`, ...), so it stands in for its reference.
 */
export function refOf<T extends object, K extends keyof T>(resource: T, accessor: K): NonNullable<T[K]>;
export function refOf<T extends object, K extends keyof T>(resource: T | undefined, accessor: K): NonNullable<T[K]> | undefined;
export function refOf<T extends object, K extends keyof T>(resource: T | undefined, accessor: K): NonNullable<T[K]> | undefined {
  return resource && (resource[accessor] ?? resource) as NonNullable<T[K]>;
}
