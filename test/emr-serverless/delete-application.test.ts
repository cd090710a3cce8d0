import { describeApplicationCall } from './application-call';
import { EmrServerlessDeleteApplication } from '../../lib';

// Actions: "IAM policy example for DeleteApplication", connect-emr-serverless.html#emr-serverless-iam.
describe('EmrServerlessDeleteApplication', () => {
  describeApplicationCall(EmrServerlessDeleteApplication, {
    api: 'deleteApplication',
    actions: ['emr-serverless:DeleteApplication'],
    syncActions: ['emr-serverless:DeleteApplication', 'emr-serverless:GetApplication'],
  });
});
