/**
 * The one definition of the pipeline's wiring: table names, key schemas, indexes, stream settings,
 * environment variable names and which events reach which handler. lib/ (CDK) and local/ (embedded stack)
 * both build from this object, and test/wiring-drift.test.ts proves they agree.
 *
 * Plain data, no AWS or CDK imports, so every layer can consume it.
 */

export type AttributeType = 'S' | 'N';
export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  /** ALL: the API reads whole articles from the index without a second lookup. */
  readonly projection: 'ALL' | 'KEYS_ONLY';
}
export interface TableDefinition {
  /** CDK construct id, and the local table name prefix. */
  readonly id: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalSecondaryIndexes: readonly IndexDefinition[];
  readonly stream?: 'NEW_AND_OLD_IMAGES';
  /** Attribute holding an epoch-seconds expiry, if the table expires items. */
  readonly timeToLiveAttribute?: string;
  /** Environment variable through which handlers learn the table's name. */
  readonly envVar: string;
}

export const TABLES = {
  articles: {
    id: 'Articles',
    partitionKey: { name: 'id', type: 'S' },
    globalSecondaryIndexes: [
      {
        indexName: 'byProvince',
        partitionKey: { name: 'primaryProvinceSlug', type: 'S' },
        sortKey: { name: 'ingestedAt', type: 'S' },
        projection: 'ALL',
      },
      {
        indexName: 'byLanguage',
        partitionKey: { name: 'language', type: 'S' },
        sortKey: { name: 'ingestedAt', type: 'S' },
        projection: 'ALL',
      },
      {
        // Every article of the upload bucket, newest first: the unfiltered listing, without a Scan.
        indexName: 'byBucket',
        partitionKey: { name: 'bucket', type: 'S' },
        sortKey: { name: 'ingestedAt', type: 'S' },
        projection: 'ALL',
      },
    ],
    stream: 'NEW_AND_OLD_IMAGES',
    envVar: 'ARTICLES_TABLE',
  },
  metrics: {
    id: 'Metrics',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    globalSecondaryIndexes: [],
    timeToLiveAttribute: 'expiresAt',
    envVar: 'METRICS_TABLE',
  },
  ingestions: {
    id: 'Ingestions',
    partitionKey: { name: 'objectId', type: 'S' },
    globalSecondaryIndexes: [
      {
        indexName: 'byStatus',
        partitionKey: { name: 'status', type: 'S' },
        sortKey: { name: 'updatedAt', type: 'S' },
        projection: 'ALL',
      },
    ],
    envVar: 'INGESTIONS_TABLE',
  },
  /**
   * Story identity (lambdas/shared/stories.ts): one item per story, the blocking index (one item per article
   * and blocking key, read by Query on the key, never scanned) and one head item per key whose version makes
   * two copies that could find each other commit one after the other.
   */
  stories: {
    id: 'Stories',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    globalSecondaryIndexes: [
      {
        indexName: 'byProvince',
        partitionKey: { name: 'storyProvince', type: 'S' },
        sortKey: { name: 'storyDate', type: 'S' },
        projection: 'ALL',
      },
    ],
    envVar: 'STORIES_TABLE',
  },
} as const satisfies Record<string, TableDefinition>;

export type TableKey = keyof typeof TABLES;

/** Environment variables other than table names. */
export const ENV = {
  maxObjectBytes: 'MAX_OBJECT_BYTES',
  /** 'true' for S3-compatible servers that need path-style URLs (s3rver, LocalStack). */
  s3ForcePathStyle: 'S3_FORCE_PATH_STYLE',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  /** The upload bucket's name: the api function lists its articles newest first (byBucket index). */
  bucketName: 'BUCKET_NAME',
  /** The dashboard's origin, the only one the API answers CORS for (unset: no CORS headers). */
  dashboardOrigin: 'DASHBOARD_ORIGIN',
} as const;

export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;

/** S3 event types delivered to the parse function (AWS notation). */
export const BUCKET_EVENTS = ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] as const;
export const DEFAULT_KEY_SUFFIX = '.txt';

/**
 * The three functions, their handler files (relative to the repo root) and their triggers.
 * CDK bundles `entry` with esbuild; the embedded stack imports the same file and calls `handler`.
 */
