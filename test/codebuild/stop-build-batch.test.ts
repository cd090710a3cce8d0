import { describeBuildCall } from './build-call';
import { CodeBuildStopBuildBatch } from '../../lib';

// Patterns and actions: connect-codebuild.html, "StopBuildBatch" (Request Response only, codebuild:StopBuildBatch).
describe('CodeBuildStopBuildBatch', () => {
  describeBuildCall(CodeBuildStopBuildBatch, { api: 'stopBuildBatch', idProp: 'buildBatchId', actions: ['codebuild:StopBuildBatch'], sync: false });
});
