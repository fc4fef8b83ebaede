import type { Context, S3Event } from 'aws-lambda';
import { extractArticle } from '../extract/index.js';
import { createDocumentClient, createS3Client } from '../shared/aws.js';
import { lazyConfig } from '../shared/config.js';
import { readNameKey } from '../shared/name-key.js';
import { createLogger } from '../shared/logger.js';
import { objectEvents } from './events.js';
import { ingest, type IngestDeps, type Outcome } from './ingest.js';

const logger = createLogger('provincewire-parse');
const config = lazyConfig(['articles', 'ingestions', 'stories']);
let deps: IngestDeps | undefined;

function dependencies(): IngestDeps {
  if (deps) return deps;
  const c = config();
  deps = {
    doc: createDocumentClient(),
    s3: createS3Client({ forcePathStyle: c.s3ForcePathStyle }),
    tables: c.tables,
    maxObjectBytes: c.maxObjectBytes,
    extract: extractArticle,
    nameKey: () => readNameKey(),
  };
  return deps;
}

export interface ParseSummary {
  readonly outcomes: Outcome[];
  readonly skipped: number;
}

/**
 * S3 notifications (asynchronous invocation). Bad files become rejected ingestion records; unexpected
 * failures (throttling, network) throw so Lambda retries and finally dead-letters the event.
 */
export const handler = async (event: S3Event, context?: Context): Promise<ParseSummary> => {
  if (context) logger.addContext(context);
  const d = dependencies();
  const outcomes: Outcome[] = [];
  let skipped = 0;
  for (const item of objectEvents(event)) {
    if (!item.ok) {
      skipped++;
      logger.warn('S3 record skipped', { eventName: item.eventName, reason: item.message });
      continue;
    }
    const outcome = await ingest(d, item.event);
    outcomes.push(outcome);
    logger.info('S3 record processed', {
      bucket: item.event.bucket,
      key: item.event.key,
      eventName: item.event.eventName,
      sequencer: item.event.sequencer,
      outcome,
    });
  }
  return { outcomes, skipped };
};
