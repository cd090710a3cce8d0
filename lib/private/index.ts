export * from './errors';
export * from './integration';
export * from './query-language';
export * from './task-token';
export * from './bundled-handler';
