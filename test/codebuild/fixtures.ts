/**
 * CodeBuild projects shared by the CodeBuild tests, created or imported.
 */
import type * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

export const PROJECT_ARN = 'arn:aws:codebuild:us-east-1:123456789012:project/MyProject';

export function importedProject(stack: cdk.Stack): codebuild.IProject {
  return codebuild.Project.fromProjectArn(stack, 'Project', PROJECT_ARN);
}

/** A project with an inline build spec, with batch builds turned on. */
export function createdProject(stack: cdk.Stack): codebuild.Project {
  const project = new codebuild.Project(stack, 'Project', {
    projectName: 'MyTestProject',
    buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['echo "Hello, CodeBuild!"'] } } }),
  });
  project.enableBatchBuilds();
  return project;
}

/** Environment variables of every type, one read from the state and one without a type. */
export function everyKindOfVariable(): { [name: string]: codebuild.BuildEnvironmentVariable } {
  return {
    ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') },
    TOKEN: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/token' },
    PASSWORD: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci-secret:password' },
    UNTYPED: { value: 'plain' },
  };
}

/** An alarm on the task's failures, so that the template shows the task's metric dimensions. */
export function alarmOnFailures(stack: cdk.Stack, task: sfn.TaskStateBase): void {
  new cloudwatch.Alarm(stack, 'Failures', { metric: task.metricFailed(), threshold: 1, evaluationPeriods: 1 });
}
