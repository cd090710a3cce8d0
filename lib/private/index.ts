export * from './errors';
export * from './integration';
export * from './query-language';
export * from './task-token';
export * from './bundled-handler';
export * from './events-rule';
export * from './property-injection';
export * from './problems';
