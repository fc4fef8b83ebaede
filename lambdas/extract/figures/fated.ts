/**
 * One person named with an indefinite article as the object of the verb of the fate that befell him: "ha
 * arrestado a un sospechoso", "resultó herido a un agente". The article means "one" there as a numeral would
 * ("arrestado a dos sospechosos"); elsewhere it counts nothing ("un hombre llamado Toan", "un portavoz
 * dijo"). The fate verbs are the lexicon's (fateVerbs: died, injured, fled, arrested...). A subject before
 * its verb ("Un suspect arrêté") is left alone: it is mostly a headline's or a caption's, which the
 * annotators do not count. After a cue of a minimum ("al menos una persona", "mindestens eine Person") the
 * article is a count wherever it stands.
 */
import type { Document } from '../types.js';
import type { Candidate } from './count.js';
import { PERSONS, type CompiledLexicon, type WordSet } from './lexicon.js';
import { casualtyListed } from './casualty-list.js';
import { indefiniteArticles, sentenceAt } from './listed.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

function isFate(t: Token | undefined, lex: CompiledLexicon): boolean {
  return t?.kind === 'word' && lex.fateVerbs.has(t.text);
}

/**
 * The fate verb stands before the personal "a" that marks a person as its object ("arrestado a un
 * sospechoso", "dejó herido a un policía"). Without the mark ("arrêté un trafiquant") the annotators count
 * the single as often as not: it is left alone, unless the verb is one of wounding or killing (lexicon
 * casualtyBefore: "blessant un policier", "killing a passer-by"), whose victims they count.
 */
function fateBefore(body: string, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const a = tokens[j - 1];
  const marked = a?.kind === 'word' && a.text === 'a';
  if (marked && isFate(tokens[j - 2], lex)) return true;
  const casualty = lex.casualtyBefore;
  if (casualty === null) return false;
  const verb = tokens[marked ? j - 2 : j - 1];
  // A title ends on its line without a full stop ("…, officer seriously injured" over "A driver crashed…"):
  // a verb on the line before is not the article's.
  return (
    verb?.kind === 'word' && casualty.has(verb.text) && !body.slice(verb.end, tokens[j]!.start).includes('\n')
  );
}

/**
 * A cue of a minimum ends right before the article at j, or before the personal "a" before it ("hiriendo al
 * menos a una persona").
 */
function minimumBefore(tokens: readonly Token[], j: number, cues: WordSet | null): boolean {
  if (cues === null) return false;
  if (phraseEndingAt(tokens, j - 1, cues) > 0) return true;
  const a = tokens[j - 1];
  return a?.kind === 'word' && a.text === 'a' && phraseEndingAt(tokens, j - 2, cues) > 0;
}

/** Tokens read after the person's noun for a fate said after it (vi "một người đàn ông đi đường bị thương"). */
const FATE_AFTER_REACH = 8;

/**
 * A fate of the lexicon's fatesAfter follows the person's noun ending at token `last`, in its clause
 * ("một cán bộ bị thương", one officer injured): a phrase of any length, since a fate is often an idiom
 * of three words or more ("om het leven", "lost his life", "a perdu la vie"); punctuation ends the search.
 */
function fateAfter(tokens: readonly Token[], last: number, fates: WordSet): boolean {
  for (let k = last + 1; k <= last + FATE_AFTER_REACH; k++) {
    if (tokens[k]?.kind !== 'word') return false;
    if (phraseAt(tokens, k, fates) > 0) return true;
  }
  return false;
}

/** Words read between the article and its person noun: "a local resident", "a traffic police officer". */
const MAX_MODIFIERS = 2;

/**
 * The person noun the article at j names, right after it or after one or two modifying words ("a local
 * resident", "a traffic police officer", "un jeune homme", "ein junger Mann"), which may be nouns of other
 * units ("a truck driver"); a connector or function word ends the noun phrase ("a number of officers").
 */
function personAfterArticle(tokens: readonly Token[], j: number, lex: CompiledLexicon) {
  for (let k = j + 1; k <= j + 1 + MAX_MODIFIERS; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || (k > j + 1 && tokens[k - 1]!.end + 1 !== t.start)) return null;
    // "एक अन्य की मौत हो गई" (one other died): a word for other persons is the noun itself, as "दो अन्य"
    // counts two persons (lexicon elliptic.persons), unless a noun follows it ("एक अन्य वाहन", another vehicle).
    if (k === j + 1 && lex.ellipticPersons.has(t.text) && !matchUnit(tokens, k + 1, lex))
      return { entry: PERSONS, last: k };
    const unit = matchUnit(tokens, k, lex);
    if (unit?.entry.unit === 'person') return unit.end === undefined && !unit.entry.counter ? unit : null;
    if (lex.connectors.has(t.text) || lex.functionWords.has(t.text) || lex.indefinite?.has(t.text))
      return null;
  }
  return null;
}

/** One person, named from the article at j to its noun's last token. */
function single(doc: Document, tokens: readonly Token[], j: number, last: number): Candidate {
  const t = tokens[j]!;
  return {
    index: j,
    start: t.start,
    end: tokens[last]!.end,
    value: 1,
    unit: 'person',
    sentence: sentenceAt(doc, t.start),
  };
}

/** The counted figures with the fated singles added, in text order. */
export function withFatedSingles(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  if (lex.indefinite === null) return counted;
  const taken = new Set(counted.map((c) => c.index));
  const found: Candidate[] = [];
  const articles = indefiniteArticles(doc, tokens, lex);
  for (let j = 0; j < tokens.length - 1; j++) {
    // The article test first: it rejects nearly every token without the set's hashing.
    if (articles[j] !== 1 || taken.has(j)) continue;
    // "among the dead were a pregnant woman and …": the list's phrase tells the fate (casualty-list.ts).
    const listed = casualtyListed(doc, tokens, j, lex);
    if (listed >= 0) {
      found.push(single(doc, tokens, j, listed));
      continue;
    }
    const unit = personAfterArticle(tokens, j, lex);
    if (!unit) continue;
    const fates = lex.fatesAfter;
    // "más de una persona resultó herida", more than one: a vague quantity, not one person.
    const vague =
      !minimumBefore(tokens, j, lex.atLeast) && phraseEndingAt(tokens, j - 1, lex.approximate) > 0;
    const fated =
      fateBefore(doc.body, tokens, j, lex) ||
      minimumBefore(tokens, j, lex.atLeast) ||
      // From the noun itself: a unit phrase may hold the fate (vi "người bị thương", injured person).
      (fates !== null && !vague && fateAfter(tokens, j, fates));
    if (!fated) continue;
    found.push(single(doc, tokens, j, unit.last));
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
