/**
 * Case endings and postpositions written against a number (lexicon `glueSuffixes`): Tamil and Telugu glue them
 * to digits ("10க்கும் மேற்பட்ட வாகனங்கள்", more than 10 vehicles; "10-க்கும்"; "10కి పైగా"). Letters against a
 * number otherwise make it part of an identifier ("KH12", "15ஆம்", the 15th); these leave it a count of the
 * noun after them.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';
import { phraseAt } from './word-phrases.js';

/** Index of the case ending glued to the number at i (right after it, or after a hyphen), or -1. */
export function glueSuffixAt(tokens: readonly Token[], i: number, lex: CompiledLexicon): number {
  const n = tokens[i]!;
  let k = i + 1;
  let t = tokens[k];
  if (t === undefined || t.start !== n.end) return -1;
  if (t.kind === 'punct' && t.text === '-') {
    const after = tokens[k + 1];
    if (after === undefined || after.start !== t.end) return -1;
    t = after;
    k++;
  }
  // A phrase ends where the comparative after a genitive ending does (bn "৩,০০০-এর বেশি", more than 3,000): the
  // genitive alone makes the noun after it a possession ("টিম ২-এর সদস্যরা", the members of team 2), not a count.
  const words = t.kind === 'word' ? phraseAt(tokens, k, lex.glueSuffixes) : 0;
  return words > 0 ? k + words - 1 : -1;
}
