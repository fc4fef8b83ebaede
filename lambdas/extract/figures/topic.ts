/**
 * Topic of a figure from the language's cue words: the counted noun phrase first, then the clause, then the
 * paragraph, then the article. In the clause an activity cue (propaganda, awards) names what was done with
 * the counted things ("57 sessions on drug prevention"), and a subject cue beats a crime cue or a cue that
 * only says who was counted ("arrested 12 suspects for drug trafficking": drugs). A counted noun that only
 * says what kind of thing was counted (people, models, seized vehicles) yields to the clause's subject.
 * Outside the clause the article's dominant subject wins when the paragraph names it, or names nothing but
 * crime: a paragraph about a smuggling case need not repeat the word.
 */
import type { Topic, Unit } from '../../shared/vocabulary.js';
import { codePointWidthAt, isSpaceCode } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { execGroup, type GroupHit, type GroupSearch } from '../text/group-search.js';
import { sortedByStart } from '../text/search.js';
import { latinOfArabicMark, URDU_FULL_STOP } from '../text/arabic-letters.js';
import type { CompiledLexicon, CueKind } from './lexicon.js';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly topic: Topic;
  /** In the first paragraph (the title, or the lead when the title is not set apart). */
  readonly lead?: boolean;
  /**
   * An offence (crime as a subject), a police unit's name (a weak cue) or a word of a census (census);
   * absent for a topic's own cue.
   */
  readonly kind?: Exclude<CueKind, 'cue' | 'none' | 'harm'>;
  /** An offence that names only a harm done to persons (lexicon `harms`): a mishap's word in a mishap's story. */
  readonly harm?: true;
  /**
   * A smuggling word with goods named right beside it in its paragraph (goodsBeside), or an online word in a
   * paragraph of one kind of goods (onlineTrade): what it carried.
   */
  readonly carried?: Topic;
  /**
   * A broad word of a calamity (lexicon `calamities`) that no mishap named in its sentence made specific: the
   * article's fire or crash, else a disaster (other) (articleSubject, figureCues).
   */
  readonly calamity?: true;
}

/** Language-independent: these topics describe the action rather than the subject matter. */
const ACTIVITY: ReadonlySet<Topic> = new Set<Topic>(['propaganda', 'awards']);

export const DEFAULT_TOPIC: Topic = 'crime';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The matches of one article's cue text, by the line start a scan began at: the figures' paragraphs are
 * searched first, then every line of the article (subjectOf, and the scam test of index.ts), which holds
 * them again. A line's matches are those of a scan of the text cut at the line's end, whatever paragraph
 * asks, so each line is scanned once. One map per cue text and lexicon: a new one for another article.
 */
export type LineCues = Map<number, readonly GroupHit[]>;

/**
 * Every match of `re` in `lineText` (the cue text cut at a line's end) from `line` on, in order. A caller
 * reads them up to its paragraph's end: the same as a scan stopped there, since each match starts where the
 * one before it ends whatever comes after.
 */
function lineMatches(re: GroupSearch, lineText: string, line: number): GroupHit[] {
  const out: GroupHit[] = [];
  re.lastIndex = line;
  for (let m = execGroup(re, lineText); m !== null; m = execGroup(re, lineText)) {
    // As matchAll does: an empty match (a cue that is a bare '*') must not stop the scan.
    if (m.text === '') re.lastIndex += codePointWidthAt(lineText, re.lastIndex);
    out.push(m);
  }
  return out;
}

/**
 * The cue occurrences inside the given paragraphs (sorted, disjoint), in order: one regex pass over each,
 * on the language's cue text (cueTextOf the folded body).
 * Only the paragraphs of the figures are searched, since a figure's topic comes from its own paragraph, and
 * a cue never spans a line break, so these are exactly the hits a pass over the whole body finds there.
 * `lines` keeps each line's matches for the next call on the same cue text and lexicon (LineCues).
 */
export function findCues(
  cueText: string,
  lex: CompiledLexicon,
  paragraphs: readonly Range[],
  leadParagraph: Range = paragraphs[0] ?? { start: 0, end: 0 },
  lines: LineCues = new Map(),
): CueHit[] {
  const hits: CueHit[] = [];
  if (!lex.topicCues) return hits;
  // An exec loop rather than matchAll: no iterator or regex copy per call, on a path run for every article.
  const re = lex.topicCues;
  // Paragraphs that name a fire (not at sea nor in a mine), by their hits, and whether each names a collision;
  // and what the lead tells of a fire: the fire words are the crash's once the whole article is read (crashFires).
  const burning: Burning[] = [];
  let leadTells: 'crash' | 'fire' | undefined;
  // Paragraphs with a calamity word, by their hits, read once every fire and crash word is settled.
  const calamitous: { from: number; to: number }[] = [];
  for (const paragraph of paragraphs) {
    const lead = paragraph.start === leadParagraph.start;
    // The search stops at the line break that ends the paragraph: past it, the engine would scan on to the
    // next cue in the text only to find that it starts too late. No cue spans a line break, and the end of
    // the text reads as a line break does, so every match starting in the paragraph is found the same.
    const nl = cueText.indexOf('\n', paragraph.end);
    const text = nl < 0 ? cueText : cueText.slice(0, nl);
    const from = hits.length;
    // One line at a time, the text cut at its end: a cue's space matches any whitespace (lexicon.ts CueSpace),
    // so no match may see a line break after its start. A paragraph of the figures is one line already.
    for (let line = paragraph.start; line <= paragraph.end;) {
      const lineEnd = text.indexOf('\n', line);
      const stop = Math.min(paragraph.end, lineEnd < 0 ? text.length : lineEnd);
      let matches = lines.get(line);
      if (matches === undefined) {
        matches = lineMatches(re, lineEnd < 0 ? text : text.slice(0, lineEnd), line);
        lines.set(line, matches);
      }
      for (const m of matches) {
        if (m.index >= stop) break;
        const g = m.group;
        if (g === 0) continue;
        const kind = lex.cueKinds[g - 1]!;
        // A phrase that holds a cue word and names no topic (notCues): matched only to hide that word.
        if (kind === 'none') continue;
        const start = m.index;
        const end = start + m.text.length;
        const topic = lex.cueTopics[g - 1]!;
        // Each shape written out (the optional fields absent, not undefined): spreading a base hit into an
        // object with the optional parts took the engine's slow copying path, for every cue of every article.
        if (kind === 'cue') hits.push(lead ? { start, end, topic, lead } : { start, end, topic });
        else if (kind === 'calamity')
          hits.push(
            lead ? { start, end, topic, lead, calamity: true } : { start, end, topic, calamity: true },
          );
        else if (kind === 'harm')
          hits.push(
            lead
              ? { start, end, topic, lead, kind: 'offence', harm: true }
              : { start, end, topic, kind: 'offence', harm: true },
          );
        else hits.push(lead ? { start, end, topic, lead, kind } : { start, end, topic, kind });
      }
      if (lineEnd < 0) break;
      line = lineEnd + 1;
    }
    if (lex.vessels && atSea(text, lex.vessels, paragraph, hits, from)) toDisaster(hits, from, false);
    else if (lex.mines && inMine(text, lex.mines, paragraph, hits, from)) toDisaster(hits, from, true);
    else if (lex.collisions && firesIn(hits, from)) {
      const collided = namedIn(text, lex.collisions, paragraph);
      if (lead) leadTells = collided ? 'crash' : 'fire';
      burning.push({ from, to: hits.length, collided });
    }
    if (lex.explosives) toFireworks(text, lex.explosives, hits, from);
    for (let k = from; k < hits.length; k++) {
      if (besideOffence(text, hits, k, from)) {
        const h = hits[k]!;
        hits[k] = h.lead
          ? { start: h.start, end: h.end, topic: DEFAULT_TOPIC, lead: true, kind: 'offence' }
          : { start: h.start, end: h.end, topic: DEFAULT_TOPIC, kind: 'offence' };
      }
    }
    for (let k = from; k < hits.length; k++) {
      if (hits[k]!.topic !== 'smuggling') continue;
      if (hits[k]!.kind === undefined && peopleAfter(hits, k)) {
        hits[k] = { ...hits[k]!, topic: DEFAULT_TOPIC, kind: 'offence' };
        continue;
      }
      const carried = goodsBeside(cueText, hits, k, from, lex);
      if (carried) hits[k] = { ...hits[k]!, carried: carried.topic };
    }
    onlineTrade(hits, from);
    for (let k = from; k < hits.length; k++) {
      if (hits[k]!.calamity) {
        calamitous.push({ from, to: hits.length });
        break;
      }
    }
  }
  crashFires(hits, burning, leadTells);
  for (const { from, to } of calamitous) namedCalamities(cueText, hits, from, to);
  return hits;
}

/**
 * A calamity word (lexicon `calamities`: a disaster, its victims, the homeless) takes the mishap named nearest
 * to it in its sentence: a fire's or a crash's word ("카페 화재 참사", the café fire disaster; "L'incendie a fait
 * 12 sinistrés"), or a flood's, as one more word of that mishap. With none named there it stays a calamity,
 * which the article's subject settles (articleSubject, figureCues). A paragraph's hits run from `from` to `to`.
 */
function namedCalamities(text: string, hits: CueHit[], from: number, to: number): void {
  if (to <= from) return;
  const paragraph: Range = { start: hits[from]!.start, end: hits[to - 1]!.end };
  for (let k = from; k < to; k++) {
    const h = hits[k]!;
    if (!h.calamity) continue;
    // The nearest by the letters between the two words, whichever comes first, with no sentence's end there.
    const mishap = (g: CueHit): boolean =>
      !g.calamity &&
      g.kind === undefined &&
      MISHAPS.has(g.topic) &&
      !STOP_BETWEEN.test(g.start < h.start ? text.slice(g.end, h.start) : text.slice(h.end, g.start));
    const best = nearestIn(hits, paragraph, h.start, mishap, h, h.end);
    if (best) hits[k] = { start: h.start, end: h.end, topic: best.topic, ...(h.lead ? { lead: true } : {}) };
  }
}

/**
 * An online word written right beside an offence, nothing but spaces between ("online gambling", "đánh bạc
 * trực tuyến", "線上賭博", "賭博網路"), says where the offence was done, not that the case is a cyber crime: it is
 * part of the offence's name (some lexicons list such a phrase as an offence whole, "网络赌博"). A list of
 * two crimes ("银行卡复制和网络赌博", card cloning and online gambling) is no such name: a word stands between.
 */
