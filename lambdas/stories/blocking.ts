/**
 * Blocking: the few index keys under which an article is written so that its possible copies are found by
 * Query, never by a scan. Two copies of a story share at least one of:
 *   L#<locality>    a district or commune (province-qualified slug), read within a date window (a district
 *                   has a handful of articles a day, a big province hundreds: README.md, cost);
 *   N#<name>        a person's folded name;
 *   F#<value>       one of its most specific figure values (weight ≥ 2: 10 or more, or not an integer), without
 *                   the unit, which the engine cannot always name in every language; since session 21 also
 *                   a few of the numbers its text writes (the similarity's text match: one copy keeps a
 *                   number as a figure, the other only writes it).
 * The index item's sort key says how the article is dated (the similarity's date gate, similarity.ts):
 *   D#<published>#<id>  its day is known (metadata, key, a text date with its year);
 *   M#<MM-DD>#<YYYY>#<id>  only its day and month are (a text date whose year was guessed): the gate
 *                       compares such a date by day of the year, whatever the year, so the index must too (the
 *                       guessed year follows, for the province key's filter; `M#<MM-DD>#<id>` before);
 *   U#<upload day>#<id> neither (an upload date: when we got the file, not when it was written).
 * A dated article reads each key's D# part within ±dateMaxDays of its day (nothing outside could join), the
 * M# part within ±dateMaxDays of its day of the year, and the U# part of its N# and F# keys whole. A day-month
 * article reads the M# part of its L# keys within the window and its N# and F# keys whole. An undated one reads
 * its N# and F# keys whole, and its L# keys' U# part within ±dateMaxDays of its upload day: two undated
 * copies of one report sharing only a district meet when they arrive within weeks of each other (copies are
 * collected together), and a district's undated articles of a few weeks are a handful. A place without any
 * day (a dated article's L# against the undated) is still not read: it is the whole district.
 * The one pair left is a day-month article and an older dated one that only a locality links: the dated
 * article's day may be in any year. So a dated article also writes each locality under
 *   Y#<locality>#<MM>   the locality in one month of the year (sort key D#…), read whole by a day-month
 *                       article for the months its window touches (two, or three around a short February).
 * Either way the newer of two copies finds the older.
 * Copies may share nothing but a province and small counts ("2 arrested, 8 persons" in Hồ Chí Minh City):
 *   P#<unit>        a province (2025 unit; the primary first, ≤ 3), written by dated and day-month articles
 *                   only, and read over the few days the date gate still lets reach the threshold
 *                   (provinceWindowDays: the date factor bounds the score). A day-month article reads its
 *                   province's dated part in that window of its own year and the year before (a year-less
 *                   date is a report of the past twelve months far more often than of an older year).
 * An undated article writes its P# keys under U# and reads only their U# part within ±dateMaxDays of its upload
 * day (session 21): two undated copies of one report sharing only their provinces meet, as through a district.
 * A dated or year-less article never reads that part: an undated copy may be of any day, and the province's
 * whole history is the block this index exists to avoid (README.md, "Blocking").
 */
import type { StoryEvidence } from './evidence.js';
import {
  dayNumber,
  DEFAULT_PARAMS,
  figureWeight,
  SPECIFIC_WEIGHT,
  STORY_THRESHOLD,
  type SimilarityParams,
} from './similarity.js';

export const MAX_LOCALITY_KEYS = 3;
export const MAX_NAME_KEYS = 6;
/**
 * Names the text writes (StoryEvidence.names) that are no official kept, as N# keys too (session 24): two copies
 * naming only the defendant share no other key when one is undated or their figures differ. The first three, in
 * the evidence's (sorted) order, so two copies naming the same few pick the same.
 */
