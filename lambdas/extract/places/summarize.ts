/**
 * From accepted mentions to the article-level answer: provinces named (as named, with successors),
 * localities with their province, and the primary province when one dominates.
 */
import type { Locality, ProvinceRef } from '../../shared/article.js';
import type { Gazetteer } from './gazetteer.js';
import { glosses } from './gloss.js';
import { pointedAt, type HardestHitCue } from './hardest-hit.js';
import { PrimaryTally, type PrimaryEvidence } from './primary-features.js';
import { modelPrimary } from './primary-model.js';
import type { Accepted } from './resolve.js';
import type { Span } from '../text/sentences.js';

/**
 * How the primary province is chosen: by the hand weights and thresholds below, by the model fitted on the
 * tuning articles (primary-model.ts), or ranked: the hand rules say whether the article has a primary province,
 * the model which. All three pass every invented case, since the round-up rule and the no-leader rule apply to
 * whichever chooser picked. The model is the default (below); the hand rules read 0.974 in sample on the tuning
 * articles against the model's cross-validated 0.966, but on unseen articles the model reads better.
 */
export type PrimaryChoice = 'model' | 'hand' | 'ranked';

/**
 * The default since session 16, by the rule written before its fresh batch existed (the chooser reading
 * highest on that batch wins once it passes every invented case): model 0.789, hand rules and ranked 0.737 on
 * the 38 articles.
 */
export const DEFAULT_PRIMARY_CHOICE: PrimaryChoice = 'model';

export interface Summary {
  provinces: ProvinceRef[];
  localities: Locality[];
  primaryProvince: ProvinceRef | null;
  /** Each province named, as numbers: what a fitted model of the primary province reads. */
  evidence: PrimaryEvidence;
}

/** Weights of one mention toward its province being the article's subject. */
function weight(a: Accepted): number {
  const provinceLevel = a.entry.level === 1 || a.entry.namesake;
  if (a.subject) return provinceLevel ? 3 : 1.5;
  // A suspect's or a victim's home ("trú tại tỉnh Y") is where a person lives, not where the case is; a
  // point of reference ("north of X") is not where it happens either.
  if (a.residence || a.reference) return 0;
  // An origin or a destination ("from Hà Nội", "vers Hanoï") is on the route, not where the story happens:
  // it counts, but no more than a passing locality.
  if (a.movement) return 0.5;
  if (provinceLevel) return a.mention.explicit ? 1.5 : 1;
  // A provincial city is most often the province's seat (Đồng Hới, Buôn Ma Thuột): as telling as the
  // province's own name; so is a border gate, an airport or a port, where customs and border guards act.
  return a.entry.kind === 'city' || a.entry.gate !== undefined || a.atGate === true ? 1 : 0.5;
}

/**
 * The top province must score at least 1.5 (one explicit mention, or two bare ones) and half as much
 * again as the runner-up: one passing mention of Hà Nội beside other provinces, or ten provinces named
 * once each, give no primary province. A province whose own force or authority is named (a subject
 * mention) needs to lead by a fifth only: in a joint operation the unit that speaks is the article's.
 * A province that is the only one the article places anything in needs only one plain mention: a short
 * report names its city once ("smuggled into Da Nang").
 */
