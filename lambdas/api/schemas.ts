/**
 * Request parameters and response bodies of the API, as zod schemas: the handler validates with them and
 * the OpenAPI document is generated from them (openapi.ts), so the two cannot drift.
 */
import { z } from 'zod';
import { SlugSchema } from '../shared/article.js';
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
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type ArticlesQuery = z.infer<typeof ArticlesQuerySchema>;

export const SchemeQuerySchema = z.strictObject({ scheme: SchemeSchema });

export const TopicUnitQuerySchema = z.strictObject({
  scheme: SchemeSchema,
  topic: TopicSchema,
  unit: UnitSchema,
});
export type TopicUnitQuery = z.infer<typeof TopicUnitQuerySchema>;

export const IngestionsQuerySchema = z.strictObject({
  status: IngestionStatusSchema.optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type IngestionsQuery = z.infer<typeof IngestionsQuerySchema>;

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
  articles: z.number().int().nonnegative(),
  figures: z.number().int().nonnegative(),
});

export const ProvinceListSchema = z.object({
  scheme: z.enum(['named', '2025']),
  provinces: z.array(TotalsSchema.extend({ slug: SlugSchema, name: z.string() })),
});

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
});

export const ProvinceMetricsSchema = z.object({
  scheme: z.enum(['named', '2025']),
  province: z.object({ slug: SlugSchema, name: z.string() }),
  totals: TotalsSchema,
  metrics: z.array(z.object({ topic: TopicSchema, unit: UnitSchema, ...AggregateSchema.shape })),
});

export const TopicUnitMetricsSchema = z.object({
  scheme: z.enum(['named', '2025']),
  topic: TopicSchema,
  unit: UnitSchema,
  provinces: z
    .array(z.object({ slug: SlugSchema, name: z.string(), ...AggregateSchema.shape }))
    .describe('Every province of the scheme with at least one figure of this topic and unit'),
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(['BAD_REQUEST', 'NOT_FOUND', 'INTERNAL']),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
