export * from './launch-targets';
export * from './run-task';
export * from './types';