export const FUNCTIONS = {
  parse: {
    id: 'ParseFunction',
    entry: 'lambdas/parse/handler.ts',
    handler: 'handler',
    trigger: { kind: 's3', events: BUCKET_EVENTS },
    tables: { articles: 'readwrite', ingestions: 'readwrite', stories: 'readwrite' },
    bucket: 'read',
    memoryMb: 1024,
    timeoutSeconds: 30,
    async: { retryAttempts: 2, maxEventAgeSeconds: 6 * 3600 },
  },
  metrics: {
    id: 'MetricsFunction',
    entry: 'lambdas/metrics/handler.ts',
    handler: 'handler',
    trigger: {
      kind: 'dynamodb-stream',
      table: 'articles',
      batchSize: 25,
      bisectBatchOnError: true,
      retryAttempts: 5,
      reportBatchItemFailures: true,
      startingPosition: 'TRIM_HORIZON',
    },
    tables: { metrics: 'readwrite' },
    bucket: 'none',
    memoryMb: 512,
    timeoutSeconds: 30,
  },
  api: {
    id: 'ApiFunction',
    entry: 'lambdas/api/handler.ts',
    handler: 'handler',
    trigger: { kind: 'api', apiKeyRequired: true },
    tables: { articles: 'read', metrics: 'read', ingestions: 'read', stories: 'read' },
    bucket: 'none',
    memoryMb: 512,
    timeoutSeconds: 10,
  },
} as const;

export type FunctionKey = keyof typeof FUNCTIONS;

/**
 * API routes as API Gateway REST resources; the api handler routes on the same list. `apiKeyRequired`
 * per route: /health is open (as documented), everything else needs the key.
 */
export const API_ROUTES = [
  { method: 'GET', path: '/health', apiKeyRequired: false },
  { method: 'GET', path: '/articles', apiKeyRequired: true },
  { method: 'GET', path: '/articles/{id}', apiKeyRequired: true },
  { method: 'GET', path: '/provinces', apiKeyRequired: true },
  { method: 'GET', path: '/provinces/{slug}/metrics', apiKeyRequired: true },
  { method: 'GET', path: '/metrics', apiKeyRequired: true },
  { method: 'GET', path: '/ingestions', apiKeyRequired: true },
  { method: 'GET', path: '/export/figures.csv', apiKeyRequired: true },
  { method: 'GET', path: '/stories', apiKeyRequired: true },
  { method: 'GET', path: '/stories/{id}', apiKeyRequired: true },
  { method: 'GET', path: '/openapi.json', apiKeyRequired: true },
] as const;

/** Methods a browser may use on the API cross-origin: the routes' own, and the preflight's. */
export const CORS_ALLOW_METHODS: readonly string[] = [
  ...new Set(API_ROUTES.map((route) => route.method)),
  'OPTIONS',
];

/** Headers a browser may send the API cross-origin (the dashboard sends the key in a header). */
export const CORS_ALLOW_HEADERS = ['content-type', 'x-api-key'] as const;

export const API_STAGE = 'v1';
export const API_KEY_HEADER = 'x-api-key';

export const STACK_NAME = 'ProvinceWire';

/** CloudFormation output keys; the LocalStack test target and users read these. */
export const STACK_OUTPUTS = {
  bucketName: 'BucketName',
  apiUrl: 'ApiUrl',
  apiKeyId: 'ApiKeyId',
  articlesTable: 'ArticlesTableName',
  metricsTable: 'MetricsTableName',
  ingestionsTable: 'IngestionsTableName',
  storiesTable: 'StoriesTableName',
  parseDeadLetterQueueUrl: 'ParseDeadLetterQueueUrl',
  metricsDeadLetterQueueUrl: 'MetricsDeadLetterQueueUrl',
  parseFunctionName: 'ParseFunctionName',
  reconcilePolicyArn: 'ReconcilePolicyArn',
  /** CloudFront URL of the dashboard (LocalStack: the bucket's website endpoint). */
  dashboardUrl: 'DashboardUrl',
  dashboardBucketName: 'DashboardBucketName',
} as const;
