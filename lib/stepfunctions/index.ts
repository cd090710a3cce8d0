export * from './invoke-activity';
export * from './start-execution';