export const MAX_TEXT_NAME_KEYS = 3;
export const MAX_FIGURE_KEYS = 6;
export const MAX_PROVINCE_KEYS = 3;
/**
 * Frequency cap on busy keys (issue 10's cost question): a Query range (one key, one sort-key window of
 * candidateQueries) that holds more than this many index items is busy, and its items are no candidates, as
 * a stop word is no search term; the reader stops after MAX_BLOCK_ITEMS + 1 items (Query `Limit`), so a new
 * article never reads a big province's month or a round value's history, only enough to know the range is
 * busy. Per range, not per key: a district busy in one month is read in the others. Its other keys (a
 * person, a specific value, a district) still find its copies: those blocks are small. 500 = ≈ 125 read
 * units a range at ≈ 1 KB an item (strongly consistent); the real and generated tuning sets' largest range
 * holds far fewer (test/stories/busy-keys.test.ts), so no measured story moves. At 10 M articles the
 * province key of a big unit is busy (README.md, "Cost"): the cap trades those pairs for a bounded read.
 */
export const MAX_BLOCK_ITEMS = 500;
/**
 * Text-number keys per article (textNumberKeys): the smallest cap under which every pair of copies of one story
 * of the five tuning sets that a text match links has a matched number among the writing copy's keys
 * (`npx tsx scripts/story-text-keys.ts`: 36 ordered pairs, the best matched number ranks 1st in 15, 2nd in 12,
 * 3rd in 7, 4th in 2). Every cap from 1 finds the joinable pairs of the tuning sets (v01's); 4 is for the
 * pairs below the threshold today, which another change may lift.
 */
export const MAX_TEXT_NUMBER_KEYS = 4;

/**
 * Days apart beyond which two dated copies that share no other key cannot reach the threshold: their score
 * is at most the date factor (similarity.ts: dateAgreement, linear from 1 at dateFullDays to 0 at
 * dateMaxDays) times shared / (smaller total + smoothing), which is below 1 unless the discounts for unshared
 * head counts or unmatched kinds lower the smaller total below what is shared; test/stories/index-recall.test.ts
 * names every joinable pair the index leaves. 15 with the defaults (threshold 0.41: 7 + 0.59 × 14 = 15.3
 * days). Only the province key reads this narrower window.
 */
export function provinceWindowDays(
  params: SimilarityParams = DEFAULT_PARAMS,
  threshold: number = STORY_THRESHOLD,
): number {
  return Math.floor(
    params.dateFullDays + (1 - threshold) * (params.dateMaxDays - params.dateFullDays) + 1e-9,
  );
}

/**
 * The article's provinces as index keys: its primary province first, then the others in order. An undated
 * article writes them too, under its U# sort key, and reads only the province's undated items of ±dateMaxDays
 * upload days (candidateQueries): as for a district, two undated copies of one report are collected together,
 * and a dated article never reads the undated part of a province, which would be its whole history.
 */
function provinceKeys(e: StoryEvidence): string[] {
  const units = e.primary !== null && e.provinces.includes(e.primary) ? [e.primary] : [];
  for (const p of e.provinces) if (!units.includes(p)) units.push(p);
  return units.slice(0, MAX_PROVINCE_KEYS).map((p) => `P#${p}`);
}

/** The most specific values first (figureWeight), then the smaller. */
const bySpecificity = (x: number, y: number): number => figureWeight(y) - figureWeight(x) || x - y;

/**
 * The numbers the text writes (StoryEvidence.text) that the similarity's text match can weigh
 * (similarity.ts, textMatch: ≥ textMinValue or with decimals, specific) and that are not already figure keys,
 * the most specific MAX_TEXT_NUMBER_KEYS: a figure one copy keeps and the other only writes ("QN-90186" read
 * as a number by one engine, passed over by another) is evidence the index must find too, so the writing side
 * is written and read under the same F# key as the keeping side's figure.
 */
function textNumberKeys(e: StoryEvidence, figureKeys: readonly number[], params: SimilarityParams): number[] {
  return [...new Set(e.text.numbers)]
    .filter(
      (v) =>
        !figureKeys.includes(v) &&
        figureWeight(v) >= SPECIFIC_WEIGHT &&
        (!Number.isInteger(v) || v >= params.textMinValue),
    )
    .sort(bySpecificity)
    .slice(0, MAX_TEXT_NUMBER_KEYS);
}

