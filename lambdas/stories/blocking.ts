/**
 * Blocking: the few index keys under which an article is written so that its possible copies are found by
 * Query, never by a scan. Two copies of a story share at least one of:
 *   L#<locality>    a district or commune (province-qualified slug), read within a date window. Not the
 *                   province: at 10 million articles a big province has hundreds of articles a day, a district
 *                   a handful (README.md, cost);
 *   N#<name>        a person's folded name;
 *   F#<value>       one of its most specific figure values (weight ≥ 2: 10 or more, or not an integer), without
 *                   the unit, which the engine cannot always name in every language.
 * The index item's sort key is `D#<published>#<articleId>` for an article whose day is known and `U#<articleId>`
 * for one whose day is not (an upload date, or a text date whose year was guessed). A dated article reads the
 * D# part of each key only within ±dateMaxDays of its day (the similarity's own date gate: nothing outside
 * could join anyway) and the U# part of its N# and F# keys whole; an undated one reads its N# and F# keys
 * whole and not L# (a place without a day is too broad). Either way the newer of two copies finds the older.
 */
import type { StoryEvidence } from './evidence.js';
import {
  dayNumber,
  DEFAULT_PARAMS,
  figureWeight,
  SPECIFIC_WEIGHT,
  type SimilarityParams,
} from './similarity.js';

export const MAX_LOCALITY_KEYS = 3;
export const MAX_NAME_KEYS = 6;
export const MAX_FIGURE_KEYS = 6;

export function blockingKeys(e: StoryEvidence): string[] {
  const figures = [...new Set(e.figures.map((f) => f.value))]
    .filter((v) => figureWeight(v) >= SPECIFIC_WEIGHT)
    .sort((x, y) => figureWeight(y) - figureWeight(x) || x - y)
    .slice(0, MAX_FIGURE_KEYS);
  return [
    ...e.localities.slice(0, MAX_LOCALITY_KEYS).map((l) => `L#${l}`),
    ...e.people.slice(0, MAX_NAME_KEYS).map((n) => `N#${n}`),
    ...figures.map((v) => `F#${v}`),
  ];
}

/** Sort key of an article's index items: ordered by day, unique per article. */
export function blockingSortKey(e: StoryEvidence): string {
  return isDated(e) ? `D#${e.published}#${e.id}` : `U#${e.id}`;
}

function isDated(e: StoryEvidence): boolean {
  return e.datePrecision === 'day';
}

export interface CandidateQuery {
  readonly key: string;
  /** Inclusive bounds on the sort key; absent: the whole key. */
  readonly from?: string;
  readonly to?: string;
}

/** The Queries that find an article's candidates: one per blocking key, windowed when its day is known. */
export function candidateQueries(
  e: StoryEvidence,
  params: SimilarityParams = DEFAULT_PARAMS,
): CandidateQuery[] {
  const keys = blockingKeys(e);
  if (!isDated(e)) return keys.filter((key) => !key.startsWith('L#')).map((key) => ({ key }));
  const day = dayNumber(e.published);
  const window = {
    from: `D#${isoOf(day - params.dateMaxDays)}`,
    to: `D#${isoOf(day + params.dateMaxDays)}#\uffff`,
  };
  const undated = { from: 'U#', to: 'U#\uffff' };
  return keys.flatMap((key) =>
    key.startsWith('L#')
      ? [{ key, ...window }]
      : [
          { key, ...window },
          { key, ...undated },
        ],
  );
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The index in memory, with the semantics of the DynamoDB one (key → items sorted by sort key, range reads):
 * what the measurements and tests run, and the reference the integration's Query code must agree with.
 */
export class BlockIndex {
  private readonly items = new Map<string, { sk: string; id: string }[]>();
  private writes = 0;
  private reads = 0;

  add(e: StoryEvidence): void {
    const sk = blockingSortKey(e);
    for (const key of blockingKeys(e)) {
      const list = this.items.get(key) ?? this.items.set(key, []).get(key)!;
      list.push({ sk, id: e.id });
      list.sort((x, y) => (x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0));
      this.writes++;
    }
  }

  /** Ids of the indexed articles that share a windowed key with e (e itself excluded), sorted. */
  candidates(e: StoryEvidence, params: SimilarityParams = DEFAULT_PARAMS): string[] {
    const out = new Set<string>();
    for (const q of candidateQueries(e, params)) {
      for (const item of this.items.get(q.key) ?? []) {
        if ((q.from !== undefined && item.sk < q.from) || (q.to !== undefined && item.sk > q.to)) continue;
        this.reads++;
        if (item.id !== e.id) out.add(item.id);
      }
    }
    return [...out].sort();
  }

  /** Index items written and read so far: what the cost analysis counts. */
  stats(): { writes: number; itemsRead: number; keys: number } {
    return { writes: this.writes, itemsRead: this.reads, keys: this.items.size };
  }
}
