/**
 * The one loader of the lexicon files (lexicons/<lang>/<concern>.json): each concern validates its files
 * with its own zod schema here, and a file that does not match fails with a LexiconError naming the file
 * and the field. Which languages a document is read with, and in what order, is data too (FALLBACKS).
 */
import type { z } from 'zod';
import { prettifyError } from 'zod';
import { LexiconError } from '../../shared/errors.js';
import { LEXICONS } from './index.generated.js';

export type Concern = 'figures' | 'people' | 'places' | 'structure';

/** The raw registry: language → concern → parsed JSON (index.generated.ts). */
export type LexiconRegistry = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** One file's data, validated by the concern's schema. */
export function parseLexicon<S extends z.ZodType>(
  schema: S,
  language: string,
  concern: Concern,
  raw: unknown,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new LexiconError(`lexicons/${language}/${concern}.json`, prettifyError(parsed.error), {
    cause: parsed.error,
  });
}

/** Every language's file of one concern, validated, in the registry's (alphabetical) order. */
export function loadLexicons<S extends z.ZodType>(
  schema: S,
  concern: Concern,
  registry: LexiconRegistry = LEXICONS,
): Map<string, z.output<S>> {
  const out = new Map<string, z.output<S>>();
  for (const [language, concerns] of Object.entries(registry)) {
    const raw = concerns[concern];
    if (raw !== undefined) out.set(language, parseLexicon(schema, language, concern, raw));
  }
  return out;
}

/**
 * The languages whose files a document is read with after its own, per concern: machine translations keep
 * Vietnamese words ("xã", "Thượng tá") and English ones ("province"); figures and structure read the
 * document's language alone (figures fall back to the locale's Intl data instead).
 */
export const FALLBACKS: Readonly<Record<Concern, readonly string[]>> = {
  places: ['vi', 'en'],
  people: ['vi'],
  figures: [],
  structure: [],
};

/**
 * The languages a document in `language` is read with for a concern: its own, then the concern's
 * fallbacks, each once; a language without a file of that concern reads them all.
 */
export function readingOrder(concern: Concern, language: string, available: Iterable<string>): string[] {
  const known = [...available];
  if (!known.includes(language)) return known;
  return [...new Set([language, ...FALLBACKS[concern].filter((l) => known.includes(l))])];
}
