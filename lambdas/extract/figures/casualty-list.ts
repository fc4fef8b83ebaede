/**
 * The persons of a list of casualties (lexicon casualtyLists): "among the dead were a pregnant woman and a
 * foreign national", ur "ہلاک ہونے والوں میں ایک حاملہ خاتون اور لاؤس کا ایک شہری بھی شامل ہے". The list's
 * opening phrase says what befell them, so each person named there with an indefinite article is one of the
 * dead, counted as a numeral would be, though no fate follows the noun (fated.ts needs one after it). A person
 * named with the article elsewhere in the language (a clause-opening ur "ایک مشتبہ شخص", a suspect) is still
 * the article's: only the phrase before it in its sentence makes it a count.
 */
import { hasLineBreak } from '../text/chars.js';
import type { Document } from '../types.js';
import type { CompiledLexicon } from './lexicon.js';
import { DASHES, phraseEndingAt } from './phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** Tokens read back from the article for the list's opening phrase: a list of two or three persons. */
const CUE_REACH = 14;

/** Tokens read after the article for its person's noun ("ایک آٹھ ماہ کی حاملہ خاتون": an age and a genitive between). */
const NOUN_REACH = 6;

/** Punctuation that ends a clause: the list's phrase is not read across it (a list's comma is). */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')', '۔', '।', '؛', '؟']);

/** The sentence of the article at j holds a phrase of casualtyLists before it, within CUE_REACH tokens. */
function listOpensBefore(doc: Document, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const cues = lex.casualtyLists;
  if (cues === null) return false;
  for (let k = j - 1; k >= Math.max(0, j - CUE_REACH); k--) {
    const t = tokens[k]!;
    // A line break ends a title written without a full stop: the list does not run on into the next line.
    if (hasLineBreak(doc.body, t.end, tokens[k + 1]!.start)) return false;
    if (t.kind === 'punct' && CLAUSE_END.has(t.text)) return false;
    if (t.kind === 'word' && phraseEndingAt(tokens, k, cues) > 0) return true;
  }
  return false;
}

/**
 * Token index of the person's noun the article at j names in a list of casualties: the first person noun of
 * the lexicon within NOUN_REACH tokens, before the next item (a conjunction, another article) or a mark. An age
 * or a genitive may stand between ("a 30-year-old worker", "لاؤس کا"), and a noun of another unit that
 * qualifies the person's ("a truck driver"); -1 when none is read, or when a number with a noun of its own
 * comes first ("a whole family of seven persons": the seven are counted, the article is the family's).
 */
function personNoun(tokens: readonly Token[], j: number, lex: CompiledLexicon): number {
  for (let k = j + 1; k <= j + NOUN_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    // A hyphen joins an age's words ("a 30-year-old officer"); any other mark ends the item.
    if (t.kind === 'punct' && !DASHES.has(t.text)) return -1;
    // "a family of seven persons": a number with a noun of its own counts them itself (count.ts).
    if (t.kind === 'num' && matchUnit(tokens, k + 1, lex) !== null) return -1;
    if (t.kind !== 'word') continue;
    if (lex.conjunctions.has(t.text) || lex.indefinite?.has(t.text)) return -1;
    const unit = matchUnit(tokens, k, lex);
    if (unit?.entry.unit === 'person' && unit.end === undefined && unit.entry.counter !== true)
      return unit.last;
  }
  return -1;
}

/**
 * The last token of the person the article at j names as one of a list of casualties, or -1 when the article
 * opens no such item.
 */
export function casualtyListed(
  doc: Document,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): number {
  if (lex.casualtyLists === null || !listOpensBefore(doc, tokens, j, lex)) return -1;
  return personNoun(tokens, j, lex);
}
