/**
 * "部隊は24件の救助活動を組織した" (the force organised 24 rescues): a classifier that counts things of its own
 * kind (a counterDefaults unit other than `other`: ja 件, cases) after a noun of those who act (persons, a
 * unit, a group, an organisation) marked by the topic particle (countPhrases, ja "は") counts what they did,
 * not them. "車は5台" and "遺体は23体" still count the noun before: those classifiers count nothing by
 * themselves, and "免許停止件数は486件" names no doer.
 */
import type { Unit } from '../../shared/vocabulary.js';
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import type { Token } from './tokens.js';

const DOERS: ReadonlySet<Unit> = new Set<Unit>(['person', 'team', 'group', 'organization']);

/** Longest topic particle looked for at the end of the word before the number, in code units. */
const MAX_PARTICLE = 3;

export function doerBeforeCounter(
  tokens: readonly Token[],
  i: number,
  own: UnitEntry & { standalone?: boolean },
  before: UnitEntry | null,
  lex: CompiledLexicon,
): boolean {
  if (!own.standalone || own.unit === 'other' || before === null || !DOERS.has(before.unit)) return false;
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || prev.end !== tokens[i]!.start) return false;
  for (let n = 1; n <= Math.min(MAX_PARTICLE, prev.text.length - 1); n++)
    if (lex.countPhrases.has(prev.text.slice(-n))) return true;
  return false;
}
