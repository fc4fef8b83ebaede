/**
 * The chooser of the primary province the invented place tests run the engine with: the engine's default, or
 * the one PRIMARY_CHOICE names (hand, model, ranked), so that the same invented cases check every candidate:
 *
 *   PRIMARY_CHOICE=model npx vitest run test/extract/places-primary-classes.test.ts
 *
 * The engine itself never reads the environment: the tests pass the choice as the argument the engine takes.
 */
import { z } from 'zod';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { DEFAULT_PRIMARY_CHOICE, type PrimaryChoice } from '../../lambdas/extract/places/summarize.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

export const PRIMARY: PrimaryChoice = z
  .enum(['hand', 'model', 'ranked'])
  .parse(process.env.PRIMARY_CHOICE ?? DEFAULT_PRIMARY_CHOICE);

/** The slugs of what findPlaces reads in `body` under PRIMARY: the primary province (null: none), the provinces, the localities. */
export function placeSlugsOf(
  body: string,
  language: string,
): { primary: string | null; provinces: string[]; localities: string[] } {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  const found = findPlaces(doc, [], PRIMARY);
  return {
    primary: found.primaryProvince?.slug ?? null,
    provinces: found.provinces.map((p) => p.slug),
    localities: found.localities.map((l) => l.slug),
  };
}

/** The primary province's slug the engine reads in `body` under PRIMARY (null: none). */
export function primaryOf(body: string, language: string): string | null {
  return placeSlugsOf(body, language).primary;
}
