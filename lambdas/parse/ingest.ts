/**
 * One object event → the Articles and Ingestions tables. Decisions are made from the ledger (ingestion
 * record) as read, and committed on the condition that it is unchanged; on a lost race the event is
 * re-decided against the new ledger (its object bytes are reused).
 *
 * Policies: a stale event (sequencer below the ledger's) changes nothing; a superseded or vanished
 * object (If-Match on the event's eTag fails, or NoSuchKey) changes nothing, as its successor's event will
 * come; an event whose sequencer equals the ledger's cannot be ordered by it (a redelivery on AWS; any event
 * on LocalStack, whose sequencer is fixed) and is applied only while S3 holds what it describes (HeadObject:
 * the event's eTag and version for a creation, no object for a removal), so the event of the key's last
 * change always wins; an unchanged re-upload touches only the ledger; a rejected object deletes the key's
 * previous article, so totals reflect what the bucket holds; a removed object deletes its article. Versions
 * grow across the key's whole life (the ledger keeps lastVersion through deletes).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExtractResult, Rejection, TextDate } from '../shared/article.js';
import { articleIdFor } from '../shared/ids.js';
import { resolvePublished, type Published } from '../shared/published.js';
import type { IngestionRecord } from '../shared/records.js';
import { buildArticleRecord } from './article-record.js';
import type { ObjectEvent } from './events.js';
import { fetchObject, isCurrent, type ObjectFacts } from './object.js';
import { sequencerKey } from './sequencer.js';
import { commit, readIngestion, type ParseTables, type Write } from './store.js';
import { planStoryWrites } from './story-store.js';

export type Extract = (bytes: Uint8Array, opts: { maxBytes: number }) => ExtractResult;

export interface IngestDeps {
  readonly doc: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly tables: ParseTables;
  readonly maxObjectBytes: number;
  readonly extract: Extract;
  /** The key of the story index's name hashes (lambdas/stories/pseudonym.ts). */
  readonly nameKey: () => Promise<string>;
  readonly now?: () => Date;
}

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected' | 'deleted' | 'stale' | 'superseded';

const MAX_ATTEMPTS = 10;

export async function ingest(deps: IngestDeps, event: ObjectEvent): Promise<Outcome> {
  const objectId = articleIdFor(event.bucket, event.key);
  const seqKey = sequencerKey(event.sequencer);
  let ledger = await readIngestion(deps.doc, deps.tables, objectId);
  if (ledger && ledger.sequencerKey > seqKey) return 'stale';

  let result: ExtractResult | undefined;
  let facts: ObjectFacts | undefined;
  let objectSize = event.size ?? 0;
  /** Whether S3 confirmed the event describes the bucket since the ledger was last read. */
  let confirmed = false;
  if (event.kind === 'created') {
    const fetched = await fetchObject(deps.s3, event, deps.maxObjectBytes);
    if (fetched.kind === 'superseded') return 'superseded';
    confirmed = true;
    objectSize = fetched.size;
    if (fetched.kind === 'bytes') facts = { metadata: fetched.metadata, lastModified: fetched.lastModified };
    result =
      fetched.kind === 'too-large'
        ? rejected('TOO_LARGE', fetched.message)
        : deps.extract(fetched.bytes, { maxBytes: deps.maxObjectBytes });
  }

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // An equal sequencer does not order the event against the ledger (a redelivery on AWS; every event on
    // LocalStack, which stamps one fixed sequencer): apply it only if S3 still holds what it describes.
    // Checked after the ledger was read, so a commit conditioned on that ledger cannot undo a later change.
    if (ledger && ledger.sequencerKey === seqKey && !confirmed && !(await isCurrent(deps.s3, event))) {
      return 'superseded';
    }
    const now = (deps.now?.() ?? new Date()).toISOString();
    const { write, outcome } = decide({
      event,
      objectId,
      seqKey,
      ledger,
      result,
      facts,
      size: objectSize,
      now,
    });
    const stories = await storyWrites(deps, ledger, write, now);
    if (await commit(deps.doc, deps.tables, ledger, stories.write, stories.items)) return outcome;
    await backOff(attempt);
    ledger = await readIngestion(deps.doc, deps.tables, objectId);
    confirmed = false;
    if (ledger && ledger.sequencerKey > seqKey) return 'stale';
  }
  throw new Error(
    `gave up on ${event.bucket}/${event.key} after ${MAX_ATTEMPTS} conflicting writes; retrying the event`,
  );
}

/**
 * The story side of a write that changes the article (story-store.ts): its story and representative flag on
 * the record and the ledger, and the index, story and sibling items to commit with it.
 */
