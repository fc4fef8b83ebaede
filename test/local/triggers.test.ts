import { describe, expect, it } from 'vitest';
import { API_ROUTES, FUNCTIONS } from '../../lambdas/shared/wiring.js';
import { localTriggers } from '../../local/triggers.js';

describe('Function: localTriggers', () => {
  const triggers = localTriggers();

  it('sends bucket events for .txt keys to parse, with the async retry policy', () => {
    expect(triggers.bucket).toEqual([
      {
        kind: 's3',
        function: 'parse',
        functionId: FUNCTIONS.parse.id,
        events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
        filter: { suffix: '.txt' },
        async: { retryAttempts: 2, maxEventAgeSeconds: 21600 },
      },
    ]);
  });

  it('maps the articles stream to metrics with the event source mapping settings', () => {
    expect(triggers.streams).toEqual([
      {
        kind: 'dynamodb-stream',
        function: 'metrics',
        functionId: FUNCTIONS.metrics.id,
        table: 'articles',
        streamViewType: 'NEW_AND_OLD_IMAGES',
        batchSize: 25,
        bisectBatchOnError: true,
        retryAttempts: 5,
        reportBatchItemFailures: true,
        startingPosition: 'TRIM_HORIZON',
      },
    ]);
  });

  it('routes every API route to the api function behind the key, but /health', () => {
    // Act
    const [api] = triggers.api;
    // Assess
    expect(triggers.api).toHaveLength(1);
    expect(api).toMatchObject({
      function: 'api',
      stage: 'v1',
      apiKeyRequired: true,
      apiKeyHeader: 'x-api-key',
    });
    expect(api?.routes).toEqual(
      API_ROUTES.map(({ method, path }) => ({ method, path, apiKeyRequired: path !== '/health' })),
    );
  });
});
