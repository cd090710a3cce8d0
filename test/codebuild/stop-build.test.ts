import { describeBuildCall } from './build-call';
import { CodeBuildStopBuild } from '../../lib';

// Patterns and actions: connect-codebuild.html, "StopBuild" (Request Response only, codebuild:StopBuild).
describe('CodeBuildStopBuild', () => {
  describeBuildCall(CodeBuildStopBuild, { api: 'stopBuild', idProp: 'buildId', actions: ['codebuild:StopBuild'], sync: false });
});
