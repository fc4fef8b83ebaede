/**
 * Topic of a figure from the language's cue words: the counted noun phrase first, then the clause, then what the paragraph said before
 * the figure, then what it says after; the nearest cue wins, except that an activity cue (propaganda,
 * awards) in the clause names what was done with the counted things ("57 sessions on drug prevention"),
 * and a specific cue beats a general crime cue ("arrested 12 suspects for drug trafficking": drugs).
 */
import type { Topic } from '../../shared/vocabulary.js';
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

function nearest(hits: readonly CueHit[], at: number): CueHit | undefined {
  let best: CueHit | undefined;
  let bestDistance = Infinity;
  for (const h of hits) {
    const d = h.start >= at ? h.start - at : at - h.end;
    if (d < bestDistance) {
      best = h;
      bestDistance = d;
    }
  }
  return best;
}

/** Hits lying inside r; hits are sorted by start, so two binary searches keep this logarithmic. */
function within(hits: readonly CueHit[], r: Range): readonly CueHit[] {
  const from = lowerBound(hits, r.start);
  let to = from;
  while (to < hits.length && hits[to]!.start < r.end) to++;
  return hits.slice(from, to).filter((h) => h.end <= r.end);
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

export function topicAt(hits: readonly CueHit[], figure: Range, clause: Range, paragraph: Range): Topic {
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
  if (head) return head.topic;
  const inClause = within(hits, clause);
  if (inClause.length > 0) {
    const activity = inClause.filter((h) => ACTIVITY.has(h.topic));
    const specific = inClause.filter((h) => h.topic !== DEFAULT_TOPIC);
    return nearest(activity.length > 0 ? activity : specific.length > 0 ? specific : inClause, at)!.topic;
  }
  const inParagraph = within(hits, paragraph);
  const before = inParagraph.filter((h) => h.end <= at);
  if (before.length > 0) return before[before.length - 1]!.topic;
  const after = inParagraph.filter((h) => h.start >= at);
  if (after.length > 0) return after[0]!.topic;
  return DEFAULT_TOPIC;
}
