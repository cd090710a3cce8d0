export * from './databrew';
export * from './glue';
export * from './lambda';
