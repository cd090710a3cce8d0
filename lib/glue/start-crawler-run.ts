import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { integrationResourceArn, queryLanguageOf, withJsonata } from '../private';

interface GlueStartCrawlerRunOptions {
  /**
   * The name of the Glue crawler to start.
   */
  readonly crawlerName: string;
}

/**
 * Props of `GlueStartCrawlerRun.jsonPath()`: a crawler start in a JSONPath state.
 */
export interface GlueStartCrawlerRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueStartCrawlerRunOptions {}

/**
 * Props of `GlueStartCrawlerRun.jsonata()`: a crawler start in a JSONata state.
 */
export interface GlueStartCrawlerRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueStartCrawlerRunOptions {}

/**
 * Props of `GlueStartCrawlerRun`, in either query language.
 */
export interface GlueStartCrawlerRunProps extends sfn.TaskStateBaseProps, GlueStartCrawlerRunOptions {}

/**
 * A Task state that starts an AWS Glue crawler, through the AWS SDK integration (`aws-sdk:glue:startCrawler`).
 *
 * The integration pattern is not checked: its suffix is appended to the resource as given.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
 */
export class GlueStartCrawlerRun extends sfn.TaskStateBase {
  /**
   * A Task state, in JSONPath, that starts an AWS Glue crawler.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
   */
  public static jsonPath(scope: Construct, id: string, props: GlueStartCrawlerRunJsonPathProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, props);
  }

  /**
   * A Task state, in JSONata, that starts an AWS Glue crawler.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
   */
  public static jsonata(scope: Construct, id: string, props: GlueStartCrawlerRunJsonataProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, withJsonata(props));
  }

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: PolicyStatement[];
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, private readonly props: GlueStartCrawlerRunProps) {
    super(scope, id, props);
    this.integrationPattern = props.integrationPattern ?? sfn.IntegrationPattern.REQUEST_RESPONSE;
    this.taskPolicies = [new PolicyStatement({
      resources: [Stack.of(this).formatArn({ service: 'glue', resource: 'crawler', resourceName: props.crawlerName })],
      actions: ['glue:StartCrawler', 'glue:GetCrawler'],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): any {
    return {
      Resource: integrationResourceArn('aws-sdk:glue', 'startCrawler', this.integrationPattern),
      ...this._renderParametersOrArguments({ Name: this.props.crawlerName }, queryLanguageOf(topLevelQueryLanguage, this.props.queryLanguage)),
    };
  }
}
