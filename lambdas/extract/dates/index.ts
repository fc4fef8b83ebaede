/**
 * The date stage: the dateline or first date the article writes, in its own language, as day, month and
 * (when written) year. Which date the article gets in the end (metadata, key, this, or the upload time) is
 * decided by lambdas/shared/published.ts, which also supplies a missing year.
 */
import type { TextDate } from '../../shared/article.js';
import type { Document } from '../types.js';
import { firstDate } from './patterns.js';

/**
 * Only the opening is read: a dateline or an article's first date is in its first paragraphs, and a date
 * found deep in a long text (a report's annex, a list of past cases) is not the article's. It also keeps the
 * stage's cost fixed whatever the size of the file.
 */
export const DATE_SEARCH_CHARS = 10_000;

/** The first date in the body's opening, or null. Offsets index into doc.body, like the other stages'. */
export function findTextDate(doc: Document): TextDate | null {
  // Cut at a space so that a number or a name is never split in two at the boundary.
  const cut =
    doc.body.length <= DATE_SEARCH_CHARS ? doc.body.length : doc.body.lastIndexOf(' ', DATE_SEARCH_CHARS);
  const end = cut > 0 ? cut : Math.min(doc.body.length, DATE_SEARCH_CHARS);
  const first = firstDate(doc.body.slice(0, end), doc.folded.slice(0, end), doc.language);
  if (!first) return null;
  return {
    day: first.day,
    month: first.month,
    year: first.year,
    text: doc.body.slice(first.start, first.end),
    start: first.start,
  };
}
