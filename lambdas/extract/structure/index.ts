/**
 * Plain text → title, sections (headings and paragraphs), photo captions and trailing boilerplate.
 * Lines are paragraphs; blank lines only separate. Pure.
 */
import type { Section } from '../../shared/article.js';
import { isSpaceCode } from '../text/chars.js';
import { splitSentences } from '../text/sentences.js';
import { isCaption, MARKERS, unwrapped, type Markers } from './markers.js';

export interface Structure {
  title: string;
  sections: Section[];
  captions: string[];
  boilerplate: string[];
  body: string;
  /**
   * Every line of the text with its white space collapsed and trimmed, blank lines dropped, captions and
   * boilerplate included: joined by line breaks, the text contentHash hashes (for a text in NFC).
   */
  lines: string[];
}

export { MARKERS };

/** What a caption shows, without its credit: "Colonel X speaks – Photo: Y" → "Colonel X speaks". */
export function stripCredit(whole: string, markers: Markers = MARKERS): string {
  const caption = unwrapped(whole);
  // No colon, no credit (see isCaption).
  if (!caption.includes(':')) return caption.trim();
  return caption.replace(markers.credit, '').trim();
}

/**
 * A caption tells what one photo shows, in a sentence or two; a line of more sentences that ends with a
 * credit is a paragraph of the story with its photo's credit glued on (outlets that print the lead under
 * the photo): its text is the article's, the credit is dropped.
 */
const CAPTION_SENTENCES = 3;

function isParagraph(line: string): boolean {
  return splitSentences(line).length > CAPTION_SENTENCES;
}

// White space other than a plain space. No u flag: \s is the same without it, and a Unicode-mode scan of the
// negated class costs several times as much on every line.
const OTHER_SPACE = /[^\S ]/;
const FINAL_PUNCTUATION = /[.,;:!?…»"”’)\]-]$/u;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
// A bare byline: one to five capitalised words (names), optionally joined by "-", "," or "&".
const BYLINE = /^\p{Lu}[\p{L}'’.]*(?:(?:\s+|\s*[-–,&]\s*)\p{Lu}[\p{L}'’.]*){0,4}$/u;

/** Runs of non-space characters, as `line.split(/\s+/).filter(Boolean).length` counts them. */
function words(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * One space for each run of white space, trimmed; most lines need nothing, so they are only tested: white
 * space at an end, two spaces in a row, or any white space but a plain space.
 */
function normalizeLine(line: string): string {
  const n = line.length;
  const needsSpacing =
    n > 0 &&
    (isSpaceCode(line.charCodeAt(0)) ||
      isSpaceCode(line.charCodeAt(n - 1)) ||
      line.includes('  ') ||
      OTHER_SPACE.test(line));
  return needsSpacing ? line.replace(/\s+/gu, ' ').trim() : line;
}

// Module-level regexes: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)` per call.
const GLUED = /(\p{Ll}{3})(\p{Lu}\p{Ll})/gu;
const ASCII_GLUE = /[a-z][A-Z]/;

/**
 * Words glued by page extraction where a caption or heading ran into the next sentence ("autobuzTreizeci de
 * morţi", "feux d'artificeEn perquisitionnant"): a capital after three lower-case letters starts a word. Brand
 * names keep their shape ("VnExpress", "TikTok" have fewer lower-case letters before the capital).
 */
function unglue(line: string): string {
  // A cheap test first (no Unicode property classes): the glue seen is a Latin lower-case letter before a
  // capital, and most lines have none.
  if (!ASCII_GLUE.test(line)) return line;
  GLUED.lastIndex = 0;
  return GLUED.test(line) ? line.replace(GLUED, '$1 $2') : line;
}

const CLAUSE_END = /[.,;:]$/u;
const LOWER_START = /^\p{Ll}/u;
const HEADING_START = /^[\p{Lu}\p{N}«"“]/u;

function isTitleShaped(line: string): boolean {
  return line.length <= 200 && words(line) <= 30 && !CLAUSE_END.test(line) && !LOWER_START.test(line);
}

function isHeadingShaped(line: string): boolean {
  return line.length <= 120 && words(line) <= 15 && !FINAL_PUNCTUATION.test(line) && HEADING_START.test(line);
}

export function parseStructure(text: string, markers: Markers = MARKERS): Structure {
  const lines = text
    .split('\n')
    .map(normalizeLine)
    .filter((l) => l !== '');

  // Trailing boilerplate, read backwards: source lines, comment counters, bare URLs, then one byline.
  const boilerplate: string[] = [];
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1]!;
    if (markers.source.test(line) || markers.comment.test(line) || URL_LINE.test(line)) {
      boilerplate.unshift(line);
      end--;
      continue;
    }
    if (boilerplate.length > 0 && BYLINE.test(line) && words(line) <= 5 && end > 1) {
      boilerplate.unshift(line);
      end--;
    }
    break;
  }

  const captions: string[] = [];
  const content: string[] = [];
  for (const line of lines.slice(0, end)) {
    if (isCaption(line, markers) && !isParagraph(line)) captions.push(line);
    else content.push(unglue(isCaption(line, markers) ? stripCredit(line, markers) : line));
  }

  let title = '';
  let titleIsLine = false;
  if (content.length > 1 && isTitleShaped(content[0]!)) {
    title = content[0]!;
    titleIsLine = true;
  } else if (content.length > 0) {
    title = splitSentences(content[0]!)[0]?.text ?? content[0]!;
  }

  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  const rest = content.slice(titleIsLine ? 1 : 0);
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i]!;
    const next = rest[i + 1];
    if (next !== undefined && isHeadingShaped(line) && !isHeadingShaped(next)) {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: line, paragraphs: [] };
    } else {
      current.paragraphs.push(line);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0 || sections.length === 0)
    sections.push(current);

  const bodyLines: string[] = titleIsLine ? [title] : [];
  for (const s of sections) {
    if (s.heading !== null) bodyLines.push(s.heading);
    bodyLines.push(...s.paragraphs);
  }
  return { title, sections, captions, boilerplate, body: bodyLines.join('\n'), lines };
}
