export * from './create-model-customization-job';
export * from './guardrail';
export * from './invoke-model';
export * from './types';
