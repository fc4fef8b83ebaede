/**
 * The verb after a number. In the Romance languages a plural subject takes a finite verb ending in -n, -m,
 * -no or -nt, while a plural noun ends in -s or -i: a lower-case word with a verb ending after a number of
 * two or more is its verb ("otras dos fallecieron", "deux autres sont morts", "due sono fuggiti"), not the
 * noun it counts (read.ts). When that verb tells what befell persons or what only persons do (died, were
 * injured, fled), the number counts persons (count.ts).
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

const LOWER = /\p{Ll}/u;

/** How many words after a finite verb may still be its participle ("ont été blessés", "sono stati feriti"). */
const PARTICIPLE_REACH = 2;

/** Token j is a lower-case word ending as the language's plural finite verbs end (lexicon verbEndings). */
export function isVerbAt(body: string, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j];
  // A capitalised word is a name ("dos Nguyen"), whatever its ending.
  return t?.kind === 'word' && LOWER.test(body[t.start] ?? '') && lex.verbEndings.endsWord(t.text);
}

/**
 * Token j is a verb (isVerbAt) that, or whose participle right after it, is one of the lexicon's fateVerbs:
 * its subject is persons ("dos murieron", "deux sont morts", "três foram presos").
 */
export function isFateVerbAt(
  body: string,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): boolean {
  // A clitic may stand before the verb: "trois se sont enfuis", "dos se ahogaron".
  const clitic = tokens[j];
  if (clitic?.kind === 'word' && lex.functionWords.has(clitic.text) && isVerbAt(body, tokens, j + 1, lex))
    j++;
  if (!isVerbAt(body, tokens, j, lex)) return false;
  for (let k = j; k <= j + PARTICIPLE_REACH; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (lex.fateVerbs.has(t.text)) return true;
  }
  return false;
}

/**
 * Token j, right after a number with no noun of its own, is one of the lexicon's fateVerbs said as a
 * participle or an adjective, with no finite verb: headlines and tallies write "Four arrested", "7 dispăruţi"
 * (missing), "12 Luka-luka" (injured), "z ktorých 86 odsúdili" (of whom 86 were sentenced). What befell them
 * tells persons in every language, whether or not its verbs are told by their endings (verbEndings). Written
 * as it stands in a headline (capitalised) too: a fate stem names no one. The caller makes sure no noun the
 * fate qualifies follows ("10 missing documents").
 */
export function isFateWordAt(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j];
  return t?.kind === 'word' && lex.fateVerbs.has(t.text);
}