/**
 * The article's figure keys: its most specific values (MAX_FIGURE_KEYS), and its lead amount and lead toll
 * whatever their rank (session 21): the first amount or toll is what a report is about (similarity.ts,
 * leadAmountConflict, leadTollConflict) and what its copies give first, while a long report's body holds
 * larger, rarer background values that fill the cap ("98 kg" after "260 million dong" and "11,100").
 */
function figureKeys(e: StoryEvidence): number[] {
  const top = [...new Set(e.figures.map((f) => f.value))]
    .filter((v) => figureWeight(v) >= SPECIFIC_WEIGHT)
    .sort(bySpecificity)
    .slice(0, MAX_FIGURE_KEYS);
  const leads = [e.leadAmount?.value, e.leadToll?.value].filter(
    (v): v is number => v !== undefined && figureWeight(v) >= SPECIFIC_WEIGHT && !top.includes(v),
  );
  return [...top, ...new Set(leads)];
}

export function blockingKeys(e: StoryEvidence, params: SimilarityParams = DEFAULT_PARAMS): string[] {
  const figures = figureKeys(e);
  const localities = e.localities.slice(0, MAX_LOCALITY_KEYS);
  return [
    ...localities.map((l) => `L#${l}`),
    ...e.people.slice(0, MAX_NAME_KEYS).map((n) => `N#${n}`),
    ...e.names
      .filter((n) => !e.people.includes(n))
      .slice(0, MAX_TEXT_NAME_KEYS)
      .map((n) => `N#${n}`),
    ...figures.map((v) => `F#${v}`),
    ...textNumberKeys(e, figures, params).map((v) => `F#${v}`),
    ...provinceKeys(e),
    ...(e.datePrecision === 'day' ? localities.map((l) => `Y#${l}#${e.published.slice(5, 7)}`) : []),
  ];
}

/** Sort key of an article's index items: ordered by day, unique per article. */
export function blockingSortKey(e: StoryEvidence): string {
  if (e.datePrecision === 'day') return `D#${e.published}#${e.id}`;
  // The guessed year after the day of the year: ranges read by day of the year, the year filters (keeps).
  if (e.datePrecision === 'day-month') return `M#${e.published.slice(5)}#${e.published.slice(0, 4)}#${e.id}`;
  return `U#${e.published}#${e.id}`;
}

export interface CandidateQuery {
  readonly key: string;
  /** Inclusive bounds on the sort key; absent: the whole key. */
  readonly from?: string;
  readonly to?: string;
  /**
   * Of the year-less (M#) items in the range, keep only those whose day and month, in their guessed year or
   * the year before, lie within `days` of `day`: the dated days a year-less article reads itself under the
   * key, so the pair is found whichever arrives second.
   */
  readonly nearDay?: { readonly day: string; readonly days: number };
}

/** Whether a query keeps an item of its range (CandidateQuery.nearDay); every item without a filter. */
export function keeps(q: CandidateQuery, sk: string): boolean {
  if (!q.nearDay) return true;
  const m = /^M#(\d\d-\d\d)#(\d{4})#/.exec(sk);
  if (!m) return false;
  const day = dayNumber(q.nearDay.day);
  const year = Number(m[2]);
  return [year, year - 1].some((y) => Math.abs(dayNumber(`${y}-${m[1]}`) - day) <= q.nearDay!.days);
}

