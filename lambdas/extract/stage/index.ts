/**
 * The stage of a case a report is about (lambdas/shared/vocabulary.ts, STAGES), read from its title and lead
 * with the language's stage cues (lexicons/<lang>/stages.json, or its kin's). The latest stage with a cue
 * wins: a verdict's report names the trial too, a trial's names the charges. A report with no cue is about
 * the event; one in a language with no stage file has no stage (null: unknown, never a reason to part).
 * Pure: the story evidence (lambdas/stories/evidence.ts) calls it on the article or its stored record.
 */
import type { Section } from '../../shared/article.js';
import type { Stage } from '../../shared/vocabulary.js';
import { lexiconLanguage, loadLexicons } from '../lexicons/load.js';
import { alternationByFirstChar, escapePhrase } from '../text/regex.js';
import { StagesLexiconSchema, type StagesLexicon } from './lexicon.js';

/**
 * The later stages, latest first: the order in which they are tried. The court's stages come before those of
 * a disaster or a death (a trial of an officer's killer may name his posthumous honours; his funeral's report
 * rarely names a court), and within each chain the latest first: a funeral's report recalls the recovery of
 * the bodies, a recovery's the search.
 */
const LATER: readonly Exclude<Stage, 'event'>[] = [
  'appeal',
  'verdict',
  'trial',
  'indictment',
  'prosecution',
  'compensation',
  'funeral',
  'recovery',
];

/**
 * Cues are substrings in scripts written without spaces between words, and in the abjads whose words take
 * attached prefixes (Arabic "بالإعدام", Hebrew "הנאשמים", Persian, Urdu).
 */
const UNSPACED: ReadonlySet<string> = new Set(['th', 'zh', 'ja', 'lo', 'km', 'my', 'ar', 'he', 'fa', 'ur']);

/**
 * How much of the text after the title is the lead: whole paragraphs until this many characters. What a
 * report is about is in its first sentences; later ones recall earlier stages ("was arrested in May") or
 * announce later ones ("the trial will open").
 */
export const LEAD_CHARS = 320;

/** Characters that say as much as three (Han, kana) or two (Hangul) Latin ones: a lead as long in words. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(\p{Script=Hangul})/gu;

export interface StageSource {
  readonly language: string;
  readonly title: string;
  readonly sections: readonly Pick<Section, 'paragraphs'>[];
}

interface Matcher {
  readonly ignore: RegExp | null;
  readonly stages: readonly [Exclude<Stage, 'event'>, RegExp][];
  /** Time passed since the event, and what, told in the same sentence, makes it a later stage. */
  readonly lapse: RegExp | null;
  readonly afterLapse: readonly [Exclude<Stage, 'event'>, RegExp][];
}

/** Where a sentence of a title or lead ends: the cues of a lapse must meet within one. */
const SENTENCE_END = /[.!?;\n\u0964\u3002\uff01\uff1f\u061f]+(?:\s|$)|\n/u;

const LEXICONS: ReadonlyMap<string, StagesLexicon> = loadLexicons(StagesLexiconSchema, 'stages');
const matchers = new Map<string, Matcher | null>();

export function findStage(source: StageSource): Stage | null {
  const matcher = matcherFor(source.language);
  if (!matcher) return null;
  let lead = leadOf(source).normalize('NFC').toLowerCase();
  if (matcher.ignore) lead = lead.replace(matcher.ignore, ' ');
  const lapsed = lapsedStages(matcher, lead);
  const cued = cuedStages(matcher, lead);
  return LATER.find((stage) => lapsed.has(stage) || cued.has(stage)) ?? 'event';
}

interface Span {
  readonly stage: Exclude<Stage, 'event'>;
  readonly start: number;
  readonly end: number;
}

/**
 * The stages whose cues the lead holds, a cue inside a longer cue of another stage aside: the longer says
 * more. "dilimpahkan ke pengadilan" (sent to court) is an indictment though "pengadilan" (court) is a trial
 * cue; "передано в суд" the same with "суд".
 */
function cuedStages(matcher: Matcher, lead: string): ReadonlySet<Stage> {
  const spans: Span[] = matcher.stages.flatMap(([stage, re]) =>
    [...lead.matchAll(re)].map((m) => ({ stage, start: m.index, end: m.index + m[0].length })),
  );
  const inside = (a: Span, b: Span) =>
    a.stage !== b.stage && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return new Set(spans.filter((a) => !spans.some((b) => inside(a, b))).map((a) => a.stage));
}

