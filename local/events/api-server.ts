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
import type { AddressInfo } from 'node:net';
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
import type { ApiTrigger } from '../triggers.js';

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
  readonly onError?: (error: unknown) => void;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:3000/v1 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const ADMIN_PREFIX = '/_local';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, answer: HttpAnswer, requestId: string): void {
  response.writeHead(answer.statusCode, { ...answer.headers, 'x-amzn-requestid': requestId });
  response.end(answer.body);
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { trigger } = options;
  const stagePrefix = `/${trigger.stage}`;

  const answer = async (request: IncomingMessage, requestId: string): Promise<HttpAnswer> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    const keyOk = headerValue(request.rawHeaders, trigger.apiKeyHeader) === options.apiKey;

    if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      if (!options.admin) return gatewayAnswer(403, 'Missing Authentication Token');
      if (!keyOk) return gatewayAnswer(403, 'Forbidden');
      return options.admin({
        method,
        path: url.pathname.slice(ADMIN_PREFIX.length) || '/',
        body: body.toString('utf8'),
      });
    }
    if (url.pathname !== stagePrefix && !url.pathname.startsWith(`${stagePrefix}/`)) {
      return gatewayAnswer(403, 'Missing Authentication Token');
    }
    const path = url.pathname.slice(stagePrefix.length) || '/';
    const match = matchRoute(trigger.routes, method, path);
    if (!match) return gatewayAnswer(403, 'Missing Authentication Token');
    if (trigger.apiKeyRequired && !keyOk) return gatewayAnswer(403, 'Forbidden');

    const event = toApiGatewayProxyEvent(
      {
        method,
        path,
        query: url.search.slice(1),
        rawHeaders: request.rawHeaders,
        body,
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

  const server: Server = createServer((request, response) => {
    const requestId = randomUUID();
    answer(request, requestId)
      .then((result) => send(response, result, requestId))
      .catch((error: unknown) => {
        options.onError?.(error);
        send(response, gatewayAnswer(500, 'Internal server error'), requestId);
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
