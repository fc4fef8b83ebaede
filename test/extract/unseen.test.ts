/**
 * Acceptance on unseen articles: ten fixtures written for the purpose (other provinces, all ten languages,
 * other crime topics), never read by the engine or its lexicons. They measure how the engine generalizes
 * beyond the seeds; the thresholds sit a margin below the measured scores so a regression fails while
 * the known gaps (see the per-file report) do not. On failure the message lists every miss and extra.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { formatReport, GoldSchema, score } from '../support/gold-score.js';

const root = new URL('../../', import.meta.url);
const gold = GoldSchema.parse(
  JSON.parse(readFileSync(new URL('test/fixtures/unseen.gold.json', root), 'utf8')),
);

function extractFixture(file: string): ExtractedArticle {
  const result = extractArticle(readFileSync(new URL(`test/fixtures/unseen/${file}`, root)));
  if (!result.ok) throw new Error(`${file} rejected: ${result.rejection.reason} ${result.rejection.message}`);
  return result.article;
}

describe('Acceptance: extraction of unseen articles against gold', () => {
  const records = gold.articles.map((g) => extractFixture(g.file));
  const s = score(gold.articles, records);
  const report = formatReport(s);

  it('covers every supported language', () => {
    // Prepare
    const languages = new Set(gold.articles.map((g) => g.language));

    // Act
    const covered = ['fr', 'pl', 'en', 'de', 'es', 'it', 'cs', 'pt', 'nl', 'vi'].filter((l) =>
      languages.has(l),
    );

    // Assess
    expect(covered).toHaveLength(10);
  });

  it.each([
    ['language', s.language, 1],
    ['primary province', s.primary, 0.9],
    ['people recall', s.peopleRecall, 1],
    ['rank accuracy', s.rankAccuracy, 0.95],
    ['figure recall', s.figureRecall, 0.95],
    ['figure precision', s.figurePrecision, 0.95],
    ['topic accuracy', s.topicAccuracy, 0.9],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, phone numbers... per file.
    const offenders = gold.articles.flatMap((g, i) =>
      records[i]!.figures.filter((f) =>
        g.not_figures.some(
          (nf) => nf.includes(f.text) && !g.figures.some((gf) => gf.evidence.includes(f.text)),
        ),
      ).map((f) => `${g.file}: «${f.text}»`),
    );
    // Assess
    expect(offenders).toEqual([]);
  });
});
