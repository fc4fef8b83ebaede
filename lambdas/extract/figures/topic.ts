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
import { codePointWidthAt } from '../text/chars.js';
import type { CompiledLexicon } from './lexicon.js';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly topic: Topic;
}

/** Language-independent: these topics describe the action rather than the subject matter. */
const ACTIVITY: ReadonlySet<Topic> = new Set<Topic>(['propaganda', 'awards']);

export const DEFAULT_TOPIC: Topic = 'crime';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The cue occurrences inside the given paragraphs (sorted, disjoint), in order: one regex pass over each,
 * on the language's cue text (cueTextOf the folded body).
 * Only the paragraphs of the figures are searched, since a figure's topic comes from its own paragraph, and
 * a cue never spans a line break, so these are exactly the hits a pass over the whole body finds there.
 */
export function findCues(cueText: string, lex: CompiledLexicon, paragraphs: readonly Range[]): CueHit[] {
  const hits: CueHit[] = [];
  if (!lex.topicCues) return hits;
  // An exec loop rather than matchAll: no iterator or regex copy per call, on a path run for every article.
  const re = lex.topicCues;
  for (const paragraph of paragraphs) {
    re.lastIndex = paragraph.start;
    for (let m = re.exec(cueText); m !== null && m.index < paragraph.end; m = re.exec(cueText)) {
      // As matchAll does: an empty match (a cue that is a bare '*') must not stop the scan.
      if (m[0] === '') re.lastIndex += codePointWidthAt(cueText, re.lastIndex);
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          hits.push({ start: m.index, end: m.index + m[0].length, topic: lex.cueTopics[g - 1]! });
          break;
        }
      }
    }
  }
  return hits;
}

type Accept = (h: CueHit, at: number) => boolean;

const ANY: Accept = () => true;

/**
 * The accepted hit lying inside r nearest to at (the earlier on a tie), skipping one; hits are sorted by
 * start, so a binary search finds r and nothing is allocated on this per-figure path.
 */
