/**
 * Pure core of the metrics function: what one article adds to the Metrics table, and the difference
 * between two versions of an article. See lambdas/shared/records.ts for the table layout.
 */
import { z } from 'zod';
import { FigureSchema, LocalitySchema, ProvinceRefSchema } from '../shared/article.js';
import * as D from '../shared/decimal.js';
import { NATIONAL, SCHEMES, successorOf } from '../shared/provinces.js';
import { IsoDateSchema } from '../shared/published.js';
import {
  languageKey,
  monthTopicUnitKey,
  monthTotalKey,
  provinceListKey,
  provinceTotalKey,
  topicUnitKey,
  type MetricsKey,
} from '../shared/records.js';

/** The part of an article record the metrics depend on (stream images carry the whole record). */
export const ContributingArticleSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  language: z.string().min(1),
  primaryProvince: ProvinceRefSchema.nullable(),
  provinces: z.array(ProvinceRefSchema).default([]),
  localities: z.array(LocalitySchema).default([]),
  /** Absent on records written before dates existed: they count in the all-time items only. */
  published: IsoDateSchema.optional(),
  // Stream images unmarshal integers beyond 2^53 as bigint; both are summed exactly.
  figures: z.array(FigureSchema.extend({ value: z.union([z.number().finite(), z.bigint()]) })),
  /** false: a copy of a story whose representative is another article (absent in older records: counts). */
  storyRepresentative: z.boolean().optional(),
});
export type ContributingArticle = z.infer<typeof ContributingArticleSchema>;

/** Counter name → exact value, for one Metrics item. */
export type Counters = Record<string, D.Decimal>;
export interface Contribution {
  readonly key: MetricsKey;
  readonly counters: Counters;
}

const ONE = D.parse('1');

/** Items and counters one article adds to the Metrics table, keyed by `${pk}\u0000${sk}`. */
export function contributions(article: ContributingArticle): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  const bump = (key: MetricsKey, counter: string, by: D.Decimal) => {
    const id = itemId(key);
    let item = out.get(id);
    if (!item) out.set(id, (item = { key, counters: {} }));
    item.counters[counter] = D.add(item.counters[counter] ?? D.ZERO, by);
  };
  const successor = successorResolver(article);
  const primary = article.primaryProvince?.slug ?? NATIONAL.slug;
  // A story counts once: a copy adds itself to `articles`, and its figures and a story only if it represents
  // its story. When the representative changes, both records change version, and their deltas move the
  // figures from one copy to the other.
  const counts = article.storyRepresentative !== false;
  // The month the article counts in: a changed `published` moves every one of its figures, exactly.
  const month = article.published?.slice(0, 7);

  for (const scheme of SCHEMES) {
    const inScheme = (slug: string) => (scheme === 'named' ? slug : successor(slug));
    const provinces = new Set<string>([inScheme(primary)]);
    const topicUnits = new Map<string, MetricsKey>();
    for (const figure of article.figures) {
      const slug = inScheme(figure.province ?? primary);
      provinces.add(slug);
      const tu = topicUnitKey(scheme, slug, figure.topic, figure.unit);
      topicUnits.set(itemId(tu), tu);
      const mtu = month ? monthTopicUnitKey(scheme, slug, month, figure.topic, figure.unit) : undefined;
      if (mtu) topicUnits.set(itemId(mtu), mtu);
      if (!counts) continue;
      bump(provinceTotalKey(scheme, slug), 'figures', ONE);
      bump(provinceListKey(scheme, slug), 'figures', ONE);
      bump(tu, 'sum', D.parse(String(figure.value)));
      bump(tu, 'figures', ONE);
      if (month && mtu) {
        bump(monthTotalKey(scheme, slug, month), 'figures', ONE);
        bump(mtu, 'sum', D.parse(String(figure.value)));
        bump(mtu, 'figures', ONE);
      }
    }
    const once = (key: MetricsKey) => {
      bump(key, 'articles', ONE);
      if (counts) bump(key, 'stories', ONE);
    };
    for (const slug of provinces) {
      once(provinceTotalKey(scheme, slug));
      once(provinceListKey(scheme, slug));
      if (month) once(monthTotalKey(scheme, slug, month));
    }
    for (const key of topicUnits.values()) once(key);
  }
  bump(languageKey(article.language), 'articles', ONE);
  return out;
}

/**
 * new − old, item by item; items and counters whose difference is zero are dropped. Sorted by key so
 * the same change always splits into the same transaction chunks.
 */
export function delta(
  oldArticle: ContributingArticle | undefined,
  newArticle: ContributingArticle | undefined,
): Contribution[] {
  const before = oldArticle ? contributions(oldArticle) : new Map<string, Contribution>();
  const after = newArticle ? contributions(newArticle) : new Map<string, Contribution>();
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: Contribution[] = [];
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    const key = (a ?? b)!.key;
    const counters: Counters = {};
    for (const name of new Set([...Object.keys(b?.counters ?? {}), ...Object.keys(a?.counters ?? {})])) {
      const d = D.add(a?.counters[name] ?? D.ZERO, D.negate(b?.counters[name] ?? D.ZERO));
      if (!D.isZero(d)) counters[name] = d;
    }
    if (Object.keys(counters).length > 0) out.push({ key, counters });
  }
  return out;
}

export function itemId(key: MetricsKey): string {
  return `${key.pk}\u0000${key.sk}`;
}

/** The 2025 unit of a province as named: the article's own ProvinceRefs first, then the directory. */
export function successorResolver(
  article: Pick<ContributingArticle, 'primaryProvince' | 'provinces' | 'localities'>,
): (slug: string) => string {
  const known = new Map<string, string>();
  const refs = [article.primaryProvince, ...article.provinces, ...article.localities.map((l) => l.province)];
  for (const ref of refs) if (ref) known.set(ref.slug, ref.successor.slug);
  return (slug) => known.get(slug) ?? successorOf(slug)?.slug ?? slug;
}
