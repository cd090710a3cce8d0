/**
 * Our deliberate differences from aws-cdk-lib (README, "Differences from aws-cdk-lib"), each written as the
 * change that turns the reference's output into ours. The unit tests of each class and the differential
 * fuzzer (test/fuzz/differences.ts) both use them, so everything but the stated change is still compared
 * with the reference exactly.
 */
import type { IntendedDifference } from './util';

/**
 * SnsPublish on a topic encrypted with a customer managed key (aws-cdk#32303): after `sns:Publish`, a
 * statement that lets the role use the key the topic names (the created topic's `KmsMasterKeyId`, else
 * the ARN of the imported key).
 */
export function grantsTopicKey(importedKeyArn?: string): IntendedDifference {
  return {
    adjustReference: (template) => {
      const resources = Object.values(template.Resources) as any[];
      const keyArn = resources.find((r) => r.Type === 'AWS::SNS::Topic')?.Properties?.KmsMasterKeyId ?? importedKeyArn;
      const statements: any[] = resources.find((r) => r.Type === 'AWS::IAM::Policy').Properties.PolicyDocument.Statement;
      const publish = statements.findIndex((st) => st.Action === 'sns:Publish');
      statements.splice(publish + 1, 0, { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: keyArn });
    },
  };
}

/**
 * BedrockCreateModelCustomizationJob with RUN_JOB: the `.sync` suffix aws-cdk-lib leaves out, and the
 * statement that lets the role follow and stop the job, after the one that starts it.
 */
export function runsBedrockJobToCompletion(): IntendedDifference {
  const RESOURCE = ':states:::bedrock:createModelCustomizationJob';
  return {
    adjustReference: (template) => {
      for (const resource of Object.values(template.Resources) as any[]) {
        if (resource.Type === 'AWS::StepFunctions::StateMachine') {
          const body = resource.Properties.DefinitionString;
          const parts: any[] = typeof body === 'string' ? [body] : body['Fn::Join'][1];
          const rendered = parts.map((part) => typeof part === 'string' ? part.split(`${RESOURCE}"`).join(`${RESOURCE}.sync"`) : part);
          resource.Properties.DefinitionString = typeof body === 'string' ? rendered[0] : { 'Fn::Join': ['', rendered] };
        }
        const statements: any[] | undefined = resource.Type === 'AWS::IAM::Policy' ? resource.Properties.PolicyDocument.Statement : undefined;
        const start = statements?.findIndex((st) => [st.Action].flat().includes('bedrock:CreateModelCustomizationJob')) ?? -1;
        if (statements && start >= 0) {
          const jobs = statements[start].Resource[2];
          statements.splice(start + 1, 0, {
            Action: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], Effect: 'Allow', Resource: jobs,
          });
        }
      }
    },
  };
}
