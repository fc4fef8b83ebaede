/**
 * Request parameters and response bodies of the API, as zod schemas: the handler validates with them and
 * the OpenAPI document is generated from them (openapi.ts), so the two cannot drift.
 */
import { z } from 'zod';
import { SlugSchema } from '../shared/article.js';
import { PeriodFieldsSchema } from '../shared/period.js';
import { ArticleRecordSchema, IngestionRecordSchema, IngestionStatusSchema } from '../shared/records.js';
import { LanguageCodeSchema, TopicSchema, UnitSchema } from '../shared/vocabulary.js';

export const SchemeSchema = z
  .enum(['named', '2025'])
  .default('named')
  .describe('named: provinces as the articles name them; 2025: their units since the 2025 merger');

const LimitSchema = z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100');
const CursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'opaque cursor from a previous page')
  .max(2048)
  .optional()
  .describe('nextCursor of the previous page');

export const ArticlesQuerySchema = z.strictObject({
  province: SlugSchema.optional().describe('Primary province, as named or its 2025 unit'),
  language: LanguageCodeSchema.optional(),
  topic: TopicSchema.optional(),
  ...PeriodFieldsSchema.shape,
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type ArticlesQuery = z.infer<typeof ArticlesQuerySchema>;

export const SchemeQuerySchema = z.strictObject({ scheme: SchemeSchema });

export const ExportQuerySchema = z.strictObject({
  province: SlugSchema.optional().describe("The figures' province, in the scheme `scheme`"),
  scheme: SchemeSchema,
  topic: TopicSchema.optional(),
  ...PeriodFieldsSchema.shape,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .describe('Articles per read, 1–100 (lower it after a 413)'),
  cursor: CursorSchema.describe('x-next-cursor of the previous response'),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export const MetricsQuerySchema = z.strictObject({
  scheme: SchemeSchema,
  ...PeriodFieldsSchema.shape,
  by: z
    .enum(['total', 'month'])
    .default('total')
    .describe('month: also the figures of each month of the period, oldest first'),
});
export type MetricsQuery = z.infer<typeof MetricsQuerySchema>;

export const TopicUnitQuerySchema = z.strictObject({
  scheme: SchemeSchema,
  topic: TopicSchema,
  unit: UnitSchema,
  ...PeriodFieldsSchema.shape,
});
export type TopicUnitQuery = z.infer<typeof TopicUnitQuerySchema>;

export const IngestionsQuerySchema = z.strictObject({
  status: IngestionStatusSchema.optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type IngestionsQuery = z.infer<typeof IngestionsQuerySchema>;

const IsoDaySchema = z.iso.date().describe('YYYY-MM-DD');

export const StoriesQuerySchema = z
  .strictObject({
    province: SlugSchema.optional().describe(
      "The representative's province, as named or its 2025 unit (stories are filed under the 2025 unit)",
    ),
    from: IsoDaySchema.optional().describe('First day (published date of the representative), inclusive'),
    to: IsoDaySchema.optional().describe('Last day, inclusive'),
    limit: LimitSchema,
    cursor: CursorSchema,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type StoriesQuery = z.infer<typeof StoriesQuerySchema>;

export const StoryIdParamsSchema = z.object({ id: z.string().describe('Story id (32 hex characters)') });

export const StoryMemberViewSchema = z.object({
  id: z.string().describe('Article id'),
  key: z.string().describe('Object key of the article'),
  language: z.string(),
  published: z.string(),
  representative: z.boolean().describe("Whether this copy's figures are the ones the metrics count"),
});

export const StorySchema = z.object({
  id: z.string(),
  representative: z.string().describe('Article id of the copy whose figures count'),
  province: SlugSchema.describe("The representative's 2025 unit ('national' without a province)"),
  published: z.string().describe("The representative's published day"),
  languages: z.array(z.string()),
  articles: z.number().int().positive(),
  members: z.array(StoryMemberViewSchema),
  updatedAt: z.string(),
});
export type StoryView = z.infer<typeof StorySchema>;

export const StoryPageSchema = z.object({ items: z.array(StorySchema), nextCursor: z.string().nullable() });

export const ArticleViewSchema = ArticleRecordSchema.extend({
  story: z
    .object({
      id: z.string(),
      representative: z.boolean().describe('Whether this article represents its story'),
      siblings: z.array(StoryMemberViewSchema).describe('The other copies of the story'),
    })
    .optional()
    .describe('The story this article is a copy of, with its siblings'),
});

export const ArticleIdParamsSchema = z.object({ id: z.string().describe('Article id (32 hex characters)') });
export const ProvinceParamsSchema = z.object({ slug: SlugSchema });

export const HealthSchema = z.object({ status: z.literal('ok') });

export const ArticlePageSchema = z.object({
  items: z.array(ArticleRecordSchema),
  nextCursor: z.string().nullable(),
});

export const IngestionPageSchema = z.object({
  items: z.array(IngestionRecordSchema),
  nextCursor: z.string().nullable(),
});

const TotalsSchema = z.object({
  articles: z.number().int().nonnegative().describe('Articles, every copy of a story included'),
  stories: z
    .number()
    .int()
    .nonnegative()
    .describe('Stories: copies of one story (translations, re-publications) count once'),
  figures: z.number().int().nonnegative().describe("Figures of each story's representative"),
});

export const ProvinceListSchema = z.object({
  scheme: z.enum(['named', '2025']),
  provinces: z.array(TotalsSchema.extend({ slug: SlugSchema, name: z.string() })),
});

/** Months (YYYY-MM, inclusive) an answer covers; null: open. */
const PeriodSchema = z.object({ from: z.string().nullable(), to: z.string().nullable() });

/** The aggregate of one topic × unit in one province. */
const AggregateSchema = z.object({
  sum: z.number().describe('Sum of the figure values (exact decimal in storage)'),
  mean: z
    .number()
    .describe(
      'Mean of the figure values (sum / figures): the aggregate to read for rates (unit percent), whose sum means nothing',
    ),
  figures: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
});

const TopicUnitMetricSchema = z.object({ topic: TopicSchema, unit: UnitSchema, ...AggregateSchema.shape });

export const ProvinceMetricsSchema = z.object({
  scheme: z.enum(['named', '2025']),
  province: z.object({ slug: SlugSchema, name: z.string() }),
  period: PeriodSchema.optional().describe(
    'The months (YYYY-MM, inclusive; null: open) totals and metrics cover, when from/to or by=month',
  ),
  totals: TotalsSchema,
  metrics: z.array(TopicUnitMetricSchema),
  months: z
    .array(z.object({ month: z.string(), totals: TotalsSchema, metrics: z.array(TopicUnitMetricSchema) }))
    .optional()
    .describe('by=month: each month of the period with figures, oldest first'),
});

export const TopicUnitMetricsSchema = z.object({
  scheme: z.enum(['named', '2025']),
  topic: TopicSchema,
  unit: UnitSchema,
  period: PeriodSchema.optional().describe(
    'The months (YYYY-MM, inclusive; null: open) the sums cover, when from/to',
  ),
  provinces: z
    .array(z.object({ slug: SlugSchema, name: z.string(), ...AggregateSchema.shape }))
    .describe('Every province of the scheme with at least one figure of this topic and unit'),
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(['BAD_REQUEST', 'NOT_FOUND', 'TOO_LARGE', 'THROTTLED', 'INTERNAL']),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
