import { describeApplicationCall } from './application-call';
import { EmrServerlessStopApplication } from '../../lib';

// Actions: "IAM policy example for StopApplication", connect-emr-serverless.html#emr-serverless-iam.
describe('EmrServerlessStopApplication', () => {
  describeApplicationCall(EmrServerlessStopApplication, {
    api: 'stopApplication',
    actions: ['emr-serverless:StopApplication'],
    syncActions: ['emr-serverless:StopApplication', 'emr-serverless:GetApplication'],
  });
});