function besideOffence(text: string, hits: readonly CueHit[], k: number, from: number): boolean {
  const h = hits[k]!;
  if (h.topic !== 'cyber' || h.kind !== undefined) return false;
  const glued = (a: CueHit, b: CueHit): boolean => text.slice(a.end, b.start).trim() === '';
  const prev = k > from ? hits[k - 1] : undefined;
  const next = hits[k + 1];
  return (prev?.kind === 'offence' && glued(prev, h)) || (next?.kind === 'offence' && glued(h, next));
}

/**
 * Whether the accident words of a paragraph (its hits from `from` on) tell an accident of a vessel: the
 * paragraph names a ship or boat ("a cargo ship collided with a fishing boat; the accident left 8 dead").
 * Such an accident is a disaster of the sea or a river, as a sinking is (other), not a road crash; so is
 * the collision its road words tell ("un cargo a percuté un bateau", "chocó contra una embarcación").
 */
function atSea(
  text: string,
  vessels: RegExp,
  paragraph: Range,
  hits: readonly CueHit[],
  from: number,
): boolean {
  let accident = false;
  for (let k = from; k < hits.length && !accident; k++) accident = hits[k]!.kind === 'accident';
  return accident && namedIn(text, vessels, paragraph);
}

/** Whether a word of `words` (a global regex) stands inside the paragraph. */
function namedIn(text: string, words: RegExp, paragraph: Range): boolean {
  words.lastIndex = paragraph.start;
  const m = words.exec(text);
  return m !== null && m.index < paragraph.end;
}

/**
 * A paragraph's accident words and road words (its hits from `from` on), and with `fires` its fire words,
 * read as a disaster's (other): the event its vessel or mine words set at sea or underground.
 */
function toDisaster(hits: CueHit[], from: number, fires: boolean): void {
  for (let k = from; k < hits.length; k++) {
    const h = hits[k]!;
    const road = h.kind === undefined && (h.topic === 'traffic' || (fires && h.topic === 'fire'));
    if (h.kind === 'accident' || road)
      hits[k] = { start: h.start, end: h.end, topic: 'other', ...(h.lead ? { lead: true } : {}) };
  }
}

/**
 * Explosive materials (lexicon `explosives`, arms words) in a paragraph that names fireworks in so many words
 * are the firecrackers' raw materials ("chemicals listed as precursors of explosives ... for making
 * firecrackers"): fireworks, not weapons. Guns and grenades named there stay weapons.
 */
function toFireworks(text: string, explosives: RegExp, hits: CueHit[], from: number): void {
  let named = false;
  for (let k = from; k < hits.length && !named; k++)
    named = hits[k]!.kind === undefined && hits[k]!.topic === 'fireworks';
  if (!named) return;
  for (let k = from; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.kind !== undefined || h.topic !== 'weapons') continue;
    explosives.lastIndex = h.start;
    const m = explosives.exec(text);
    if (m?.index === h.start)
      hits[k] = { start: h.start, end: h.end, topic: 'fireworks', ...(h.lead ? { lead: true } : {}) };
  }
}

/** A paragraph's hits, from `from` to `to`, that name a fire, and whether it names a collision. */
interface Burning {
  readonly from: number;
  readonly to: number;
  readonly collided: boolean;
}

/** Whether the hits from `from` on name a fire in so many words (not a fire unit's name). */
function firesIn(hits: readonly CueHit[], from: number): boolean {
  for (let k = from; k < hits.length; k++)
    if (hits[k]!.kind === undefined && hits[k]!.topic === 'fire') return true;
  return false;
}

/**
 * A road crash and the fire it caused: a paragraph that names a collision ("the bus collided with a truck",
 * "va chạm", "相撞", "衝突") and a fire ("burst into flames", "bốc cháy", "起火", "炎上"), with no vessel or mine
 * named (atSea, inMine), tells vehicles that collided on land and burned: its fire words are the crash's
 * (traffic), as are the deaths and burns they name. When the lead tells the crash and the fire so, every
 * paragraph's fire words are the crash's ("in this accident both buses burned out"). When the lead tells a
 * fire with no collision ("a tanker's fire killed six"), the article is the fire's: a collision told further
 * on is how the fire started, and its fire words stay fire's.
 */
function crashFires(
  hits: CueHit[],
  burning: readonly Burning[],
  leadTells: 'crash' | 'fire' | undefined,
): void {
  for (const { from, to, collided } of burning) {
    if (leadTells !== 'crash' && !(collided && leadTells !== 'fire')) continue;
    for (let k = from; k < to; k++) {
      const h = hits[k]!;
      if (h.kind === undefined && h.topic === 'fire')
        hits[k] = { start: h.start, end: h.end, topic: 'traffic', ...(h.lead ? { lead: true } : {}) };
    }
  }
}

/**
 * Whether a paragraph tells a mining disaster: it names a mine (or its miners) and an accident or a fire
 * ("a gas explosion in the coal mine killed 4 miners", "ledakan gas tambang batu bara"). A mine's collapse
 * and the gas that burns in it are a disaster of the mine (other), as a landslide is, not a road accident
 * nor a fire of a house or a forest.
 */
function inMine(
  text: string,
  mines: RegExp,
  paragraph: Range,
  hits: readonly CueHit[],
  from: number,
): boolean {
  let event = false;
  for (let k = from; k < hits.length && !event; k++) {
    const h = hits[k]!;
    event = h.kind === 'accident' || (h.kind === undefined && h.topic === 'fire');
  }
  return event && namedIn(text, mines, paragraph);
}

/**
 * An online word in a paragraph that names one kind of goods (drugs, arms, fireworks) and no fraud, scam
 * means or offence ("students who learned online and bought materials for firecrackers; most know social
 * media well") tells where the goods were traded or learned about, not a cyber crime: it weighs for the goods
 * when the article's subject is decided (carried), as a smuggling word beside goods does. The paragraph's
 * hits start at `from`.
 */
function onlineTrade(hits: CueHit[], from: number): void {
  let kind: Topic | undefined;
  for (let k = from; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.kind === 'offence' || network(h)) return;
    if (!goods(h, h.start)) continue;
    if (kind !== undefined && kind !== h.topic) return;
    kind = h.topic;
  }
  if (kind === undefined) return;
  for (let k = from; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.topic === 'cyber' && h.kind === undefined) hits[k] = { ...h, carried: kind };
  }
}

/** Words that tell a scam's means or its fraud (byNetwork); cyber cues only once the article tells a scam. */
function network(h: CueHit): boolean {
  return h.kind === 'fraud' || h.kind === 'channel' || h.kind === 'impersonation';
}

/**
 * Fraud told with the means of a fraud at a distance (phone calls, transfers, impersonation) is cyber, as the
 * README's rule has it. An article tells such a scam when it names a fraud, and one of its paragraphs names a
 * channel word and a fraud word or a scam ("scams in which they pretended to be officers"), or a fraud and an
 * online cue ("defrauded 20 people via social networks"), or its lead names an online crime in so many words
 * ("a cyber fraud ring ... defrauded"); or when a paragraph names an impersonation beside a channel, a fraud
 * or an online cue ("posed as bank staff and called 20 people": passing oneself off is the fraud itself).
 * `hits` are those of `paragraphs`, sorted by start as findCues gives them (any other order is read hit by hit).
 */
export function tellsScam(hits: readonly CueHit[], paragraphs: readonly Range[], lead?: Range): boolean {
  if (!hits.some(network)) return false;
  const cyber = (h: CueHit): boolean => h.topic === 'cyber' && h.kind === undefined;
  // Hits come sorted by start from findCues, so a paragraph's are found by a binary search: a pass over every
  // hit for every paragraph grew with the square of a long text. Any other order is read hit by hit.
  const sorted = sortedByStart(hits);
  const within = (p: Range, accept: (h: CueHit) => boolean): boolean => {
    const from = sorted ? lowerBound(hits, p.start) : 0;
    for (let k = from; k < hits.length; k++) {
      const h = hits[k]!;
      if (h.start >= p.end) {
        if (sorted) break;
        continue;
      }
      if (h.start >= p.start && accept(h)) return true;
    }
    return false;
  };
  const means = (h: CueHit): boolean => h.kind === 'channel' || h.kind === 'impersonation';
  const impersonated = paragraphs.some(
    (p) =>
      within(p, (h) => h.kind === 'impersonation') &&
      within(p, (h) => h.kind === 'channel' || h.kind === 'fraud' || cyber(h)),
  );
  return (
    impersonated ||
    (hits.some((h) => h.kind === 'fraud') &&
      (paragraphs.some(
        (p) =>
          (within(p, means) && within(p, (h) => h.kind === 'fraud' || cyber(h))) ||
          (within(p, (h) => h.kind === 'fraud') && within(p, cyber)),
      ) ||
        (lead !== undefined && within(lead, cyber))))
  );
}

/**
 * The hits with their scam words resolved (tellsScam): when the article tells a scam, its fraud, channel and
 * impersonation words are cyber cues; else fraud is crime, and a channel or an impersonation word no cue at
 * all (a stolen phone, police posing as buyers). `hits` may be those of the figures' paragraphs only: a fraud
 * named there is still a scam's when the article tells its means in a paragraph with no figure ("the ring
 * advertised on social media and vanished once the victims had transferred the money"), which `elsewhere`
 * reads, asked only then. So are the means named there (a transfer, an account opened for a stranger) when
 * another paragraph tells the fraud they served ("she may be the victim of a fraud").
 */
export function byNetwork(
  hits: readonly CueHit[],
  paragraphs: readonly Range[],
  lead?: Range,
  elsewhere?: () => boolean,
): readonly CueHit[] {
  if (!hits.some(network)) return hits;
  const online =
    tellsScam(hits, paragraphs, lead) ||
    (elsewhere !== undefined && hits.some((h) => h.kind === 'fraud' || h.kind === 'channel') && elsewhere());
  const out: CueHit[] = [];
  for (const h of hits) {
    if (!network(h)) out.push(h);
    else if (online || h.kind === 'fraud') {
      const { kind: _kind, ...plain } = h;
      out.push({ ...plain, topic: online ? 'cyber' : DEFAULT_TOPIC });
    }
  }
  return out;
}

const ANY = (): boolean => true;

/**
 * The accepted hit lying inside r nearest to at (the earlier on a tie), skipping one; hits are sorted by
 * start, so a binary search finds r and nothing is allocated on this per-figure path. A span from at to
 * `atEnd` (a word rather than a point) is reached from its end by the hits after it.
 */
