/**
 * The date stage: the dateline or first date the article writes, in its own language, as day, month and
 * (when written) year. Which date the article gets in the end (metadata, key, this, or the upload time) is
 * decided by lambdas/shared/published.ts, which also supplies a missing year.
 */
import type { TextDate } from '../../shared/article.js';
import type { Document } from '../types.js';
import { dateCandidates } from './patterns.js';

/** The first date in the body, or null. Offsets index into doc.body, like the other stages'. */
export function findTextDate(doc: Document): TextDate | null {
  const first = dateCandidates(doc.body, doc.folded, doc.language)[0];
  if (!first) return null;
  return {
    day: first.day,
    month: first.month,
    year: first.year,
    text: doc.body.slice(first.start, first.end),
    start: first.start,
  };
}
