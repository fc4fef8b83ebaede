/**
 * Line markers from every language's structure.json, merged: structure runs before language detection, and
 * machine translations keep foreign UI strings ("Comment (0)" under a French article).
 */
import { z } from 'zod';
import { loadLexicons } from '../lexicons/load.js';
import { escapePhrase } from '../text/regex.js';

export const StructureLexiconSchema = z.object({
  /** The file's JSON Schema (lexicons/schemas/), for editors; not read by the engine. */
  $schema: z.string().optional(),
  captionMarkers: z.array(z.string().min(1)),
  sourceWords: z.array(z.string().min(1)),
  commentWords: z.array(z.string().min(1)),
});

export type StructureLexicon = z.infer<typeof StructureLexiconSchema>;

export interface Markers {
  /** A credit-only line: "Photo: X", "Ảnh: X". */
  readonly creditLine: RegExp;
  /** The credit part of a caption line, to strip it and keep what the photo shows. */
  readonly credit: RegExp;
  readonly source: RegExp;
  readonly comment: RegExp;
}

function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapePhrase)
    .join('|');
}

export function buildMarkers(lexicons: readonly StructureLexicon[]): Markers {
  const cap = alternation(lexicons.flatMap((l) => l.captionMarkers));
  const src = alternation(lexicons.flatMap((l) => l.sourceWords));
  const com = alternation(lexicons.flatMap((l) => l.commentWords));
  // A credit names a photographer or agency: short, no sentence inside.
  const credit = `(?:${cap})\\s*:\\s*[^.!?;:\\n]{1,60}?`;
  const creditTail = `(?:\\s*[–—-]\\s*|\\.\\s+|\\s+)${credit}\\s*\\.?$|\\s*\\(\\s*${credit}\\s*\\)\\s*\\.?$`;
  return {
    creditLine: new RegExp(`^${credit}$`, 'iu'),
    credit: new RegExp(`(?:${creditTail})`, 'iu'),
    source: new RegExp(`^(?:${src})(?:\\s*[:：]\\s*.*|\\s+https?://\\S+)?$`, 'iu'),
    comment: new RegExp(`^(?:${com})\\s*(?:\\(\\s*\\d+\\s*\\))?$`, 'iu'),
  };
}

/** The possible text after a credit's colon: no [.!?;\n] except one final full stop (and spaces). */
const CREDIT_TAIL = /^[^.!?;\n]*\.?\s*$/;

/**
 * A line some outlets wrap whole in angle brackets, a caption under its photo ("<渋滞の様子(写真提供:X)>",
 * "<写真:VnExpress>"): the brackets are no part of it, and the credit ends the line inside them.
 */
const WRAPPED = /^[<〈＜](.*)[>〉＞]$/su;

/** The line without the angle brackets that wrap it whole, if they do. */
export function unwrapped(line: string): string {
  return WRAPPED.exec(line)?.[1] ?? line;
}

/** A line ending with a photo credit ("… – Photo: X", "… (Ảnh: X)"), or a credit-only line. */
export function isCaption(whole: string, markers: Markers): boolean {
  const line = unwrapped(whole);
  // Every credit has a colon after its marker: most lines are settled without running the patterns.
  const colon = line.lastIndexOf(':');
  if (colon < 0) return false;
  // What follows a credit's colon (the last one: a credit holds no other) is a name: no sentence
  // punctuation, and a full stop only at the very end. A line whose tail has any is no caption.
  if (!CREDIT_TAIL.test(line.slice(colon + 1))) return false;
  if (markers.creditLine.test(line)) return true;
  const m = markers.credit.exec(line);
  return m !== null && m.index > 0;
}

export function loadStructureLexicons(): StructureLexicon[] {
  return [...loadLexicons(StructureLexiconSchema, 'structure').values()];
}

export const MARKERS: Markers = buildMarkers(loadStructureLexicons());
