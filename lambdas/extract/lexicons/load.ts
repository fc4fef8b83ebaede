/**
 * The one loader of the lexicon files (lexicons/<lang>/<concern>.json): each concern validates its files
 * with its own zod schema here, and a file that does not match fails with a LexiconError naming the file
 * and the field. Which languages a document is read with, and in what order, is data too (FALLBACKS).
 */
import { prettifyError, z } from 'zod';
import { LexiconError } from '../../shared/errors.js';
import { LEXICONS } from './index.generated.js';
import kinshipData from './kinship.json' with { type: 'json' };

export type Concern = 'figures' | 'people' | 'places' | 'stages' | 'structure';

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
  stages: [],
  structure: [],
};

const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code');

export const KinshipSchema = z.object({
  $comment: z.string().optional(),
  /** Language → the related languages whose files it is read with, nearest first, and why. */
  languages: z.record(
    LanguageCode,
    z.object({ kin: z.array(LanguageCode).min(1), reason: z.string().min(1) }),
  ),
});

/**
 * Kinship (kinship.json): a language without its own file of a concern is read with a closely related
 * language's file first ("sk" with "cs", "uk" with "ru"). Only the words are lent: the record keeps the
 * detected language, and number formats and calendars stay the language's own (Intl).
 */
export const KINSHIP: z.output<typeof KinshipSchema>['languages'] = parseKinship(kinshipData);

export function parseKinship(raw: unknown): z.output<typeof KinshipSchema>['languages'] {
  const parsed = KinshipSchema.safeParse(raw);
  if (parsed.success) return parsed.data.languages;
  throw new LexiconError('lexicons/kinship.json', prettifyError(parsed.error), { cause: parsed.error });
}

/** The kin of `language` that have a file among `available`, nearest first; none when it has its own. */
export function kinOf(
  language: string,
  available: Iterable<string>,
  kinship: z.output<typeof KinshipSchema>['languages'] = KINSHIP,
): string[] {
  const known = new Set(available);
  if (known.has(language)) return [];
  return (kinship[language]?.kin ?? []).filter((l) => known.has(l));
}

/**
 * The languages a document in `language` is read with for a concern: its own, then the concern's
 * fallbacks, each once; a language without a file of that concern reads its kin's first, then them all.
 */
export function readingOrder(concern: Concern, language: string, available: Iterable<string>): string[] {
  const known = [...available];
  if (!known.includes(language)) return [...new Set([...kinOf(language, known), ...known])];
  return [...new Set([language, ...FALLBACKS[concern].filter((l) => known.includes(l))])];
}

/**
 * The one language whose file of `concern` a document in `language` is read with where only one is (the
 * figures): its own, else its nearest kin's; undefined when neither has one.
 */
export function lexiconLanguage(
  concern: Concern,
  language: string,
  registry: LexiconRegistry = LEXICONS,
): string | undefined {
  const available = Object.keys(registry).filter((l) => registry[l]?.[concern] !== undefined);
  return available.includes(language) ? language : kinOf(language, available)[0];
}
