/**
 * One scored article set: its gold read from test/fixtures, each article extracted from its text directory,
 * the score and the per-file report. Shared by the seed, invented and real-article acceptance tests.
 */
import { readFileSync } from 'node:fs';
import { extractArticle, type ExtractOptions } from '../../lambdas/extract/index.js';
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

/** `goldFile` and `textDir` relative to the repository root; `opts` as the engine takes them. */
export function scoreSet(goldFile: string, textDir: string, opts: ExtractOptions = {}): ScoredSet {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(new URL(goldFile, ROOT), 'utf8')));
  const records = gold.articles.map((g) => {
    const result = extractArticle(readFileSync(new URL(`${textDir}/${g.file}`, ROOT)), opts);
    if (!result.ok)
      throw new Error(`${g.file} rejected: ${result.rejection.reason} ${result.rejection.message}`);
    return result.article;
  });
  const s = score(gold.articles, records);
  return { gold, records, score: s, report: formatReport(s) };
}

/**
 * Figures read inside a span the gold lists as not a figure (dates, identifiers...). An output is excused only
 * when it is a gold figure's own reading: matched to that gold figure (value and unit) and read from its
 * evidence. Merely sharing a substring with some gold evidence ("5" of "5 tháng") excuses nothing.
 */
export function listedNonFigures({ gold, records, score: s }: ScoredSet): string[] {
  return gold.articles.flatMap((g, i) => {
    const matches = s.files[i]!.matches;
    return records[i]!.figures.filter((f, j) => {
      if (!g.not_figures.some((nf) => nf.includes(f.text))) return false;
      const own = matches.get(j);
      return own === undefined || !g.figures[own]!.evidence.includes(f.text);
    }).map((f) => `${g.file}: «${f.text}»`);
  });
}

/** The same set restricted to the articles `keep` accepts (a language group, one language). */
export function subset(set: ScoredSet, keep: (article: Gold['articles'][number]) => boolean): ScoredSet {
  const idx = set.gold.articles.flatMap((g, i) => (keep(g) ? [i] : []));
  const gold = { ...set.gold, articles: idx.map((i) => set.gold.articles[i]!) };
  const records = idx.map((i) => set.records[i]!);
  const s = score(gold.articles, records);
  return { gold, records, score: s, report: formatReport(s) };
}