async function storyWrites(deps: IngestDeps, ledger: IngestionRecord | undefined, write: Write, now: string) {
  const currentStoryId = ledger?.articlePresent ? ledger.storyId : undefined;
  if (write.kind === 'ledger' || (write.kind === 'no-article' && !write.deleteArticle)) {
    return { write, items: [] };
  }
  const record = write.kind === 'article' ? write.article : undefined;
  const { plan, items } = await planStoryWrites(deps.doc, deps.tables, {
    articleId: write.ingestion.objectId,
    version: record?.version ?? write.ingestion.lastVersion,
    record,
    currentStoryId,
    now,
    nameKey: await deps.nameKey(),
  });
  if (write.kind !== 'article' || plan.storyId === undefined) return { write, items };
  return {
    write: {
      ...write,
      article: { ...write.article, storyId: plan.storyId, storyRepresentative: plan.representative },
      ingestion: { ...write.ingestion, storyId: plan.storyId },
    },
    items,
  };
}

/** Jittered pause before re-deciding: writers that collided on a story or a key do not collide again. */
function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
}

interface Decision {
  readonly event: ObjectEvent;
  readonly objectId: string;
  readonly seqKey: string;
  readonly ledger: IngestionRecord | undefined;
  /** undefined for a removal. */
  readonly result: ExtractResult | undefined;
  /** The object's metadata and upload time (with a result from its bytes). */
  readonly facts?: ObjectFacts;
  readonly size: number;
  readonly now: string;
}

/** Pure: what to write for an event given the ledger as read. */
export function decide(d: Decision): { write: Write; outcome: Outcome } {
  const { event, ledger, now } = d;
  const base = {
    objectId: d.objectId,
    bucket: event.bucket,
    key: event.key,
    sequencer: event.sequencer,
    sequencerKey: d.seqKey,
    lastVersion: ledger?.lastVersion ?? 0,
    updatedAt: now,
  };
  const hadArticle = ledger?.articlePresent ?? false;
  if (!d.result) {
    return {
      write: {
        kind: 'no-article',
        deleteArticle: hadArticle,
        ingestion: { ...base, status: 'deleted', articlePresent: false },
      },
      outcome: 'deleted',
    };
  }
  const meta = { eTag: event.eTag ?? '', size: d.size };
  if (d.result.ok) {
    const article = d.result.article;
    const published = publishedOf(d, article.textDate ?? null);
    if (hadArticle && ledger?.contentHash === article.contentHash && sameDate(ledger, published)) {
      return {
        write: { kind: 'ledger', ingestion: { ...ledger, ...base, ...meta, status: 'ok' } },
        outcome: 'unchanged',
      };
    }
    const version = base.lastVersion + 1;
    const ingestedAt = (hadArticle && ledger?.articleIngestedAt) || now;
    const built = buildArticleRecord(article, {
      id: d.objectId,
      bucket: event.bucket,
      key: event.key,
      version,
      sequencer: event.sequencer,
      ...meta,
      ingestedAt,
      updatedAt: now,
      ...published,
    });
    if (built.ok) {
      return {
        write: {
          kind: 'article',
          article: built.record,
          ingestion: {
            ...base,
            ...meta,
            status: 'ok',
            lastVersion: version,
            articlePresent: true,
            articleIngestedAt: ingestedAt,
            contentHash: article.contentHash,
            ...published,
          },
        },
        outcome: hadArticle ? 'updated' : 'created',
      };
    }
    return rejectWrite(base, meta, built.rejection, hadArticle);
  }
  return rejectWrite(base, meta, d.result.rejection, hadArticle);
}

/**
 * The article's date. Its last resort, the upload day, is the day the key's article first appeared (kept
 * across updates, as ingestedAt is), else this object's Last-Modified: so re-uploading the same text later
 * neither changes the article nor moves its figures to another month.
 */
function publishedOf(d: Decision, textDate: TextDate | null): Published {
  const firstSeen = d.ledger?.articlePresent ? d.ledger.articleIngestedAt : undefined;
  return resolvePublished({
    metadata: d.facts?.metadata,
    key: d.event.key,
    uploadedAt: firstSeen ?? d.facts?.lastModified ?? d.now,
    textDate,
  });
}

function sameDate(ledger: IngestionRecord, p: Published): boolean {
  return (
    ledger.published === p.published && ledger.dateSource === p.dateSource && ledger.dateNote === p.dateNote
  );
}

function rejectWrite(
  base: Omit<IngestionRecord, 'status' | 'articlePresent'>,
  meta: { eTag: string; size: number },
  rejection: Rejection,
  hadArticle: boolean,
): { write: Write; outcome: Outcome } {
  return {
    write: {
      kind: 'no-article',
      deleteArticle: hadArticle,
      ingestion: { ...base, ...meta, status: 'rejected', articlePresent: false, ...rejection },
    },
    outcome: 'rejected',
  };
}

function rejected(reason: Rejection['reason'], message: string): ExtractResult {
  return { ok: false, rejection: { reason, message } };
}
