export * from './submit-job';
export * from './types';
