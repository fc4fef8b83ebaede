/**
 * The article's subject as its figures read it. It is decided on the cues of the lead and the figures'
 * paragraphs (articleSubject); when those name no subject, or none but through the names of police units (the
 * anti-drug department that caught a pair of gold couriers), the rest of the article says what the case was
 * ("the case of illegal transport of goods across the border", "a ring organizing illegal exits"): its
 * paragraphs are read too, and the units' names then read as that subject (figureCues).
 */
import type { Topic } from '../../shared/vocabulary.js';
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';
import {
  accidentNames,
  articleSubject,
  byNetwork,
  findCues,
  namesSubject,
  type CueHit,
  type LineCues,
  type Range,
} from './topic.js';

export interface ArticleSubject {
  readonly topic: Topic;
  readonly crimeStory: boolean;
  readonly weak: boolean;
  /**
   * Whether the article names a subject or an offence (not only units' names), in the cues read: then a
   * unit's name reads as the article's subject (figureCues).
   */
  readonly named: boolean;
}

/** Every line of the body, in order. */
export function linesOf(body: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    out.push({ start, end: nl < 0 ? body.length : nl });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** How much a subject read outside the figures' paragraphs must weigh to be theirs: more than a passing word. */
const WIDE_WEIGHT = 2;

/**
 * The weight of a subject's own cues (a cue in the lead counts twice, accident words count for the event they
 * name), as articleSubject weighs them, read before byNetwork: a fraud made cyber by a transfer named beside it
 * somewhere in the article ("illegal cross-border transfers" of a bond fraud) is no cue of its own there.
 */
function weightOf(hits: readonly CueHit[], topic: Topic): number {
  // A mine's collapse told in its lead with no cue and called "the accident" further on is the accident's.
  const accidents = accidentNames(topic);
  let w = 0;
  for (const h of hits) {
    if (
      ((h.kind === undefined || h.kind === 'offence') && (h.carried ?? h.topic) === topic) ||
      (accidents && h.kind === 'accident')
    )
      w += h.lead ? 2 : 1;
  }
  return w;
}

export function subjectOf(
  cueText: string,
  lex: CompiledLexicon,
  body: string,
  cues: readonly CueHit[],
  lead: Range,
  tokens: readonly Token[],
  lines?: LineCues,
): ArticleSubject {
  const near = articleSubject(cues);
  const named = namesSubject(cues);
  if (!near.weak && named && near.drowned === undefined) return { ...near, named };
  // Figures' paragraphs that name no subject at all ("officers arrested 6 suspects and seized 2 cars" below a
  // paragraph about the heroin ring) are read in the light of the rest of the article, as units' names are.
  const all = linesOf(body);
  const raw = findCues(cueText, lex, all, lead, lines);
  const wide = byNetwork(raw, all, lead);
  if (wide.length === 0 && tellsFate(tokens, lex)) return UNNAMED_MISHAP;
  const whole = articleSubject(wide);
  // The figures' paragraphs led with a subject that their arrests and investigations drowned: the whole
  // article, when it leads with that same subject clear of them, says the case was that subject's ("arrested
  // 205 people in Cambodia" in the lead of a phone-scam ring's story told further on). Another subject, or
  // the same one drowned again, leaves the article crime.
  if (near.drowned !== undefined) {
    const { drowned: _drowned, ...plain } = near;
    return whole.topic === near.drowned && !whole.weak
      ? { ...whole, named: namesSubject(wide) }
      : { ...plain, named };
  }
  if (!near.weak && (whole.topic === near.topic || whole.weak || weightOf(raw, whole.topic) < WIDE_WEIGHT)) {
    return { ...near, named };
  }
  return whole.weak ? { ...near, named: false } : { ...whole, named: namesSubject(wide) };
}

/**
 * An article that names no cue at all (no subject, no offence, not even police work: no arrest, police or
 * investigation) yet tells people dead, missing, hurt or rescued tells a mishap, a disaster or an accident
 * its language's cues do not name ("a tour boat overturned ... 37 died", in a language with few cues): not
 * `crime`, which a crime story would name. Its figures are `other`, the annotators' topic of what happened.
 */
const UNNAMED_MISHAP: ArticleSubject = { topic: 'other', crimeStory: false, weak: false, named: false };

/**
 * Whether a word of the text is one of the lexicon's mishap fates (died, missing, injured, rescued ...; not
 * arrested or sentenced, which tell police work: "two men were detained at the airport" stays a crime story).
 * A fate of several words ("bị thương", injured) is read over the words that follow one another; in a script
 * written without spaces a run of letters holds a whole clause ("车祸造成3人死亡"), so a fate is sought inside
 * it, at every letter (the word set reads at an offset, copying nothing). Only an article with no cue at all
 * asks, so the search is rare.
 */
function tellsFate(tokens: readonly Token[], lex: CompiledLexicon): boolean {
  const fates = lex.mishapFates;
  if (fates === null) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (fates.has(t.text)) return true;
    if (lex.glued) {
      for (let at = 0; at < t.text.length; at++) if (fates.startOf(t.text, at) > 0) return true;
      continue;
    }
    let phrase = t.text;
    for (let n = 1; n < fates.maxWords; n++) {
      const next = tokens[i + n];
      if (next?.kind !== 'word') break;
      phrase += ` ${next.text}`;
      if (fates.hasPhrase(phrase)) return true;
    }
  }
  return false;
}
