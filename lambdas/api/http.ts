import type { APIGatewayProxyResult } from 'aws-lambda';
import { BOM } from '../export/format.js';
import type { z } from 'zod';
import type { ErrorSchema } from './schemas.js';

type ErrorCode = z.infer<typeof ErrorSchema>['error']['code'];

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown): APIGatewayProxyResult {
  return { statusCode, headers: HEADERS, body: JSON.stringify(body) };
}

export function error(
  statusCode: number,
  code: ErrorCode,
  message: string,
  details?: unknown,
): APIGatewayProxyResult {
  return json(statusCode, { error: { code, message, ...(details === undefined ? {} : { details }) } });
}

/**
 * A CSV download; a next page is named in `x-next-cursor` and in a `Link` header (the same query with the
 * cursor), which browsers and HTTP clients can follow.
 */
export function csv(
  body: string,
  filename: string,
  nextCursor: string | null,
  query: Record<string, string>,
): APIGatewayProxyResult {
  const next = nextCursor ? new URLSearchParams({ ...query, cursor: nextCursor }).toString() : undefined;
  return {
    statusCode: 200,
    headers: {
      ...HEADERS,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      ...(nextCursor && next ? { 'x-next-cursor': nextCursor, link: `<?${next}>; rel="next"` } : {}),
    },
    body,
  };
}

export const notFound = (message: string) => error(404, 'NOT_FOUND', message);
export const badRequest = (message: string, details?: unknown) => error(400, 'BAD_REQUEST', message, details);

/**
 * The router turns every answer into a Web Response and back with `response.text()`, whose UTF-8 decoding
 * drops a leading byte-order mark: put the CSV's BOM back, so spreadsheets still read it as UTF-8.
 */
export function keepCsvBom(result: APIGatewayProxyResult): APIGatewayProxyResult {
  const type = Object.entries(result.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type');
  const isCsv = String(type?.[1] ?? '').startsWith('text/csv');
  return isCsv && !result.isBase64Encoded && !result.body.startsWith(BOM)
    ? { ...result, body: BOM + result.body }
    : result;
}
