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

test('AthenaStartQueryExecution with a created KMS key for CLIENT_SIDE_KMS in a JSONata state machine (seed 20261122, case 15)', () => {
  // GIVEN a case both libraries reject (the key construct lands in the definition, which cannot be resolved),
  // on which StateMachineChecks once overflowed the stack walking the construct
  const fuzzCase: FuzzCase = JSON.parse(`{"task":"AthenaStartQueryExecution","factory":"new","machineLanguage":"JSONata","props":{"struct":{
    "queryString":{"lit":"Name1"},"clientRequestToken":{"lit":"abc123"},"executionParameters":{"list":[{"lit":"value"},
    {"lit":"arn:aws:iam::123456789012:role/Role"},{"lit":"abc123"}]},"resultConfiguration":{"struct":{"encryptionConfiguration":{"struct":{
    "encryptionOption":{"enum":"aws-cdk-lib.aws_stepfunctions_tasks.EncryptionOption","member":"CLIENT_SIDE_KMS"},
    "encryptionKey":{"ext":"key.created"}}},"outputLocation":{"struct":{"bucketName":{"lit":"my-resource-1"},"objectKey":{"lit":"Name1"}}}}}}}}`);

  // WHEN it is built with aws-cdk-lib's class and with ours, the checks on ours
  const outcome = runCase(fuzzCase);

  // THEN both fail alike, with aws-cdk-lib's error
  expect(outcome).toMatchObject({ kind: 'both-rejected', message: expect.stringContaining('Unable to resolve object tree with circular reference') });
});
