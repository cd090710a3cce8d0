import type * as cdk from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { GlueStartCrawlerRun } from '../../lib';
import { expectSameAsReference, newStack, policyStatements, regionalArn, renderState, stateArn, type Tasks } from '../util';

describe('GlueStartCrawlerRun', () => {
  test('starts the crawler through the AWS SDK integration (JSONPath)', () => {
    // GIVEN
    const stack = newStack();
    // WHEN
    const task = new GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'my-crawler' });
    // THEN
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: stateArn('aws-sdk:glue:startCrawler'),
      Parameters: { Name: 'my-crawler' },
    });
  });

  test('jsonata() renders the crawler name as Arguments', () => {
    const stack = newStack();
    const task = GlueStartCrawlerRun.jsonata(stack, 'Task', { crawlerName: '{% $states.input.crawler %}' });
    expect(renderState(task)).toEqual({
      Type: 'Task',
      End: true,
      QueryLanguage: 'JSONata',
      Resource: stateArn('aws-sdk:glue:startCrawler'),
      Arguments: { Name: '{% $states.input.crawler %}' },
    });
  });

  test('grants starting and reading the crawler', () => {
    const stack = newStack();
    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(new GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'my-crawler' })),
    });
    expect(policyStatements(stack)).toEqual([{
      Action: ['glue:StartCrawler', 'glue:GetCrawler'],
      Effect: 'Allow',
      Resource: regionalArn('glue', 'crawler/my-crawler'),
    }]);
  });

  test('appends the suffix of any integration pattern, unchecked', () => {
    const stack = newStack();
    const task = new GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(renderState(task).Resource).toEqual(stateArn('aws-sdk:glue:startCrawler', '.sync'));
  });

  describe('matches aws-cdk-lib', () => {
    // The third column: what StateMachineChecks reports on the configuration, which cannot work in AWS.
    const configurations: Array<[string, (t: Tasks, s: cdk.Stack) => sfn.IChainable, string[]?]> = [
      ['defaults', (t, s) => new t.GlueStartCrawlerRun(s, 'Task', { crawlerName: 'my-crawler' })],
      ['state props', (t, s) => new t.GlueStartCrawlerRun(s, 'Task', { crawlerName: 'my-crawler', resultPath: sfn.JsonPath.DISCARD, comment: 'crawl' })],
      ['RUN_JOB', (t, s) => new t.GlueStartCrawlerRun(s, 'Task', { crawlerName: 'c', integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      // StartCrawler takes no value in which to pass the task token, so no one can ever send it back.
      ['WAIT_FOR_TASK_TOKEN', (t, s) => new t.GlueStartCrawlerRun(s, 'Task', { crawlerName: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
        ["Stack/Task: State 'Task', Resource: the .waitForTaskToken pattern waits for a task token, but the state's input (Parameters) never passes one ($$.Task.Token)"]],
      ['jsonPath()', (t, s) => t.GlueStartCrawlerRun.jsonPath(s, 'Task', { crawlerName: sfn.JsonPath.stringAt('$.crawler') })],
      ['jsonata()', (t, s) => t.GlueStartCrawlerRun.jsonata(s, 'Task', { crawlerName: 'c', outputs: '{% $states.result %}' })],
    ];
    // (checkReports has a default so that Jest, seeing fewer values in a row than parameters, passes no `done`)
    test.each(configurations)('%s', (_name, build, checkReports: readonly string[] = []) => {
      expectSameAsReference(build, { checkReports });
    });

    test('inside a JSONata state machine', () => {
      expectSameAsReference((t, s) => new t.GlueStartCrawlerRun(s, 'Task', { crawlerName: 'c' }), { queryLanguage: sfn.QueryLanguage.JSONATA });
    });
  });
});
