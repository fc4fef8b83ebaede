import { z } from 'zod';
import { LanguageCodeSchema, TopicSchema, UnitSchema } from './vocabulary.js';

/** Slugs are lower-case ASCII words joined by '-', e.g. "quang-ninh". */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ascii slug');

export const ProvinceNameSchema = z.object({
  name: z.string().min(1).describe('Official name with diacritics, e.g. "Quảng Ninh"'),
  slug: SlugSchema,
});

/**
 * A province as the article names it (possibly one of the 63 pre-2025 units) with the unit it belongs to
 * since the 2025-07-01 merger (Resolution 202/2025/QH15). For an unmerged province successor equals itself.
 */
export const ProvinceRefSchema = ProvinceNameSchema.extend({
  successor: ProvinceNameSchema,
});

export const LocalitySchema = z.object({
  name: z.string().min(1).describe('Name as in the gazetteer, with diacritics'),
  slug: SlugSchema,
  kind: z.enum(['district', 'town', 'city', 'commune', 'ward', 'township', 'locality']),
  province: ProvinceRefSchema,
});

export const PersonSchema = z.object({
  name: z.string().min(1),
  rank: z.string().nullable().describe('English lower-case rank, e.g. "lieutenant-colonel"; null if none'),
  role: z.string().nullable().describe('Role text as written near the name; null if none'),
});

export const FigureSchema = z.object({
  value: z.number().finite(),
  unit: UnitSchema,
  topic: TopicSchema,
  text: z.string().min(1).describe('Exact source span the figure was read from'),
  start: z.number().int().nonnegative().describe('Offset of text in the normalized body'),
  approximate: z.boolean().describe('"about", "more than", "près de"...'),
  target: z.boolean().describe('A goal or plan rather than an achieved result'),
  province: SlugSchema.nullable().describe('Province the figure is about when its sentence names one'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code')
    .optional()
    .describe(
      'ISO 4217 code of a sum of money: "VND" on every `vnd` figure; another code ("USD", "EUR") on an amount in a foreign currency, whose unit is `other` and value the amount in that currency',
    ),
});

export const SectionSchema = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});

/** The dateline or first date the text writes (lambdas/extract/dates/); the year only when written. */
export const TextDateSchema = z.object({
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  year: z.number().int().min(1900).max(2100).nullable(),
  text: z.string().min(1).describe('Exact source span the date was read from'),
  start: z.number().int().nonnegative().describe('Offset of text in the normalized body'),
});

export const EncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-2']);

/** What the pure extraction engine produces from one file. */
export const ExtractedArticleSchema = z.object({
  language: LanguageCodeSchema,
  title: z.string(),
  sections: z.array(SectionSchema),
  captions: z.array(z.string()),
  encoding: EncodingSchema,
  contentHash: z.string().regex(/^[a-f0-9]{64}$/, 'sha-256 hex of the normalized text'),
  wordCount: z.number().int().nonnegative(),
  primaryProvince: ProvinceRefSchema.nullable(),
  provinces: z.array(ProvinceRefSchema),
  localities: z.array(LocalitySchema),
  people: z.array(PersonSchema),
  figures: z.array(FigureSchema),
  textDate: TextDateSchema.nullable()
    .optional()
    .describe(
      'First date in the text; null when it writes none (absent in records written before it existed)',
    ),
});

export const RejectionReasonSchema = z.enum([
  'EMPTY',
  'TOO_LARGE',
  'BINARY',
  'UNDECODABLE',
  'NO_TEXT',
  'TOO_SHORT',
]);

export const RejectionSchema = z.object({
  reason: RejectionReasonSchema,
  message: z.string().min(1),
});

export type ProvinceName = z.infer<typeof ProvinceNameSchema>;
export type ProvinceRef = z.infer<typeof ProvinceRefSchema>;
export type Locality = z.infer<typeof LocalitySchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type TextDate = z.infer<typeof TextDateSchema>;
export type Encoding = z.infer<typeof EncodingSchema>;
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;
export type Rejection = z.infer<typeof RejectionSchema>;

/** Errors as values at the engine boundary: a bad file is an answer, not an exception. */
export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; rejection: Rejection };
