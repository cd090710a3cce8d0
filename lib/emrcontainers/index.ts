export * from './create-virtual-cluster';
export * from './delete-virtual-cluster';
export * from './start-job-run';
export * from './types';