/** The Queries that find an article's candidates: one per blocking key and part of it (sort-key range). */
export function candidateQueries(
  e: StoryEvidence,
  params: SimilarityParams = DEFAULT_PARAMS,
): CandidateQuery[] {
  const keys = blockingKeys(e, params).filter((key) => !key.startsWith('Y#'));
  const day = dayNumber(e.published);
  const window = (part: 'D' | 'U') => ({
    from: `${part}#${isoOf(day - params.dateMaxDays)}`,
    to: `${part}#${isoOf(day + params.dateMaxDays)}#\uffff`,
  });
  if (e.datePrecision === 'none')
    return keys.map((key) =>
      key.startsWith('L#') || key.startsWith('P#') ? { key, ...window('U') } : { key },
    );
  const yearless = yearlessWindow(e.published, params.dateMaxDays);
  const near = provinceWindowDays(params);
  const nearYearless = yearlessWindow(e.published, near);
  if (e.datePrecision === 'day-month') {
    const months = [...new Set(yearless.flatMap(([from, to]) => monthsBetween(from, to)))];
    const year = Number(e.published.slice(0, 4));
    return keys.flatMap((key): CandidateQuery[] =>
      key.startsWith('P#')
        ? [
            ...nearYearless.map(([from, to]) => ({ key, from: `M#${from}`, to: `M#${to}#\uffff` })),
            ...[year, year - 1].map((y) => ({
              key,
              from: `D#${isoOf(dayNumber(`${y}-${e.published.slice(5)}`) - near)}`,
              to: `D#${isoOf(dayNumber(`${y}-${e.published.slice(5)}`) + near)}#\uffff`,
            })),
          ]
        : key.startsWith('L#')
          ? [
              ...yearless.map(([from, to]) => ({ key, from: `M#${from}`, to: `M#${to}#\uffff` })),
              ...months.map((mm) => ({ key: `Y#${key.slice(2)}#${mm}` })),
            ]
          : [{ key }],
    );
  }
  const undated = { from: 'U#', to: 'U#\uffff' };
  return keys.flatMap((key): CandidateQuery[] =>
    key.startsWith('P#')
      ? [
          { key, from: `D#${isoOf(day - near)}`, to: `D#${isoOf(day + near)}#\uffff` },
          ...nearYearless.map(([from, to]) => ({
            key,
            from: `M#${from}`,
            to: `M#${to}#\uffff`,
            nearDay: { day: e.published, days: near },
          })),
        ]
      : [
          { key, ...window('D') },
          ...yearless.map(([from, to]) => ({ key, from: `M#${from}`, to: `M#${to}#\uffff` })),
          ...(key.startsWith('L#') ? [] : [{ key, ...undated }]),
        ],
  );
}

/**
 * The days of the year (MM-DD) within `days` of a date's day and month, as one range or two when the window
 * crosses the turn of the year. Counted on a leap year, so 29 February is inside the windows that hold it.
 */
function yearlessWindow(isoDate: string, days: number): [string, string][] {
  const day = dayNumber(`2024-${isoDate.slice(5)}`);
  const from = isoOf(day - days);
  const to = isoOf(day + days);
  if (from.slice(0, 4) === to.slice(0, 4)) return [[from.slice(5), to.slice(5)]];
  return [
    [from.slice(5), '12-31'],
    ['01-01', to.slice(5)],
  ];
}

/** Months (MM) of the days of the year from..to (MM-DD, from ≤ to). */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = Number(from.slice(0, 2)); m <= Number(to.slice(0, 2)); m++)
    out.push(String(m).padStart(2, '0'));
  return out;
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
  private busy = 0;
  private largest = 0;

  /** cap: MAX_BLOCK_ITEMS, lower in tests. */
  constructor(private readonly cap: number = MAX_BLOCK_ITEMS) {}

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
      const kept: string[] = [];
      let read = 0;
      for (const item of this.items.get(q.key) ?? []) {
        if ((q.from !== undefined && item.sk < q.from) || (q.to !== undefined && item.sk > q.to)) continue;
        this.reads++;
        // The Query's Limit counts every item of the range, kept or not: one past the cap says it is busy.
        if (++read > this.cap) break;
        if (keeps(q, item.sk) && item.id !== e.id) kept.push(item.id);
      }
      this.largest = Math.max(this.largest, read);
      if (read > this.cap) {
        this.busy++;
        continue;
      }
      for (const id of kept) out.add(id);
    }
    return [...out].sort();
  }

  /**
   * Index items written and read so far, ranges found busy and the most items one range read: what the cost
   * analysis counts.
   */
  stats(): { writes: number; itemsRead: number; keys: number; busyRanges: number; largestRange: number } {
    return {
      writes: this.writes,
      itemsRead: this.reads,
      keys: this.items.size,
      busyRanges: this.busy,
      largestRange: this.largest,
    };
  }
}
