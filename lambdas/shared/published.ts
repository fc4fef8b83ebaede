/**
 * Which day an article was published, and how we know (issue 10, item 2). In order:
 *   1. object metadata `x-amz-meta-published` (what `npm run ingest -- --published 2024-06-02` or any S3 client
 *      sets; the SDK hands it over as Metadata.published),
 *   2. a date in the key: `2024/06/02/…` or `2024-06-02-…`,
 *   3. the date the text writes (lambdas/extract/dates/): day and month as written, the year as written, else
 *      the year the metadata or the key names, else the upload's; a date after the upload is never taken
 *      (a year-less "28 December" read in January is last year's),
 *   4. the upload date.
 * A source that gives an impossible date or one after the upload day is passed over, not trusted; a metadata
 * value passed over is named in `dateNote` (the article is kept: its figures do not depend on the date).
 * Pure: the parse handler supplies the metadata, key and event time.
 */
import { z } from 'zod';
import { TextDateSchema } from './article.js';

export const IsoDateSchema = z.iso.date().describe('YYYY-MM-DD');

export const DateSourceSchema = z.enum(['metadata', 'key', 'text', 'upload']);
export type DateSource = z.infer<typeof DateSourceSchema>;

export const PublishedSchema = z.object({
  published: IsoDateSchema.describe('Day the article was published (YYYY-MM-DD)'),
  dateSource: DateSourceSchema.describe(
    'Where `published` comes from: metadata (x-amz-meta-published), key, text (dateline or first date), upload',
  ),
  dateNote: z
    .string()
    .min(1)
    .optional()
    .describe('Why the x-amz-meta-published value was passed over (not a real day, or after the upload)'),
});
export type Published = z.infer<typeof PublishedSchema>;

export const PublishedInputSchema = z.object({
  /** User metadata of the object (keys without the x-amz-meta- prefix, as the SDK returns them). */
  metadata: z.record(z.string(), z.string()).optional(),
  key: z.string().min(1),
  /** Event time of the upload (S3 eventTime or LastModified). */
  uploadedAt: z.iso.datetime({ offset: true }),
  textDate: TextDateSchema.nullable().optional(),
});
export type PublishedInput = z.infer<typeof PublishedInputSchema>;

export const PUBLISHED_METADATA_KEY = 'published';

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function resolvePublished(input: PublishedInput): Published {
  const upload = ymdOf(new Date(input.uploadedAt));
  const usable = (d: Ymd | undefined): d is Ymd => d !== undefined && isReal(d) && compare(d, upload) <= 0;

  const meta = metadataValue(input.metadata);
  const fromMeta = meta === undefined ? undefined : parseIsoPrefix(meta);
  if (usable(fromMeta)) return { published: format(fromMeta), dateSource: 'metadata' };
  const resolved = fallback(input, upload, usable, meta);
  // A metadata value that was set but not taken is the uploader's mistake: say so on the record.
  return meta === undefined ? resolved : { ...resolved, dateNote: metadataNote(meta, fromMeta) };
}

function fallback(
  input: PublishedInput,
  upload: Ymd,
  usable: (d: Ymd | undefined) => d is Ymd,
  meta: string | undefined,
): Published {
  const fromKey = keyDate(input.key);
  if (usable(fromKey)) return { published: format(fromKey), dateSource: 'key' };

  const text = input.textDate;
  if (text) {
    const hinted = yearHint(meta) ?? keyYear(input.key);
    const years =
      text.year !== null ? [text.year] : hinted !== undefined ? [hinted] : [upload.year, upload.year - 1];
    for (const year of years) {
      const d = { year, month: text.month, day: text.day };
      if (usable(d)) return { published: format(d), dateSource: 'text' };
    }
  }
  return { published: format(upload), dateSource: 'upload' };
}

function metadataNote(value: string, parsed: Ymd | undefined): string {
  const shown = JSON.stringify(value.slice(0, 64));
  if (parsed === undefined) return `x-amz-meta-published ${shown} is not a YYYY-MM-DD date; passed over`;
  if (!isReal(parsed)) return `x-amz-meta-published ${shown} is not a real day; passed over`;
  return `x-amz-meta-published ${shown} is after the upload day; passed over`;
}

function metadataValue(metadata: Record<string, string> | undefined): string | undefined {
  if (!metadata) return undefined;
  for (const [k, v] of Object.entries(metadata)) {
    const name = k.toLowerCase().replace(/^x-amz-meta-/, '');
    if (name === PUBLISHED_METADATA_KEY) return v.trim();
  }
  return undefined;
}

/** "2024-06-02", "2024-06-02T08:00:00Z": the calendar day as written (no time-zone shift). */
function parseIsoPrefix(value: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

const KEY_DATE = /(?:^|\/)((?:19|20)\d{2})([/-])(\d{2})\2(\d{2})(?=[/_.-]|$)/;

function keyDate(key: string): Ymd | undefined {
  const m = KEY_DATE.exec(key);
  return m ? { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) } : undefined;
}

/** A year alone in the metadata ("2024", "2024-06") can still date a year-less text date. */
function yearHint(meta: string | undefined): number | undefined {
  const m = meta === undefined ? null : /^((?:19|20)\d{2})(?:$|-)/.exec(meta);
  return m ? Number(m[1]) : undefined;
}

/** `2024/…`, `2024-06/…`, `news/2024/…`: a path segment that starts with a year. */
function keyYear(key: string): number | undefined {
  const m = /(?:^|\/)((?:19|20)\d{2})(?=\/|-\d{2}(?:\/|-))/.exec(key);
  return m ? Number(m[1]) : undefined;
}

function isReal(d: Ymd): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

function ymdOf(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function format(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
