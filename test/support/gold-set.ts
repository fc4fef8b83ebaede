/**
 * One scored article set: its gold read from test/fixtures, each article extracted from its text directory,
 * the score and the per-file report. Shared by the seed, unseen and holdout acceptance tests.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { formatReport, GoldSchema, score, type Gold, type Score } from './gold-score.js';

const ROOT = new URL('../../', import.meta.url);

export interface ScoredSet {
  readonly gold: Gold;
  readonly records: readonly ExtractedArticle[];
  readonly score: Score;
  /** Every miss and extra, per file: the message of a failed threshold. */
  readonly report: string;
}

/** `goldFile` and `textDir` relative to the repository root. */
export function scoreSet(goldFile: string, textDir: string): ScoredSet {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(new URL(goldFile, ROOT), 'utf8')));
  const records = gold.articles.map((g) => {
    const result = extractArticle(readFileSync(new URL(`${textDir}/${g.file}`, ROOT)));
    if (!result.ok)
      throw new Error(`${g.file} rejected: ${result.rejection.reason} ${result.rejection.message}`);
    return result.article;
  });
  const s = score(gold.articles, records);
  return { gold, records, score: s, report: formatReport(s) };
}

/** Figures whose text is one of the spans the gold lists as not a figure (dates, identifiers...). */
export function listedNonFigures({ gold, records }: ScoredSet): string[] {
  return gold.articles.flatMap((g, i) =>
    records[i]!.figures.filter((f) =>
      g.not_figures.some(
        (nf) => nf.includes(f.text) && !g.figures.some((gf) => gf.evidence.includes(f.text)),
      ),
    ).map((f) => `${g.file}: «${f.text}»`),
  );
}
