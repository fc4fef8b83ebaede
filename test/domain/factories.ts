import type { Figure, ProvinceRef } from '../../lambdas/shared/article.js';
import type { ContributingArticle } from '../../lambdas/metrics/contributions.js';

export const ref = (slug: string, successor = slug): ProvinceRef => ({
  name: slug,
  slug,
  successor: { name: successor, slug: successor },
});

export const figure = (overrides: Partial<Figure> = {}): Figure => ({
  value: 1,
  unit: 'person',
  topic: 'crime',
  text: 'one person',
  start: 0,
  approximate: false,
  target: false,
  province: null,
  ...overrides,
});

export const article = (overrides: Partial<ContributingArticle> = {}): ContributingArticle => ({
  id: 'a'.repeat(32),
  version: 1,
  language: 'fr',
  primaryProvince: ref('alpha-province', 'omega-province'),
  provinces: [],
  localities: [],
  figures: [],
  ...overrides,
});
