export * from './call';
export * from './create-cluster';
export * from './create-nodegroup';
export * from './delete-cluster';
export * from './delete-nodegroup';
export * from './run-job';
export * from './types';
