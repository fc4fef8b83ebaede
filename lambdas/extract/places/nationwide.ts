/**
 * A national report says so in its title or its lead: "Nationwide, 63 crashes killed 48 people", "越南全国共发生
 * 交通事故63起", "Zollbehörden im ganzen Land haben…". When such a text's title names no province, the province
 * it names further on (the worst crash of the holiday, one gate of a customs review) is an example of the
 * national count, not the story's place (summarize.ts).
 */
import type { Span } from '../text/sentences.js';
import { findHardestHit } from './hardest-hit.js';

/** The title and the lead sentence: where a report says what it counts. */
const HEAD_SENTENCES = 2;

/**
 * A full stop: the splitter keeps a paragraph of Chinese or Japanese whole ("…死亡。其中,X省…" is one span),
 * so the sentence of the phrase ends at the first stop after it. Thai writes no full stop: a space between two
 * Thai words ends its sentence or clause ("…ทั่วประเทศ 120 ครั้ง มีผู้เสียชีวิต…").
 */
const STOP = /[。！？]|[.!?](?=\s|$)|(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])/u;

/**
 * The end of the sentence holding the first nationwide phrase (`cues`, folded; the same word-start matching as
 * the hardest-hit phrases) of the title or the lead, else undefined.
 */
export function nationwideHeadEnd(
  folded: string,
  sentences: readonly Pick<Span, 'start' | 'end'>[],
  cues: readonly string[],
): number | undefined {
  const head = sentences.slice(0, HEAD_SENTENCES);
  // Only a phrase starting in the head counts: the text past it (and past the longest phrase that could start
  // in it) is not searched, where the whole article was, for every article.
  const headEnd = head.reduce((end, s) => Math.max(end, s.end), 0);
  const reach = cues.reduce((longest, c) => Math.max(longest, c.length), 0);
  const [cue] = findHardestHit(folded.slice(0, headEnd + reach), head, cues);
  if (cue === undefined) return undefined;
  const stop = STOP.exec(folded.slice(cue.end, cue.sentence.end));
  return stop === null ? cue.sentence.end : cue.end + stop.index + 1;
}
