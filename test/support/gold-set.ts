/**
 * One scored article set: its gold read from test/fixtures, each article extracted from its text directory,
 * the score and the per-file report. Shared by the seed, invented and real-article acceptance tests.
 */
import { readFileSync } from 'node:fs';
import { decodeText } from '../../lambdas/extract/decode/index.js';
import { extractArticle, type ExtractOptions } from '../../lambdas/extract/index.js';
import { parseStructure } from '../../lambdas/extract/structure/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { formatReport, GoldSchema, score, type Gold, type Score } from './gold-score.js';

const ROOT = new URL('../../', import.meta.url);

export interface ScoredSet {
  readonly gold: Gold;
  readonly records: readonly ExtractedArticle[];
  /** Each article's normalized body, the text a figure's `start` counts in. */
  readonly bodies: readonly string[];
  readonly score: Score;
  /** Every miss and extra, per file: the message of a failed threshold. */
  readonly report: string;
}

/** `goldFile` and `textDir` relative to the repository root; `opts` as the engine takes them. */
export function scoreSet(goldFile: string, textDir: string, opts: ExtractOptions = {}): ScoredSet {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(new URL(goldFile, ROOT), 'utf8')));
  const bodies: string[] = [];
  const records = gold.articles.map((g) => {
    const bytes = readFileSync(new URL(`${textDir}/${g.file}`, ROOT));
    const result = extractArticle(bytes, opts);
    if (!result.ok)
      throw new Error(`${g.file} rejected: ${result.rejection.reason} ${result.rejection.message}`);
    const decoded = decodeText(bytes, { maxBytes: bytes.length + 1 });
    bodies.push(decoded.ok ? parseStructure(decoded.text).body : '');
    return result.article;
  });
  const s = score(gold.articles, records);
  return { gold, records, bodies, score: s, report: formatReport(s) };
}

/**
 * Figures read inside a span the gold lists as not a figure (dates, identifiers...), by position: the figure's
 * start lies inside an occurrence of that span in the body. An output is excused only when it is a gold
 * figure's own reading: matched to that gold figure (value and unit) and read from inside an occurrence of its
 * evidence. Merely sharing a substring with a listed span or with some evidence ("5" of "5 tháng" while the
 * figure was read elsewhere) neither flags nor excuses. A span the body does not hold as written (a caption, a
 * dash the normalizer changed) falls back to the text test: the figure's text inside the span.
 */
export function listedNonFigures({ gold, records, bodies, score: s }: ScoredSet): string[] {
  return gold.articles.flatMap((g, i) => {
    const matches = s.files[i]!.matches;
    const body = bodies[i]!;
    return records[i]!.figures.filter((f, j) => {
      if (!g.not_figures.some((nf) => inside(f, nf, body))) return false;
      const own = matches.get(j);
      return own === undefined || !inside(f, g.figures[own]!.evidence, body);
    }).map((f) => `${g.file}: «${f.text}»`);
  });
}

/** Whether figure `f` was read inside an occurrence of `span` in `body` (see listedNonFigures). */
function inside(f: { text: string; start: number }, span: string, body: string): boolean {
  let at = body.indexOf(span);
  if (at < 0) return span.includes(f.text);
  for (; at >= 0; at = body.indexOf(span, at + 1)) {
    if (f.start >= at && f.start + f.text.length <= at + span.length) return true;
  }
  return false;
}

/** The same set restricted to the articles `keep` accepts (a language group, one language). */
export function subset(set: ScoredSet, keep: (article: Gold['articles'][number]) => boolean): ScoredSet {
  const idx = set.gold.articles.flatMap((g, i) => (keep(g) ? [i] : []));
  const gold = { ...set.gold, articles: idx.map((i) => set.gold.articles[i]!) };
  const records = idx.map((i) => set.records[i]!);
  const bodies = idx.map((i) => set.bodies[i]!);
  const s = score(gold.articles, records);
  return { gold, records, bodies, score: s, report: formatReport(s) };
}
