export * from './lambda';