function nearestIn(
  hits: readonly CueHit[],
  r: Range,
  at: number,
  accept: Accept = ANY,
  skip?: CueHit,
): CueHit | undefined {
  let best: CueHit | undefined;
  let bestDistance = Infinity;
  for (let k = lowerBound(hits, r.start); k < hits.length && hits[k]!.start < r.end; k++) {
    const h = hits[k]!;
    if (h.end > r.end || h === skip || !accept(h, at)) continue;
    const d = h.start >= at ? h.start - at : at - h.end;
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

/**
 * Topics that say who or what was counted rather than what it was about ("6 500 habitants", "25 modèles"):
 * as a counted noun they yield to the clause's activity or subject, and in the clause they weigh no more
 * than a crime cue.
 */
const GENERIC: ReadonlySet<Topic> = new Set<Topic>(['population', 'organization']);

/** A figure as topicAt reads it: its span, and its unit when known (a counted vehicle takes its clause's subject). */
export interface FigureSpan extends Range {
  readonly unit?: Unit;
}

/** Subject matter: neither an action (activity), nor who was counted (generic), nor the catch-all crime. */
function isSubject(topic: Topic): boolean {
  return topic !== DEFAULT_TOPIC && !ACTIVITY.has(topic) && !GENERIC.has(topic);
}

/** A counted noun whose cue names the kind of thing counted, not what the clause is about. */
function yields(head: CueHit, figure: FigureSpan): boolean {
  return GENERIC.has(head.topic) || (head.topic === 'traffic' && figure.unit === 'vehicle');
}

const before: Accept = (h, at) => h.end <= at;
const after: Accept = (h, at) => h.start >= at;
const activity: Accept = (h) => ACTIVITY.has(h.topic);
const activityBefore: Accept = (h, at) => ACTIVITY.has(h.topic) && h.end <= at;
const subject: Accept = (h) => isSubject(h.topic);
const subjectBefore: Accept = (h, at) => isSubject(h.topic) && h.end <= at;

/** What the clause may put before the counted noun's own cue, in order, by kind of counted noun. */
const CLAUSE_ORDER: Readonly<Record<'none' | 'population' | 'organization' | 'vehicle', readonly Accept[]>> =
  {
    none: [activity, subject],
    // Counted people are the audience or the victims of what the clause told before them ("74 meetings ...
    // attended by 6 500 residents", "a fire broke out ... 320 workers were evacuated"); what follows them is
    // what they did ("4 000 residents attended 12 meetings": the residents are what is counted).
    population: [activityBefore, subjectBefore],
    // A model or group is named by what it is for, which may follow it ("5 models for digital transformation").
    organization: [activityBefore, subject],
    // A counted vehicle yields only to the subject matter ("seized 3 motorbikes carrying heroin").
    vehicle: [subject],
  };

type CountedKind = keyof typeof CLAUSE_ORDER;

/** The kind of a counted noun that yields to its clause (yields() holds), or none. */
function kindOf(head: CueHit | undefined): CountedKind {
  if (!head) return 'none';
  return head.topic === 'population' || head.topic === 'organization' ? head.topic : 'vehicle';
}

/** `main` is the article's subject: articleTopic of the same hits, computed once per article. */
export function topicAt(
  hits: readonly CueHit[],
  figure: FigureSpan,
  clause: Range,
  paragraph: Range,
  main: Topic,
): Topic {
  const at = figure.start;
  // The counted noun phrase itself ("260 étrangers", "20 armes") says most about the figure.
  let head: CueHit | undefined;
  for (let k = lowerBound(hits, figure.start); k < hits.length; k++) {
    const h = hits[k]!;
    if (h.start > figure.end + HEAD_REACH || h.end > clause.end) break;
    // A crime cue right after the noun is weak ("... suspects pour trafic"), but the counted noun itself
    // ("25 caméras") is not.
    if (h.topic !== DEFAULT_TOPIC || h.start < figure.end) {
      head = h;
      break;
    }
  }
  if (head && !yields(head, figure)) return head.topic;
  for (const accept of CLAUSE_ORDER[kindOf(head)]) {
    const h = nearestIn(hits, clause, at, accept, head);
    if (h) return h.topic;
  }
  if (head) return head.topic;
  const inClause = nearestIn(hits, clause, at);
  if (inClause) return inClause.topic;
  // Outside the clause a cue is weak evidence: the article's subject, when the paragraph names it too,
  // beats a nearer passing mention ("procedures went online. In 559 communes ...": administration).
  if (main !== DEFAULT_TOPIC && nearestIn(hits, paragraph, at, (h) => h.topic === main)) return main;
  // Else the last cue before the figure; a cue after it, in a later sentence, only when the article has no
  // subject of its own ("22 inspections of 315 shops ... Administrative fines reached ...": the article's).
  const near =
    nearestIn(hits, paragraph, at, before) ??
    (main !== DEFAULT_TOPIC ? undefined : nearestIn(hits, paragraph, at, after));
  // Nothing in the paragraph but a crime cue ("the criminal police division said..."), or nothing at all:
  // what the article is about decides.
  return near && near.topic !== DEFAULT_TOPIC ? near.topic : main;
}

/**
 * The article's subject: the subject topic with the most cues in the figures' paragraphs, when it has more
 * than crime and than any other subject; else crime.
 */
export function articleTopic(hits: readonly CueHit[]): Topic {
  const counts = new Map<Topic, number>();
  for (const h of hits) counts.set(h.topic, (counts.get(h.topic) ?? 0) + 1);
  let topic = DEFAULT_TOPIC;
  let best = counts.get(DEFAULT_TOPIC) ?? 0;
  let tied = true;
  for (const [t, n] of counts) {
    if (!isSubject(t)) continue;
    if (n > best) {
      topic = t;
      best = n;
      tied = false;
    } else if (n === best) tied = true;
  }
  return tied ? DEFAULT_TOPIC : topic;
}
