export * from './create-job';
