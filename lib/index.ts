export * from './athena';
export * from './databrew';
export * from './evaluate-expression';
export * from './glue';
export * from './lambda';
export * from './mediaconvert';
export * from './sns';
export * from './sqs';