function nearestIn(
  hits: readonly CueHit[],
  r: Range,
  at: number,
  accept: (h: CueHit, at: number) => boolean = ANY,
  skip?: CueHit,
  atEnd = at,
): CueHit | undefined {
  let best: CueHit | undefined;
  let bestDistance = Infinity;
  for (let k = lowerBound(hits, r.start); k < hits.length && hits[k]!.start < r.end; k++) {
    const h = hits[k]!;
    if (h.end > r.end || h === skip || !accept(h, at)) continue;
    const d = h.start >= atEnd ? h.start - atEnd : at - h.end;
    if (d < bestDistance) {
      best = h;
      bestDistance = d;
    }
  }
  return best;
}

function lowerBound(hits: readonly CueHit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far after the counted noun a cue still qualifies it ("350 g d'héroïne", "100 % d'enquêtes"). */
const HEAD_REACH = 15;

/** How far after a count of persons a word naming people is still the same people (" de ", " of "). */
const PERSON_REACH = 5;

/**
 * Topics that say who or what was counted rather than what it was about ("6 500 habitants", "25 modèles"):
 * as a counted noun they yield to the clause's activity or subject, and in the clause they weigh no more
 * than a crime cue.
 */
const GENERIC: ReadonlySet<Topic> = new Set<Topic>(['population', 'organization']);

/**
 * A figure as topicAt reads it: its span, its unit when known (a counted vehicle takes its clause's subject)
 * and its currency when it is money.
 */
export interface FigureSpan extends Range {
  readonly unit?: Unit;
  /** The figure's value: a count of millions of residents is a census (CENSUS_SIZE). */
  readonly value?: number;
  readonly currency?: string | undefined;
  /**
   * Where words are not spaced, the earliest end a cue may have before the number and still be its counted
   * noun (nounZoneStart): the noun comes first there ("麻薬事件95件", "마약 사건 95건").
   */
  readonly nounFrom?: number;
  /** The first clause mark after the figure (headLimit): its counted noun never lies past it. */
  readonly headTo?: number;
  /** A conjunction right after the figure's own words: the counted noun never lies past it either. */
  readonly nounTo?: number;
  /**
   * The part of the clause set off by a comma right after the counted noun, when it holds no number
   * (attributeAfter): a participle or relative clause that still describes it ("120 преступлений, связанных
   * с наркотиками", 120 crimes related to drugs).
   */
  readonly attribute?: Range;
  /**
   * Where the figure's own item of a list begins: right after the last clause mark before it in its sentence
   * (itemStart), when one stands there. A cue before it is another item's ("178 drug offenders, 134
   * smugglers").
   */
  readonly itemFrom?: number;
}

/**
 * Marks that end a part of a clause: what follows is another item or act, not the counted noun, in every
 * script that has its own ("،" in Arabic-script text, "，" in Chinese). A sentence's end is one too ("총알 2000발을 압수했다. 교통사고는 ...": the next sentence's accidents are not the bullets);
 * a dot inside a number ("1.200") is not.
 */
function isPartMark(c: number): boolean {
  return (
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0xff0c || // ，
    c === 0x3001 || // 、
    c === 0xff1b || // ；
    c === 0xff1a || // ：
    c === 0x3002 || // 。
    c === 0xff01 || // ！
    c === 0xff1f || // ？
    // The Arabic script's own comma, semicolon, question mark and the Urdu full stop (ar, fa, ur).
    latinOfArabicMark(c) !== undefined ||
    c === URDU_FULL_STOP
  );
}

/**
 * The first comma, semicolon, colon or sentence end after `end` in `text` (its length when none): "bắt 140 đối
 * tượng, xử lý 12.000 trường hợp vi phạm giao thông" counts no traffic offenders. A loop over the code units
 * (`[,;:，、；：。！？]|[.!?](?=\s|$)` as a regex cost a match array per call, twice per figure).
 */
export function headLimit(text: string, end: number): number {
  const n = text.length;
  for (let i = end; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPartMark(c)) return i;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 === n || isSpaceCode(text.charCodeAt(i + 1))))
      return i;
  }
  return n;
}

/**
 * The part after a comma that follows the counted noun right away ("120 преступлений, связанных с
 * наркотиками, ..."), up to the next clause mark, when it holds no digit (no other count of a list: "95 vụ,
 * bắt 140 đối tượng"): it can only describe the counted noun.
 */
export function attributeAfter(text: string, end: number, headTo: number): Range | undefined {
  if (headTo >= text.length || text.slice(end, headTo).trim() !== '' || text[headTo] !== ',')
    return undefined;
  const to = headLimit(text, headTo + 1);
  const span = text.slice(headTo + 1, to);
  return /\d/.test(span) || span.includes('\n') ? undefined : { start: headTo + 1, end: to };
}

/**
 * Right after the last clause mark (isPartMark) between `from` and `at` in `text`, or undefined when none: the
 * start of the list item a figure at `at` belongs to ("..., 134 معاشی اسمگلنگ کے مجرموں، اور 86 ...").
 */
export function itemStart(text: string, from: number, at: number): number | undefined {
  for (let i = at - 1; i >= from; i--) if (isPartMark(text.charCodeAt(i))) return i + 1;
  return undefined;
}

/** How many letters may stand between a counted noun and its number in an unspaced script ("事件", "사건"). */
const NOUN_GAP = 3;

const SPACE = /[^\S\n]/;
const NO_MARKS: ReadonlySet<string> = new Set();
const LETTER = /[\p{L}\p{M}]/u;
/** Letters that write nouns in Han and kana text; a hiragana or Hangul syllable glued on is a particle or an ending. */
const NOUN_LETTER = /[\p{sc=Han}\p{sc=Katakana}ー]/u;

/**
 * In a script written without spaces between words (Han, kana, Hangul with glued particles, Thai), the
 * counted noun comes before the number ("交通違反1万2000件", traffic violations, 12 000 cases), at most one
 * short noun apart ("麻薬事件95件", drug cases; "마약 사건 95건"): the earliest end such a noun may have.
 * Back from the number over spaces, then one word of at most NOUN_GAP letters: a word of its own (spaces
 * before it) is passed with the spaces before it; one glued to letters before it only when written in noun
 * letters (Han, katakana), since "체포되고 303kg" (were arrested, and 303 kg) glues a verb's ending. A case
 * particle that marks a noun whose count floats after it (`marks`, ja "を": "犯罪を35件", 35 crimes) is passed
 * with the noun it marks.
 */
export function nounZoneStart(text: string, at: number, marks: ReadonlySet<string> = NO_MARKS): number {
  let k = at;
  while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  if (k > 1 && marks.has(text[k - 1]!) && NOUN_LETTER.test(text[k - 2]!)) k--;
  let w = k;
  while (w > 0 && k - w < NOUN_GAP && LETTER.test(text[w - 1]!)) w--;
  if (w === k) return k;
  if (w > 0 && LETTER.test(text[w - 1]!)) {
    return [...text.slice(w, k)].every((ch) => NOUN_LETTER.test(ch)) ? w : k;
  }
  while (w > 0 && SPACE.test(text[w - 1]!)) w--;
  return w;
}

/** Subject matter: neither an action (activity), nor who was counted (generic), nor the catch-all crime. */
function isSubject(topic: Topic): boolean {
  return topic !== DEFAULT_TOPIC && !ACTIVITY.has(topic) && !GENERIC.has(topic);
}

/**
 * Goods whose illegal carriage is told with smuggling words ("smuggling 60 000 pills", "vận chuyển trái phép
 * chất ma túy", "passeurs" of a drug ring): the smuggling word names the act, the goods name the subject.
 */
const GOODS: ReadonlySet<Topic> = new Set<Topic>(['drugs', 'weapons', 'fireworks']);
/** Goods named as such: a unit's name ("the drug police") names who acted, not what was carried. */
const goods: Accept = (h) => GOODS.has(h.topic) && h.kind !== 'agency';

/**
 * The nearest hit `accept` takes in the clause; a smuggling cue there gives way to goods the same clause
 * names, since it tells how they were moved, not what the case is about.
 */
function clauseHit(
  hits: readonly CueHit[],
  clause: Range,
  at: number,
  accept: Accept,
  skip?: CueHit,
): CueHit | undefined {
  // A police unit's name ("the traffic police found 60 sacks of contraband") says who acted: the clause's
  // own subject comes first.
  const h =
    nearestIn(hits, clause, at, (g, x) => g.kind !== 'agency' && accept(g, x), skip) ??
    nearestIn(hits, clause, at, accept, skip);
  if (h?.topic !== 'smuggling') return h;
  return nearestIn(hits, clause, at, (g, x) => goods(g, x) && accept(g, x), skip) ?? h;
}

/**
 * Units that count people: persons, or their households ("evacuated 120 households of residents"), which a
 * disaster strikes as it strikes the persons.
 */
const PEOPLE_UNITS: ReadonlySet<Unit | undefined> = new Set<Unit | undefined>(['person', 'household']);

/** Units that count offenders or offences: a crime word naming them ("57 criminals") yields to the subject. */
const OFFENCE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['person', 'case']);

/**
 * A counted noun whose cue names the kind of thing counted, not what the clause is about: people, models,
 * seized vehicles, and offenders or cases named by a crime word ("57 criminals who used cyber tools").
 */
function yields(head: CueHit, figure: FigureSpan, ownSubject: boolean, main: Topic): boolean {
  if (GENERIC.has(head.topic)) return true;
  // An offence is what the counted cases or people did ("one case of property theft"), not a crime word
  // that names any offender: it does not yield.
  if (head.topic === DEFAULT_TOPIC) {
    // A counted weapon named by a crime word (a toy gun) is what its article makes it: a weapon handed in
    // with others, or the tool of a robbery.
    if (head.kind === 'offence' || figure.unit === undefined) return false;
    // Cases named by a crime word are crimes, the category of a review ("320 Straftaten, 510 suspects,
    // 95 drug cases", "범죄 320건"), unless their own part of the clause names what they were ("12 offences
    // of contraband sugar"); offenders so named ("12 suspects") are whoever the clause says.
    if (figure.unit === 'case' && head.kind === undefined && !ownSubject) return false;
    return OFFENCE_UNITS.has(figure.unit) || figure.unit === 'weapon';
  }
  if (head.topic !== 'traffic') return false;
  // Goods named by a road word (helmets, "ヘルメットの入ったダンボール10箱") are what a smuggling case carried when
  // their part of the clause or the article says so ("300 helmets of unknown origin").
  return figure.unit === 'vehicle' || (GOODS_UNITS.has(figure.unit) && (ownSubject || main === 'smuggling'));
}

