/**
 * Heavy aws-cdk-lib submodules, loaded on first use.
 *
 * A user who loads this library for one SQS task should not pay for aws-ec2 or aws-lambda. Task classes
 * import such modules with `import type` for their signatures and reach the runtime values through these
 * getters, which `require` the module the first time a task that needs it is constructed.
 */
type Module<T> = () => T;

function lazy<T>(load: () => T): Module<T> {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const ec2: Module<typeof import('aws-cdk-lib/aws-ec2')> = lazy(() => require('aws-cdk-lib/aws-ec2'));
export const ecs: Module<typeof import('aws-cdk-lib/aws-ecs')> = lazy(() => require('aws-cdk-lib/aws-ecs'));
export const eks: Module<typeof import('aws-cdk-lib/aws-eks')> = lazy(() => require('aws-cdk-lib/aws-eks'));
export const kms: Module<typeof import('aws-cdk-lib/aws-kms')> = lazy(() => require('aws-cdk-lib/aws-kms'));
export const lambda: Module<typeof import('aws-cdk-lib/aws-lambda')> = lazy(() => require('aws-cdk-lib/aws-lambda'));
export const logs: Module<typeof import('aws-cdk-lib/aws-logs')> = lazy(() => require('aws-cdk-lib/aws-logs'));
export const s3: Module<typeof import('aws-cdk-lib/aws-s3')> = lazy(() => require('aws-cdk-lib/aws-s3'));
export const ecrAssets: Module<typeof import('aws-cdk-lib/aws-ecr-assets')> = lazy(() => require('aws-cdk-lib/aws-ecr-assets'));
export const customResources: Module<typeof import('aws-cdk-lib/custom-resources')> = lazy(() => require('aws-cdk-lib/custom-resources'));
export const codebuild: Module<typeof import('aws-cdk-lib/aws-codebuild')> = lazy(() => require('aws-cdk-lib/aws-codebuild'));
export const awsCliLayer: Module<typeof import('aws-cdk-lib/lambda-layer-awscli')> = lazy(() => require('aws-cdk-lib/lambda-layer-awscli'));
