import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { DynamoDBStreamRecord } from '@aws-lambda-powertools/parser/schemas/dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createDocumentClient } from '../shared/aws.js';
import { lazyConfig } from '../shared/config.js';
import { EventValidationError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { applyChange, type ApplyOptions, type ApplyOutcome } from './apply.js';
import { ContributingArticleSchema, type ContributingArticle } from './contributions.js';

const logger = createLogger('provincewire-metrics');
const config = lazyConfig(['metrics']);
const processor = new BatchProcessor(EventType.DynamoDBStreams);
let doc: ReturnType<typeof createDocumentClient> | undefined;

/** Exposed for tests (e.g. a small transaction size to exercise chunking); defaults in production. */
export const options: { apply: ApplyOptions } = { apply: {} };

/** One stream record → one exactly-once change of the Metrics table; throws to report the record failed. */
export async function processRecord(record: DynamoDBRecord): Promise<ApplyOutcome> {
  const parsed = DynamoDBStreamRecord.safeParse(record);
  if (!parsed.success)
    throw new EventValidationError('not a DynamoDB stream record', { cause: parsed.error });
  const { Keys, OldImage, NewImage } = parsed.data.dynamodb;
  const articleId = String(Keys.id);
  const oldArticle = image('OldImage', OldImage);
  const newArticle = image('NewImage', NewImage);
  doc ??= createDocumentClient();
  const outcome = await applyChange(
    doc,
    config().tables.metrics,
    { articleId, oldArticle, newArticle },
    options.apply,
  );
  logger.info('stream record processed', {
    articleId,
    eventName: parsed.data.eventName,
    from: oldArticle?.version,
    to: newArticle?.version,
    ...outcome,
  });
  return outcome;
}

// Sequential: records of one article in one batch (insert, then modify) must apply in stream order.
export const handler = async (event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, processRecord, processor, { context, processInParallel: false });

function image(name: string, value: Record<string, unknown> | undefined): ContributingArticle | undefined {
  if (value === undefined) return undefined;
  const parsed = ContributingArticleSchema.safeParse(value);
  if (!parsed.success)
    throw new EventValidationError(`${name} is not an article record`, { cause: parsed.error });
  return parsed.data;
}
