import { CfnOutput, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { API_STAGE, ENV, FUNCTIONS, STACK_OUTPUTS, TABLES } from '../lambdas/shared/wiring.js';
import type { FunctionKey, SecretKey, TableKey } from '../lambdas/shared/wiring.js';
import { DashboardSite } from './constructs/dashboard-site.js';
import { DeadLetterQueue } from './constructs/dead-letter-queue.js';
import { DeploymentSecrets } from './constructs/deployment-secrets.js';
import { IngestBucket } from './constructs/ingest-bucket.js';
import { PipelineApi } from './constructs/pipeline-api.js';
import { PipelineFunction } from './constructs/pipeline-function.js';
import { PipelineTables } from './constructs/pipeline-tables.js';
import { ReconcilePolicy } from './constructs/reconcile-policy.js';
import type { StackSettings } from './settings.js';

export interface ProvinceWireStackProps extends StackProps {
  readonly settings: StackSettings;
}

type TableAccess = 'read' | 'readwrite';

/** S3 upload → parse → Articles (stream) → metrics → Metrics; REST API → api. Built from the wiring. */
export class ProvinceWireStack extends Stack {
  readonly uploads: IngestBucket;
  readonly tables: PipelineTables;
  readonly secrets: DeploymentSecrets;
  readonly functions: Readonly<Record<FunctionKey, PipelineFunction>>;
  readonly api: PipelineApi;
  readonly parseDeadLetters: DeadLetterQueue;
  readonly metricsDeadLetters: DeadLetterQueue;
  readonly reconcile: ReconcilePolicy;
  readonly dashboard: DashboardSite;

  constructor(scope: Construct, id: string, props: ProvinceWireStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = settings.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const localstack = settings.target === 'localstack';

    this.tables = new PipelineTables(this, 'Tables', { removalPolicy });
    this.uploads = new IngestBucket(this, 'Uploads', {
      removalPolicy,
      keySuffix: settings.keySuffix,
      events: FUNCTIONS.parse.trigger.events,
    });

    this.dashboard = new DashboardSite(this, 'Dashboard', {
      removalPolicy,
      logsBucket: this.uploads.logsBucket,
      target: settings.target,
      localstackEndpoint: settings.localstackEndpoint,
    });

    const common = {
      logRetention: settings.logRetentionDays,
      logLevel: settings.logLevel,
      removalPolicy,
      tracing: settings.tracing,
      environment: {
        [ENV.maxObjectBytes]: String(settings.maxObjectBytes),
        [ENV.s3ForcePathStyle]: String(localstack),
      },
    };
    this.secrets = new DeploymentSecrets(this, 'Secrets', { removalPolicy });
    const make = (key: FunctionKey, reservedConcurrency?: number): PipelineFunction => {
      const fn = new PipelineFunction(this, FUNCTIONS[key].id, { ...common, key, reservedConcurrency });
      const grants: Partial<Record<TableKey, TableAccess>> = FUNCTIONS[key].tables;
      for (const [table, access] of Object.entries(grants) as [TableKey, TableAccess][]) {
        fn.bindTable(table, this.tables.tables[table], access);
      }
      for (const secret of FUNCTIONS[key].secrets as readonly SecretKey[]) {
        fn.bindSecret(secret, this.secrets.secrets[secret]);
      }
      return fn;
    };
    this.functions = {
      parse: make('parse', settings.parseReservedConcurrency),
      metrics: make('metrics'),
      api: make('api'),
    };

    // api: the unfiltered article listing reads the byBucket index of this bucket (no S3 access).
    this.functions.api.fn.addEnvironment(ENV.bucketName, this.uploads.bucket.bucketName);
    // CORS: the dashboard's origin only (its CloudFront domain; LocalStack's website endpoint there).
    this.functions.api.fn.addEnvironment(ENV.dashboardOrigin, this.dashboard.origin);

    // parse: S3 events are asynchronous invocations; what still fails after the retries is kept.
    const parse = this.functions.parse;
    this.parseDeadLetters = new DeadLetterQueue(this, 'ParseDeadLetters', {
      purpose: 'S3 events the parse function could not process',
    });
    parse.fn.configureAsyncInvoke({
      retryAttempts: FUNCTIONS.parse.async.retryAttempts,
      maxEventAge: Duration.seconds(FUNCTIONS.parse.async.maxEventAgeSeconds),
      onFailure: new SqsDestination(this.parseDeadLetters.queue),
    });
    this.uploads.byName.grantRead(parse.fn);
    this.uploads.notify(parse.fn);

    // metrics: the Articles stream through an event source mapping.
    const stream = FUNCTIONS.metrics.trigger;
    this.metricsDeadLetters = new DeadLetterQueue(this, 'MetricsDeadLetters', {
      purpose: 'Articles stream batches the metrics function could not process',
    });
    this.functions.metrics.fn.addEventSource(
      new DynamoEventSource(this.tables.tables[stream.table], {
        startingPosition: StartingPosition[stream.startingPosition],
        batchSize: stream.batchSize,
        bisectBatchOnError: stream.bisectBatchOnError,
        retryAttempts: stream.retryAttempts,
        reportBatchItemFailures: stream.reportBatchItemFailures,
        onFailure: new SqsDlq(this.metricsDeadLetters.queue),
      }),
    );

    NagSuppressions.addResourceSuppressions(
      this.functions.metrics.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'dynamodb:ListStreams, added by the Articles stream event source, has no resource-level permissions (AWS requires "*"); reading records stays scoped to the Articles stream ARN.',
          appliesTo: ['Resource::*'],
        },
      ],
      true,
    );

    this.api = new PipelineApi(this, 'Api', {
      handler: this.functions.api.fn,
      logRetention: settings.logRetentionDays,
      removalPolicy,
      tracing: settings.tracing,
      rateLimit: settings.apiRateLimit,
      burstLimit: settings.apiBurstLimit,
      quotaPerDay: settings.apiQuotaPerDay,
      corsOrigin: this.dashboard.origin,
    });
    this.dashboard.deploy(this.apiUrl(settings));

    this.reconcile = new ReconcilePolicy(this, 'Reconcile', {
      bucket: this.uploads.bucket,
      articles: this.tables.tables.articles,
      ingestions: this.tables.tables.ingestions,
      metrics: this.tables.tables.metrics,
      parse: this.functions.parse.fn,
      deadLetterQueues: [this.parseDeadLetters.queue, this.metricsDeadLetters.queue],
    });

    this.suppressGrantWildcards();
    this.addOutputs(settings);
  }

  /** IAM5 findings that come from grants, each tied to the exact wildcard it allows. */
  private suppressGrantWildcards(): void {
    const indexed = (Object.keys(TABLES) as TableKey[]).filter(
      (key) => TABLES[key].globalSecondaryIndexes.length > 0,
    );
    const indexWildcards = indexed.map((key) => ({
      regex: `/^Resource::<Tables${TABLES[key].id}[0-9A-F]{8}\\.Arn>\\/index\\/\\*$/g`,
    }));
    for (const key of Object.keys(this.functions) as FunctionKey[]) {
      NagSuppressions.addResourceSuppressions(
        this.functions[key].role,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason:
              'Table grants include <table ARN>/index/* so the handler can Query the GSIs declared in the wiring; the wildcard is bounded to indexes of that one table.',
            appliesTo: indexWildcards,
          },
        ],
        true,
      );
    }
    NagSuppressions.addResourceSuppressions(
      this.functions.parse.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'grantRead on the upload bucket only: parse reads the uploaded object named in the event (any key), and s3:List* lets a removed key answer 404 rather than 403.',
          appliesTo: [
            'Action::s3:GetObject*',
            'Action::s3:GetBucket*',
            'Action::s3:List*',
            {
              regex:
                '/^Resource::arn:<AWS::Partition>:s3:::provincewire-articles-<AWS::AccountId>-<AWS::Region>\\/\\*$/g',
            },
          ],
        },
      ],
      true,
    );
  }

  private apiUrl(settings: StackSettings): string {
    const api = this.api.api;
    return settings.target === 'localstack'
      ? // LocalStack's path-style execute-api form: needs no wildcard DNS for *.localhost.localstack.cloud.
        Fn.join('', [
          settings.localstackEndpoint.replace(/\/$/, ''),
          '/_aws/execute-api/',
          api.restApiId,
          `/${API_STAGE}/`,
        ])
      : api.url;
  }

  private addOutputs(settings: StackSettings): void {
    const apiUrl = this.apiUrl(settings);
    const outputs: Record<keyof typeof STACK_OUTPUTS, string> = {
      bucketName: this.uploads.bucket.bucketName,
      apiUrl,
      apiKeyId: this.api.apiKey.keyId,
      articlesTable: this.tables.tables.articles.tableName,
      metricsTable: this.tables.tables.metrics.tableName,
      ingestionsTable: this.tables.tables.ingestions.tableName,
      storiesTable: this.tables.tables.stories.tableName,
      parseDeadLetterQueueUrl: this.parseDeadLetters.queue.queueUrl,
      metricsDeadLetterQueueUrl: this.metricsDeadLetters.queue.queueUrl,
      parseFunctionName: this.functions.parse.fn.functionName,
      reconcilePolicyArn: this.reconcile.policy.managedPolicyArn,
      dashboardUrl: this.dashboard.url,
      dashboardBucketName: this.dashboard.bucket.bucketName,
    };
    for (const [key, value] of Object.entries(outputs) as [keyof typeof STACK_OUTPUTS, string][]) {
      new CfnOutput(this, STACK_OUTPUTS[key], { value });
    }
  }
}
