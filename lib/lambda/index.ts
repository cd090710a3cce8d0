export * from './invoke';
