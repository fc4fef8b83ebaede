/**
 * The extraction engine: bytes of one plain-text article in, a structured Article or a typed rejection out.
 * Pure (no I/O, no AWS): the parse Lambda, the CLI and the tests all call this one function.
 *
 *   decode → structure → language → places → people → figures → dates
 */
import * as crypto from 'node:crypto';
import type { ExtractResult, ExtractedArticle } from '../shared/article.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../shared/wiring.js';
import { findTextDate } from './dates/index.js';
import { decodeText } from './decode/index.js';
import { extractFigures } from './figures/index.js';
import { detectLanguage } from './language/index.js';
import { findPeople } from './people/index.js';
import {
  findPlaces,
  isLocalityName,
  isNamesake,
  isPlaceName,
  provinceOfItsDay,
  glossesFormerUnit,
  withCaptionPlaces,
} from './places/index.js';
import type { PrimaryChoice } from './places/summarize.js';
import { parseStructure, stripCredit } from './structure/index.js';
import { wordUnitBit } from './text/chars.js';
import { segmentedWordCount } from './text/words.js';
import { fold } from './text/fold.js';
import { splitSentences } from './text/sentences.js';
import type { Document } from './types.js';

export interface ExtractOptions {
  /** Larger inputs are rejected as TOO_LARGE before decoding. */
  readonly maxBytes?: number;
  /** How the primary province is chosen: the hand rules (default) or the fitted model, to score both. */
  readonly primary?: PrimaryChoice;
}

// Module-level: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)`, run on every call.
const ANY_LETTER = /\p{L}/u;

/** Fewer words than this (title included) is a note or a stray line, not an article: TOO_SHORT. */
export const MIN_ARTICLE_WORDS = 8;

export function extractArticle(bytes: Uint8Array, opts: ExtractOptions = {}): ExtractResult {
  const decoded = decodeText(bytes, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_OBJECT_BYTES });
  if (!decoded.ok) return decoded;

  const structure = parseStructure(decoded.text);
  if (!ANY_LETTER.test(structure.body)) {
    return {
      ok: false,
      rejection: {
        reason: 'NO_TEXT',
        message: 'The file has no article text once captions and boilerplate are removed.',
      },
    };
  }

  // A short text in a script written without spaces is counted again by word boundaries before it is too short.
  const runs = countWords(structure.body);
  const wordCount = runs < MIN_ARTICLE_WORDS ? Math.max(runs, segmentedWordCount(structure.body)) : runs;
  if (wordCount < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      rejection: {
        reason: 'TOO_SHORT',
        message: `The text has ${wordCount} words; an article has at least ${MIN_ARTICLE_WORDS}.`,
      },
    };
  }

  const doc = makeDocument(structure.body, detectLanguage(structure.body));
  const places = withCaptionPlaces(
    findPlaces(doc, structure.boilerplate, opts.primary),
    structure.captions.map((c) => stripCredit(c)),
    doc.language,
    opts.primary,
  );
  const textDate = findTextDate(doc);
  const article: ExtractedArticle = {
    language: doc.language,
    title: structure.title,
    sections: structure.sections,
    captions: structure.captions,
    encoding: decoded.encoding,
    // Lines joined by line breaks are contentHash's normalized text when the text is in NFC: the white space
    // is not collapsed a second time.
    contentHash: decoded.nfc ? sha256Hex(structure.lines.join('\n')) : contentHash(decoded.text),
    wordCount,
    primaryProvince: provinceOfItsDay(places.primaryProvince, doc.body, textDate, () =>
      glossesFormerUnit(doc, places.mentions),
    ),
    provinces: places.provinces,
    localities: places.localities,
    people: findPeople(doc, { isPlaceName, isNamesake, isLocalityName, captions: structure.captions }),
    figures: extractFigures(doc, places.mentions),
    textDate,
  };
  return { ok: true, article };
}

export function makeDocument(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

/**
 * One-shot where the runtime has it (Node 20.12+): a Hash object per article costs more than hashing its
 * few kilobytes.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Hash of the text, not the bytes: the same article re-saved with another encoding, BOM or line endings is
 * the same content, so a re-upload of it changes nothing downstream.
 */
export function contentHash(text: string): string {
  // Every whitespace run becomes one newline if it holds a line break, else one space: lines are trimmed,
  // blank lines dropped and inner spacing collapsed in a single pass. A lone space is already what it would
  // become, so only other runs are matched: the replacer then runs for a few dozen runs, not every word.
  const normalized = text
    .normalize('NFC')
    .replace(/ \s+|[^\S ]\s*/g, (run) => (run.includes('\n') ? '\n' : ' '))
    .trim();
  return sha256Hex(normalized);
}

/**
 * Words are runs of letters and digits; an apostrophe or hyphen between two of them does not split one. One
 * pass over the whole body: each unit is read from the class table and added without a branch on whether it
 * starts a word, which the processor would mispredict at most word boundaries.
 */
function countWords(text: string): number {
  let words = 0;
  let inWord = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = wordUnitBit(c);
    words += word & ~inWord;
    // Joined, not split: "l'ordre", "socio-économique", "l’ordre".
    if ((c === 0x27 || c === 0x2d || c === 0x2019) && inWord === 1 && i + 1 < n)
      inWord = wordUnitBit(text.charCodeAt(i + 1));
    else inWord = word;
  }
  return words;
}
