export * from './call';
export * from './run-job';
export * from './types';
