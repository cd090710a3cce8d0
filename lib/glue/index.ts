export * from './start-crawler-run';
export * from './start-job-run';
export * from './types';
