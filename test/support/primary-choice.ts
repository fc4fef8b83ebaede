/**
 * The chooser of the primary province the invented place tests run the engine with: the hand rules by default,
 * or the fitted model or 'ranked' when PRIMARY_CHOICE says so, so that the same invented cases can check every
 * candidate default before one is chosen:
 *
 *   PRIMARY_CHOICE=model npx vitest run test/extract/places-primary-classes.test.ts
 *
 * The engine itself never reads the environment: the tests pass the choice as the argument the engine takes.
 */
import { z } from 'zod';
import type { PrimaryChoice } from '../../lambdas/extract/places/summarize.js';

export const PRIMARY: PrimaryChoice = z
  .enum(['hand', 'model', 'ranked'])
  .parse(process.env.PRIMARY_CHOICE ?? 'hand');
