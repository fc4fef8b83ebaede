/**
 * Pure: an extracted article plus storage metadata → the record stored in the Articles table, kept under
 * DynamoDB's 400 KB item limit.
 *
 * Size policy: figures, places and people are what the pipeline is for and are never cut. When the item is
 * too large, captions and then paragraphs are dropped from the end (the lead of a news article matters
 * most) and the record is flagged `truncated`. If the structured data alone exceeds the budget the object is
 * rejected as TOO_LARGE.
 */
import type { ExtractedArticle, Rejection } from '../shared/article.js';
import type { Published } from '../shared/published.js';
import type { ArticleRecord } from '../shared/records.js';
import type { Topic } from '../shared/vocabulary.js';

/**
 * Budget for the JSON size of a record. DynamoDB counts attribute names and UTF-8 values plus a few bytes
 * per list or map element; JSON's quotes and commas cost about as much, and 50 KB covers the difference.
 */
export const ITEM_BUDGET_BYTES = 350_000;

export interface StorageMeta extends Published {
  readonly id: string;
  readonly bucket: string;
  readonly key: string;
  readonly version: number;
  readonly sequencer: string;
  readonly eTag: string;
  readonly size: number;
  readonly ingestedAt: string;
  readonly updatedAt: string;
}

export type RecordResult = { ok: true; record: ArticleRecord } | { ok: false; rejection: Rejection };

export function buildArticleRecord(
  article: ExtractedArticle,
  meta: StorageMeta,
  budget: number = ITEM_BUDGET_BYTES,
): RecordResult {
  const topics = [...new Set(article.figures.map((f) => f.topic))].sort() as Topic[];
  const record: ArticleRecord = {
    ...article,
    ...meta,
    primaryProvinceSlug: article.primaryProvince?.slug,
    topics,
    truncated: false,
  };
  if (jsonBytes(record) <= budget) return { ok: true, record };

  const fitted = fitToBudget(record, budget);
  if (fitted) return { ok: true, record: fitted };
  return {
    ok: false,
    rejection: {
      reason: 'TOO_LARGE',
      message: `the extracted data alone (figures, places, people) exceeds the ${budget}-byte item budget`,
    },
  };
}

function fitToBudget(record: ArticleRecord, budget: number): ArticleRecord | undefined {
  const sections = record.sections.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] }));
  const candidate: ArticleRecord = { ...record, sections, captions: [], truncated: true };
  let size = jsonBytes(candidate);
  let lastDropped: { section: number; text: string } | undefined;
  // Drop whole paragraphs from the end; each removal's saving is measured, not re-serialized.
  for (let s = sections.length - 1; s >= 0 && size > budget; s--) {
    const paragraphs = sections[s]!.paragraphs;
    while (paragraphs.length > 0 && size > budget) {
      const text = paragraphs.pop()!;
      lastDropped = { section: s, text };
      size -= jsonBytes(text) + 1;
    }
  }
  size = jsonBytes(candidate);
  if (size > budget) return undefined;
  // Keep what fits of the paragraph that crossed the line (one huge paragraph is common in bad exports).
  if (lastDropped && budget - size > 1_000) {
    const paragraphs = sections[lastDropped.section]!.paragraphs;
    paragraphs.push(lastDropped.text.slice(0, Math.floor((budget - size - 100) / 4)));
    if (jsonBytes(candidate) > budget) paragraphs.pop();
  }
  return candidate;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
