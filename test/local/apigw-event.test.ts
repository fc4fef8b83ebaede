import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../lambdas/shared/wiring.js';
import {
  formatRequestTime,
  fromProxyResult,
  matchRoute,
  toApiGatewayProxyEvent,
} from '../../local/events/api-gateway.js';

describe('Function: matchRoute', () => {
  it.each([
    ['GET', '/health', '/health', null],
    ['GET', '/articles', '/articles', null],
    ['GET', '/articles/abc123', '/articles/{id}', { id: 'abc123' }],
    ['GET', '/articles/a%20b', '/articles/{id}', { id: 'a b' }],
    ['GET', '/provinces/ha-noi/metrics', '/provinces/{slug}/metrics', { slug: 'ha-noi' }],
    ['GET', '/articles/', '/articles', null],
  ])('%s %s → %s %j', (method, path, resource, pathParameters) => {
    expect(matchRoute(API_ROUTES, method, path)).toEqual({ resource, pathParameters });
  });

  it.each([
    ['POST', '/articles'],
    ['GET', '/nope'],
    ['GET', '/provinces/ha-noi'],
    ['GET', '/articles/a/b'],
  ])('%s %s has no resource', (method, path) => {
    expect(matchRoute(API_ROUTES, method, path)).toBeNull();
  });
});

describe('Function: toApiGatewayProxyEvent', () => {
  const event = toApiGatewayProxyEvent(
    {
      method: 'GET',
      path: '/provinces/ha-noi/metrics',
      query: 'from=2025-01-01&tag=a&tag=b%20c',
      rawHeaders: ['Host', '127.0.0.1:3000', 'x-api-key', 'k', 'Accept', 'a', 'accept', 'b'],
      body: Buffer.alloc(0),
      sourceIp: '127.0.0.1',
    },
    { resource: '/provinces/{slug}/metrics', pathParameters: { slug: 'ha-noi' } },
    {
      stage: 'v1',
      apiId: 'local',
      accountId: '000000000000',
      requestId: 'r1',
      apiKey: 'k',
      now: new Date(0),
    },
  );

  it('is a valid REST (v1) proxy event', () => {
    expect(APIGatewayProxyEventSchema.safeParse(event).success).toBe(true);
  });

  it('keeps the last value in single-value maps and all of them in multi-value maps', () => {
    expect(event.queryStringParameters).toEqual({ from: '2025-01-01', tag: 'b c' });
    expect(event.multiValueQueryStringParameters).toEqual({ from: ['2025-01-01'], tag: ['a', 'b c'] });
    expect(event.multiValueHeaders.Accept).toEqual(['a']);
    expect(event.headers['x-api-key']).toBe('k');
  });

  it('describes the resource, stage and caller like API Gateway', () => {
    expect(event).toMatchObject({
      resource: '/provinces/{slug}/metrics',
      path: '/provinces/ha-noi/metrics',
      httpMethod: 'GET',
      pathParameters: { slug: 'ha-noi' },
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
      requestContext: {
        resourcePath: '/provinces/{slug}/metrics',
        stage: 'v1',
        path: '/v1/provinces/ha-noi/metrics',
        requestId: 'r1',
        requestTime: '01/Jan/1970:00:00:00 +0000',
        identity: { apiKey: 'k', sourceIp: '127.0.0.1' },
      },
    });
  });
});

describe('Function: formatRequestTime', () => {
  it('uses API Gateway format', () => {
    expect(formatRequestTime(new Date('2026-04-09T12:34:56Z'))).toBe('09/Apr/2026:12:34:56 +0000');
  });
});

describe('Function: fromProxyResult', () => {
  it.each([[undefined], [null], [{ body: 'x' }], [{ statusCode: 'x' }]])(
    'answers 502 for the malformed result %j',
    (result) => {
      // Act
      const answer = fromProxyResult(result);
      // Assess
      expect(answer.statusCode).toBe(502);
      expect(JSON.parse(answer.body.toString())).toEqual({ message: 'Internal server error' });
    },
  );

  it('merges headers and decodes base64 bodies', () => {
    // Act
    const answer = fromProxyResult({
      statusCode: 201,
      headers: { 'Content-Type': 'text/plain' },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
      body: Buffer.from('hé').toString('base64'),
      isBase64Encoded: true,
    });
    // Assess
    expect(answer.statusCode).toBe(201);
    expect(answer.headers).toEqual({ 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'] });
    expect(answer.body.toString('utf8')).toBe('hé');
  });
});
