export * from './call';
export * from './create-cluster';
export * from './delete-cluster';
export * from './run-job';
export * from './types';
