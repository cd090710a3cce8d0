import type { IAspect } from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { checkStateMachine } from './private/check';

/**
 * An aspect that checks every state machine it is applied to at synthesis, and reports each mistake it
 * finds as an error annotation, so that `cdk synth` fails with the whole list.
 *
 * It reads the definition each `sfn.StateMachine` deploys, states of aws-cdk-lib's `aws-stepfunctions`
 * module included, and reports on the construct of the state at fault, naming the state and the field:
 *
 * - JSONata: each `{% %}` expression parses, and uses only the fields of `$states` that exist
 *   (`input`, `context`, `result`, `errorOutput`), `result` and `errorOutput` only where Step Functions
 *   sets them; and no JSONPath field (`Parameters`, `ResultPath`, ...) is left in a JSONata state.
 * - JSONPath: each path is valid where it stands (a reference path where one is required), each key
 *   ending in `.$` holds a path or an intrinsic function call, and each intrinsic function exists and
 *   gets as many arguments as it takes.
 * - Task settings: timeouts and heartbeats are positive, a heartbeat is shorter than the timeout, and a
 *   `.waitForTaskToken` task passes the task token.
 * - AWS SDK integrations (`CallAwsService`, `CallAwsServiceCrossRegion`): the service, the action and
 *   each parameter name exist in the AWS SDK's service models, and each IAM action the task grants
 *   exists in the IAM Service Authorization Reference.
 *
 * Values known only at deployment or execution (tokens) are not checked. The aspect changes nothing in
 * the app: an app with no mistakes synthesizes the same template with or without it.
 *
 * @example
 * import { Aspects } from 'aws-cdk-lib';
 *
 * declare const app: App;
 * Aspects.of(app).add(new tasks.StateMachineChecks());
 */
export class StateMachineChecks implements IAspect {
  private readonly checked = new WeakSet<IConstruct>();

  /**
   * Checks `node` if it is a state machine not checked yet.
   */
  public visit(node: IConstruct): void {
    if (node instanceof sfn.StateMachine && !this.checked.has(node)) {
      this.checked.add(node);
      checkStateMachine(node);
    }
  }
}
