/**
 * Nouns of persons made by a suffix of agent or occupation (lexicon `agentNouns`): Turkish "-cı/-ci/-cu/-çü"
 * (balıkçı, fisherman; avcı, hunter; madenci, miner), Hungarian "-ász/-ész" (halász, vadász, kertész), Finnish
 * "-ja/-jä" after a verb stem (kalastaja, kuljettaja, tutkija). A word after a number that ends in such a
 * suffix, and then in one of the language's case or plural endings ("balıkçının", "halászokat",
 * "kalastajalle"), counts persons: no list of occupations is needed to read "8 balıkçı".
 */
import { fold } from '../text/fold.js';

export interface AgentNounRule {
  readonly endings: readonly string[];
  readonly inflections: ReadonlySet<string>;
  readonly minStem: number;
  /** Words so formed that name no person (tr "uyuşturucu", a drug; "patlayıcı", an explosive; ordinals). */
  readonly not: readonly string[];
}

export interface AgentNounsSpec {
  endings: readonly string[];
  inflections: readonly string[];
  minStem: number;
  not: readonly string[];
}

export function compileAgentNouns(spec: AgentNounsSpec): AgentNounRule | null {
  if (spec.endings.length === 0) return null;
  return {
    endings: [...new Set(spec.endings.map((e) => fold(e)))].sort((a, b) => b.length - a.length),
    inflections: new Set(['', ...spec.inflections.map((e) => fold(e))]),
    minStem: spec.minStem,
    not: spec.not.map((w) => fold(w)),
  };
}

/** Whether the folded word is an agent noun: stem, agent suffix, one inflection. */
export function isAgentNoun(word: string, rule: AgentNounRule): boolean {
  // Few exceptions, each a word or a stem ("uyusturucu*").
  if (rule.not.some((n) => (n.endsWith('*') ? word.startsWith(n.slice(0, -1)) : word === n))) return false;
  for (let cut = word.length; cut >= rule.minStem; cut--) {
    if (!rule.inflections.has(word.slice(cut))) continue;
    const body = word.slice(0, cut);
    for (const e of rule.endings) if (body.endsWith(e) && body.length - e.length >= rule.minStem) return true;
  }
  return false;
}
