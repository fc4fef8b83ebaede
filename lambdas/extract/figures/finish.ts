/**
 * A counted figure made a record: its topic (from the cue words of its clause, paragraph and article), its
 * province (the place named nearest in its sentence), approximation and goal flags.
 */
import type { Document, PlaceMention, Span } from '../types.js';
import type { Figure } from '../../shared/article.js';
import { hasLetters } from '../text/chars.js';
import { ideographicSentenceAt } from '../text/sentences.js';
import type { Topic } from '../../shared/vocabulary.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { phraseEndingAt } from './phrases.js';
import type { Token } from './tokens.js';
import {
  attributeAfter,
  headLimit,
  itemStart,
  nounZoneStart,
  topicAt,
  type CueHit,
  type Range,
} from './topic.js';

function paragraphAt(body: string, at: number): { start: number; end: number } {
  const start = body.lastIndexOf('\n', at - 1) + 1;
  const nl = body.indexOf('\n', at);
  return { start, end: nl < 0 ? body.length : nl };
}

/** A lead holds at least this many letters: a source tag or dateline ("(VTC News) -", "17 Gennaio 2019 :") does not. */
const LEAD_LETTERS = 15;

/**
 * The title or lead, which says what the whole article is about: the first paragraph with words enough to
 * say it, past the source tags, datelines and photo credits some pages open with.
 */
export function leadParagraph(body: string): Range {
  let at = 0;
  while (at < body.length) {
    const p = paragraphAt(body, at);
    if (hasLetters(body, p.start, p.end, LEAD_LETTERS)) return p;
    at = p.end + 1;
  }
  return paragraphAt(body, 0);
}

/**
 * The paragraphs whose cues can decide a topic, in text order: the lead (leadParagraph) and the distinct
 * paragraphs holding the candidates (which come in text order).
 */
export function paragraphsOf(body: string, candidates: readonly Candidate[], lead: Range): Range[] {
  const out: Range[] = [];
  let leadIn = false;
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (last && c.start >= last.start && c.start <= last.end) continue;
    const p = paragraphAt(body, c.start);
    if (!leadIn && lead.start <= p.start) {
      if (lead.start < p.start) out.push(lead);
      leadIn = true;
    }
    out.push(p);
  }
  if (!leadIn) out.push(lead);
  return out;
}

/**
 * Scripts written without spaces between words: a space there parts phrases, so a cue may end the run before it.
 * Hangul and Bengali are glued to their particles but spaced between words: "마약 3kg" (drugs, 3 kg) holds 약
 * (about) at the end of another word.
 */
const UNSPACED_LAST =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

/** "près de 4 000", "more than 300": the words right before the number end with an approximation cue. */
function isApproximate(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  if (phraseEndingAt(tokens, i - 1, lex.approximate) > 0) return true;
  // The personal "a" of Spanish may stand between the cue and its number ("hiriendo al menos a una persona").
  const mark = tokens[i - 1];
  if (mark?.kind === 'word' && mark.text === 'a' && phraseEndingAt(tokens, i - 2, lex.approximate) > 0)
    return true;
  // Glued: the cue ends the word run into the number ("价值约690亿", "近400公斤"), or the run before one
  // space in a script without spaces between words (Khmer and Thai space phrases, not words: "…ជាង ២៨០").
  const prev = tokens[i - 1];
  if (!lex.glued || prev?.kind !== 'word' || !lex.approximate.endsWord(prev.text)) return false;
  const gap = tokens[i]!.start - prev.end;
  return gap === 0 || (gap === 1 && UNSPACED_LAST.test(prev.text));
}

/** Spaces that may stand between a figure's unit and a cue after it ("30명 이상", "30 suspects or more"). */
const TRAILING_GAP = /^[ \u00a0]*/;

/** The word at the start of a text, with an elided article's apostrophe ("than", "de", "d'"). */
const FIRST_WORD = /^[\p{L}\p{M}]+'?/u;

/**
 * A number written in digits or words at the start of a text ("10", "ten"), or an indefinite article, which
 * opens one too ("une dizaine", "a hundred").
 */
function opensNumber(text: string, lex: CompiledLexicon): boolean {
  if (/^\p{Nd}/u.test(text)) return true;
  const word = lex.numberWords.getPrefix(text);
  if (word !== undefined && !/\p{L}/u.test(text[word.length] ?? '')) return true;
  const first = FIRST_WORD.exec(text)?.[0];
  return first !== undefined && lex.indefinite?.has(first) === true;
}

/**
 * "30人以上", "30명 이상의", "30 suspects or more": a cue right after the figure (past spaces) makes it a minimum.
 * Where words are spaced and not glued, the cue ends at a word's end ("or more", not "or moreover"), and its
 * last word does not open a cue of approximation before another number: in "3 dead or more than 10 injured",
 * "3 morts ou plus de 10 blessés" the words are the next count's "more than", and 3 is exact ("100 gramas ou
 * mais de heroína", 100 grams or more of heroin, is still a minimum).
 */
function isMinimumAfter(folded: string, end: number, lex: CompiledLexicon): boolean {
  const at = end + (TRAILING_GAP.exec(folded.slice(end, end + 8))?.[0].length ?? 0);
  const hit = lex.approximateAfterUnit.getPrefix(folded, at);
  if (hit === undefined) return false;
  if (lex.glued) return true;
  const after = at + hit.length;
  if (/\p{L}/u.test(folded[after] ?? '')) return false;
  const rest = folded.slice(after).trimStart();
  const next = FIRST_WORD.exec(rest)?.[0];
  if (next === undefined) return true;
  const last = folded.slice(at, after).split(' ').pop()!;
  return !lex.approximate.has(`${last} ${next}`) || !opensNumber(rest.slice(next.length).trimStart(), lex);
}

