/**
 * API Gateway REST (v1) proxy integration, the pure parts: matching a request to a resource, building the
 * APIGatewayProxyEvent, and the answers API Gateway itself gives (missing route, missing key, bad proxy
 * result).
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import {
  matchTemplate,
  parameterCount,
  parseRouteTemplate,
  pathSegments,
} from '../../lambdas/shared/routes.js';
import type { ApiRoute } from '../triggers.js';

export interface RouteMatch {
  readonly resource: string;
  readonly pathParameters: Record<string, string> | null;
}

/** The resource a path (below the stage) maps to, or null; API Gateway matches literal segments first. */
export function matchRoute(routes: readonly ApiRoute[], method: string, path: string): RouteMatch | null {
  const segments = pathSegments(path);
  const candidates = routes
    .filter((route) => route.method === method)
    .map((route) => ({ route, template: parseRouteTemplate(route.path) }))
    .sort((a, b) => parameterCount(a.template) - parameterCount(b.template));
  for (const { route, template } of candidates) {
    const params = matchTemplate(template, segments);
    if (params)
      return { resource: route.path, pathParameters: Object.keys(params).length > 0 ? params : null };
  }
  return null;
}

export interface IncomingRequest {
  readonly method: string;
  /** Path below the stage, e.g. '/articles/abc'. */
  readonly path: string;
  /** Raw query string without '?', possibly empty. */
  readonly query: string;
  /** Node's rawHeaders: name, value, name, value... */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
  readonly sourceIp: string;
}

export interface StageInfo {
  readonly stage: string;
  readonly apiId: string;
  readonly accountId: string;
  readonly requestId: string;
  /** Value of the API key when the request carried a valid one. */
  readonly apiKey: string | null;
  readonly now: Date;
}

function multi(pairs: readonly [string, string][]): {
  single: Record<string, string> | null;
  multiple: Record<string, string[]> | null;
} {
  if (pairs.length === 0) return { single: null, multiple: null };
  const single: Record<string, string> = {};
  const multiple: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    single[name] = value; // API Gateway keeps the last value in the single-value map
    (multiple[name] ??= []).push(value);
  }
  return { single, multiple };
}

function headerPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < raw.length; index += 2)
    pairs.push([raw[index] as string, raw[index + 1] as string]);
  return pairs;
}

function queryPairs(query: string): [string, string][] {
  return [...new URLSearchParams(query).entries()];
}

export function headerValue(rawHeaders: readonly string[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headerPairs(rawHeaders)
    .filter(([key]) => key.toLowerCase() === wanted)
    .at(-1)?.[1];
}

/** The event a REST API proxy integration sends to Lambda for this request. */
export function toApiGatewayProxyEvent(
  request: IncomingRequest,
  match: RouteMatch,
  stage: StageInfo,
): APIGatewayProxyEvent {
  const headers = multi(headerPairs(request.rawHeaders));
  const query = multi(queryPairs(request.query));
  const text = request.body.length > 0 ? request.body.toString('utf8') : null;
  const userAgent = headerValue(request.rawHeaders, 'user-agent') ?? null;
  return {
    resource: match.resource,
    path: request.path,
    httpMethod: request.method,
    headers: headers.single ?? {},
    multiValueHeaders: headers.multiple ?? {},
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multiple,
    pathParameters: match.pathParameters,
    stageVariables: null,
    body: text,
    isBase64Encoded: false,
    requestContext: {
      accountId: stage.accountId,
      apiId: stage.apiId,
      authorizer: null,
      domainName: headerValue(request.rawHeaders, 'host') ?? 'localhost',
      domainPrefix: stage.apiId,
      extendedRequestId: stage.requestId,
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: stage.apiKey,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp,
        user: null,
        userAgent,
        userArn: null,
      },
      path: `/${stage.stage}${request.path}`,
      protocol: 'HTTP/1.1',
      requestId: stage.requestId,
      requestTime: formatRequestTime(stage.now),
      requestTimeEpoch: stage.now.getTime(),
      resourceId: match.resource,
      resourcePath: match.resource,
      stage: stage.stage,
    },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's requestTime format, e.g. '09/Apr/2015:12:34:56 +0000'. */
export function formatRequestTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

/** The HTTP answer API Gateway derives from a proxy result; a malformed result is a 502. */
export interface HttpAnswer {
  readonly statusCode: number;
  readonly headers: Record<string, string | string[]>;
  readonly body: Buffer;
}

export const gatewayAnswer = (statusCode: number, message: string): HttpAnswer => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(JSON.stringify({ message })),
});

export function fromProxyResult(result: unknown): HttpAnswer {
  const candidate = result as Partial<APIGatewayProxyResult> | null;
  if (!candidate || typeof candidate.statusCode !== 'number' || !Number.isInteger(candidate.statusCode)) {
    return gatewayAnswer(502, 'Internal server error');
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(candidate.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  for (const [name, values] of Object.entries(candidate.multiValueHeaders ?? {})) {
    headers[name.toLowerCase()] = values.map(String);
  }
  headers['content-type'] ??= 'application/json';
  const body = candidate.body ?? '';
  return {
    statusCode: candidate.statusCode,
    headers,
    body: candidate.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8'),
  };
}
