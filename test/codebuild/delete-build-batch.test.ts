import { describeBuildCall } from './build-call';
import { CodeBuildDeleteBuildBatch } from '../../lib';

// Patterns and actions: connect-codebuild.html, "DeleteBuildBatch" (Request Response only, codebuild:DeleteBuildBatch).
describe('CodeBuildDeleteBuildBatch', () => {
  describeBuildCall(CodeBuildDeleteBuildBatch, { api: 'deleteBuildBatch', idProp: 'buildBatchId', actions: ['codebuild:DeleteBuildBatch'], sync: false });
});
