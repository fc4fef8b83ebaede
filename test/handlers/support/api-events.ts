/** Record factory: the API Gateway REST proxy event the local API server would send for a GET. */
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { matchRoute, toApiGatewayProxyEvent } from '../../../local/events/api-gateway.js';
import { API_ROUTES, API_STAGE } from '../../../lambdas/shared/wiring.js';

export function getEvent(pathAndQuery: string): APIGatewayProxyEvent {
  const [path = '/', query = ''] = pathAndQuery.split('?');
  const match = matchRoute(API_ROUTES, 'GET', path) ?? { resource: path, pathParameters: null };
  return toApiGatewayProxyEvent(
    {
      method: 'GET',
      path,
      query,
      rawHeaders: ['x-api-key', 'test-key'],
      body: Buffer.alloc(0),
      sourceIp: '127.0.0.1',
    },
    match,
    {
      stage: API_STAGE,
      apiId: 'testapi',
      accountId: '000000000000',
      requestId: 'req',
      apiKey: 'test-key',
      now: new Date(),
    },
  );
}
