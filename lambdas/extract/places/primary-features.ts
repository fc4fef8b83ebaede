/**
 * What summarize knows about each province an article names, as numbers: the evidence a fitted model of the
 * primary province reads (scripts/fit-primary.ts fits it; primary-model.ts applies it). One row per province
 * named anywhere (a dateline, a home and a route included: the model learns what they are worth), and one row
 * for "no primary province" that describes the article as a whole.
 */
import type { Accepted } from './resolve.js';

/** Features that are counts of mentions (the rest are flags or fractions). */
const COUNTED = [
  'subject',
  'provinceTyped',
  'provinceBare',
  'seatOrGate',
  'localOther',
  'residence',
  'movement',
  'reference',
] as const;

/** Features of one candidate province; counts enter as log(1 + n), so the tenth mention adds little. */
export const CANDIDATE_FEATURES = [
  ...COUNTED,
  'datelineCapital',
  'datelineRegional',
  'title',
  'titleAside',
  'firstNamed',
  'leadSubject',
  'firstProvince',
  'firstPosition',
  'share',
  'once',
  'onceLateInRoundup',
  'placed',
  'alonePlaced',
  'handShare',
  'handTop',
  'soleSubject',
  'datelineOnly',
] as const;

/** Features of the "no primary province" option. */
export const NONE_FEATURES = [
  'noneBias',
  'noneProvinces',
  'noneTopShare',
  'noneSecondShare',
  'nonePlaced',
  'noneNothingPlaced',
  'noneNoTitleNoSubject',
  'noneHandTop',
  'noneTie',
] as const;

export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];
export type NoneFeature = (typeof NONE_FEATURES)[number];

export interface PrimaryCandidate {
  /** Index of the province in the gazetteer. */
  readonly province: number;
  /** Values in CANDIDATE_FEATURES order. */
  readonly x: readonly number[];
}

export interface PrimaryEvidence {
  readonly candidates: readonly PrimaryCandidate[];
  /** Values in NONE_FEATURES order. */
  readonly none: readonly number[];
}

/** How one mention was read by summarize, beside the mention itself. */
export interface MentionReading {
  /** Named in the title, not as an aside, the first time for its province. */
  readonly title: boolean;
  /** Received the first-named bonus. */
  readonly firstNamed: boolean;
  /** The first subject phrase of the article. */
  readonly leadSubject: boolean;
  /** A dateline of a regional bureau at the head of the text. */
  readonly regional: boolean;
  /** The capital's dateline. */
  readonly capitalDateline: boolean;
}

type Counts = Record<CandidateFeature, number>;

/** What a row keeps beside its features: how often and where its province is named. */
interface Row extends Counts {
  count: number;
  first: number;
  /** Mentions that are not datelines. */
  notDateline: number;
}

const log1p = Math.log1p;

/** Mention counts and flags of every province an article names, gathered in text order. */
export class PrimaryTally {
  private readonly rows = new Map<number, Row>();
  private sawProvince = false;

  constructor(
    private readonly titleEnd: number,
    private readonly length: number,
  ) {}

  add(p: number, a: Accepted, r: MentionReading): void {
    let row = this.rows.get(p);
    if (!row) {
      row = newRow(a.mention.start);
      this.rows.set(p, row);
    }
    row.count++;
    if (!a.dateline) row.notDateline++;
    const aside = a.residence || a.reference === true || a.movement === true || a.dateline;
    const provinceLevel = a.entry.level === 1 || a.entry.namesake;
    if (a.dateline) {
      if (r.capitalDateline) row.datelineCapital = 1;
      if (r.regional) row.datelineRegional = 1;
    } else if (a.subject) row.subject++;
    else if (a.residence) row.residence++;
    else if (a.reference === true) row.reference++;
    else if (a.movement === true) row.movement++;
    else if (provinceLevel) {
      if (a.mention.explicit || a.typed === true) row.provinceTyped++;
      else row.provinceBare++;
    } else if (a.entry.kind === 'city' || a.entry.gate !== undefined || a.atGate === true) row.seatOrGate++;
    else row.localOther++;
    if (r.title) row.title = 1;
    if (a.mention.start < this.titleEnd && aside) row.titleAside = 1;
    if (r.firstNamed) row.firstNamed = 1;
    if (r.leadSubject) row.leadSubject = 1;
    if (!aside && !this.sawProvince) {
      row.firstProvince = 1;
      this.sawProvince = true;
    }
  }