export function pickPrimary(
  scores: ReadonlyMap<number, number>,
  /** Provinces named other than in the dateline (a wire story filed from Hà Nội is not about it). */
  named: ReadonlySet<number> = new Set(scores.keys()),
  /** Provinces named with a subject phrase ("police provinciale de X"). */
  subjects: ReadonlySet<number> = new Set(),
  more: {
    /** The capital: wire services file national stories from it, so its dateline alone says nothing. */
    capital?: number;
    /** Provinces named as an origin or a destination: alone in the article, one such mention is enough. */
    routes?: ReadonlySet<number>;
    /**
     * Provinces the text places something in: named other than as a route, a home, a point of reference or
     * a dateline. Absent: every province scored.
     */
    placed?: ReadonlySet<number>;
    /** Provinces named through a district-level unit of theirs ("a Sa Pa", "in Hoi An"). */
    local?: ReadonlySet<number>;
  } = {},
): number | null {
  const { capital, routes, placed, local } = more;
  // A province named only in the dateline is where the wire filed from: it competes with no other.
  const ranked = [...scores]
    .filter(([p, score]) => score > 0 && (named.size === 0 || named.has(p)))
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  // A dateline outside the capital with no province named in the text ("LAI CHAU (VNA) – The provincial
  // police...") is a regional bureau filing a story of its own province.
  if (second === undefined) {
    const regional = named.size === 0 && capital !== undefined && top[0] !== capital;
    // A town of the province is as good a place as its name: "arrested in Sa Pa" with no province written.
    const enough = top[1] >= 1 || (routes?.has(top[0]) ?? false) || (local?.has(top[0]) ?? false);
    return enough && (named.has(top[0]) || regional) ? top[0] : null;
  }
  // The only province anything happens in, beside provinces named only as a route ("a bus that left Hà Nội
  // fell into a ravine in Gia Lai"): one plain mention of it is enough, as when it is named alone.
  const alone = placed?.has(top[0]) === true && ranked.every(([p], i) => i === 0 || !placed.has(p));
  if (alone && top[1] > second[1] && (top[1] >= 1 || (local?.has(top[0]) ?? false))) return top[0];
  if (top[1] < 1.5) return null;
  if (top[1] < (subjects.has(top[0]) ? 1.2 : 1.5) * second[1]) return null;
  return top[0];
}

/**
 * Once per province named in the title (or the lead sentence when the title is not a line of its own):
 * what the title names is what the article is about. Not the dateline that opens it ("Hanoi (VNA) –"):
 * wire services file national stories from the capital, so it counts as one plain mention.
 */
const TITLE_BONUS = 2;

const CAPITAL = 'ha-noi';

/**
 * When the title names no province, the first one the text names with its type word or its force (not as a
 * dateline, a home or a point of reference) is where the lead puts the story: "In the northern province of
 * X, a bus and a truck...". A list of names without type words ("the police of A, B and C") gets nothing.
 */
const FIRST_NAMED_BONUS = 1;

/** A dateline further into the text than this (in code units) opens a paragraph, not the article. */
const REGIONAL_DATELINE = 400;

/**
 * A roundup of many provinces (a national agency's review: "at the ports of A, B and C… in D, authorities
 * found…") names each once: a province named once, past the first third of the text, among at least this many
 * provinces named, is an item of the list, not the story's place, however it is named.
 */
const ROUNDUP_PROVINCES = 4;

/**
 * No province leads when the highest hand score is shared and every province sharing it is named once, all in
 * one sentence: a list of places each written once ("through the A and B gates and the port of C", "a road from
 * A to B") names no story's place, whichever chooser picked one of them. The hand rules already read such a tie
 * as no primary province; the model, which must rank one candidate above the rest, would otherwise take the first
 * of equals. Named once each in sentences of their own (a warehouse raided in one, a suspect's flight from
 * another), the provinces are no list, and the model's choice stands. `sentences`: the text's sentences.
 */
function noLeader(
  chosen: number,
  scores: ReadonlyMap<number, number>,
  mentions: ReadonlyMap<number, { count: number; first: number }>,
  sentences: readonly Span[],
): boolean {
  const top = Math.max(0, ...scores.values());
  const leaders = [...scores].filter(([, s]) => s === top && s > 0).map(([p]) => p);
  if (leaders.length < 2 || !leaders.includes(chosen)) return false;
  const firsts = leaders.map((p) => (mentions.get(p)?.count === 1 ? mentions.get(p)!.first : -1));
  if (firsts.includes(-1)) return false;
  const from = Math.min(...firsts);
  const to = Math.max(...firsts);
  // One sentence holds them all: no sentence ends between the first and the last.
  return !sentences.some((s) => s.end > from && s.end <= to);
}

/**
 * A national report's examples are each named once or twice; the place of a single case followed through
 * several provinces (where the goods came from, where the suspects live) is named again and again: at least
 * this many times, more often than the other provinces together, among at least this many provinces.
 */
