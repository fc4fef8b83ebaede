/**
 * Pure: what the bucket holds against what the Ingestions ledger and the Articles table say about it.
 *
 *   missing  an object with no ingestion record (its event never ran)
 *   stale    the record describes another state of the key: another ETag, a delete while the object is
 *            there, or an article/rejection while the object is gone
 *   wrong    ledger and article disagree (the ledger says an article is present and none is, or the
 *            article is not the ledger's version)
 */
import type { ArticleRecord, IngestionRecord } from '../shared/records.js';
import { articleIdFor } from '../shared/ids.js';

export interface BucketObject {
  readonly key: string;
  /** Without quotes. */
  readonly eTag: string;
  readonly size: number;
}

/** The article fields the comparison reads. */
export type ArticleStamp = Pick<ArticleRecord, 'id' | 'key' | 'eTag' | 'sequencer' | 'version'>;

export type ObjectFinding =
  | { readonly kind: 'missing'; readonly key: string; readonly object: BucketObject }
  | {
      readonly kind: 'stale';
      readonly key: string;
      /** undefined: the object is gone and the ledger still holds it. */
      readonly object: BucketObject | undefined;
      readonly ledger: IngestionRecord;
      readonly reason: string;
    }
  | {
      readonly kind: 'wrong';
      readonly key: string;
      readonly ledger: IngestionRecord;
      readonly reason: string;
    };

export function stripQuotes(eTag: string): string {
  return eTag.replace(/^"+|"+$/g, '');
}

export function compareObjects(input: {
  readonly bucket: string;
  /** Only keys the notification configuration selects (e.g. ending in .txt). */
  readonly objects: readonly BucketObject[];
  readonly ingestions: readonly IngestionRecord[];
  readonly articles: readonly ArticleStamp[];
}): ObjectFinding[] {
  const findings: ObjectFinding[] = [];
  const ledgers = new Map(
    input.ingestions.filter((i) => i.bucket === input.bucket).map((i) => [i.objectId, i] as const),
  );
  const articles = new Map(input.articles.map((a) => [a.id, a] as const));
  const seen = new Set<string>();
  for (const object of input.objects) {
    const id = articleIdFor(input.bucket, object.key);
    seen.add(id);
    const ledger = ledgers.get(id);
    if (!ledger) {
      findings.push({ kind: 'missing', key: object.key, object });
      continue;
    }
    if (ledger.status === 'deleted') {
      findings.push({ kind: 'stale', key: object.key, object, ledger, reason: 'recorded as deleted' });
      continue;
    }
    if (stripQuotes(ledger.eTag ?? '') !== object.eTag) {
      findings.push({
        kind: 'stale',
        key: object.key,
        object,
        ledger,
        reason: `recorded ETag ${ledger.eTag ?? 'none'}, object ETag ${object.eTag}`,
      });
      continue;
    }
    const wrong = ledgerVersusArticle(ledger, articles.get(id));
    if (wrong) findings.push({ kind: 'wrong', key: object.key, ledger, reason: wrong });
  }
  for (const ledger of ledgers.values()) {
    if (seen.has(ledger.objectId)) continue;
    if (ledger.status !== 'deleted') {
      findings.push({
        kind: 'stale',
        key: ledger.key,
        object: undefined,
        ledger,
        reason: `recorded as ${ledger.status}, object is gone`,
      });
      continue;
    }
    const wrong = ledgerVersusArticle(ledger, articles.get(ledger.objectId));
    if (wrong) findings.push({ kind: 'wrong', key: ledger.key, ledger, reason: wrong });
  }
  return findings;
}

function ledgerVersusArticle(ledger: IngestionRecord, article: ArticleStamp | undefined): string | undefined {
  if (ledger.articlePresent && !article) return 'the ledger names an article that is not stored';
  if (!ledger.articlePresent && article) return 'an article is stored that the ledger does not name';
  if (article && ledger.articlePresent) {
    // (The article keeps the ETag of the upload it came from: an unchanged re-upload moves only the ledger.)
    if (article.version !== ledger.lastVersion)
      return `article version ${article.version}, ledger ${ledger.lastVersion}`;
  }
  return undefined;
}

/**
 * A sequencer that orders after `sequencer` and before any later one S3 can issue for the key: sequencers
 * compare after right-padding with zeros, so appending a digit gives the smallest strictly greater value.
 */
export function successorSequencer(sequencer: string | undefined): string {
  return sequencer === undefined ? '0' : `${sequencer}1`;
}
