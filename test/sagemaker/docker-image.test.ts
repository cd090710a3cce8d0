import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as cdk from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DockerImage } from '../../lib';
import { expectSameAsReference, newStack, partitionArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };
const PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];

/** A task stand-in: the role the image grants to. */
function grantee(stack: cdk.Stack) {
  return { grantPrincipal: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }) };
}

function roleStatements(stack: cdk.Stack): any[] {
  const policy = stack.node.findChild('Role').node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
  return policy ? stack.resolve(policy.document.toJSON()).Statement : [];
}

/** A directory holding a Dockerfile, for fromAsset(). */
function dockerDirectory(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sagemaker-image-'));
  fs.writeFileSync(path.join(directory, 'Dockerfile'), 'FROM public.ecr.aws/docker/library/python:3.12-slim\n');
  return directory;
}

describe('DockerImage', () => {
  test('fromRegistry() sends the URI and grants nothing', () => {
    const stack = newStack();
    expect(DockerImage.fromRegistry('public.ecr.aws/my/image:1').bind(grantee(stack))).toEqual({ imageUri: 'public.ecr.aws/my/image:1' });
    expect(roleStatements(stack)).toEqual([]);
  });

  test('fromEcrRepository() defaults to the latest tag and grants pulls from the repository', () => {
    // GIVEN
    const stack = newStack({ env: ENV });
    const repository = ecr.Repository.fromRepositoryName(stack, 'Repo', 'algo');
    // WHEN
    const config = DockerImage.fromEcrRepository(repository).bind(grantee(stack));
    // THEN
    expect(stack.resolve(config.imageUri)).toEqual(stack.resolve(repository.repositoryUriForTag('latest')));
    expect(roleStatements(stack)).toEqual([
      {
        Action: PULL_ACTIONS,
        Effect: 'Allow',
        Resource: partitionArn('ecr:us-east-1:123456789012:repository/algo'),
      },
      { Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' },
    ]);
  });

  test('fromEcrRepository() takes a digest', () => {
    const stack = newStack({ env: ENV });
    const repository = ecr.Repository.fromRepositoryName(stack, 'Repo', 'algo');
    const config = DockerImage.fromEcrRepository(repository, 'sha256:abc').bind(grantee(stack));
    expect(stack.resolve(config.imageUri)).toEqual(stack.resolve(repository.repositoryUriForDigest('sha256:abc')));
  });

  test('fromJsonExpression() sends the expression and by default grants pulls of any ECR image', () => {
    const stack = newStack();
    expect(DockerImage.fromJsonExpression('{% $states.input.image %}').bind(grantee(stack))).toEqual({ imageUri: '{% $states.input.image %}' });
    expect(roleStatements(stack)).toEqual([{ Action: PULL_ACTIONS, Effect: 'Allow', Resource: '*' }]);
  });

  test('fromJsonExpression() sends a JSONPath as given, so it must be encoded with JsonPath.stringAt()', () => {
    const stack = newStack();
    const task = grantee(stack);
    expect(DockerImage.fromJsonExpression('$.image').bind(task).imageUri).toEqual('$.image');
    const encoded = DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')).bind(task).imageUri;
    expect(sfn.FieldUtils.renderObject({ Image: encoded })).toEqual({ 'Image.$': '$.image' });
  });

  test('fromJsonExpression() grants nothing when ECR pulls are not allowed', () => {
    const stack = newStack();
    DockerImage.fromJsonExpression('{% $states.input.image %}', false).bind(grantee(stack));
    expect(roleStatements(stack)).toEqual([]);
  });

  test('fromAsset() builds an image asset and grants pulls from the assets repository', () => {
    const stack = newStack();
    const config = DockerImage.fromAsset(stack, 'Image', { directory: dockerDirectory() }).bind(grantee(stack));
    expect(stack.resolve(config.imageUri)).toEqual({
      'Fn::Sub': expect.stringMatching(/^\$\{AWS::AccountId\}\.dkr\.ecr\.\$\{AWS::Region\}\.\$\{AWS::URLSuffix\}\/cdk-hnb659fds-container-assets-/),
    });
    expect(roleStatements(stack).map((s) => s.Action)).toEqual([PULL_ACTIONS, 'ecr:GetAuthorizationToken']);
  });

  describe('matches aws-cdk-lib', () => {
    const directory = dockerDirectory();
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => void]> = [
      ['a created repository, tagged', (t, s) => {
        t.DockerImage.fromEcrRepository(new ecr.Repository(s, 'Repo'), 'v2').bind(grantee(s));
      }],
      ['an imported repository, latest', (t, s) => {
        t.DockerImage.fromEcrRepository(ecr.Repository.fromRepositoryName(s, 'Repo', 'algo')).bind(grantee(s));
      }],
      ['an image from the input', (t, s) => {
        t.DockerImage.fromJsonExpression('$.image').bind(grantee(s));
      }],
      ['an image from the input without ECR pulls', (t, s) => {
        t.DockerImage.fromJsonExpression('$.image', false).bind(grantee(s));
      }],
      ['an asset', (t, s) => {
        t.DockerImage.fromAsset(s, 'Image', { directory, buildArgs: { A: 'b' } }).bind(grantee(s));
      }],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });
  });
});
