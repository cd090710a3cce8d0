/**
 * Fuzzing cases that once failed, kept as they were reported (`npm run fuzz` prints each as JSON). Each
 * runs first in a fresh test file, as in the campaign that found it.
 */
import { type FuzzCase, runCase } from './fuzz';

test('SageMakerCreateModel in a created VPC, the first case of a process (seed 8019, case 0)', () => {
  // GIVEN the case as the campaign printed it: its VPC makes aws-cdk-lib create the first tokens of the process
  const fuzzCase: FuzzCase = JSON.parse(`{"task":"SageMakerCreateModel","factory":"jsonPath","props":{"struct":{"modelName":{"lit":"$.notAPath"},
    "primaryContainer":{"construct":"aws-cdk-lib.aws_stepfunctions_tasks.ContainerDefinition","args":[{"struct":{
    "environmentVariables":{"ext":"input.jsonataObject"},"image":{"call":"aws-cdk-lib.aws_stepfunctions_tasks.DockerImage",
    "method":"fromJsonExpression","args":[{"lit":"$.a.b"},{"lit":true}]},"mode":{"enum":"aws-cdk-lib.aws_stepfunctions_tasks.Mode",
    "member":"SINGLE_MODEL"},"modelPackageName":{"lit":"value"}}}]},"enableNetworkIsolation":{"lit":true},
    "tags":{"ext":"input.jsonataToken"},"vpc":{"ext":"vpc.created"}}}}`);

  // WHEN it is built with aws-cdk-lib's class and with ours
  const outcome = runCase(fuzzCase);

  // THEN the templates are the same
  expect(outcome).toEqual({ kind: 'identical' });
});