/** Units of goods counted by number or weight (not vehicles, papers or money). */
const GOODS_UNITS: ReadonlySet<Unit | undefined> = new Set<Unit | undefined>(['other', 'kg']);

/** The one kind of goods the article's smuggling words carry (CueHit.carried); none when several or none. */
function carriedOnly(hits: readonly CueHit[]): Topic | undefined {
  let only: Topic | undefined;
  for (const h of hits) {
    if (h.carried === undefined || h.carried === only) continue;
    if (only !== undefined) return undefined;
    only = h.carried;
  }
  return only;
}

/** Units of things seized, fined or withdrawn: goods, vehicles and papers (topicAt). */
const SEIZED_UNITS: ReadonlySet<Unit> = new Set<Unit>(['other', 'kg', 'vehicle', 'document']);

/** A crime word of police work (no offence, no unit's name) before a count of seized things, not money. */
function policeVerbOfSeized(h: CueHit, figure: FigureSpan): boolean {
  return (
    h.topic === DEFAULT_TOPIC &&
    h.kind === undefined &&
    figure.unit !== undefined &&
    SEIZED_UNITS.has(figure.unit) &&
    figure.currency === undefined
  );
}

/**
 * Units of what police work finds or takes: things seized (SEIZED_UNITS), and the spots raided or searched
 * ("raided 3 locations", "급습한 3곳"), which a raid word names no more than it names the goods it took.
 */
const FOUND_UNITS: ReadonlySet<Unit> = new Set<Unit>([...SEIZED_UNITS, 'point']);

/** Units that count places: background when their clause names no cue (topicAt). */
const PLACE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['locality', 'country']);

type Accept = (h: CueHit, at: number) => boolean;

const before: Accept = (h, at) => h.end <= at;
const activityOrSubject: Accept = (h) => ACTIVITY.has(h.topic) || isSubject(h.topic);
const activityBefore: Accept = (h, at) => ACTIVITY.has(h.topic) && h.end <= at;
const subject: Accept = (h) => isSubject(h.topic);
const subjectBefore: Accept = (h, at) => isSubject(h.topic) && h.end <= at;
const specific: Accept = (h) => !GENERIC.has(h.topic);
const activity: Accept = (h) => ACTIVITY.has(h.topic);
const subjectAfter: Accept = (h, at) => isSubject(h.topic) && h.start >= at;
/** A cue of what happened: a subject, an offence or a crime word of police work, not a unit's name. */
const storyCue: Accept = (h) => (h.topic === DEFAULT_TOPIC ? h.kind !== 'agency' : isSubject(h.topic));
const arms: Accept = (h) => h.topic === 'weapons' && h.kind !== 'agency';
const offence: Accept = (h) => h.kind === 'offence';
/** A crime word of police work or an offence, not a unit's name ("security and order", "crime prevention"). */
const policeWork: Accept = (h) => h.topic === DEFAULT_TOPIC && h.kind !== 'agency';

/** Stories of an event that strikes people where they live (a disaster, a fire), not of a case. */
const STRUCK: ReadonlySet<Topic> = new Set<Topic>(['other', 'fire']);

type CountedKind = 'none' | 'population' | 'organization' | 'vehicle' | 'offender';

/** What the clause may put before the counted noun's own cue, in order, by kind of counted noun. */
const CLAUSE_ORDER: Readonly<Record<CountedKind, readonly Accept[]>> = {
  // The nearer of what was done and what it was about ("12 talks on drug prevention": propaganda; "under the
  // campaign to hand in weapons, 147 agencies were inspected": weapons).
  none: [activityOrSubject],
  // Counted people are the audience or the victims of what the clause told before them ("74 meetings ...
  // attended by 6 500 residents", "a fire broke out ... 320 workers were evacuated"); what follows them is
  // what they did ("4 000 residents attended 12 meetings": the residents are what is counted).
  population: [activityBefore, subjectBefore],
  // A model or group is named by what it is for, which may follow it ("5 models for digital transformation");
  // one set up for security and order, or against crime, is crime's ("25 mass models to protect security and
  // order"), since the campaign is counted under what it fights.
  organization: [activityBefore, subject, policeWork],
  // A counted vehicle yields only to the subject matter ("seized 3 motorbikes carrying heroin").
  vehicle: [subject],
  // Offenders (persons or cases with no cue, or named by a crime word) are the audience of an activity told
  // before them ("57 sessions on drug prevention for 13 260 people"), else the people of the article's own
  // case when the clause names it, else of the clause's subject ("arrested 12 suspects for drug trafficking"),
  // else of the article's subject (topicAt).
  offender: [activityBefore],
};

/**
 * Whether the figure counts offenders by a crime word of its own ("86 environmental offenders") in a later
 * item of a list whose earlier items count theirs by a crime word too ("arrested 178 drug offenders, 134
 * economic offenders, and 86 ..."): each item's subject is its own words', not the previous item's.
 */
function listedOffender(
  hits: readonly CueHit[],
  head: CueHit | undefined,
  figure: FigureSpan,
  item: Range,
  clause: Range,
): boolean {
  if (head?.topic !== DEFAULT_TOPIC || head.kind !== undefined) return false;
  if (head.start < figure.start || head.start >= figure.end || item.start <= clause.start) return false;
  const crimeWord = (h: CueHit, at: number): boolean =>
    h.topic === DEFAULT_TOPIC && h.kind === undefined && h.end <= at;
  return nearestIn(hits, { start: clause.start, end: item.start }, item.start, crimeWord) !== undefined;
}

/** The kind of a counted noun with no cue or one that yields to its clause (yields() holds). */
function kindOf(head: CueHit | undefined, figure: FigureSpan): CountedKind {
  if (!head || head.topic === DEFAULT_TOPIC) {
    return figure.unit !== undefined && OFFENCE_UNITS.has(figure.unit) ? 'offender' : 'none';
  }
  return head.topic === 'population' || head.topic === 'organization' ? head.topic : 'vehicle';
}

/**
 * People counted after an award and an arrest word in that order ("rewarded the border guards for
 * arresting four foreigners who carried heroin") are the ones arrested, not the ones rewarded: their part of
 * the clause starts at the arrest word, so the award does not name them (the reward's money, before the
 * arrest, still does). An arrest word is a crime cue of police work, not a unit's name.
 */
function afterRewardedArrest(hits: readonly CueHit[], clause: Range, at: number): Range {
  const award = nearestIn(hits, clause, at, (h, x) => h.topic === 'awards' && h.end <= x);
  if (!award) return clause;
  const arrest = nearestIn(
    hits,
    { start: award.end, end: at },
    at,
    (h) => h.topic === DEFAULT_TOPIC && h.kind !== 'agency',
  );
  return arrest ? { start: arrest.start, end: clause.end } : clause;
}

/**
 * How many kinds of goods a sentence must name as such (not through a unit's name) for the offenders or
 * cases it counts to be a review's sum over them rather than one case's (topicAt): two are a case and its
 * tools (heroin and a gun), three are a review's seizures.
 */
const REVIEW_GOODS = 3;

/** Goods seized or carried: drugs, arms, fireworks and contraband (smuggling). */
const SEIZABLE: ReadonlySet<Topic> = new Set<Topic>([...GOODS, 'smuggling']);

/** Goods named as such (not through a unit's name) of another kind than `main`, a smuggling word as what it carried. */
function otherGoods(main: Topic): Accept {
  return (h) => h.kind === undefined && SEIZABLE.has(h.carried ?? h.topic) && (h.carried ?? h.topic) !== main;
}

/** The distinct kinds of goods the hits inside r name as such (a smuggling word counts as what it carried). */
function goodsIn(hits: readonly CueHit[], r: Range): number {
  const seen = new Set<Topic>();
  for (let k = lowerBound(hits, r.start); k < hits.length && hits[k]!.start < r.end; k++) {
    const h = hits[k]!;
    const topic = h.carried ?? h.topic;
    if (h.end <= r.end && h.kind === undefined && SEIZABLE.has(topic)) seen.add(topic);
  }
  return seen.size;
}

/**
 * `main` is the article's subject: articleTopic of the same hits, computed once per article; `crimeStory`
 * says that crime is a subject there, led by its offences (articleSubject).
 */
