export * from './put-events';
