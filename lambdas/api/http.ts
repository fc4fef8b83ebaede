import type { APIGatewayProxyResult } from 'aws-lambda';
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

export const notFound = (message: string) => error(404, 'NOT_FOUND', message);
export const badRequest = (message: string, details?: unknown) => error(400, 'BAD_REQUEST', message, details);
