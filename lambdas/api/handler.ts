import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { z } from 'zod';
import { createDocumentClient } from '../shared/aws.js';
import { lazyConfig } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { monthsOf, periodOf } from '../shared/period.js';
import { isKnownProvince, provinceName } from '../shared/provinces.js';
import { matchTemplate, parseRouteTemplate, pathSegments } from '../shared/routes.js';
import { API_ROUTES, API_STAGE } from '../shared/wiring.js';
import { exportFigures } from './export.js';
import { badRequest, csv, error, json, notFound } from './http.js';
import { openApiDocument } from './openapi.js';
import {
  getArticle,
  getStory,
  listArticles,
  listIngestions,
  listStories,
  listProvinces,
  provinceMetrics,
  type ReadTables,
} from './queries.js';
import {
  ArticlesQuerySchema,
  ExportQuerySchema,
  IngestionsQuerySchema,
  MetricsQuerySchema,
  ProvinceParamsSchema,
  SchemeQuerySchema,
  StoriesQuerySchema,
} from './schemas.js';

const logger = createLogger('provincewire-api');
const config = lazyConfig(['articles', 'metrics', 'ingestions', 'stories']);
let doc: ReturnType<typeof createDocumentClient> | undefined;

type RoutePath = (typeof API_ROUTES)[number]['path'];
interface Request {
  readonly query: Record<string, string>;
  readonly params: Record<string, string>;
}
type Route = (req: Request, tables: ReadTables) => Promise<APIGatewayProxyResult>;

const ARTICLE_ID = /^[a-f0-9]{32}$/;

const ROUTES: Record<RoutePath, Route> = {
  '/health': async () => json(200, { status: 'ok' }),
  '/openapi.json': async () => json(200, openApiDocument()),
  '/articles': async (req, tables) => {
    const q = ArticlesQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const period = periodOf(q.data);
    if (!period.ok) return badRequest(period.message);
    const page = await listArticles(client(), tables, q.data, period.period);
    return page.ok ? json(200, { items: page.items, nextCursor: page.nextCursor }) : badRequest(page.message);
  },
  '/articles/{id}': async (req, tables) => {
    const id = req.params.id ?? '';
    const item = ARTICLE_ID.test(id) ? await getArticle(client(), tables, id) : undefined;
    return item ? json(200, item) : notFound(`no article ${JSON.stringify(id)}`);
  },
  '/provinces': async (req, tables) => {
    const q = SchemeQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    return json(200, {
      scheme: q.data.scheme,
      provinces: await listProvinces(client(), tables, q.data.scheme),
    });
  },
  '/provinces/{slug}/metrics': async (req, tables) => {
    const q = MetricsQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const p = ProvinceParamsSchema.safeParse(req.params);
    if (!p.success) return notFound(`no province ${JSON.stringify(req.params.slug)}`);
    const period = periodOf(q.data);
    if (!period.ok) return badRequest(period.message);
    const months = monthsOf(period.period);
    if (!months.ok) return badRequest(months.message);
    const { scheme, by } = q.data;
    const { slug } = p.data;
    const ranged = q.data.from !== undefined || q.data.to !== undefined;
    const found = await provinceMetrics(client(), tables, scheme, slug, {
      ...(ranged ? { months: { from: months.from, to: months.to } } : {}),
      byMonth: by === 'month',
    });
    if (found.items === 0 && !isKnownProvince(scheme, slug)) {
      return notFound(`no province ${JSON.stringify(slug)} in the ${scheme} scheme`);
    }
    const province = { slug, name: provinceName(slug)?.name ?? slug };
    return json(200, {
      scheme,
      province,
      ...(ranged || by === 'month' ? { period: { from: months.from ?? null, to: months.to ?? null } } : {}),
      totals: found.totals,
      metrics: found.metrics,
      ...(found.months ? { months: found.months } : {}),
    });
  },
  '/export/figures.csv': async (req, tables) => {
    const q = ExportQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const period = periodOf(q.data);
    if (!period.ok) return badRequest(period.message);
    const page = await exportFigures(client(), tables, q.data, period.period);
    if (!page.ok) return error(page.status, page.status === 413 ? 'TOO_LARGE' : 'BAD_REQUEST', page.message);
    return csv(page.body, 'figures.csv', page.nextCursor, req.query);
  },
  '/stories': async (req, tables) => {
    const q = StoriesQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const page = await listStories(client(), tables, q.data);
    return page.ok ? json(200, { items: page.items, nextCursor: page.nextCursor }) : badRequest(page.message);
  },
  '/stories/{id}': async (req, tables) => {
    const id = req.params.id ?? '';
    const story = ARTICLE_ID.test(id) ? await getStory(client(), tables, id) : undefined;
    return story ? json(200, story) : notFound(`no story ${JSON.stringify(id)}`);
  },
  '/ingestions': async (req, tables) => {
    const q = IngestionsQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const page = await listIngestions(client(), tables, q.data);
    return page.ok ? json(200, { items: page.items, nextCursor: page.nextCursor }) : badRequest(page.message);
  },
};

/** API Gateway REST (v1) proxy integration. API keys are enforced by API Gateway, not here. */
export const handler = async (
  event: APIGatewayProxyEvent,
  context?: Context,
): Promise<APIGatewayProxyResult> => {
  if (context) logger.addContext(context);
  const parsed = APIGatewayProxyEventSchema.safeParse(event);
  if (!parsed.success) return badRequest('malformed API Gateway event', z.treeifyError(parsed.error));
  const { httpMethod, resource, path } = parsed.data;
  const match = matchRoute(resource, path);
  if (!match || httpMethod !== 'GET') return notFound(`no route ${httpMethod} ${path}`);
  try {
    const params = { ...match.params, ...queryOf(parsed.data.pathParameters) };
    const request = { query: queryOf(parsed.data.queryStringParameters), params };
    const response = await ROUTES[match.path](request, config().tables);
    logger.info('request', { method: httpMethod, route: match.path, status: response.statusCode });
    return response;
  } catch (cause) {
    logger.error('request failed', { method: httpMethod, route: match.path, error: cause as Error });
    return error(500, 'INTERNAL', 'internal error');
  }
};

function client() {
  return (doc ??= createDocumentClient());
}

function invalid(e: z.ZodError): APIGatewayProxyResult {
  return badRequest(
    'invalid query parameters',
    e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}

function queryOf(q: Record<string, string | undefined> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(q ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The route of an event: API Gateway names the matched resource template; when absent or unknown (a proxy
 * resource), the path is matched against the templates, segment by segment.
 */
export function matchRoute(
  resource: string | undefined,
  path: string,
): { path: RoutePath; params: Record<string, string> } | undefined {
  const segments = pathSegments(path);
  for (const route of API_ROUTES) {
    if (resource !== undefined && resource === route.path) {
      return { path: route.path, params: paramsOf(route.path, segments) ?? {} };
    }
  }
  for (const route of API_ROUTES) {
    const params = paramsOf(route.path, segments);
    if (params) return { path: route.path, params };
  }
  return undefined;
}

function paramsOf(path: string, segments: string[]): Record<string, string> | undefined {
  const template = parseRouteTemplate(path);
  // A stage prefix ("/v1/...") may precede the resource path.
  const tail =
    segments.length === template.length + 1 && segments[0] === API_STAGE ? segments.slice(1) : segments;
  return matchTemplate(template, tail);
}
