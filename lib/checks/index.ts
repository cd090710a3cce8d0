export * from './state-machine-checks';