const DWELT = 3;

/**
 * Provinces a text names (as homes, routes and references too) before a national authority in its lead makes it
 * a national report: two is a case and where it led; three or more is a spread of examples.
 */
const NATIONAL_SPREAD = 3;

/**
 * Past this share of the text, a province first named after a national authority's lead is a closing example
 * or a piece of background (the ministry's earlier case, a unit it thanked), not where the story happens.
 */
const LATE_EXAMPLE = 2 / 3;

function dwelt(p: number, mentions: ReadonlyMap<number, { count: number }>): boolean {
  const own = mentions.get(p)?.count ?? 0;
  const all = [...mentions.values()].reduce((n, m) => n + m.count, 0);
  return mentions.size >= DWELT && own >= DWELT && own > all - own;
}

/** Between two names of one list: spaces, commas, dashes and at most one short word ("and", "và", "și", "और"). */
const LIST_GAP = /^[\s,、，\u2013\u2014-]*(?:[^\s,、，.!?。;:\n]{1,4}[\s,、，\u2013\u2014-]*)?$/u;

/**
 * The first of a short list of provinces: two or three provinces that are all the text places anything in,
 * each named once and as a province (not by a gate, a port or a town of theirs), one right after another in
 * one list ("the provinces of A, B and C", "A, B और C प्रांतों", "A şi B"). A storm's or a flood's round-up
 * names the provinces it struck so, the first the most struck (the gold's reading of every such round-up in
 * the tuning articles); the choosers read the tie as no province, or took the one the list's type word stands
 * next to. Four or more are a national review's list (ROUNDUP_PROVINCES); gates and ports named once each stay
 * a list of no province (noLeader). `text`: the text the offsets are in.
 */
function listHead(
  placed: ReadonlySet<number>,
  mentions: ReadonlyMap<number, { count: number }>,
  firstMention: ReadonlyMap<number, Accepted>,
  text: string,
): number | undefined {
  if (placed.size < 2 || placed.size >= ROUNDUP_PROVINCES) return undefined;
  const list: Accepted[] = [];
  for (const p of placed) {
    const a = firstMention.get(p);
    if (!a || mentions.get(p)?.count !== 1 || a.entry.level !== 1) return undefined;
    if (a.entry.gate !== undefined || a.atGate === true) return undefined;
    list.push(a);
  }
  list.sort((x, y) => x.mention.start - y.mention.start);
  for (let i = 1; i < list.length; i++) {
    if (!LIST_GAP.test(text.slice(list[i - 1]!.mention.end, list[i]!.mention.start))) return undefined;
  }
  return list[0]!.entry.province;
}

/**
 * The province a mention counts for: its own, or, for a locality of a province merged in 2025 into one the
 * text names while never naming the old one, the new unit: "Huế, … phường Phú Hội" is one place, not two.
 */
function unitNamed(a: Accepted, asProvinces: ReadonlySet<number>, gaz: Gazetteer): number {
  const own = a.entry.province;
  if (a.entry.level === 1 || asProvinces.has(own)) return own;
  const successor = gaz.provinces[own]!.successor;
  return asProvinces.has(successor) ? successor : own;
}

/**
 * The province a round-up says was hit hardest (hardest-hit.ts): the place the first such phrase points to in
 * its sentence, among the places the text sets something in (not a home, a route, a point of reference or a
 * dateline). Undefined: no phrase, or none with a place in its sentence.
 */
function hardestHitProvince(
  accepted: readonly Accepted[],
  /** The phrases, found only where they can point at one of the places given (hardest-hit.ts). */
  cuesNear: (places: readonly { start: number }[]) => readonly HardestHitCue[],
  asProvinces: ReadonlySet<number>,
  gaz: Gazetteer,
  /** The text the offsets are in. */
  text: string,
): number | undefined {
  const placed = accepted.filter((a) => !a.residence && !a.reference && !a.movement && !a.dateline);
  if (placed.length === 0) return undefined;
  const spans = placed.map((a) => a.mention);
  for (const cue of cuesNear(spans)) {
    const at = pointedAt(cue, spans, text);
    const a = placed.find((p) => p.mention.start === at);
    if (a) return unitNamed(a, asProvinces, gaz);
  }
  return undefined;
}

