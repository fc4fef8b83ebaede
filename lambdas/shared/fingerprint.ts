/**
 * A compact, language-independent fingerprint of an article's text, kept with its story evidence (and so in
 * every index item of the story table): the numbers the text writes as digits, whatever the engine made of
 * them. Two copies check the figures one copy's engine kept against the numbers the other copy's text writes,
 * so that a figure kept on one side and written on the other in a sentence its figure stage did not read (a
 * language without a lexicon, a count in a clause the stage passes over) counts as shared, not as one-sided.
 * Computed at parse time from the record's title and sections (lambdas/stories/fingerprint.ts): no second
 * read of the text, no change to the article record.
 */
import { z } from 'zod';

export const TextFingerprintSchema = z.object({
  /**
   * Distinct numbers the text writes in digits of any script, 10 or more or with decimals, sorted; dates
   * ("12/7/2024"), times ("10:30"), ranges ("10-15") and bare years (1900–2099) left out. A number whose one
   * separator could be a decimal sign or a thousands separator ("1.250") is kept both ways. At most the first 64 (lambdas/stories/fingerprint.ts, MAX_TEXT_NUMBERS).
   */
  numbers: z.array(z.number().finite()),
});
export type TextFingerprint = z.infer<typeof TextFingerprintSchema>;

export const EMPTY_FINGERPRINT: TextFingerprint = { numbers: [] };