export function topicAt(
  hits: readonly CueHit[],
  figure: FigureSpan,
  whole: Range,
  paragraph: Range,
  main: Topic,
  crimeStory = false,
  weakMain = false,
): Topic {
  const at = figure.start;
  const clause = figure.unit === 'person' ? afterRewardedArrest(hits, whole, at) : whole;
  const money = figure.unit === 'vnd' || figure.currency !== undefined;
  // The counted noun phrase itself ("260 étrangers", "20 armes") says most about the figure.
  // Where words are not spaced, the counted noun may come glued right before the number and its classifier
  // ("薬莢2個", two cartridge cases): a cue ending at the number is that noun. (A spaced text never has one.)
  const first = lowerBound(hits, figure.start);
  // A crime word of police work glued before a count of goods, vehicles or papers ("暂时拘留179辆汽车",
  // detained 179 cars; "没收2688个驾驶证") is the verb that took them, not their noun: as when spaced, the
  // clause and the article decide (the seized-goods rule below).
  const prior = first > 0 ? hits[first - 1]! : undefined;
  const glued = prior && !policeVerbOfSeized(prior, figure) ? prior : undefined;
  let head: CueHit | undefined =
    glued &&
    (glued.end === at || (figure.nounFrom !== undefined && glued.end >= figure.nounFrom && glued.end <= at))
      ? glued
      : undefined;
  // Chinese writes the counted noun after its measure word ("走私约280公斤海洛因", smuggled about 280 kg of
  // heroin; "走私500发子弹"): a subject's cue glued right to the figure's end, or read into its words, is that
  // noun, and the cue glued before is the verb that moved it. (Japanese and Korean glue a particle there.)
  const next = hits[first];
  if (head && next && next.start <= figure.end && next !== head && isSubject(next.topic) && !next.kind)
    head = next;
  for (let k = first; !head && k < hits.length; k++) {
    const h = hits[k]!;
    if (h.start > figure.end + HEAD_REACH || h.end > clause.end) break;
    if (figure.headTo !== undefined && h.start >= figure.headTo) break;
    if (figure.nounTo !== undefined && h.start >= figure.nounTo) break;
    // Money counts no thing: a cue after its currency is the next item of a list ("600 million VND, a
    // military gun"), not what the money is.
    if (money && h.start >= figure.end) break;
    // Counted persons are named by their own noun: people named a few words on are another group they
    // met or served ("deployed 250 officers to help residents"); one right after the count still names them
    // ("500 de ses habitants").
    if (figure.unit === 'person' && GENERIC.has(h.topic) && h.start > figure.end + PERSON_REACH) continue;
    // A crime cue right after the noun is weak ("... suspects pour trafic"), but the counted noun itself
    // ("25 caméras") is not, nor an offence ("one case of property theft").
    if (h.topic !== DEFAULT_TOPIC || h.kind === 'offence' || h.start < figure.end) {
      head = h;
      break;
    }
  }
  // A person named by a smuggling word carried the goods the clause names, or the article's case is about
  // ("deux passeurs" of a drug ring): the goods are the case. A case so named is of that kind ("15 kasus
  // penyelundupan", 15 smuggling cases).
  // The goods of an earlier item of a list are that item's ("178 drug offenders, 134 smugglers").
  const item: Range =
    figure.itemFrom !== undefined && figure.itemFrom > clause.start
      ? { start: figure.itemFrom, end: clause.end }
      : clause;
  if (head?.topic === 'smuggling' && figure.unit === 'person') {
    const carried = nearestIn(hits, item, at, goods);
    if (carried) return carried.topic;
    if (GOODS.has(main)) return main;
    // Smugglers counted in a title ("Six smugglers sentenced to death") carried what the article's smuggling
    // words carry further on ("for smuggling 200 kg of heroin"), when they carry one kind of goods.
    const told = carriedOnly(hits);
    if (told) return told;
  }
  // Cases named by a smuggling word with goods named right beside it, after the count ("7 cases of heroin
  // smuggling", "6 vụ vận chuyển trái phép 30 kg ma túy"), are cases of those goods: the word tells how they
  // were moved. Goods before the count are another item of a list ("1.2 million pills and 15 smuggling cases").
  if (head?.topic === 'smuggling' && figure.unit === 'case') {
    const h = head;
    const beside = nearestIn(
      hits,
      clause,
      h.start,
      (g) => goods(g, at) && g.start >= at && gapBetween(g, h) <= GOODS_REACH,
    );
    if (beside) return beside.topic;
  }
  // The figure's own part of the clause, up to the next comma (headLimit).
  const part: Range = { start: clause.start, end: Math.min(figure.headTo ?? clause.end, clause.end) };
  // In a crime story (a betting ring, a robbery gang) an online word beside its offence says where the
  // offence was done ("50 accounts on the internet to bet on football"): the offence is the subject.
  const onlineOffence = (h: CueHit): boolean =>
    h.topic === 'cyber' && h.kind === undefined && crimeStory && !!nearestIn(hits, clause, at, offence);
  if (head && onlineOffence(head)) return DEFAULT_TOPIC;
  // So in the story of goods (arms, drugs, fireworks, contraband) an online word beside them says where they
  // were traded ("two rings that sold weapons on the internet", "bán pháo qua mạng xã hội"): the goods are the
  // subject, not a cyber crime, which tells scams and attacks on systems.
  // The money paid or the things used to trade them ("ordered the materials online for 500,000 VND", "a
  // phone to sell them online") need not name the goods again: a clause that names no other subject and no
  // offence beside the online word tells the same trade.
  const tradeOfGoods = money || (figure.unit !== undefined && SEIZED_UNITS.has(figure.unit));
  const onlineGoods = (h: CueHit): boolean =>
    h.topic === 'cyber' &&
    h.kind === undefined &&
    SEIZABLE.has(main) &&
    !weakMain &&
    (!!nearestIn(hits, clause, at, (g) => g.kind === undefined && (g.carried ?? g.topic) === main) ||
      (tradeOfGoods &&
        !nearestIn(
          hits,
          clause,
          at,
          (g) => g.kind === 'offence' || (isSubject(g.topic) && g.topic !== 'cyber'),
        )));
  const ownSubject =
    nearestIn(hits, part, at, subjectAfter, head) !== undefined ||
    (figure.attribute !== undefined && nearestIn(hits, figure.attribute, at, subject, head) !== undefined);
  // People named as armed ("4 youths armed with swords", "16 remaja yang membawa senjata") in a clause that
  // names an offence are its offenders: the arms were its tool (an assault, a brawl), not the case.
  if (head?.topic === 'weapons' && figure.unit === 'person' && nearestIn(hits, clause, at, offence)) {
    return isSubject(main) && main !== 'weapons' && !weakMain ? main : DEFAULT_TOPIC;
  }
  // Millions of residents or inhabitants ("a country of 95 million inhabitants") are a place's census, not
  // people of the article's case or crash, whatever its clause names ("traffic in this land of 95 million
  // inhabitants is deadly"); in the story of a disaster they are the people it struck.
  if (
    head?.topic === 'population' &&
    figure.unit === 'person' &&
    (figure.value ?? 0) >= CENSUS_SIZE &&
    !STRUCK.has(main)
  )
    return 'population';
  // People named by their police unit ("2 cán bộ thuộc Phòng CSGT", two officers of the traffic police) are
  // named by who they are, not by what was done with them: an award or a talk told before them in their
  // clause is the figure's ("trao giấy khen cho 2 cán bộ...": awards), as it is for people with no cue.
  if (head?.kind === 'agency' && figure.unit === 'person') {
    const done = nearestIn(hits, clause, at, activityBefore);
    if (done) return done.topic;
  }
  if (head && !yields(head, figure, ownSubject, main)) return head.topic;
  // People a reform word counts ("helped 700 offenders to reform", "cảm hóa, giáo dục 6.700 đối tượng") are
  // offenders in the care of a movement or a commune's police: crime, whatever the campaign's propaganda named
  // before them or the arms its movement collected (a movement review's tally).
  if (figure.unit === 'person' && reformedBefore(hits, part, figure)) return DEFAULT_TOPIC;
  // In a crime story the arms its clauses name are the tools of the offence ("robbed the shop with a toy gun
  // and took 15 taels of gold and 30 million VND"): they give no topic to the loot or the money.
  if (crimeStory && figure.unit !== 'weapon' && hits.some((h) => h.topic === 'weapons')) {
    const tools = hits.filter((h) => h.topic !== 'weapons');
    return topicAt(tools, figure, clause, paragraph, main, crimeStory, weakMain);
  }
  // Money counts no thing of its own: in an article about one subject, another subject named beside it is
  // not what it was for ("heroin, 20 bullets and over 1 billion VND": the case's money, not the bullets');
  // its clause still tells an activity or a crime it paid for ("190 cameras for 200 million VND").
  // Nor does who was counted beside it, whatever the article ("120 workers were evacuated; damage of 5
  // billion VND", "the workers were caught; police seized 20 million VND").
  // Money written right after an offence, a space at most between ("phá vụ trộm 40 tỉ đồng", cracked the
  // theft of 40 billion), is the sum the offence took: crime, whatever award its clause tells of the case.
  if (money && !head) {
    const took = (h: CueHit, x: number): boolean =>
      h.kind === 'offence' && !h.harm && h.end <= x && x - h.end <= 1;
    if (nearestIn(hits, clause, at, took)) return DEFAULT_TOPIC;
  }
  if (money && (isSubject(main) || hits.some((h) => GENERIC.has(h.topic)))) {
    const own = hits.filter(
      (h) => !GENERIC.has(h.topic) && (!isSubject(h.topic) || h.topic === main || !isSubject(main)),
    );
    // In a scam's article (cyber), money whose clause names nothing but police work ("arrested 60 suspects who
    // stole VND1 trillion") is the sum the scam took: the arrest says how it was found, not what it was. An
    // offence named there (a bribe, a robbery) still makes it crime's. (Not yet in other subjects' articles:
    // their crime words do not tell police work from things, "190 security cameras for 200 million VND".)
    if (main === 'cyber' && !weakMain && !head) {
      const told = nearestIn(own, clause, at, (h) => h.kind !== 'agency');
      if (told?.topic === DEFAULT_TOPIC && told.kind === undefined && !nearestIn(own, clause, at, offence))
        return main;
    }
    return topicAt(
      own,
      { start: figure.start, end: figure.end },
      clause,
      paragraph,
      main,
      crimeStory,
      weakMain,
    );
  }
  // A counted weapon named by no cue ("2 khẩu", two pieces) is about weapons when its paragraph names arms,
  // whatever other subject was seized with them ("116 kg of heroin; 2 pistols"). Blades are no weapons cue:
  // knives and swords are the tools of a brawl or a robbery, or evidence of the case they were seized in
  // ("1 knife" beside the pills of a drug case), so the clause and the article decide; in a crime story
  // (a brawl, a robbery) the arms its paragraph names were carried for the crime ("carried weapons to the
  // fight: two swords").
  if (figure.unit === 'weapon' && isSubject(main) && nearestIn(hits, paragraph, at, arms)) return 'weapons';
  // In a crime story the same uncued weapon (a blade: "two swords" brought to a brawl) is the crime's tool
  // when its own clause names no arms; arms named elsewhere in the paragraph say nothing about it.
  if (figure.unit === 'weapon' && crimeStory && !head && !nearestIn(hits, clause, at, arms))
    return DEFAULT_TOPIC;
  const kind = kindOf(head, figure);
  // Goods counted with no cue of their own among the evidence of a case (cars, phones) are the case's,
  // whatever arms are listed beside them ("186,000 pills, three pistols, two cars and eight phones"; "seized
  // one car, one motorbike and a military gun" in a drug case): the arms are evidence too, not what they were for.
  if (
    !head &&
    !money &&
    (figure.unit === 'vehicle' || figure.unit === 'other') &&
    isSubject(main) &&
    main !== 'weapons' &&
    !weakMain &&
    clauseHit(hits, clause, at, subject)?.topic === 'weapons'
  ) {
    return main;
  }
  // A counted vehicle carried the article's case when its clause names it, whatever else was seized with
  // it ("3 kg of drugs, 2 pistols and 4 motorbikes").
  // In a case of goods carried (smuggling, drugs, arms, fireworks) a vehicle is their carrier unless its
  // clause names another subject: a clause that tells it on the road ("6 trucks in traffic with suspicious
  // signs"), or a paragraph that did, sets the scene.
  const carrier = main === 'smuggling' || GOODS.has(main);
  if (
    (kind === 'vehicle' || figure.unit === 'vehicle') &&
    isSubject(main) &&
    !weakMain &&
    (nearestIn(hits, clause, at, (h) => h.topic === main) ||
      (carrier && !nearestIn(hits, clause, at, (h) => isSubject(h.topic) && h.topic !== 'traffic')))
  ) {
    return main;
  }
  // Goods counted with no cue of their own in the story of one kind of goods (drugs, arms, fireworks), whose
  // clause names smuggling and no goods ("fishermen pulled 11 packs with foreign lettering from the sea", in
  // a drug find's story): the smuggling word tells how the goods came or looked, not what they were, as it
  // yields to goods its clause names (clauseHit); the article says what they were.
  if (
    !head &&
    figure.unit !== undefined &&
    SEIZED_UNITS.has(figure.unit) &&
    !money &&
    GOODS.has(main) &&
    !weakMain
  ) {
    const told = clauseHit(hits, clause, at, activityOrSubject);
    if (told?.topic === 'smuggling' && told.carried === undefined) return main;
  }
  // Goods counted with no cue of their own in a smuggling case, whose clause names what they held by a road
  // word ("ヘルメットの入ったダンボール10箱", 10 cartons of helmets; "15 cartons holding helmets"), are what the
  // case carried, as a counted noun so named is (yields): the helmets tell no road offence there.
  if (!head && !money && GOODS_UNITS.has(figure.unit) && main === 'smuggling' && !weakMain) {
    const told = clauseHit(hits, clause, at, activityOrSubject);
    if (told?.topic === 'traffic' && told.kind === undefined) return main;
  }
  for (const accept of CLAUSE_ORDER[kind]) {
    const h = clauseHit(hits, clause, at, accept, head);
    if (h && onlineOffence(h)) return DEFAULT_TOPIC;
    if (h && onlineGoods(h)) return main;
    if (h) return h.topic;
  }
  // People named as residents or foreigners who take part in what the clause tells after them, an offence
  // or a case ("beat 3 residents and robbed...", "25 foreigners were caught taking drugs"), are people of the
  // article's story, not a count of the population; beside no activity they meet (meetings, talks).
  if (kind === 'population' && PEOPLE_UNITS.has(figure.unit) && !nearestIn(hits, clause, at, activity)) {
    const told = nearestIn(hits, clause, at, storyCue, head);
    if (told) return (isSubject(main) && !weakMain) || crimeStory ? main : told.topic;
    // Residents counted as the dead, the hurt or the trapped of the article's event ("a landslide buried
    // 4 houses; two residents died") are its victims, not a count of the population, when their paragraph
    // has named that event by the end of their clause. An event named only in a later sentence does not
    // befall them: "the province has 600,000 inhabitants. Police handled 85 drug cases" is a census.
    const toldSoFar: Range = { start: paragraph.start, end: Math.min(paragraph.end, clause.end) };
    if (isSubject(main) && !weakMain && nearestIn(hits, toldSoFar, at, (h) => h.topic === main)) return main;
    // In the story of a disaster, residents or workers counted with no cue of another kind in their clause
    // are the people it struck, moved or left homeless ("half a million residents were without power",
    // "8 000 inhabitants were taken to safety"), even where their paragraph does not name the storm again:
    // such an article gives no census.
    if (STRUCK.has(main) && !weakMain && !told) return main;
  }
  // People counted right after a word of a census, with no other cue between or right after them
  // ("a population of 600,000", "인구는 약 60만 명", "berpenduduk 600.000 jiwa", "проживают 600 тысяч
  // человек"), are a census of the place the case is set in, not the case's people. (In the story of a
  // disaster or a fire the residents counted are the ones it struck.)
  if (
    kind === 'offender' &&
    figure.unit === 'person' &&
    !STRUCK.has(main) &&
    censusBefore(hits, part, figure)
  ) {
    return 'population';
  }
  if (kind === 'offender') {
    // The people or cases of an article about one subject are those of its case, whatever else their clause
    // passes by (the road the suspects drove on, the goods they carried, the unit that caught them); a crime
    // word as the counted noun itself ("284 crimes") still says crime.
    // People whose own part of the clause names an offence, in a clause that does not name the article's
    // subject, are that offence's ("13 dead and 5,100 hurt in brawls" in a review of the road toll).
    if (
      isSubject(main) &&
      figure.unit === 'person' &&
      nearestIn(hits, part, at, offence) &&
      !nearestIn(hits, clause, at, (h) => h.topic === main || (h.carried ?? h.topic) === main)
    ) {
      return DEFAULT_TOPIC;
    }
    // Cases or people counted in a sentence that goes on to name the seizures of several subjects
    // ("arrested 632 cases with 698 suspects, seized heroin, 317 kg of fireworks and 5 guns") are the sum of
    // a review over all of them, not one subject's: crime, the review's category.
    if (goodsIn(hits, clause) >= REVIEW_GOODS) return DEFAULT_TOPIC;
    // A paragraph that tells another case than the article's, in a round-up or a review of seizures ("...caught
    // with 36 kg of explosives. In Lang Son, police arrested 2 men carrying 40 kg of firecrackers"; a customs
    // review's paragraph on drugs: "62 drug cases with 80 suspects"), names goods of its own: offenders
    // counted in a clause that names goods of another kind, in a paragraph that never names the article's
    // goods, are that case's. (In a story of road checks, "drug tests on drivers caught 177" are still its.)
    if (SEIZABLE.has(main) && !weakMain && !crimeStory) {
      const own = clauseHit(hits, clause, at, otherGoods(main));
      const told = (g: CueHit): boolean => g.topic === main || g.carried === main;
      if (own && !nearestIn(hits, paragraph, at, told)) return own.carried ?? own.topic;
    }
    // So does a paragraph that never names the article's subject and names an offence before the offenders
    // or in their own part of the clause (in the story of illegal fishing: "cases of illegal migration were
    // found. The courts sentenced 18 people"): they are the offence's, crime. (An offence named after them
    // may be another person's: "three other members of the drug ring were sentenced, while a policeman got
    // 15 years for bribes".)
    if (
      isSubject(main) &&
      !weakMain &&
      !crimeStory &&
      (nearestIn(hits, { start: paragraph.start, end: at }, at, offence) ||
        nearestIn(hits, part, at, offence)) &&
      !nearestIn(hits, paragraph, at, (g) => g.topic === main || g.carried === main)
    )
      return DEFAULT_TOPIC;
    // People counted with no noun of their own in a clause that tells another mishap than the article's
    // (a shipwreck recalled in a bus crash's story, "a road accident killed 2" in a drug case's) are that
    // mishap's dead, hurt or saved: its event, not the article's case, names them.
    if (!head && figure.unit === 'person' && isSubject(main) && !weakMain) {
      const other = mishapOf(hits, clause, at, main);
      if (other) return other;
    }
    // A crime story's offenders are its own, whatever arms or goods their clause names.
    if (((isSubject(main) && !weakMain) || crimeStory) && (!head || figure.unit === 'person')) return main;
    // In a review with no subject of its own, the clause's subject ("12 suspects for drug trafficking"); the
    // subject of an earlier item of a list of offenders is that item's ("arrested 178 drug offenders, 134
    // economic offenders, and 86 environmental offenders": the last are crime).
    if (listedOffender(hits, head, figure, item, clause))
      return clauseHit(hits, item, at, subject)?.topic ?? DEFAULT_TOPIC;
    const h = clauseHit(hits, clause, at, subject);
    // Arms beside an offence in the clause are its tool ("16 youths carrying knives that caused injuries",
    // "3 men who robbed a shop with a gun"): the offenders are the offence's.
    if (h?.topic === 'weapons' && nearestIn(hits, clause, at, offence)) return DEFAULT_TOPIC;
    if (h) return h.topic;
  }
  if (head && head.topic !== DEFAULT_TOPIC) return head.topic;
  // Counted offenders are not the residents or workers the clause also calls them ("five suspects, all
  // residents of X").
  // Nor are places counted where residents live ("8 000 residents of 12 communes") a count of the
  // population in the story of a disaster or a fire: the places are where it struck. (In a case's story,
  // the countries its foreigners come from still describe them.)
  const placesOfStory =
    figure.unit !== undefined && PLACE_UNITS.has(figure.unit) && STRUCK.has(main) && !weakMain;
  // Nor are things (goods, vehicles, papers) counted beside the people who had or used them ("4 residents
  // escaped onto 1 basket boat", "workers loaded 30 sacks") a count of the population: who they belonged to
  // says nothing of what they were about, which the article's subject tells.
  const thingOfStory =
    figure.unit !== undefined && SEIZED_UNITS.has(figure.unit) && isSubject(main) && !weakMain;
  const inClause = nearestIn(
    hits,
    clause,
    at,
    kind === 'offender' || placesOfStory || thingOfStory ? specific : ANY,
  );
  // Goods, vehicles or papers counted with no cue of their own, beside a crime word of police work
  // ("investigators found 4 men, each carrying 2 sacks", "seizing 19 kg of metal", "seized 2 cars", "revoked
  // 120 licences"), or the spots a raid searched ("raided 3 locations and arrested 24"): the word says how
  // they were found or taken, not what they are; in an article about one subject they are the subject's.
  // (Not money: a crime word beside it may be what it paid for, "190 security cameras for 200 million VND".)
  if (
    !head &&
    figure.unit !== undefined &&
    FOUND_UNITS.has(figure.unit) &&
    figure.currency === undefined &&
    inClause?.topic === DEFAULT_TOPIC &&
    inClause.kind === undefined &&
    isSubject(main) &&
    !weakMain
  ) {
    return main;
  }
  if (inClause) return inClause.topic;
  // Outside the clause a cue is weak evidence: the article's subject, when the paragraph names it too,
  // beats a nearer passing mention ("procedures went online. In 559 communes ...": administration).
  if (main !== DEFAULT_TOPIC && nearestIn(hits, paragraph, at, (h) => h.topic === main)) return main;
  // Else the last cue before the figure; a cue after it, in a later sentence, only when the article has no
  // subject of its own ("22 inspections of 315 shops ... Administrative fines reached ...": the article's).
  // Who was counted elsewhere in the paragraph ("residents", "models") says nothing about this figure.
  const near =
    nearestIn(hits, paragraph, at, (h, x) => specific(h, x) && before(h, x)) ??
    (main !== DEFAULT_TOPIC
      ? undefined
      : nearestIn(hits, paragraph, at, (h, x) => specific(h, x) && !before(h, x)));
  // A count of places (provinces, communes, countries) in a paragraph that names nothing, in the story of a
  // case, describes the land the case is set in ("the border runs across 10 provinces"), not the case; in a
  // review (no subject of its own) the places are where its work was done ("in 4 communes").
  if (!near && figure.unit !== undefined && PLACE_UNITS.has(figure.unit) && isSubject(main)) return 'other';
  // In a crime story an online word in the paragraph beside its offence says where the offence was done
  // ("ran online betting sites ... seized 2000 phones"), as in the clause (onlineOffence): crime's.
  if (
    near?.topic === 'cyber' &&
    near.kind === undefined &&
    crimeStory &&
    nearestIn(hits, paragraph, at, offence)
  )
    return DEFAULT_TOPIC;
  // Nothing in the paragraph but a crime cue ("the criminal police division said..."), or nothing at all:
  // what the article is about decides.
  return near && near.topic !== DEFAULT_TOPIC ? near.topic : main;
}

