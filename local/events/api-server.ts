/**
 * A local API Gateway REST API: node:http in front of the api function, speaking the v1 proxy event
 * format, at http://127.0.0.1:PORT/{stage}/... Like API Gateway, a path or method with no resource answers
 * 403 {"message":"Missing Authentication Token"} (checked before the key), and a known route without the
 * right x-api-key answers 403 {"message":"Forbidden"}. Paths under /_local/ are the embedded stack's own
 * admin routes (API Gateway has no such paths); they need the API key too.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import {
  fromProxyResult,
  gatewayAnswer,
  headerValue,
  matchRoute,
  toApiGatewayProxyEvent,
} from './api-gateway.js';
import type { HttpAnswer } from './api-gateway.js';
import { invokeHandler } from '../runtime/lambda-context.js';
import type { FunctionIdentity, LambdaHandler } from '../runtime/lambda-context.js';
import { safeEqual } from '../security/secrets.js';
import type { ApiTrigger } from '../triggers.js';
import { corsHeaders, preflightHeaders } from './cors.js';

const tooLarge = () => gatewayAnswer(413, 'Request Too Long');

export interface AdminRequest {
  readonly method: string;
  /** Path below /_local, e.g. '/dead-letters'. */
  readonly path: string;
  readonly body: string;
}

export interface ApiServerOptions {
  readonly trigger: ApiTrigger;
  readonly identity: FunctionIdentity;
  readonly handler: LambdaHandler<APIGatewayProxyEvent, unknown>;
  readonly apiKey: string;
  readonly port?: number;
  readonly apiId: string;
  readonly accountId: string;
  readonly admin?: (request: AdminRequest) => Promise<HttpAnswer>;
  /** The stack's own health, at /health and /_local/health, without the API key. */
  readonly health?: () => Promise<HttpAnswer>;
  readonly onError?: (error: unknown) => void;
  /** Default MAX_BODY_BYTES. */
  readonly maxBodyBytes?: number;
  /** The dashboard's origin: the only one preflights and gateway answers allow (none: no CORS). */
  readonly corsOrigin?: string;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:3000/v1 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const ADMIN_PREFIX = '/_local';
const HEALTH_PATHS = new Set(['/health', `${ADMIN_PREFIX}/health`]);

/** API Gateway's largest REST payload; a larger body is refused (413) without being read. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

class BodyTooLargeError extends Error {}

/** The body, read only once the request is authorized, and never past `limit` bytes. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  answer: HttpAnswer,
  requestId: string,
): void {
  // A body left unread (refused before authorization, or too large) is not drained: the connection closes.
  const unread = !request.complete;
  response.writeHead(answer.statusCode, {
    ...answer.headers,
    'x-amzn-requestid': requestId,
    ...(unread ? { connection: 'close' } : {}),
  });
  const socket = request.socket as Socket | null;
  response.end(answer.body, () => {
    if (unread) socket?.destroy();
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { trigger } = options;
  const stagePrefix = `/${trigger.stage}`;

  const answer = async (request: IncomingMessage, requestId: string): Promise<HttpAnswer> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const keyOk = safeEqual(headerValue(request.rawHeaders, trigger.apiKeyHeader), options.apiKey);
    const body = async () => {
      try {
        return { ok: true as const, body: await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES) };
      } catch (error) {
        if (error instanceof BodyTooLargeError) return { ok: false as const, answer: tooLarge() };
        throw error;
      }
    };

    if (options.health && method === 'GET' && HEALTH_PATHS.has(url.pathname)) return options.health();
    if (method === 'OPTIONS') return preflight(request, url.pathname);

    if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      if (!options.admin) return gatewayAnswer(403, 'Missing Authentication Token');
      if (!keyOk) return gatewayAnswer(403, 'Forbidden');
      const read = await body();
      if (!read.ok) return read.answer;
      return options.admin({
        method,
        path: url.pathname.slice(ADMIN_PREFIX.length) || '/',
        body: read.body.toString('utf8'),
      });
    }
    if (url.pathname !== stagePrefix && !url.pathname.startsWith(`${stagePrefix}/`)) {
      return gatewayAnswer(403, 'Missing Authentication Token');
    }
    const path = url.pathname.slice(stagePrefix.length) || '/';
    const match = matchRoute(trigger.routes, method, path);
    if (!match) return gatewayAnswer(403, 'Missing Authentication Token');
    const route = trigger.routes.find((r) => r.method === method && r.path === match.resource);
    if ((route?.apiKeyRequired ?? trigger.apiKeyRequired) && !keyOk) return gatewayAnswer(403, 'Forbidden');
    const read = await body();
    if (!read.ok) return read.answer;

    const event = toApiGatewayProxyEvent(
      {
        method,
        path,
        query: url.search.slice(1),
        rawHeaders: request.rawHeaders,
        body: read.body,
        sourceIp: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      },
      match,
      {
        stage: trigger.stage,
        apiId: options.apiId,
        accountId: options.accountId,
        requestId,
        apiKey: keyOk ? options.apiKey : null,
        now: new Date(),
      },
    );
    try {
      return fromProxyResult(await invokeHandler(options.handler, options.identity, event, requestId));
    } catch (error) {
      options.onError?.(error);
      return gatewayAnswer(502, 'Internal server error');
    }
  };

  /** Preflights: admin routes (GET, POST, DELETE) and any method of a known resource (GET). */
  const preflight = (request: IncomingMessage, pathname: string): HttpAnswer => {
    const asked = {
      origin: headerValue(request.rawHeaders, 'origin'),
      method: headerValue(request.rawHeaders, 'access-control-request-method'),
      headers: headerValue(request.rawHeaders, 'access-control-request-headers'),
    };
    const admin = pathname.startsWith(`${ADMIN_PREFIX}/`) && options.admin;
    const path = pathname.slice(stagePrefix.length) || '/';
    const known =
      admin ||
      (pathname.startsWith(`${stagePrefix}/`) &&
        trigger.routes.some((r) => matchRoute([r], r.method, path) !== null));
    const headers = known
      ? preflightHeaders(asked, options.corsOrigin, admin ? ['GET', 'POST', 'DELETE'] : ['GET'])
      : undefined;
    if (!headers) return gatewayAnswer(403, 'Missing Authentication Token');
    return { statusCode: 204, headers, body: Buffer.alloc(0) };
  };

  const server: Server = createServer((request, response) => {
    const requestId = randomUUID();
    const cors = corsHeaders(headerValue(request.rawHeaders, 'origin'), options.corsOrigin);
    // The function's own answers carry its CORS headers; the gateway's (403, admin) get them here.
    const withCors = (result: HttpAnswer): HttpAnswer =>
      result.headers['access-control-allow-origin'] || !cors['access-control-allow-origin']
        ? result
        : { ...result, headers: { ...result.headers, ...cors } };
    answer(request, requestId)
      .then((result) => send(request, response, withCors(result), requestId))
      .catch((error: unknown) => {
        options.onError?.(error);
        send(request, response, gatewayAnswer(500, 'Internal server error'), requestId);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${stagePrefix}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
