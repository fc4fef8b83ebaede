/**
 * GET /export/figures.csv: the export's figure rows (lambdas/export/) as CSV, read page by page from the
 * Articles table. Lambda answers at most 6 MB, so one response holds the rows of as many article pages as
 * fit under a 4 MB budget (or a time budget), and names the next page in `x-next-cursor` and a `Link:
 * rel="next"` header; every response is a whole CSV file (BOM, header, rows). A page whose rows alone exceed
 * 5 MB is answered 413 with the advice to ask for fewer articles per read (`limit`).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { formatRows } from '../export/format.js';
import { FIGURE_COLUMNS, figureRows, type ExportedArticle } from '../export/rows.js';
import type { Period } from '../shared/period.js';
import { listArticles, type ReadTables } from './queries.js';
import type { ExportQuery } from './schemas.js';

export const SOFT_BUDGET_BYTES = 4 * 1024 * 1024;
export const HARD_LIMIT_BYTES = 5 * 1024 * 1024;
const TIME_BUDGET_MS = 6_000;

export type ExportPage =
  | { ok: true; body: string; rows: number; nextCursor: string | null }
  | { ok: false; status: 400 | 413; message: string };

export async function exportFigures(
  doc: DynamoDBDocumentClient,
  tables: ReadTables,
  q: ExportQuery,
  bucket: string,
  period: Period,
  budget = { soft: SOFT_BUDGET_BYTES, hard: HARD_LIMIT_BYTES },
): Promise<ExportPage> {
  const started = Date.now();
  const filter = { province: q.province, scheme: q.scheme, topic: q.topic, period };
  const parts: string[] = [formatRows([], FIGURE_COLUMNS, 'csv', true)];
  let bytes = Buffer.byteLength(parts[0]!);
  let rows = 0;
  let cursor = q.cursor;
  do {
    // The topic and period filters run in DynamoDB; the province filter per figure, here (a figure's
    // province need not be its article's).
    const page = await listArticles(doc, tables, { topic: q.topic, limit: q.limit, cursor }, bucket, period);
    if (!page.ok) return { ok: false, status: 400, message: page.message };
    const found = page.items.flatMap((item) => figureRows(item as ExportedArticle, filter));
    const text = formatRows(found, FIGURE_COLUMNS, 'csv', false);
    const size = Buffer.byteLength(text);
    if (bytes + size > budget.hard) {
      if (rows > 0 || parts.length > 1) break; // answer what fits; this page comes next
      return {
        ok: false,
        status: 413,
        message: `the rows of ${q.limit} articles exceed ${budget.hard} bytes; ask for fewer articles per read (limit)`,
      };
    }
    parts.push(text);
    bytes += size;
    rows += found.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && bytes < budget.soft && Date.now() - started < TIME_BUDGET_MS);
  return { ok: true, body: parts.join(''), rows, nextCursor: cursor ?? null };
}
