import type * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { ContainerDefinition, DockerImage, Mode, S3Location } from '../../lib';
import { type Tasks, expectSameAsReference, newStack } from '../util';

/** A task stand-in: the role the container grants to. */
function grantee(stack: cdk.Stack) {
  return { grantPrincipal: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }) };
}

function roleStatements(stack: cdk.Stack): any[] {
  const policy = stack.node.findChild('Role').node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
  return policy ? stack.resolve(policy.document.toJSON()).Statement : [];
}

describe('ContainerDefinition', () => {
  test('an empty definition sends no field', () => {
    const stack = newStack();
    const config = new ContainerDefinition({}).bind(grantee(stack));
    expect(JSON.parse(JSON.stringify(config))).toEqual({ parameters: {} });
    expect(roleStatements(stack)).toEqual([]);
  });

  test('sends every field under its CreateModel name and grants the image pull and the artifact read', () => {
    // GIVEN
    const stack = newStack();
    const definition = new ContainerDefinition({
      image: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')),
      environmentVariables: sfn.TaskInput.fromObject({ A: 'b' }),
      modelPackageName: 'pkg',
      mode: Mode.MULTI_MODEL,
      containerHostName: 'host',
      modelS3Location: S3Location.fromJsonExpression('$.model'),
    });
    // WHEN
    const config = definition.bind(grantee(stack));
    // THEN
    expect(sfn.FieldUtils.renderObject(config.parameters)).toEqual({
      'ContainerHostname': 'host',
      'Image.$': '$.image',
      'Mode': 'MultiModel',
      'ModelDataUrl.$': '$.model',
      'ModelPackageName': 'pkg',
      'Environment': { A: 'b' },
    });
    expect(roleStatements(stack)).toEqual([
      { Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'], Effect: 'Allow', Resource: '*' },
      { Action: ['s3:GetObject', 's3:ListBucket'], Effect: 'Allow', Resource: '*' },
    ]);
  });

  describe('matches aws-cdk-lib', () => {
    test('binding every field', () => {
      expectSameAsReference((t: Tasks, s: cdk.Stack) => {
        new t.ContainerDefinition({
          image: t.DockerImage.fromRegistry('image'),
          environmentVariables: sfn.TaskInput.fromJsonPathAt('$.env'),
          modelPackageName: 'pkg',
          mode: t.Mode.SINGLE_MODEL,
          containerHostName: 'host',
          modelS3Location: t.S3Location.fromJsonExpression('{% $states.input.model %}'),
        }).bind(grantee(s));
      });
    });
  });
});