/**
 * The cues a figure's topic is read from, once the article's subject is known. The name of a police unit is
 * who acted, whatever its own branch ("the customs seized 13 kg of heroin", "the traffic police stopped a
 * truck of contraband", "the traffic police caught four illegal migrants"): in an article whose cues name a
 * subject or an offence, it reads as the article's subject (crime when none leads); in one that names
 * neither, it still names what a figure counts ("the traffic police handled 1,250 violations").
 */
export function figureCues(
  hits: readonly CueHit[],
  main: Topic,
  named: boolean = namesSubject(hits),
  crimeStory = false,
): readonly CueHit[] {
  const event = EVENTS.has(main);
  // A review names several subjects and leads with none (crime, not a crime story): there a unit's name says
  // which of its items a figure belongs to ("the traffic police handled 12,000 violations").
  const review = main === DEFAULT_TOPIC && !crimeStory;
  const agencies = named && !review && hits.some((h) => h.kind === 'agency');
  // A harm done to persons in the story of a crash, a fire or a disaster is what the mishap did ("the bus fell
  // into the river, killing 34 and injuring 21"): the mishap's word, not an offence.
  const harms = MISHAPS.has(main) && !crimeStory && hits.some((h) => h.harm === true);
  // A calamity with no mishap named in its sentence is the article's fire or crash ("이번 참사로 4명이 다쳤다").
  const calamity = calamityOf(main);
  const calamities = calamity !== 'other' && hits.some((h) => h.calamity);
  if (!agencies && !harms && !calamities && !(event && hits.some((h) => h.kind === 'accident'))) return hits;
  return hits.map((h) =>
    (h.kind === 'agency' && agencies) || (h.kind === 'accident' && event)
      ? { ...h, topic: main }
      : h.harm === true && harms
        ? { start: h.start, end: h.end, topic: main, kind: 'accident', ...(h.lead ? { lead: true } : {}) }
        : h.calamity && calamities
          ? { start: h.start, end: h.end, topic: calamity, ...(h.lead ? { lead: true } : {}) }
          : h,
  );
}

