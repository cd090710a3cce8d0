export * from './batch-delete-builds';
export * from './batch-get-reports';
export * from './delete-build-batch';
export * from './retry-build-batch';
export * from './start-build';
export * from './start-build-batch';
export * from './stop-build';
export * from './stop-build-batch';
