import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Classification, ReleaseLabel, VirtualClusterInput } from '../../lib';
import { newStack } from '../util';

describe('EMR on EKS value types', () => {
  test.each(['EMR_5_32_0', 'EMR_5_33_0', 'EMR_6_2_0', 'EMR_6_3_0'] as const)('ReleaseLabel.%s is the label of the reference', (name) => {
    expect(ReleaseLabel[name].label).toBe(reference.ReleaseLabel[name].label);
  });

  test('ReleaseLabel names the EMR 6.2.0 image and takes any other label', () => {
    expect(ReleaseLabel.EMR_6_2_0.label).toBe('emr-6.2.0-latest');
    expect(new ReleaseLabel('emr-7.1.0-latest').label).toBe('emr-7.1.0-latest');
  });

  test.each(['SPARK', 'SPARK_DEFAULTS', 'SPARK_ENV', 'SPARK_HIVE_SITE', 'SPARK_LOG4J', 'SPARK_METRICS'] as const)(
    'Classification.%s is the classification of the reference', (name) => {
      expect(Classification[name].classificationStatement).toBe(reference.Classification[name].classificationStatement);
    });

  test('Classification names spark-defaults and takes any other classification', () => {
    expect(Classification.SPARK_DEFAULTS.classificationStatement).toBe('spark-defaults');
    expect(new Classification('hive-site').classificationStatement).toBe('hive-site');
  });

  test('VirtualClusterInput takes a literal ID or one from the task input', () => {
    const stack = newStack();
    expect(VirtualClusterInput.fromVirtualClusterId('vc-1').id).toBe('vc-1');
    expect(stack.resolve(VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.id')).id)).toBe('$.id');
  });
});
