import { Duration } from 'aws-cdk-lib';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The retry that Step Functions recommends for a state that invokes a Lambda function: the transient
 * errors of the Lambda service, 6 attempts, 2 seconds apart at first, doubling each time. Added unless
 * the task's `retryOnServiceExceptions` is `false`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
 */
export function retryLambdaServiceExceptions(task: sfn.TaskStateBase, retryOnServiceExceptions: boolean | undefined): void {
  if (retryOnServiceExceptions ?? true) {
    task.addRetry({
      errors: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
      interval: Duration.seconds(2),
      maxAttempts: 6,
      backoffRate: 2,
    });
  }
}