  /**
   * The rows, read against the hand scores (`scores`) and the provinces the text places something in
   * (`placed`); `named`: provinces named other than in a dateline.
   */
  evidence(
    scores: ReadonlyMap<number, number>,
    placed: ReadonlySet<number>,
    named: ReadonlySet<number>,
  ): PrimaryEvidence {
    const total = [...this.rows.values()].reduce((n, r) => n + r.count, 0);
    const top = Math.max(0, ...scores.values());
    // Every province that shares the highest hand score leads: a tie singles none of them out, as the first of
    // equals (an accident of the order they were met in) would.
    const leaders = new Set([...scores].filter(([, s]) => s === top && s > 0).map(([p]) => p));
    const acting = [...this.rows.values()].filter((r) => r.subject > 0);
    // Provinces the text names other than in a dateline, by how often.
    const inText = [...this.rows.values()]
      .map((r) => r.notDateline)
      .filter((n) => n > 0)
      .sort((a, b) => b - a);
    const candidates = [...this.rows].map(([province, row]) => {
      const counts: Counts = { ...row };
      for (const k of COUNTED) counts[k] = log1p(row[k]);
      counts.firstPosition = this.length > 0 ? row.first / this.length : 0;
      counts.share = total > 0 ? row.count / total : 0;
      counts.once = row.count === 1 ? 1 : 0;
      counts.onceLateInRoundup =
        row.count === 1 && this.length > 0 && row.first > this.length / 3 && named.size >= 4 ? 1 : 0;
      counts.placed = placed.has(province) ? 1 : 0;
      counts.alonePlaced = placed.size === 1 && placed.has(province) ? 1 : 0;
      counts.handShare = top > 0 ? (scores.get(province) ?? 0) / top : 0;
      counts.handTop = leaders.has(province) ? 1 : 0;
      // The one province whose own force or authority acts, among others named: the unit that makes the news.
      counts.soleSubject = acting.length === 1 && row.subject > 0 && this.rows.size > 1 ? 1 : 0;
      // Named only where the wire filed from, not a regional bureau heading its own province's story: the
      // text itself never places anything there.
      counts.datelineOnly = row.notDateline === 0 && row.datelineRegional === 0 ? 1 : 0;
      return { province, x: CANDIDATE_FEATURES.map((k) => counts[k]) };
    });
    const shares = candidates
      .map((c) => c.x[CANDIDATE_FEATURES.indexOf('share')]!)
      .sort((a, b) => b - a)
      .concat(0, 0);
    const rows = [...this.rows.values()];
    const none: Record<NoneFeature, number> = {
      noneBias: 1,
      noneProvinces: log1p(this.rows.size),
      noneTopShare: shares[0]!,
      noneSecondShare: shares[1]!,
      nonePlaced: log1p(placed.size),
      noneNothingPlaced: placed.size === 0 ? 1 : 0,
      noneNoTitleNoSubject: rows.every((r) => r.title === 0 && r.subject === 0) ? 1 : 0,
      noneHandTop: log1p(top),
      // No province named more often than another: a list of places, not one place.
      noneTie: inText.length > 1 && inText[0] === inText[1] ? 1 : 0,
    };
    return { candidates, none: NONE_FEATURES.map((k) => none[k]) };
  }
}

/**
 * A row with every count at zero, written out as one literal (the type checks that it names every feature):
 * built from the feature list by Object.fromEntries and spread, each row was a dictionary-mode object, slow to
 * build and to read at every mention.
 */
function newRow(first: number): Row {
  return {
    subject: 0,
    provinceTyped: 0,
    provinceBare: 0,
    seatOrGate: 0,
    localOther: 0,
    residence: 0,
    movement: 0,
    reference: 0,
    datelineCapital: 0,
    datelineRegional: 0,
    title: 0,
    titleAside: 0,
    firstNamed: 0,
    leadSubject: 0,
    firstProvince: 0,
    firstPosition: 0,
    share: 0,
    once: 0,
    onceLateInRoundup: 0,
    placed: 0,
    alonePlaced: 0,
    handShare: 0,
    handTop: 0,
    soleSubject: 0,
    datelineOnly: 0,
    count: 0,
    first,
    notDateline: 0,
  };
}
