import * as codebuild from 'aws-cdk-lib/aws-codebuild';

/**
 * The `EnvironmentVariablesOverride` field of StartBuild and StartBuildBatch: one `{ Name, Type, Value }`
 * per variable, in the order given, plain text unless a type is set.
 */
export function renderEnvironmentVariablesOverride(variables?: { [name: string]: codebuild.BuildEnvironmentVariable }): object[] | undefined {
  if (!variables) {
    return undefined;
  }
  return Object.entries(variables).map(([name, variable]) => ({
    Name: name,
    Type: variable.type || codebuild.BuildEnvironmentVariableType.PLAINTEXT,
    Value: variable.value,
  }));
}