/**
 * A subject or an offence named as such: not a unit's name, an accident word, a calamity with no mishap named
 * beside it ("이번 참사로", this disaster: the rest of the article says which) or a crime word of police work.
 */
export function namesSubject(hits: readonly CueHit[]): boolean {
  return hits.some(
    (h) => h.kind === 'offence' || (h.kind === undefined && !h.calamity && isSubject(h.topic)),
  );
}

/**
 * Events an accident word may name instead of a crash: a fire, a disaster or sinking (other), an explosion
 * of fireworks or ordnance ("the accident killed 3", told of a house fire).
 */
const EVENTS: ReadonlySet<Topic> = new Set<Topic>(['fire', 'other', 'fireworks', 'weapons']);

/**
 * The event accident words name, given the subject the other cues lead with (`before`, undefined when none
 * leads): that subject when it is one of the EVENTS, else a road crash. Beside a fire, a road crash named in
 * so many words (`crashNamed`) makes the accident the crash, and the fire what it caused.
 */
function accidentEvent(before: Topic | undefined, crashNamed = false): Topic {
  if (before === undefined || !EVENTS.has(before) || (before === 'fire' && crashNamed)) return 'traffic';
  return before;
}

/** Whether accident words may name the topic: the event they name when it leads (accidentEvent). */
export function accidentNames(topic: Topic): boolean {
  return accidentEvent(topic) === topic;
}

/** A cue in the title or lead says what the article is about more than one further down. */
const LEAD_WEIGHT = 2;

/**
 * Crime cues (arrests, investigations, suspects) come with every subject; they make the article a general crime
 * story only when they outnumber its leading subject this many times.
 */
const CRIME_RATIO = 3;

/**
 * The article's subject: the subject with the most weight (a cue in the lead counts LEAD_WEIGHT) in the
 * figures' paragraphs, when it leads every other subject, holds at least half of their weight and is not
 * drowned in crime cues; else crime. An offence (theft, gambling, a brawl) is a subject too, and makes the
 * article a crime story when it leads. The names of police units count only when no other cue names a
 * subject: a traffic patrol that seizes contraband tells a smuggling case, and the fire police's review of
 * the year is about fire.
 */
export function articleTopic(hits: readonly CueHit[]): Topic {
  return articleSubject(hits).topic;
}

/**
 * articleTopic, and whether the article is a crime story: its offences lead its subjects (a brawl, a
 * robbery), as against a review or report that names no subject of its own (also `crime`).
 */
export function articleSubject(hits: readonly CueHit[]): {
  topic: Topic;
  crimeStory: boolean;
  /** The topic comes from police units' names alone (a unit's review): its offenders are not its own. */
  weak: boolean;
  /**
   * The subject that led the cues when crime cues drowned it (CRIME_RATIO) and made the article crime: the
   * paragraphs read may be the arrest told at length while the rest of the article tells the case.
   */
  drowned?: Topic;
} {
  const weights = new Map<Topic, number>();
  const agencies = new Map<Topic, number>();
  let procedure = 0;
  let accidents = 0;
  let harms = 0;
  let calamities = 0;
  const armed = offenceLed(hits);
  for (const h of hits) {
    const w = h.lead ? LEAD_WEIGHT : 1;
    if (h.calamity) calamities += w;
    else if (h.kind === 'agency') agencies.set(h.topic, (agencies.get(h.topic) ?? 0) + w);
    else if (h.kind === 'accident') accidents += w;
    else if (h.harm === true) harms += w;
    else if (h.kind === 'offence' || isSubject(h.topic)) {
      const own = h.carried ?? h.topic;
      const topic = armed && own === 'weapons' ? DEFAULT_TOPIC : own;
      weights.set(topic, (weights.get(topic) ?? 0) + w);
    } else if (h.topic === DEFAULT_TOPIC) procedure += w;
  }
  // A calamity named with no mishap in its sentence weighs for the fire or the crash the other cues lead with,
  // else for a disaster ("이번 참사로", this disaster, in a café fire's story).
  if (calamities > 0) {
    const event = calamityOf(leading(weights)?.topic);
    weights.set(event, (weights.get(event) ?? 0) + calamities);
  }
  // Accident words weigh for the event the other cues lead with (a fire), else for traffic. Beside a fire, a
  // road crash named in so many words makes the accident the crash, and the fire what it caused ("a truck hit
  // the bus, which burned out: 12 dead in the accident"): a house fire's story names no crash.
  // A harm done to persons weighs for the accident the article names ("the car rammed the patrol, injuring an
  // officer"), else for the offence it is.
  if (accidents > 0) accidents += harms;
  else if (harms > 0) weights.set(DEFAULT_TOPIC, (weights.get(DEFAULT_TOPIC) ?? 0) + harms);
  if (accidents > 0) {
    const event = accidentEvent(leading(weights)?.topic, weights.has('traffic'));
    weights.set(event, (weights.get(event) ?? 0) + accidents);
  }
  const own = leading(weights);
  if (own === undefined) {
    const topic = weights.size > 0 ? DEFAULT_TOPIC : (leading(agencies)?.topic ?? DEFAULT_TOPIC);
    return { topic, crimeStory: false, weak: topic !== DEFAULT_TOPIC };
  }
  if (procedure > CRIME_RATIO * own.weight)
    return { topic: DEFAULT_TOPIC, crimeStory: false, weak: false, drowned: own.topic };
  return { topic: own.topic, crimeStory: own.topic === DEFAULT_TOPIC, weak: false };
}

/** The subjects an armed offence's story names: its crime and the arms. */
const ARMED_CASE: ReadonlySet<Topic> = new Set<Topic>([DEFAULT_TOPIC, 'weapons']);

/** How far apart an arms word and an offence may be written and still name one act ("銃を発砲", fired a gun). */
const ARMS_GLUE = 2;

/**
 * The lead names an offence (a robbery, a brawl, a bribe, a shooting): the arms the article names are what the
 * offenders carried or used ("robbed a shop with two knives"), so they weigh for the crime, not for an arms case.
 * An offence glued to an arms word ("fired the gun") is the arms' own use: that case stays an arms case.
 */
function offenceLed(hits: readonly CueHit[]): boolean {
  // A review of several fields ("murders solved, guns seized, road deaths down") names an offence in its lead
  // as one field among others: its arms stay an arms field. So an accident leaves the arms their own, and so
  // do other subjects that weigh as much as the offences do (a review's fields weigh alike). Less is a passing word of the
  // armed story itself (the road the gang rode on, the social network it met through, the addicts who robbed).
  if (hits.some((h) => h.kind === 'accident')) return false;
  let offences = 0;
  let others = 0;
  for (const h of hits) {
    const w = h.lead ? LEAD_WEIGHT : 1;
    const topic = h.carried ?? h.topic;
    if (h.kind === 'offence') offences += w;
    else if (isSubject(topic) && !ARMED_CASE.has(topic)) others += w;
  }
  if (others >= offences) return false;
  return hits.some(
    (h) =>
      h.lead === true &&
      h.kind === 'offence' &&
      !hits.some(
        (a) => a.lead === true && arms(a, 0) && a.start - h.end <= ARMS_GLUE && h.start - a.end <= ARMS_GLUE,
      ),
  );
}

