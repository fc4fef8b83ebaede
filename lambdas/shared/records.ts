/**
 * Stored record shapes: what the parse function writes to the Articles and Ingestions tables and how the
 * metrics function lays out the Metrics table. The Article schema (article.ts) stays the single source of
 * the extracted content; records add storage metadata.
 *
 * Metrics table (pk / sk), all counters are exact DynamoDB decimals changed only with ADD:
 *
 *   PROVINCE#<scheme>#<slug>  TOTAL                      articles, figures
 *   PROVINCE#<scheme>#<slug>  TOPIC#<topic>#UNIT#<unit>  sum, figures, articles
 *   PROVINCE#<scheme>#<slug>  MONTH#<yyyy-mm>#TOTAL                      articles, figures
 *   PROVINCE#<scheme>#<slug>  MONTH#<yyyy-mm>#TOPIC#<topic>#UNIT#<unit>  sum, figures, articles
 *   PROVINCES#<scheme>        <slug>                     articles, figures   (list: one Query, no scan)
 *   LANGUAGES                 <language>                 articles
 *   ARTICLE#<id>              APPLIED                    version, present    (exactly-once guard)
 *   ARTICLE#<id>              APPLIED#<n>                state               (guard of chunk n ≥ 1)
 *
 * Every item that counts `articles` also counts `stories`: an article whose record says
 * storyRepresentative = false (a copy of a story another article represents) adds to `articles` only; its
 * figures (`figures`, `sum`) and `stories` are counted by its story's representative alone.
 *
 * scheme: 'named' (the province as the article names it) or '2025' (its successor since the merger).
 * A figure's province is figure.province ?? the article's primary province; figures of an article with
 * neither go to the 'national' bucket. An article counts once for every province it has a figure in or that
 * is its primary province. Reading one province is one Query on its pk, whatever the number of articles.
 * The MONTH# items are the same aggregates restricted to the articles `published` in that month (an article
 * without a date, written before dates existed, has none): a range of months is one Query on the pk with
 * `sk BETWEEN MONTH#<from> AND MONTH#<to>~`, and the TOPIC#/TOTAL items sort after every MONTH# item.
 */
import { z } from 'zod';
import { ExtractedArticleSchema, RejectionReasonSchema, SlugSchema } from './article.js';
import type { Scheme } from './provinces.js';
import { DateSourceSchema, IsoDateSchema, PublishedSchema } from './published.js';
import { TopicSchema, UnitSchema, type Topic, type Unit } from './vocabulary.js';

