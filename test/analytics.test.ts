/**
 * The one place a default `cdk synth` tells the two modules apart: the `AWS::CDK::Metadata` resource that
 * version reporting adds. aws-cdk-lib lists in it only constructs whose jsii names start with a prefix it
 * allows (its own modules, AWS Solutions Constructs, ...): its task constructs appear there, ours
 * (`cdk-stepfunctions-tasks.LambdaInvoke`) do not. Unit-test apps leave version reporting off, and then the
 * templates are the same.
 *
 * The jsii names exist only in the compiled package (`npm run build` first), so both apps run in fresh Node
 * processes on what ships, not on the TypeScript sources.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { unzipSync } from 'zlib';

const ROOT = path.resolve(__dirname, '..');

/** The template of a one-task workflow built with the tasks module `tasks` (a require specifier). */
function synthesize(tasks: string, versionReporting: boolean): any {
  const script = `
    const cdk = require('aws-cdk-lib');
    const lambda = require('aws-cdk-lib/aws-lambda');
    const sfn = require('aws-cdk-lib/aws-stepfunctions');
    const tasks = require(${JSON.stringify(tasks)});
    const app = new cdk.App({ context: { 'aws:cdk:version-reporting': ${versionReporting} } });
    const stack = new cdk.Stack(app, 'Stack');
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:score');
    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(new tasks.LambdaInvoke(stack, 'Score', { lambdaFunction: fn })),
    });
    console.log(JSON.stringify(app.synth().getStackByName('Stack').template));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8', cwd: ROOT }));
}

const REFERENCE = 'aws-cdk-lib/aws-stepfunctions-tasks';

/** The construct names an `Analytics` value lists (`v2:deflate64:` + base64 of a gzipped prefix trie). */
function analyticsText(template: any): string {
  const analytics: string = template.Resources.CDKMetadata.Properties.Analytics;
  expect(analytics.startsWith('v2:deflate64:')).toBe(true);
  return unzipSync(Buffer.from(analytics.slice('v2:deflate64:'.length), 'base64')).toString();
}

describe('version reporting (CDKMetadata), on the compiled package', () => {
  test('without version reporting, as unit-test apps synthesize, the templates are identical', () => {
    // GIVEN / WHEN the same app with each module and reporting off
    const theirs = synthesize(REFERENCE, false);
    const mine = synthesize(ROOT, false);

    // THEN
    expect(theirs.Resources.CDKMetadata).toBeUndefined();
    expect(mine).toEqual(theirs);
  });

  test('with version reporting, the templates differ only in the analytics, which name aws-cdk-lib\'s task and not ours', () => {
    // GIVEN / WHEN the same app with each module and reporting on, as `cdk synth` runs it by default
    const theirs = synthesize(REFERENCE, true);
    const mine = synthesize(ROOT, true);

    // THEN the analytics (a trie of jsii names: `aws-cdk-lib.{Stack,aws_{...}}`) name aws-cdk-lib's
    // LambdaInvoke only for the reference, beside the state machine both apps have
    const names = 'stepfunctions.{StateMachine,CfnStateMachine}';
    expect(analyticsText(theirs)).toContain(`stepfunctions_tasks.LambdaInvoke,${names}`);
    expect(analyticsText(mine)).toContain(`aws_{lambda.FunctionBase,${names}`);
    expect(analyticsText(mine)).not.toContain('LambdaInvoke');

    // and nothing else differs
    const withoutAnalytics = (template: any) => {
      const copy = JSON.parse(JSON.stringify(template));
      delete copy.Resources.CDKMetadata.Properties.Analytics;
      return copy;
    };
    expect(withoutAnalytics(mine)).toEqual(withoutAnalytics(theirs));
  });
});