/** Mishaps that kill, hurt or strand people: a crash, a fire, a disaster or a sinking. */
const MISHAPS: ReadonlySet<Topic> = new Set<Topic>(['traffic', 'fire', 'other']);

/** The mishap a calamity word with none named in its sentence tells: the article's fire or crash, else a disaster. */
function calamityOf(main: Topic | undefined): Topic {
  return main === 'fire' || main === 'traffic' ? main : 'other';
}

/**
 * The mishap the clause tells, when it is not the article's subject `main`: its nearest word of a mishap, a
 * fire's or a disaster's own word or an accident word. A road word that is no accident word tells no
 * mishap ("a former traffic lieutenant and five others", "a driving licence"), nor does a unit's name ("the
 * traffic police arrested 2"). The clause must name neither `main` nor an offence, which would make its
 * people the case's.
 */
function mishapOf(hits: readonly CueHit[], clause: Range, at: number, main: Topic): Topic | undefined {
  const told = nearestIn(
    hits,
    clause,
    at,
    (h) => MISHAPS.has(h.topic) && (h.kind === 'accident' || (h.kind === undefined && h.topic !== 'traffic')),
  );
  if (!told || told.topic === main) return undefined;
  const owned = (h: CueHit): boolean => (h.carried ?? h.topic) === main || h.kind === 'offence';
  return nearestIn(hits, clause, at, owned) ? undefined : told.topic;
}

/** A count of residents this large is a place's population: no case, crash or event counts so many. */
const CENSUS_SIZE = 1_000_000;

/** How far before its count a word of the population may stand ("population of about", "인구는 약"). */
const CENSUS_REACH = 12;

/**
 * The cue nearest before the figure in its part of the clause is a census word within CENSUS_REACH, and
 * no cue follows the figure within HEAD_REACH in that part: the count is the population the word names.
 */
function censusBefore(hits: readonly CueHit[], part: Range, figure: FigureSpan): boolean {
  const k = lowerBound(hits, figure.start) - 1;
  const h = k >= 0 ? hits[k] : undefined;
  if (!h || h.kind !== 'census' || h.start < part.start || figure.start - h.end > CENSUS_REACH) return false;
  const next = hits[k + 1];
  return !next || next.start >= Math.min(part.end, figure.end + HEAD_REACH);
}

/** How far before its count a word of reforming offenders may stand ("cảm hóa, giáo dục, giúp đỡ 700"). */
const REFORM_REACH = 32;

/**
 * The cue nearest before the figure in its part of the clause is a word of reforming offenders (lexicon
 * `reform`) within REFORM_REACH: the people counted are the offenders it reforms.
 */
function reformedBefore(hits: readonly CueHit[], part: Range, figure: FigureSpan): boolean {
  const k = lowerBound(hits, figure.start) - 1;
  const h = k >= 0 ? hits[k] : undefined;
  return (
    h !== undefined && h.kind === 'reform' && h.start >= part.start && figure.start - h.end <= REFORM_REACH
  );
}

/** How far after a smuggling word the people it moved may be named ("smuggling 13 local workers"). */
const PEOPLE_REACH = 24;

/**
 * A smuggling word whose object is people ("smuggling 13 workers into China", "smuggled migrants") tells
 * people taken across a border illegally: an offence, crime, as the annotators read it, not smuggling of goods.
 */
function peopleAfter(hits: readonly CueHit[], k: number): boolean {
  const h = hits[k]!;
  const next = hits[k + 1];
  return next !== undefined && next.topic === 'population' && next.start - h.end <= PEOPLE_REACH;
}

/** The letters between two cues, whichever comes first. */
function gapBetween(a: Range, b: Range): number {
  return a.start >= b.end ? a.start - b.end : Math.max(0, b.start - a.end);
}

/** How near goods must be named to a smuggling word to be what it carried ("pháo nổ nhập lậu"). */
const GOODS_REACH = 40;

/**
 * A full stop that ends a sentence (followed by a space or the end), or an ideographic one: goods named in
 * the sentence before are another item of a review ("...seized 12 kg of heroin. The economic police found
 * 230 smuggling cases"), not what the smuggling word carried. A dot inside a number ("1.200 kg") is none.
 */
const STOP_BETWEEN = /[.!?](?:\s|$)|[。！？]/;

/** A comma or semicolon between two items of a list, in any script. */
const LIST_MARK = /[,;，、；]/;
/**
 * A word of the cue text: letters, marks and the skeleton's letter mark \x02 (cueTextOf), so that a word
 * with a letter outside ASCII is one word on the skeleton as on the folded text ("não" is not "n" + "o",
 * the Portuguese conjunction).
 */
// eslint-disable-next-line no-control-regex -- \x02 is the skeleton's letter mark
const WORD = /[\p{L}\p{M}\x02]+/gu;
/**
 * Whether the words between a smuggling word and goods make them two items of a list: a comma, or one of
 * the language's conjunctions ("gold smuggling, counterfeit goods and drugs", "Handelsbetrug und
 * Drogenhandel"): the drugs are another item of the list, not what the smuggling word carried. A word the
 * skeleton hides (one with a letter outside ASCII) is passed over: the conjunctions of the languages read on
 * the skeleton are all ASCII, so both cue texts find the same ones.
 */
function listedApart(gap: string, lex: Pick<CompiledLexicon, 'conjunctions' | 'cueText'>): boolean {
  if (LIST_MARK.test(gap)) return true;
  for (const w of gap.match(WORD) ?? []) {
    if (w.includes('\x02')) continue;
    // The folded text needs no folding again; the lower-cased one (Vietnamese "và") does.
    if (lex.conjunctions.has(lex.cueText === 'lower' ? fold(w) : w)) return true;
  }
  return false;
}

/**
 * The goods named right beside the smuggling word hits[k] in its sentence, within its paragraph (whose hits
 * start at `from`): "smuggled fireworks", "vận chuyển trái phép 200 kg pháo". The smuggling word tells how
 * they moved, so it weighs for them when the article's subject is decided, as it gives way to them in its
 * clause (clauseHit).
 */
function goodsBeside(
  text: string,
  hits: readonly CueHit[],
  k: number,
  from: number,
  lex: Pick<CompiledLexicon, 'conjunctions' | 'cueText'>,
): CueHit | undefined {
  const h = hits[k]!;
  const prev = k > from ? hits[k - 1] : undefined;
  const next = hits[k + 1];
  const near = (a: Range, b: Range): boolean => {
    if (b.start - a.end > GOODS_REACH) return false;
    const gap = text.slice(a.end, b.start);
    return !STOP_BETWEEN.test(gap) && !listedApart(gap, lex);
  };
  const before = prev && goods(prev, h.start) && near(prev, h) ? prev : undefined;
  const after = next && goods(next, h.end) && near(h, next) ? next : undefined;
  if (!before) return after;
  if (!after) return before;
  return h.start - before.end <= after.start - h.end ? before : after;
}

/**
 * The topic of the greatest weight, when it is the only one with it and holds at least half of all; a
 * review spread over several subjects (crime, traffic, fires, identity cards ...) has none of its own.
 */
function leading(weights: ReadonlyMap<Topic, number>): { topic: Topic; weight: number } | undefined {
  let topic: Topic | undefined;
  let best = 0;
  let tied = true;
  let total = 0;
  for (const [t, n] of weights) {
    total += n;
    if (n > best) {
      topic = t;
      best = n;
      tied = false;
    } else if (n === best) tied = true;
  }
  if (topic === undefined || tied || 2 * best < total) return undefined;
  return { topic, weight: best };
}

/** How far a conversion in brackets may open after the amount it converts ("... VND (approximately USD"). */
const CONVERSION_REACH = 24;

/**
 * An amount converted in brackets right after another ("115億200万ドン(約4600万円)", "300 billion VND
 * (approximately USD 12.2 million)") is the same money: it takes that amount's topic, whatever cue lies nearer.
 */
export function withConversions<
  F extends { topic: Topic; unit: Unit; start: number; text: string; currency?: string | undefined },
>(figures: readonly F[], body: string): F[] {
  const out = [...figures];
  for (let i = 1; i < out.length; i++) {
    const f = out[i]!;
    const prev = out[i - 1]!;
    const money = (g: F): boolean => g.unit === 'vnd' || g.currency !== undefined;
    if (!money(f) || !money(prev) || f.topic === prev.topic) continue;
    const gap = body.slice(prev.start + prev.text.length, f.start);
    if (gap.length <= CONVERSION_REACH && /[(（]/.test(gap) && !/[\d\n]/.test(gap)) {
      out[i] = { ...f, topic: prev.topic };
    }
  }
  return out;
}

/** How far after a count of cases the count of the persons in them may follow ("95 vụ, bắt 140 đối tượng"). */
const PAIR_REACH = 32;

/** A sentence's end: a pair of counts never spans one. */
const SENTENCE_END = /[.!?。！？\n]/;

/**
 * Police statistics count the cases of a kind, then the persons in them ("triệt phá 95 vụ ma túy, bắt 140
 * đối tượng", "95 Drogenfälle mit 140 Beschuldigten", "麻薬事件95件で140人を逮捕"): the persons are the
 * cases' offenders, whatever subject the sentence names next. A count of persons right after a count of
 * cases, with no subject or offence named between them nor as its own counted noun, takes the cases' topic.
 */
export function withCasePersons<F extends { topic: Topic; unit: Unit; start: number; text: string }>(
  figures: readonly F[],
  hits: readonly CueHit[],
  body: string,
): F[] {
  const out = [...figures];
  for (let i = 1; i < out.length; i++) {
    const f = out[i]!;
    const cases = out[i - 1]!;
    if (f.unit !== 'person' || cases.unit !== 'case' || f.topic === cases.topic) continue;
    const from = cases.start + cases.text.length;
    if (f.start - from > PAIR_REACH || SENTENCE_END.test(body.slice(from, f.start))) continue;
    const to = Math.min(headLimit(body, f.start + f.text.length), f.start + f.text.length + HEAD_REACH);
    // The cases' own noun ("198起交通事故") names no other subject.
    const named = (h: CueHit): boolean =>
      h.topic !== cases.topic && (h.kind === 'offence' || (h.kind === undefined && isSubject(h.topic)));
    let own = false;
    for (let k = lowerBound(hits, from); k < hits.length && hits[k]!.start < to; k++) {
      if (named(hits[k]!)) {
        own = true;
        break;
      }
    }
    if (!own) out[i] = { ...f, topic: cases.topic };
  }
  return out;
}
