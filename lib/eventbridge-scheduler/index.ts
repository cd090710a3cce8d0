export * from './create-schedule';
export * from './schedule';
export * from './types';
