/**
 * Hungarian glues its personal ending to digits with a hyphen as it does to a spelled number ("64-en
 * eltűntek", 64 of them went missing; "3-an meghaltak", as "hárman meghaltak"): the ending tells that the
 * number counts persons, whatever follows it. The endings are the lexicon's numberForms.personEndings, so
 * other suffixes written so ("2-es út", road 2; "8-kor", at eight; "2020-ban", in 2020) count nothing. The
 * ending is matched as written, not folded: "március 5-én" (on 5 March) folds to the same letters.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/** Where the personal ending glued by a hyphen to the digits at token i ends, or -1. */
export function personSuffixEnd(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): number {
  const num = tokens[i];
  const dash = tokens[i + 1];
  const ending = tokens[i + 2];
  if (num?.kind !== 'num' || num.spelled) return -1;
  if (dash?.kind !== 'punct' || dash.text !== '-' || dash.start !== num.end) return -1;
  if (ending?.kind !== 'word' || ending.start !== dash.end) return -1;
  return lex.personSuffixes.has(body.slice(ending.start, ending.end).toLowerCase()) ? ending.end : -1;
}