/**
 * The stages a lead tells as time passed since the event: a lapse ("two days after") and, in the same
 * sentence, a body found (recovery) or a suspect caught (prosecution).
 */
function lapsedStages(matcher: Matcher, lead: string): ReadonlySet<Stage> {
  const found = new Set<Stage>();
  if (!matcher.lapse) return found;
  for (const sentence of lead.split(SENTENCE_END)) {
    if (!matcher.lapse.test(sentence)) continue;
    for (const [stage, re] of matcher.afterLapse) if (re.test(sentence)) found.add(stage);
  }
  return found;
}

/** The title and the first paragraphs, whole, up to LEAD_CHARS characters after the title. */
export function leadOf(source: StageSource): string {
  const paragraphs = source.sections.flatMap((s) => s.paragraphs);
  return [source.title, ...paragraphs.slice(0, leadParagraphCount(source))].join('\n');
}

/**
 * How many of the text's paragraphs, in order across its sections, the lead takes: whole paragraphs until
 * LEAD_CHARS characters are reached (the story evidence finds its lead toll by the same count).
 */
export function leadParagraphCount(source: Pick<StageSource, 'sections'>): number {
  let length = 0;
  let count = 0;
  for (const section of source.sections)
    for (const paragraph of section.paragraphs) {
      if (length >= LEAD_CHARS) return count;
      count += 1;
      length += leadLength(paragraph);
    }
  return count;
}

/** A paragraph's length as the lead counts it: Han and kana three, Hangul two, other characters one. */
function leadLength(paragraph: string): number {
  return paragraph.length + extraLength(paragraph);
}

function extraLength(text: string): number {
  let extra = 0;
  for (const m of text.matchAll(DENSE)) extra += m[1] === undefined ? 2 : 1;
  return extra;
}

function matcherFor(language: string): Matcher | null {
  const hit = matchers.get(language);
  if (hit !== undefined) return hit;
  const lexLanguage = lexiconLanguage('stages', language);
  const lexicon = lexLanguage === undefined ? undefined : LEXICONS.get(lexLanguage);
  const unspaced = UNSPACED.has(lexLanguage ?? language);
  const matcher = lexicon
    ? {
        ignore: pattern(lexicon.ignore, unspaced, 'g'),
        stages: LATER.flatMap((stage): [Exclude<Stage, 'event'>, RegExp][] => {
          const re = pattern(lexicon[stage], unspaced, 'g');
          return re ? [[stage, re]] : [];
        }),
        lapse: pattern(lexicon.lapse, unspaced, ''),
        afterLapse: (
          [
            ['recovery', pattern(lexicon.found, unspaced, '')],
            ['prosecution', pattern(lexicon.caught, unspaced, '')],
          ] as const
        ).flatMap(([stage, re]): [Exclude<Stage, 'event'>, RegExp][] => (re ? [[stage, re]] : [])),
      }
    : null;
  matchers.set(language, matcher);
  return matcher;
}

function pattern(cues: readonly string[], unspaced: boolean, flags: string): RegExp | null {
  if (cues.length === 0) return null;
  const alternatives = [...new Set(cues.map((c) => c.normalize('NFC').toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((cue) => {
      // " … " in a cue: up to three words (eight characters in unspaced scripts) in between, "all … bodies"
      // for "all 22 bodies", "all the bodies". A word ending in * is the start of a word, at the cue's end or
      // inside it ("renvoyé* devant": renvoyés devant); the match takes the whole word, so that a cue inside
      // a longer one is seen inside it (cuedStages).
      const rest = unspaced ? '[\\p{L}\\p{M}\\p{N}]*?' : '[\\p{L}\\p{M}\\p{N}]*';
      const body = cue
        .split(' … ')
        .map((part) => part.split('*').map(escapePhrase).join(rest))
        .join(unspaced ? '[^\\n]{0,8}?' : '(?:\\s+[^\\s]+){0,3}\\s+');
      return { first: cue.charAt(0), source: unspaced ? body : `${body}(?![\\p{L}\\p{M}\\p{N}])` };
    });
  // One word-start check for all cues, then the cues grouped by their first character: the engine tries one
  // character per group at each position instead of every cue (as many cues as a lead has characters).
  const alternation = alternationByFirstChar(alternatives);
  const source = unspaced ? alternation : `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation})`;
  return new RegExp(source, `u${flags}`);
}