export function summarize(
  accepted: readonly Accepted[],
  gaz: Gazetteer,
  titleEnd = 0,
  /** Length of the text, for where a mention stands in it; 0: unknown. */
  length = 0,
  how: PrimaryChoice = DEFAULT_PRIMARY_CHOICE,
  /** Where the text says a disaster struck hardest (hardest-hit.ts), and the text (body) the offsets are in. */
  read: {
    /**
     * The hardest-hit phrases (hardest-hit.ts) of the sentences holding one of `places`' starts (the others may be
     * left out): a function, so that the text is searched only where a phrase could point at a place.
     */
    readonly hardestHit: (places: readonly { start: number }[]) => readonly HardestHitCue[];
    readonly text: string;
    /** The text's sentences (text/sentences.ts), for whether two names share one. */
    readonly sentences?: readonly Span[];
    /**
     * Whether the text tells of a storm, a flood or another disaster (struck.ts). A function, asked only when
     * the answer can matter (a short list of provinces, listHead): the test reads the whole text.
     */
    readonly disaster?: () => boolean;
    /**
     * The end of the title and lead when they say the report is nationwide (nationwide.ts); asked only of a
     * primary province the title does not name.
     */
    readonly nationwide?: () => number | undefined;
    /**
     * The end of the title and lead when they name a national authority as the one reporting or acting
     * (lexicon nationalBodies, found as nationwide.ts finds its phrases); asked only as nationwide is, of a text
     * that names several provinces (NATIONAL_SPREAD).
     */
    readonly nationalBody?: () => number | undefined;
  } = { hardestHit: () => [], text: '' },
): Summary {
  const capital = gaz.bySlug.get(CAPITAL)?.index;
  const provinceOrder: number[] = [];
  const scores = new Map<number, number>();
  const localities = new Map<string, Locality>();
  const inTitle = new Set<number>();
  const named = new Set<number>();
  const subjects = new Set<number>();
  const routes = new Set<number>();
  const placed = new Set<number>();
  const local = new Set<number>();
  let lead = true;
  let firstNamed = true;
  /** The province of a commune or district the lead names before any province ("comune di X, provincia di Y"). */
  let leadLocal: number | undefined;
  const mentions = new Map<number, { count: number; first: number }>();
  const firstMention = new Map<number, Accepted>();
  /** Provinces named other than in a dateline, and those of them named as a person's home. */
  const inText = new Set<number>();
  const residences = new Set<number>();
  /** Provinces named in the text other than as a home. */
  const notHomes = new Set<number>();
  // Provinces named as such: a unit of 2025 ("Huế", "Tuyên Quang") whose localities the gazetteer still lists
  // under the units merged into it (Thừa Thiên Huế, Hà Giang).
  // A point of reference, a home or a route is not where the localities are ("near Ho Chi Minh City, in Thuan An").
  const asProvinces = new Set(
    accepted
      .filter((a) => a.entry.level === 1 && !a.reference && !a.residence && !a.movement)
      .map((a) => a.entry.province),
  );
  const tally = new PrimaryTally(titleEnd, length);
  /** The capital, when a dateline names it. */
  let filedFrom: number | undefined;
  let prev: Accepted | undefined;
  for (const a of accepted) {
    const p = unitNamed(a, asProvinces, gaz);
    // A name glossed in another script right after it ("동나이(Đồng Nai)") is one mention, not two.
    const gloss = glosses(prev, a);
    prev = a;
    if (gloss) continue;
    if (!a.dateline) {
      inText.add(p);
      if (a.residence) residences.add(p);
      else notHomes.add(p);
    }
    const seen = mentions.get(p);
    if (seen) seen.count++;
    else {
      mentions.set(p, { count: 1, first: a.mention.start });
      firstMention.set(p, a);
    }
    // The first subject phrase usually opens the article ("X Provincial Police said..."): the unit that leads
    // the operation, however many partner forces are named after it.
    const leadSubject = lead && a.subject;
    let bonus = leadSubject ? 2 : 0;
    if (a.subject) lead = false;
    let first = false;
    let titled = false;
    const aside = a.residence || a.reference || a.movement || a.dateline;
    if (a.mention.start < titleEnd && !aside && !inTitle.has(p)) {
      inTitle.add(p);
      bonus += TITLE_BONUS;
      titled = true;
    } else if (
      (firstNamed || leadLocal === p) &&
      (a.mention.explicit || a.subject || (a.typed === true && a.entry.level === 1)) &&
      a.mention.start >= titleEnd &&
      inTitle.size === 0 &&
      !aside
    ) {
      bonus += FIRST_NAMED_BONUS;
      first = true;
    }
    if (a.mention.start >= titleEnd && !aside) {
      // A commune or district named first leaves the bonus to its own province named next, and to no other.
      leadLocal = firstNamed && !first && a.entry.level > 1 && !a.entry.namesake ? p : undefined;
      firstNamed = false;
    }
    // A dateline outside the capital at the head of the text is a regional bureau filing a story of its own
    // province ("QUANG NGAI — The provincial police..."): it counts as where the lead puts the story.
    const regional = a.dateline && p !== capital && a.mention.start < REGIONAL_DATELINE;
    if (regional) bonus += FIRST_NAMED_BONUS;
    // Wire services file national and provincial stories alike from the capital: its dateline ("Hanoi (VNA)
    // –") weighs nothing against the provinces the text names.
    const capitalDateline = a.dateline && p === capital;
    const w = capitalDateline ? 0 : weight(a);
    tally.add(p, a, { title: titled, firstNamed: first, leadSubject, regional, capitalDateline });
    scores.set(p, (scores.get(p) ?? 0) + w + bonus);
    if (w > 0 && (!a.dateline || regional)) named.add(p);
    if (a.subject) subjects.add(p);
    if (a.movement && (a.entry.level === 1 || a.entry.namesake)) routes.add(p);
    if (w > 0 && (!a.dateline || regional) && !a.movement) {
      placed.add(p);
      if (a.entry.level === 2) local.add(p);
    }
    if (a.entry.level === 1 || a.entry.namesake) {
      // The capital's dateline says where the wire filed from, not a province the story names: it is listed
      // only when the text names the capital again, or names no province at all (below).
      if (capitalDateline) filedFrom = p;
      else if (!provinceOrder.includes(p)) provinceOrder.push(p);
      if (!a.entry.namesake || a.entry.seat) continue;
    }
    const province = gaz.provinces[a.entry.province]!;
    const kind = a.entry.kind;
    if (kind === 'province') continue;
    const key = `${a.entry.slug}@${province.slug}`;
    if (!localities.has(key)) {
      localities.set(key, { name: a.entry.name, slug: a.entry.slug, kind, province: province.ref });
    }
  }
  const evidence = tally.evidence(scores, placed, named);
  let primary: number | null = null;
  if (how !== 'model') {
    primary = pickPrimary(scores, named, subjects, { capital, routes, placed, local });
    // A short report that names one province, and only as a person's home ("a man living in Cần Thơ set fire
    // to his neighbour's house"), beside at most its wire's dateline, is a story of that province: nothing
    // else says where it happened. Every other province it names is then named in a dateline only.
    if (primary === null && inText.size === 1) {
      const [home] = inText;
      if (home !== undefined && residences.has(home)) primary = home;
    }
  }
  if (how === 'model') primary = modelPrimary(evidence);
  // Ranked: the hand rules say whether the article has a primary province (a round-up or a national report has
  // none: 10 of the 384 tuning answers, too few for the model to learn), the model says which.
  else if (how === 'ranked' && primary !== null) primary = modelPrimary(evidence) ?? primary;
  // Whoever chose: a province named only as a route or a road's end, a home, a point of reference or a dateline
  // is not where the story happens when the text places something in exactly one other province ("a car fleeing
  // along the A–B expressway toward B was stopped in C town"): that one is. The model weighs a name's share of
  // the mentions, and the end cities of a road written three times outnumber the one town where it all happened.
  if (primary !== null && placed.size === 1 && !placed.has(primary)) primary = [...placed][0]!;
  // Whoever chose it, an item of a round-up is not the story's place. The force that opens a short text, before
  // any other province is named, is no item of one: "the police of A arrested 30 people in the provinces of B, C
  // and D" is A's story, though a short title and lead put A past the first third. Not after a nationwide or a
  // national authority's lead: "police in A, B, C and D handled the most cases" lists a national count's items.
  const once = primary === null ? undefined : mentions.get(primary);
  const opens =
    primary !== null &&
    firstMention.get(primary)?.subject === true &&
    [...mentions.values()].every((m) => m.first >= once!.first) &&
    read.nationwide?.() === undefined &&
    read.nationalBody?.() === undefined;
  if (once?.count === 1 && length > 0 && once.first > length / 3 && named.size >= ROUNDUP_PROVINCES && !opens)
    primary = null;
  if (primary !== null && noLeader(primary, scores, mentions, read.sentences ?? [])) primary = null;
  const head = listHead(placed, mentions, firstMention, read.text);
  if (head !== undefined && read.disaster?.() === true) primary = head;
  // A national authority acting in the lead over a short list of provinces ("the Ministry of Public Security
  // arrested 30 people in the provinces of A, B and C") acts in none of them more than the others: the first of
  // the list is no more its place than the last. A province whose own force is named keeps its story.
  else if (
    head !== undefined &&
    primary !== null &&
    placed.has(primary) &&
    !subjects.has(primary) &&
    inTitle.size === 0 &&
    read.nationalBody?.() !== undefined
  )
    primary = null;
  // Several provinces, each named only as a person's home ("two men living in A and B"), and nothing placed
  // anywhere: the people come from there, the story happens nowhere the text says. The hand rules read this
  // as no primary province; the model, which ranks one of them above none, is held to the same reading.
  if (primary !== null && inText.size > 1 && notHomes.size === 0) primary = null;
  // A national report (its title or lead says nationwide, its title names no province) is the story of no
  // province: one it names only after its lead, with no force of its own acting, is an example of the count.
  // Not a province the text keeps coming back to among the others (DWELT): a headline "Vietnam, …" (ja ベトナム、,
  // ko 베트남,) also heads a single case followed from one province to the next.
  if (primary !== null && inTitle.size === 0 && !subjects.has(primary) && !dwelt(primary, mentions)) {
    const first = mentions.get(primary)?.first ?? 0;
    const headEnd = read.nationwide?.();
    if (headEnd !== undefined && first >= headEnd) primary = null;
    // A national authority's report in the lead ("according to the Ministry of Public Security…") is as
    // national once the text spreads over several provinces: each is an example (a gate, a route, a case). A
    // ministry also comments on one province's case, named alone: that one stays the story's place, unless the
    // text names it only in its last third (LATE_EXAMPLE), after the ministry's own story is told, and first by
    // the province's own name: a story told through its district and commune names is a local one.
    else if (
      mentions.size >= NATIONAL_SPREAD ||
      (length > 0 && first > length * LATE_EXAMPLE && firstMention.get(primary)?.entry.level === 1)
    ) {
      const bodyEnd = read.nationalBody?.();
      if (bodyEnd !== undefined && first >= bodyEnd) primary = null;
    }
  }
  // Whoever chose, and whatever the round-up rules said: the province a disaster round-up says was hit
  // hardest is its place, however late or seldom it is named among the others.
  primary = hardestHitProvince(accepted, read.hardestHit, asProvinces, gaz, read.text) ?? primary;
  if (primary !== null && !provinceOrder.includes(primary)) provinceOrder.push(primary);
  // A text that names no province but its wire's dateline still says where it was filed from.
  if (provinceOrder.length === 0 && filedFrom !== undefined) provinceOrder.push(filedFrom);
  return {
    provinces: provinceOrder.map((p) => gaz.provinces[p]!.ref),
    localities: [...localities.values()],
    primaryProvince: primary === null ? null : gaz.provinces[primary]!.ref,
    evidence,
  };
}
