import type * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { S3Location } from '../../lib';
import { expectSameAsReference, newStack, partitionArn, type Tasks } from '../util';

const ENV = { account: '123456789012', region: 'us-east-1' };

/** A task stand-in: the role the location grants to. */
function grantee(stack: cdk.Stack) {
  return { grantPrincipal: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') }) };
}

function roleStatements(stack: cdk.Stack): any[] {
  const policy = stack.node.findChild('Role').node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
  return policy ? stack.resolve(policy.document.toJSON()).Statement : [];
}

describe('S3Location', () => {
  test('fromBucket() sends the object URL of the key prefix', () => {
    // GIVEN
    const stack = newStack({ env: ENV });
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'mybucket');
    // WHEN
    const config = S3Location.fromBucket(bucket, 'models/').bind(grantee(stack), {});
    // THEN
    expect(stack.resolve(config.uri)).toEqual(stack.resolve(bucket.urlForObject('models/')));
    expect(roleStatements(stack)).toEqual([]);
  });

  test('fromBucket() grants read, write or both on the objects under the prefix only', () => {
    const stack = newStack({ env: ENV });
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'mybucket');
    const task = grantee(stack);
    S3Location.fromBucket(bucket, 'in/').bind(task, { forReading: true });
    S3Location.fromBucket(bucket, 'out/').bind(task, { forWriting: true });
    expect(roleStatements(stack)).toEqual([
      {
        Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'],
        Effect: 'Allow',
        Resource: [partitionArn('s3:::mybucket'), partitionArn('s3:::mybucket/in/*')],
      },
      {
        Action: ['s3:DeleteObject*', 's3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'],
        Effect: 'Allow',
        Resource: [partitionArn('s3:::mybucket'), partitionArn('s3:::mybucket/out/*')],
      },
    ]);
  });

  test('fromJsonExpression() reads a JSONPath from the input and grants on any object', () => {
    // GIVEN
    const stack = newStack();
    const task = grantee(stack);
    // WHEN
    const config = S3Location.fromJsonExpression('$.S3Bucket').bind(task, { forReading: true, forWriting: true });
    // THEN
    expect(sfn.JsonPath.isEncodedJsonPath(config.uri)).toBe(true);
    expect(sfn.FieldUtils.renderObject({ S3Uri: config.uri })).toEqual({ 'S3Uri.$': '$.S3Bucket' });
    expect(roleStatements(stack)).toEqual([
      { Action: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'], Effect: 'Allow', Resource: '*' },
    ]);
  });

  test('fromJsonExpression() keeps a JSONata expression as it is', () => {
    const stack = newStack();
    const config = S3Location.fromJsonExpression('{% $states.input.uri %}').bind(grantee(stack), { forWriting: true });
    expect(config.uri).toEqual('{% $states.input.uri %}');
    expect(roleStatements(stack)).toEqual([{ Action: 's3:PutObject', Effect: 'Allow', Resource: '*' }]);
  });

  describe('matches aws-cdk-lib', () => {
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => void]> = [
      ['a created bucket read and written', (t, s) => {
        const location = t.S3Location.fromBucket(new s3.Bucket(s, 'Bucket'), 'data');
        location.bind(grantee(s), { forReading: true, forWriting: true });
      }],
      ['an imported bucket with an empty prefix', (t, s) => {
        t.S3Location.fromBucket(s3.Bucket.fromBucketName(s, 'Bucket', 'training-data'), '').bind(grantee(s), { forReading: true });
      }],
      ['a JSONPath location read', (t, s) => {
        t.S3Location.fromJsonExpression('$.a.b').bind(grantee(s), { forReading: true });
      }],
      ['a JSONata location written', (t, s) => {
        t.S3Location.fromJsonExpression('{% $x %}').bind(grantee(s), { forWriting: true });
      }],
    ];
    test.each(configurations)('%s', (_name, build) => {
      expectSameAsReference(build);
    });
  });
});