export const ArticleRecordSchema = ExtractedArticleSchema.extend({
  ...PublishedSchema.shape,
  id: z.string().regex(/^[a-f0-9]{32}$/),
  bucket: z.string().min(1),
  key: z.string().min(1),
  version: z.number().int().positive().describe('1, 2, 3… across the whole life of the key'),
  sequencer: z.string().min(1).describe('S3 event sequencer of the upload this version came from'),
  eTag: z.string(),
  size: z.number().int().nonnegative().describe('Object size in bytes'),
  ingestedAt: z.iso.datetime().describe('When this article first appeared (reset after a delete)'),
  updatedAt: z.iso.datetime(),
  primaryProvinceSlug: SlugSchema.optional().describe('Absent for national articles (sparse index)'),
  topics: z.array(TopicSchema).describe('Distinct topics of the figures, sorted'),
  truncated: z
    .boolean()
    .describe('True when sections or captions were cut to fit the 400 KB item limit; figures are complete'),
  storyId: z
    .string()
    .optional()
    .describe(
      'The story this article is a copy of (GET /stories/{id}); absent in records written before stories',
    ),
  storyRepresentative: z
    .boolean()
    .optional()
    .describe(
      "Whether this copy represents its story: only the representative's figures count in the metrics (absent: counts)",
    ),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

export const IngestionStatusSchema = z.enum(['ok', 'rejected', 'deleted']);
export type IngestionStatus = z.infer<typeof IngestionStatusSchema>;

export const IngestionRecordSchema = z.object({
  objectId: z.string().describe('articleIdFor(bucket, key)'),
  bucket: z.string(),
  key: z.string(),
  status: IngestionStatusSchema,
  sequencer: z.string().describe('S3 sequencer of the last applied event'),
  sequencerKey: z.string().describe('sequencer padded for ordering'),
  eTag: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  contentHash: z.string().optional().describe('Of the current article, when there is one'),
  lastVersion: z.number().int().nonnegative().describe('Highest article version ever written for the key'),
  articlePresent: z.boolean(),
  articleIngestedAt: z.iso.datetime().optional(),
  storyId: z.string().optional().describe('Story of the current article, when there is one'),
  published: IsoDateSchema.optional().describe(
    'Of the current article: a re-upload that changes it is a change',
  ),
  dateSource: DateSourceSchema.optional(),
  dateNote: z.string().optional(),
  reason: RejectionReasonSchema.optional(),
  message: z.string().optional(),
  updatedAt: z.iso.datetime(),
});
export type IngestionRecord = z.infer<typeof IngestionRecordSchema>;

export interface MetricsKey {
  readonly pk: string;
  readonly sk: string;
}

export const TOTAL_SK = 'TOTAL';
export const APPLIED_SK = 'APPLIED';

export const provincePk = (scheme: Scheme, slug: string): string => `PROVINCE#${scheme}#${slug}`;
export const provinceTotalKey = (scheme: Scheme, slug: string): MetricsKey => ({
  pk: provincePk(scheme, slug),
  sk: TOTAL_SK,
});
export const topicUnitSk = (topic: Topic, unit: Unit): string => `TOPIC#${topic}#UNIT#${unit}`;
export const topicUnitKey = (scheme: Scheme, slug: string, topic: Topic, unit: Unit): MetricsKey => ({
  pk: provincePk(scheme, slug),
  sk: topicUnitSk(topic, unit),
});
export const MONTH_PREFIX = 'MONTH#';
/** `sk >= ALL_TIME_SK_FROM` selects the all-time TOPIC# and TOTAL items of a province, not its MONTH# ones. */
export const ALL_TIME_SK_FROM = 'TOPIC#';
export const monthTotalKey = (scheme: Scheme, slug: string, month: string): MetricsKey => ({
  pk: provincePk(scheme, slug),
  sk: `${MONTH_PREFIX}${month}#${TOTAL_SK}`,
});
export const monthTopicUnitKey = (
  scheme: Scheme,
  slug: string,
  month: string,
  topic: Topic,
  unit: Unit,
): MetricsKey => ({
  pk: provincePk(scheme, slug),
  sk: `${MONTH_PREFIX}${month}#${topicUnitSk(topic, unit)}`,
});
/** Bounds of a key condition `sk BETWEEN from AND to` selecting the MONTH# items of months from..to. */
export const monthRangeSk = (from: string, to: string) => ({
  from: `${MONTH_PREFIX}${from}#`,
  to: `${MONTH_PREFIX}${to}#~`,
});
const MONTH_SK = /^MONTH#(\d{4}-\d{2})#(.+)$/;
/** A MONTH# sort key: its month and the all-time sort key it refines (TOTAL or TOPIC#…#UNIT#…). */
export function parseMonthSk(sk: string): { month: string; rest: string } | undefined {
  const m = MONTH_SK.exec(sk);
  return m ? { month: m[1]!, rest: m[2]! } : undefined;
}

export const provinceListPk = (scheme: Scheme): string => `PROVINCES#${scheme}`;
export const provinceListKey = (scheme: Scheme, slug: string): MetricsKey => ({
  pk: provinceListPk(scheme),
  sk: slug,
});
export const LANGUAGES_PK = 'LANGUAGES';
export const languageKey = (language: string): MetricsKey => ({ pk: LANGUAGES_PK, sk: language });

/** The exactly-once guard of an article: which of its versions the Metrics table reflects. */
export const appliedVersionKey = (articleId: string): MetricsKey => ({
  pk: `ARTICLE#${articleId}`,
  sk: APPLIED_SK,
});
/** Guard of chunk n ≥ 1 of a change too large for one transaction. */
export const chunkGuardKey = (articleId: string, chunk: number): MetricsKey => ({
  pk: `ARTICLE#${articleId}`,
  sk: `${APPLIED_SK}#${chunk}`,
});

export const AppliedVersionSchema = z.object({
  version: z.number().int().nonnegative(),
  /** false once the article's removal has been applied. */
  present: z.boolean(),
});
export type AppliedVersion = z.infer<typeof AppliedVersionSchema>;

const TOPIC_UNIT_SK = /^TOPIC#([a-z]+)#UNIT#([a-z]+)$/;
export function parseTopicUnitSk(sk: string): { topic: Topic; unit: Unit } | undefined {
  const m = TOPIC_UNIT_SK.exec(sk);
  const topic = TopicSchema.safeParse(m?.[1]);
  const unit = UnitSchema.safeParse(m?.[2]);
  return topic.success && unit.success ? { topic: topic.data, unit: unit.data } : undefined;
}
