/**
 * The 2025 reorganisation merged communes, districts and provinces, and outlets since name a new unit with the
 * one it replaced: "Bố Trạch commune (formerly Cự Nẫm commune)", "xã Lũng Cú (Hà Giang cũ)". A bracket that a
 * `formerly` word of the lexicon opens or closes, around a place read there and its type words only, dates the
 * text after the reform when it writes no year. A bracket glossing a person ("(former chairman of …)") holds
 * other words, and is no sign.
 */
import type { Document, PlaceMention } from '../types.js';
import { gazetteer, type Gazetteer, type PlaceEntry } from './gazetteer.js';
import { keyOf } from './tokens.js';
import { placesLexiconFor, type CompiledPlacesLexicon } from './lexicon.js';

/** Longest gloss read, in code units: a type word and a name of a few words. */
const MAX_GLOSS = 80;
const OPENING = /[(（]/g;
const CLOSING = /[)）\n]/;
/** A letter or a mark that continues one (Bengali vowel signs): a cue ends where none follows. */
const WORD_UNIT = /[\p{L}\p{M}]/u;
/**
 * A cue written in Han characters: Japanese and Chinese write no space, and the cue is glued to the name it
 * glosses ("（旧フーイエン省）", formerly Phú Yên province).
 */
const GLUED_CUE = /^\p{Script=Han}+$/u;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** True for what may stand beside the place in a gloss: nothing, or a type word of the lexicon. */
function onlyTypeWords(lex: CompiledPlacesLexicon, text: string): boolean {
  const key = keyOf(text);
  return key === '' || lex.before.map.has(key) || lex.after.map.has(key);
}

/**
 * A unit a reform may have replaced: a district, a commune or a ward, or a province merged into another. A city's
 * old name ("Ho Chi Minh (formerly Saigon)") names a province that is still one.
 */
function mayBeFormer(gaz: Gazetteer, e: PlaceEntry): boolean {
  return e.level > 1 || gaz.provinces[e.province]!.successor !== e.province;
}

/** Most words of a type phrase on either side of the name ("district de", "commune of"). */
const MAX_TYPE_WORDS = 2;

/**
 * True when the words are a name of the gazetteer, with type words of the lexicon before or after it or none:
 * "Hai Trach commune", "district de Tuong Duong". Latin-script names the engine read nowhere else (a commune that
 * is gone names no place the story happens) are known so.
 */
function typedName(lex: CompiledPlacesLexicon, text: string): boolean {
  const words = keyOf(text)
    .split(' ')
    .filter((w) => w !== '');
  const gaz = gazetteer();
  for (let a = 0; a <= Math.min(MAX_TYPE_WORDS, words.length - 1); a++) {
    if (a > 0 && !lex.before.map.has(words.slice(0, a).join(' '))) continue;
    for (let b = 0; b <= Math.min(MAX_TYPE_WORDS, words.length - 1 - a); b++) {
      if (b > 0 && !lex.after.map.has(words.slice(words.length - b).join(' '))) continue;
      const entries = gaz.byKey.get(words.slice(a, words.length - b).join(' '));
      if (entries?.some((e) => mayBeFormer(gaz, e))) return true;
    }
  }
  return false;
}

/**
 * The bracket's content from `from` to `to` (folded) with the cue at its start or end removed, as a span of the
 * text; undefined when no cue opens or closes it.
 */
function afterCue(folded: string, from: number, to: number, cues: readonly string[]): Span | undefined {
  const inner = folded.slice(from, to);
  const lead = inner.length - inner.trimStart().length;
  const trimmed = inner.trim();
  for (const cue of cues) {
    if (trimmed.length <= cue.length + 1) continue;
    const glued = GLUED_CUE.test(cue);
    if (trimmed.startsWith(cue) && (glued || !WORD_UNIT.test(trimmed[cue.length]!)))
      return { start: from + lead + cue.length, end: from + lead + trimmed.length };
    if (trimmed.endsWith(cue) && (glued || !WORD_UNIT.test(trimmed[trimmed.length - cue.length - 1]!)))
      return { start: from + lead, end: from + lead + trimmed.length - cue.length };
  }
  return undefined;
}

/**
 * True when the document glosses a unit by its former one: a bracket a cue opens or closes, holding one of the
 * place `mentions` read in it, or a name of the gazetteer, and else only type words.
 */
export function glossesFormerUnit(
  doc: Pick<Document, 'body' | 'folded' | 'language'>,
  mentions: readonly PlaceMention[],
): boolean {
  const lex = placesLexiconFor(doc.language);
  if (lex.formerly.length === 0) return false;
  for (const open of doc.folded.matchAll(OPENING)) {
    const from = open.index + 1;
    const close = CLOSING.exec(doc.folded.slice(from, from + MAX_GLOSS));
    if (close === null || close[0] === '\n') continue;
    const rest = afterCue(doc.folded, from, from + close.index, lex.formerly);
    if (rest === undefined) continue;
    if (typedName(lex, doc.body.slice(rest.start, rest.end))) return true;
    const place = mentions.find(
      (m) =>
        m.start >= rest.start &&
        m.end <= rest.end &&
        (m.kind !== 'province' || gazetteer().bySlug.get(m.placeSlug)?.ref.successor.slug !== m.placeSlug),
    );
    if (
      place !== undefined &&
      onlyTypeWords(lex, doc.body.slice(rest.start, place.start)) &&
      onlyTypeWords(lex, doc.body.slice(place.end, rest.end))
    )
      return true;
  }
  return false;
}
