export * from './delete-item';
export * from './get-item';
export * from './put-item';
export * from './types';
export * from './update-item';
