/**
 * The article's subject as its figures read it. It is decided on the cues of the lead and the figures'
 * paragraphs (articleSubject); when those name no subject but through the names of police units (the
 * anti-drug department that caught a pair of gold couriers), the rest of the article says what the case was
 * ("the case of illegal transport of goods across the border", "a ring organizing illegal exits"): its
 * paragraphs are read too, and the units' names then read as that subject (figureCues).
 */
import type { Topic } from '../../shared/vocabulary.js';
import type { CompiledLexicon } from './lexicon.js';
import { articleSubject, byNetwork, findCues, namesSubject, type CueHit, type Range } from './topic.js';

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
function linesOf(body: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    out.push({ start, end: nl < 0 ? body.length : nl });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

export function subjectOf(
  cueText: string,
  lex: CompiledLexicon,
  body: string,
  cues: readonly CueHit[],
  lead: Range,
): ArticleSubject {
  const near = articleSubject(cues);
  if (!near.weak) return { ...near, named: namesSubject(cues) };
  const all = linesOf(body);
  const wide = byNetwork(findCues(cueText, lex, all, lead), all, lead);
  const whole = articleSubject(wide);
  return whole.weak ? { ...near, named: false } : { ...whole, named: namesSubject(wide) };
}
