/**
 * Pure: the Metrics table recomputed from the article records (with the metrics function's own
 * contributions()), against what the table holds: counters that differ, and article guards that do not
 * reflect the stored article.
 */
import { contributions, itemId } from '../metrics/contributions.js';
import type { Contribution, ContributingArticle, Counters } from '../metrics/contributions.js';
import * as D from '../shared/decimal.js';
import type { AppliedVersion, MetricsKey } from '../shared/records.js';

export interface MetricsItem {
  readonly key: MetricsKey;
  readonly counters: Counters;
}

export interface GuardFinding {
  readonly articleId: string;
  /** The state the stored article implies (absent article: removed, or never applied). */
  readonly expected: AppliedVersion | undefined;
  readonly actual: AppliedVersion | undefined;
}

export interface MetricsComparison {
  /** expected − actual, per item and counter (only non-zero differences). */
  readonly counterDiffs: Contribution[];
  readonly guards: GuardFinding[];
}

export function expectedCounters(articles: readonly ContributingArticle[]): Map<string, MetricsItem> {
  const out = new Map<string, { key: MetricsKey; counters: Counters }>();
  for (const article of articles) {
    for (const [id, item] of contributions(article)) {
      let sum = out.get(id);
      if (!sum) out.set(id, (sum = { key: item.key, counters: {} }));
      for (const [name, value] of Object.entries(item.counters))
        sum.counters[name] = D.add(sum.counters[name] ?? D.ZERO, value);
    }
  }
  return out;
}

export function compareMetrics(input: {
  readonly articles: readonly ContributingArticle[];
  readonly items: readonly MetricsItem[];
  readonly guards: ReadonlyMap<string, AppliedVersion>;
  /** Highest version the ledger ever wrote per article id: the version a removal is applied at. */
  readonly lastVersions?: ReadonlyMap<string, number>;
}): MetricsComparison {
  const expected = expectedCounters(input.articles);
  const actual = new Map(input.items.map((item) => [itemId(item.key), item] as const));
  const counterDiffs: Contribution[] = [];
  for (const id of [...new Set([...expected.keys(), ...actual.keys()])].sort()) {
    const e = expected.get(id);
    const a = actual.get(id);
    const counters: Counters = {};
    for (const name of new Set([...Object.keys(e?.counters ?? {}), ...Object.keys(a?.counters ?? {})])) {
      const d = D.add(e?.counters[name] ?? D.ZERO, D.negate(a?.counters[name] ?? D.ZERO));
      if (!D.isZero(d)) counters[name] = d;
    }
    if (Object.keys(counters).length > 0) counterDiffs.push({ key: (e ?? a)!.key, counters });
  }
  const guards: GuardFinding[] = [];
  const versions = new Map(input.articles.map((a) => [a.id, a.version] as const));
  for (const articleId of new Set([...versions.keys(), ...input.guards.keys()])) {
    const version = versions.get(articleId);
    const actualGuard = input.guards.get(articleId);
    if (version !== undefined) {
      if (!actualGuard || !actualGuard.present || actualGuard.version !== version)
        guards.push({ articleId, expected: { version, present: true }, actual: actualGuard });
    } else if (actualGuard?.present) {
      const version = Math.max(actualGuard.version, input.lastVersions?.get(articleId) ?? 0);
      guards.push({ articleId, expected: { version, present: false }, actual: actualGuard });
    }
  }
  return { counterDiffs, guards };
}
