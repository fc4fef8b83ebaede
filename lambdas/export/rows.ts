/**
 * Pure: the export's rows. One row per figure of an article, with its provenance (article, key, language,
 * date, story) and its province both as the article names it and as the 2025 unit it belongs to, attributed
 * exactly as the metrics attribute it (figure.province, else the article's primary province, else national),
 * so that the rows of a province that count sum to its metrics.
 */
import { z } from 'zod';
import type { ArticleRecord } from '../shared/records.js';
import { successorResolver } from '../metrics/contributions.js';
import { inPeriod, type Period } from '../shared/period.js';
import { NATIONAL, provinceName, type Scheme } from '../shared/provinces.js';
import type { Topic } from '../shared/vocabulary.js';

export const FigureRowSchema = z.object({
  articleId: z.string(),
  key: z.string(),
  language: z.string(),
  published: z.string().describe('YYYY-MM-DD; empty for a record written before dates'),
  dateSource: z.string(),
  storyId: z.string().describe('Empty when the record names no story'),
  counts: z.boolean().describe('Whether the figure counts in the metrics (its article represents its story)'),
  province: z.string().describe('Province slug as the article names it'),
  provinceName: z.string(),
  unit2025: z.string().describe('Slug of the 2025 unit the province belongs to'),
  unit2025Name: z.string(),
  topic: z.string(),
  unit: z.string(),
  value: z.number(),
  currency: z.string(),
  approximate: z.boolean(),
  target: z.boolean(),
  text: z.string().describe('Source span the figure was read from'),
  start: z.number().int().describe('Offset of text in the normalized body'),
});
export type FigureRow = z.infer<typeof FigureRowSchema>;
/** Column order of the CSV: the schema's. */
export const FIGURE_COLUMNS = Object.keys(FigureRowSchema.shape) as (keyof FigureRow)[];

export interface RowFilter {
  readonly province?: string;
  /** Which name `province` is: as the article names it (default) or the 2025 unit. */
  readonly scheme?: Scheme;
  readonly topic?: Topic;
  readonly period?: Period;
}

/** The fields of a record the rows read; stories' fields are optional (absent before stories existed). */
export type ExportedArticle = Pick<
  ArticleRecord,
  'id' | 'key' | 'language' | 'primaryProvince' | 'provinces' | 'localities' | 'figures'
> &
  Partial<Pick<ArticleRecord, 'published' | 'dateSource'>> & {
    readonly storyId?: string;
    readonly storyRepresentative?: boolean;
  };

export function figureRows(article: ExportedArticle, filter: RowFilter = {}): FigureRow[] {
  if (filter.period && !inPeriod(article.published, filter.period)) return [];
  const successor = successorResolver(article);
  const names = new Map<string, string>();
  const refs = [article.primaryProvince, ...article.provinces, ...article.localities.map((l) => l.province)];
  for (const ref of refs) {
    if (!ref) continue;
    names.set(ref.slug, ref.name);
    names.set(ref.successor.slug, ref.successor.name);
  }
  const nameOf = (slug: string) => names.get(slug) ?? provinceName(slug)?.name ?? slug;
  const primary = article.primaryProvince?.slug ?? NATIONAL.slug;
  const rows: FigureRow[] = [];
  for (const figure of article.figures) {
    const province = figure.province ?? primary;
    const unit2025 = successor(province);
    if (filter.topic && figure.topic !== filter.topic) continue;
    if (filter.province && filter.province !== (filter.scheme === '2025' ? unit2025 : province)) continue;
    rows.push({
      articleId: article.id,
      key: article.key,
      language: article.language,
      published: article.published ?? '',
      dateSource: article.dateSource ?? '',
      storyId: article.storyId ?? '',
      counts: article.storyRepresentative !== false,
      province,
      provinceName: nameOf(province),
      unit2025,
      unit2025Name: nameOf(unit2025),
      topic: figure.topic,
      unit: figure.unit,
      value: figure.value,
      currency: figure.currency ?? '',
      approximate: figure.approximate,
      target: figure.target,
      text: figure.text,
      start: figure.start,
    });
  }
  return rows;
}
