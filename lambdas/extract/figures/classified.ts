/**
 * A number word that carries its classifier, written right after the noun it counts: Bengali names things
 * told of before as noun then number ("গাড়ি দু’টি নদীতে পড়ে যায়", the two vehicles fell into the river;
 * "কোচ দু’টির একটি", one of the two coaches), where a new count puts the number first ("দু’টি গাড়ি"). With
 * no noun of its own after it, such a number counts the unit noun right before it. Only the words of the
 * lexicon's classifiedNumbers: a bare numeral after a noun ("ধারা ৩", section 3) is a label, not a count.
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import { unitEndingRightBefore, type Reading } from './read.js';
import type { Token } from './tokens.js';

export function classifiedNounBefore(
  folded: string,
  tokens: readonly Token[],
  r: Reading,
  lex: CompiledLexicon,
): UnitEntry | null {
  if (!r.num.spelled || r.own || !lex.classifiedNumbers.has(folded.slice(r.num.start, r.num.end)))
    return null;
  const prev = tokens[r.index - 1];
  if (prev?.kind !== 'word') return null;
  const u = unitEndingRightBefore(tokens, r.index, lex);
  return u && !u.entry.counter && !u.entry.currency ? u.entry : null;
}

/** Units a noun before a generic classifier may give it: a thing's, not a measure, a person, a place's type. */
const NOT_THINGS: ReadonlySet<string> = new Set([
  'other',
  'person',
  'kg',
  'percent',
  'vnd',
  'locality',
  'country',
]);

/**
 * ko "권총 3개", "권총 3 개" (three pistols): a generic classifier of things (lexicon genericClassifiers) after
 * the number counts the unit noun written as a word of its own right before it. Only a whole word of the
 * lexicon: a word that merely starts like one ("동물", animal, is no "동", đồng) names nothing.
 */
export function genericClassifierNoun(
  folded: string,
  tokens: readonly Token[],
  r: Reading,
  lex: CompiledLexicon,
): UnitEntry | null {
  const own = r.own;
  const after = tokens[r.index + 1];
  if (!own || own.unit !== 'other' || own.currency !== undefined || after?.kind !== 'word') return null;
  if (lex.genericClassifiers.startOf(folded.slice(after.start, own.end)) !== own.end - after.start)
    return null;
  const prev = tokens[r.index - 1];
  if (prev?.kind !== 'word' || prev.end >= r.num.start) return null;
  const entry = lex.units.get(prev.text, false);
  if (!entry || entry.counter || entry.currency !== undefined || NOT_THINGS.has(entry.unit)) return null;
  return entry;
}
