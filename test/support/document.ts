/**
 * The Document the engine's stages read, built from a test's own sentence the way extractArticle builds it
 * (body, folded body, sentences), so a suite can call one stage on invented text.
 */
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

export function documentOf(text: string, language: string): Document {
  return { body: text, folded: fold(text), sentences: splitSentences(text), language };
}
