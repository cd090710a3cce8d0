export * from './cancel-job-run';
export * from './create-application';
export * from './delete-application';
export * from './start-application';
export * from './start-job-run';
export * from './stop-application';
export * from './types';
