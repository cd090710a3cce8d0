export * from './add-step';
export * from './cancel-step';
export * from './create-cluster';
export * from './modify-instance-fleet-by-name';
export * from './modify-instance-group-by-name';
export * from './set-cluster-termination-protection';
export * from './terminate-cluster';