/** Offset of the first goal cue in the figure's sentence (one regex run per sentence, cached). */
function goalAt(
  doc: Document,
  cueText: string,
  lex: CompiledLexicon,
  c: Candidate,
  cache: Map<number, number>,
): boolean {
  if (!lex.target) return false;
  let at = cache.get(c.sentence);
  if (at === undefined) {
    const s = doc.sentences[c.sentence];
    const m = s ? lex.target.exec(cueText.slice(s.start, s.end)) : null;
    at = m && s ? s.start + m.index : Infinity;
    cache.set(c.sentence, at);
  }
  return at < c.start;
}

/** Province of the place named nearest to the figure within its sentence; places are sorted by start. */
function provinceAt(sorted: readonly PlaceMention[], sentence: Span, at: number): string | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  let province: string | null = null;
  let distance = Infinity;
  for (let k = lo; k < sorted.length && sorted[k]!.start < sentence.end; k++) {
    const p = sorted[k]!;
    if (p.end > sentence.end) continue;
    const d = Math.abs(p.start - at);
    if (d < distance) {
      distance = d;
      province = p.provinceSlug;
    }
  }
  return province;
}

export interface Context {
  readonly doc: Document;
  readonly tokens: readonly Token[];
  readonly lex: CompiledLexicon;
  readonly places: readonly PlaceMention[];
  /** The folded body as the cue regexes read it (cueTextOf). */
  readonly cueText: string;
  readonly cues: readonly CueHit[];
  /** What the article is about, from all its cues (articleTopic): the fallback of every figure's topic. */
  readonly articleTopic: Topic;
  /** Crime is the article's subject, led by its offences (articleSubject). */
  readonly crimeStory: boolean;
  /** The article's topic comes from police units' names alone (articleSubject). */
  readonly weakTopic: boolean;
  readonly goals: Map<number, number>;
}

/**
 * A conjunction right after a figure that holds its own noun ("13 motosikal dan sejumlah senjata", 13
 * motorbikes and some weapons) ends its counted noun phrase: what follows is the next item of the list
 * (FigureSpan.nounTo). A bare number before a conjunction and another number shares the noun after them
 * ("15 dan 20 kes dadah").
 */
function nounEnd(ctx: Context, c: Candidate): number | undefined {
  const number = ctx.tokens[c.index];
  if (!number || c.end <= number.end) return undefined;
  for (let k = c.index + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.start < c.end) continue;
    const conjunction = t.kind === 'word' && ctx.lex.conjunctions.has(t.text);
    return conjunction && ctx.tokens[k + 1]?.kind !== 'num' ? t.start : undefined;
  }
  return undefined;
}

/**
 * A value as written: a decimal times a scale is off in its last bits (4.1 × 10¹² is 4099999999999.9995), so it
 * keeps 15 significant digits, all a double holds exactly, and at most 6 decimals.
 */
export function roundValue(value: number): number {
  // Most figures are whole numbers, which the rounding gives back unchanged while |value| × 10⁶ is a whole
  // double (below 2⁵³): they skip the number-to-text conversion, the costliest step. `|| 0` turns −0 into 0,
  // as the conversion does.
  if (Number.isInteger(value) && Math.abs(value) <= EXACT_MICRO_INTEGER) return value || 0;
  return Math.round(Number(value.toPrecision(15)) * 1e6) / 1e6;
}

/** The largest whole value whose 10⁶-fold is still an exact double (2⁵³ / 10⁶, rounded down). */
const EXACT_MICRO_INTEGER = Math.floor(Number.MAX_SAFE_INTEGER / 1e6);

export function finish(ctx: Context, c: Candidate): Figure {
  const { doc } = ctx;
  const sentence = doc.sentences[c.sentence] ?? { start: 0, end: doc.body.length, text: doc.body };
  const headTo = headLimit(ctx.cueText, c.end);
  return {
    value: roundValue(c.value),
    unit: c.unit,
    topic: topicAt(
      ctx.cues,
      // Only the fields topicAt reads, each always set: spreading the candidate and the optional parts into
      // one object took the engine's slow copying path, for every figure.
      {
        start: c.start,
        end: c.end,
        unit: c.unit,
        value: c.value,
        currency: c.currency,
        headTo,
        nounTo: nounEnd(ctx, c),
        attribute: attributeAfter(ctx.cueText, c.end, headTo),
        nounFrom: ctx.lex.glued ? nounZoneStart(ctx.cueText, c.start, ctx.lex.floatingCountMarks) : undefined,
        itemFrom: itemStart(ctx.cueText, sentence.start, c.start),
      },
      ctx.lex.glued ? ideographicSentenceAt(doc.body, sentence, c.start) : sentence,
      paragraphAt(doc.body, c.start),
      ctx.articleTopic,
      ctx.crimeStory,
      ctx.weakTopic,
    ),
    text: doc.body.slice(c.start, c.end),
    start: c.start,
    approximate: isApproximate(ctx.tokens, c.index, ctx.lex) || isMinimumAfter(doc.folded, c.end, ctx.lex),
    target: goalAt(doc, ctx.cueText, ctx.lex, c, ctx.goals),
    province: provinceAt(ctx.places, sentence, c.start),
    ...(c.currency ? { currency: c.currency } : {}),
  };
}
