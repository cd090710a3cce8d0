import { FieldUtils, IntegrationPattern, type TaskInput } from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { validationError } from './errors';

/**
 * Throws when a callback task (`WAIT_FOR_TASK_TOKEN`) sends no task token, since Step Functions could then
 * never be told the work is done.
 *
 * @param input the payload (or a plain object of fields) that should carry `JsonPath.taskToken`
 * @param message the reference's wording for this task, which users' tests match on
 */
export function requireTaskToken(
  scope: IConstruct,
  pattern: IntegrationPattern | undefined,
  input: TaskInput | object | undefined,
  message: string,
  code = 'TaskTokenRequired',
): void {
  if (pattern === IntegrationPattern.WAIT_FOR_TASK_TOKEN && !FieldUtils.containsTaskToken(input)) {
    throw validationError(scope, code, message);
  }
}
