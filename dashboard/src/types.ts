/** The API's answers as the dashboard reads them, derived from the API's own zod schemas. */
import type { z } from 'zod';
import type {
  ArticlePageSchema,
  IngestionPageSchema,
  ProvinceListSchema,
  ProvinceMetricsSchema,
  TopicUnitMetricsSchema,
} from '../../lambdas/api/schemas.js';
import type { ArticleRecordSchema } from '../../lambdas/shared/records.js';

export type ArticleRecord = z.infer<typeof ArticleRecordSchema> & {
  /** Present once stories are in the pipeline (issue 10). */
  storyId?: string;
  published?: string;
};
export type ArticlePage = Omit<z.infer<typeof ArticlePageSchema>, 'items'> & { items: ArticleRecord[] };
export type ProvinceList = z.infer<typeof ProvinceListSchema>;
export type ProvinceMetrics = z.infer<typeof ProvinceMetricsSchema>;
export type TopicUnitMetrics = z.infer<typeof TopicUnitMetricsSchema>;
export type IngestionPage = z.infer<typeof IngestionPageSchema>;
export type Scheme = ProvinceList['scheme'];
