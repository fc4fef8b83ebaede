/**
 * Pure: the export's other tables. One row per article (its date, province and story), one per story
 * (grouped from the articles' storyId; an article that names no story is a story of its own), one per
 * province × month × topic × unit of the metrics API's answer.
 */
import { z } from 'zod';
import { successorResolver } from '../metrics/contributions.js';
import type { ArticleRecord } from '../shared/records.js';
import { NATIONAL } from '../shared/provinces.js';
import type { ExportedArticle } from './rows.js';

export const ArticleRowSchema = z.object({
  articleId: z.string(),
  key: z.string(),
  language: z.string(),
  published: z.string(),
  dateSource: z.string(),
  title: z.string(),
  province: z.string().describe('Primary province as named; national when none'),
  provinceName: z.string(),
  unit2025: z.string(),
  figures: z.number().int(),
  topics: z.string().describe('Topics of the figures, ";"-separated'),
  storyId: z.string(),
  counts: z.boolean(),
});
export type ArticleRow = z.infer<typeof ArticleRowSchema>;
export const ARTICLE_COLUMNS = Object.keys(ArticleRowSchema.shape) as (keyof ArticleRow)[];

export type SummarizedArticle = ExportedArticle & Partial<Pick<ArticleRecord, 'title' | 'topics'>>;

export function articleRow(article: SummarizedArticle): ArticleRow {
  const primary = article.primaryProvince;
  return {
    articleId: article.id,
    key: article.key,
    language: article.language,
    published: article.published ?? '',
    dateSource: article.dateSource ?? '',
    title: article.title ?? '',
    province: primary?.slug ?? NATIONAL.slug,
    provinceName: primary?.name ?? NATIONAL.name,
    unit2025: successorResolver(article)(primary?.slug ?? NATIONAL.slug),
    figures: article.figures.length,
    topics: (article.topics ?? []).join(';'),
    storyId: article.storyId ?? '',
    counts: article.storyRepresentative !== false,
  };
}

export const StoryRowSchema = z.object({
  storyId: z.string().describe('Empty for an article that names no story (a story of its own)'),
  representativeId: z.string(),
  representativeKey: z.string(),
  published: z.string().describe("The representative's"),
  province: z.string().describe("The representative's primary province as named"),
  members: z.number().int(),
  languages: z.string().describe('Distinct languages of the members, ";"-separated'),
  memberIds: z.string().describe('";"-separated, sorted'),
});
export type StoryRow = z.infer<typeof StoryRowSchema>;
export const STORY_COLUMNS = Object.keys(StoryRowSchema.shape) as (keyof StoryRow)[];

/** Folds articles into stories; call rows() once every article was added. */
export class StoryFolder {
  private readonly stories = new Map<string, ArticleRow[]>();

  add(row: ArticleRow): void {
    const id = row.storyId || `article:${row.articleId}`;
    const members = this.stories.get(id) ?? [];
    members.push(row);
    this.stories.set(id, members);
  }

  rows(): StoryRow[] {
    return [...this.stories.values()]
      .map((members) => {
        members.sort((a, b) => a.articleId.localeCompare(b.articleId));
        const rep = members.find((m) => m.counts) ?? members[0]!;
        return {
          storyId: rep.storyId,
          representativeId: rep.articleId,
          representativeKey: rep.key,
          published: rep.published,
          province: rep.province,
          members: members.length,
          languages: [...new Set(members.map((m) => m.language))].sort().join(';'),
          memberIds: members.map((m) => m.articleId).join(';'),
        };
      })
      .sort(
        (a, b) =>
          a.published.localeCompare(b.published) || a.representativeId.localeCompare(b.representativeId),
      );
  }
}

export const MetricRowSchema = z.object({
  scheme: z.string(),
  province: z.string(),
  provinceName: z.string(),
  month: z.string().describe('YYYY-MM; empty for the whole period'),
  topic: z.string(),
  unit: z.string(),
  sum: z.number(),
  mean: z.number(),
  figures: z.number().int(),
  articles: z.number().int(),
});
export type MetricRow = z.infer<typeof MetricRowSchema>;
export const METRIC_COLUMNS = Object.keys(MetricRowSchema.shape) as (keyof MetricRow)[];

interface MetricsAnswer {
  readonly scheme: string;
  readonly province: { readonly slug: string; readonly name: string };
  readonly metrics: readonly Omit<MetricRow, 'scheme' | 'province' | 'provinceName' | 'month'>[];
  readonly months?: readonly {
    readonly month: string;
    readonly metrics: MetricsAnswer['metrics'];
  }[];
}

/** Rows of one GET /provinces/{slug}/metrics answer: month by month when it has months, else the period's. */
export function metricRows(answer: MetricsAnswer, topic?: string): MetricRow[] {
  const groups = answer.months ?? [{ month: '', metrics: answer.metrics }];
  return groups.flatMap((g) =>
    g.metrics
      .filter((m) => !topic || m.topic === topic)
      .map((m) => ({
        scheme: answer.scheme,
        province: answer.province.slug,
        provinceName: answer.province.name,
        month: g.month,
        topic: m.topic,
        unit: m.unit,
        sum: m.sum,
        mean: m.mean,
        figures: m.figures,
        articles: m.articles,
      })),
  );
}
