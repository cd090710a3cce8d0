export * from './get-query-execution';
export * from './get-query-results';
export * from './start-query-execution';
export * from './stop-query-execution';
export * from './types';
