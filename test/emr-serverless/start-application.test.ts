import { describeApplicationCall } from './application-call';
import { EmrServerlessStartApplication } from '../../lib';

// Actions: "IAM policy example for StartApplication", connect-emr-serverless.html#emr-serverless-iam.
describe('EmrServerlessStartApplication', () => {
  describeApplicationCall(EmrServerlessStartApplication, {
    api: 'startApplication',
    actions: ['emr-serverless:StartApplication'],
    syncActions: ['emr-serverless:StartApplication', 'emr-serverless:GetApplication', 'emr-serverless:StopApplication'],
  });
});
