export * from './call-http-api';
export * from './call-rest-api';
export * from './types';
