/**
 * The agentive participle of Hindi and Urdu (lexicon `agentive`): a verb's oblique infinitive, ending in "-نے"
 * ("-ने"), then "والے", "والوں" ("वाले", "वालों"): "those who do it". After a number, the phrase it closes names
 * persons, whatever the nouns in it count ("98 خلاف ورزی کرنے والوں", 98 violators, not 98 violations; "12 नशा
 * बेचने वाले", 12 drug sellers): no list of doers is needed. The words before the participle are the verb's
 * object; money, a measure or a span of time among them, or a noun of things, means the number counts that
 * ("10 ملین ڈونگ ادا کرنے والے", who paid 10 million dong; "5 گاڑیاں ضبط کرنے والے", who seized 5 vehicles).
 * Before a noun the participle is an adjective ("पांच मछली पकड़ने वाली नौकाओं", five fishing boats): the noun
 * is counted.
 */
import { fold } from '../text/fold.js';
import type { Token } from './token-types.js';

export interface AgentiveRule {
  /** Endings of the oblique infinitive, folded, longest first. */
  readonly endings: readonly string[];
  /** The participle's forms, folded. */
  readonly participles: ReadonlySet<string>;
  /** The genitive particles the phrase may hold, folded: any other function word ends it. */
  readonly links: ReadonlySet<string>;
}

export interface AgentiveSpec {
  infinitiveEndings: readonly string[];
  participles: readonly string[];
  links: readonly string[];
}

export function compileAgentive(spec: AgentiveSpec): AgentiveRule | null {
  if (spec.infinitiveEndings.length === 0 || spec.participles.length === 0) return null;
  return {
    endings: [...new Set(spec.infinitiveEndings.map((e) => fold(e)))].sort((a, b) => b.length - a.length),
    participles: new Set(spec.participles.map((p) => fold(p))),
    links: new Set(spec.links.map((w) => fold(w))),
  };
}

/** Whether the folded word is an infinitive: a stem, then one of the endings (the ending alone is a particle). */
function isInfinitive(word: string, rule: AgentiveRule): boolean {
  return rule.endings.some((e) => word.length > e.length && word.endsWith(e));
}

/**
 * Index of the participle that closes the phrase starting at token j ("5 بیچنے والے", five sellers: the phrase
 * may be the verb alone), the infinitive at most `window` words on; else -1. `blocks(k)` tells a word the
 * number counts by itself (money, a measure, a time, a noun of things), which ends the search. Only words are
 * crossed: a number or a mark ends the phrase. Whether the participle stands for its doers or describes the
 * noun after it ("پانچ ماہی گیری کرنے والی کشتیاں", five fishing boats) is the caller's to read.
 */
export function agentiveAt(
  tokens: readonly Token[],
  j: number,
  rule: AgentiveRule,
  window: number,
  blocks: (k: number) => boolean,
): number {
  for (let k = j; k <= j + window; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t?.kind !== 'word' || blocks(k)) return -1;
    if (isInfinitive(t.text, rule) && next?.kind === 'word' && rule.participles.has(next.text)) return k + 1;
  }
  return -1;
}
