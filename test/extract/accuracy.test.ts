/**
 * Acceptance: the engine against the gold annotations of the five seed articles. The gold is only read here,
 * never by the engine. On failure the message lists every miss and every extra, per file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { formatReport, GoldSchema, score } from '../support/gold-score.js';

const root = new URL('../../', import.meta.url);
const gold = GoldSchema.parse(
  JSON.parse(readFileSync(new URL('test/fixtures/seeds.gold.json', root), 'utf8')),
);

function extractSeed(file: string): ExtractedArticle {
  const result = extractArticle(readFileSync(new URL(`seeds/${file}`, root)));
  if (!result.ok) throw new Error(`${file} rejected: ${result.rejection.reason} ${result.rejection.message}`);
  return result.article;
}

describe('Acceptance: extraction of the seed articles against gold', () => {
  const records = gold.articles.map((g) => extractSeed(g.file));
  const s = score(gold.articles, records);
  const report = formatReport(s);

  it.each([
    ['figure recall', s.figureRecall, 0.95],
    ['figure precision', s.figurePrecision, 0.9],
    ['primary province', s.primary, 1],
    ['language', s.language, 1],
    ['people recall', s.peopleRecall, 1],
    ['rank accuracy', s.rankAccuracy, 1],
    ['topic accuracy', s.topicAccuracy, 0.8],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, ordinals... per file.
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
