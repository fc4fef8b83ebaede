import { Router } from '@aws-lambda-powertools/event-handler/http';
import { cors } from '@aws-lambda-powertools/event-handler/http/middleware';
import type { RequestContext } from '@aws-lambda-powertools/event-handler/types';
import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { z } from 'zod';
import { createDocumentClient } from '../shared/aws.js';
import { lazyConfig } from '../shared/config.js';
import { BatchGetUnprocessedError, ConfigError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { monthsOf, periodOf } from '../shared/period.js';
import { isKnownProvince, provinceName } from '../shared/provinces.js';
import { parseRouteTemplate } from '../shared/routes.js';
import { API_ROUTES, API_STAGE, CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, ENV } from '../shared/wiring.js';
import { exportFigures } from './export.js';
import { badRequest, csv, error, json, keepCsvBom, notFound } from './http.js';
import { openApiDocument } from './openapi.js';
import {
  getArticle,
  getStory,
  listArticles,
  listIngestions,
  listStories,
  listProvinces,
  provinceMetrics,
  topicUnitMetrics,
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
  TopicUnitQuerySchema,
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
    const page = await listArticles(client(), tables, q.data, uploadBucket(), period.period);
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
    const page = await exportFigures(client(), tables, q.data, uploadBucket(), period.period);
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
  '/metrics': async (req, tables) => {
    const q = TopicUnitQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const period = periodOf(q.data);
    if (!period.ok) return badRequest(period.message);
    const months = monthsOf(period.period);
    if (!months.ok) return badRequest(months.message);
    const { scheme, topic, unit } = q.data;
    const ranged = q.data.from !== undefined || q.data.to !== undefined;
    const range = { from: months.from, to: months.to };
    return json(200, {
      scheme,
      topic,
      unit,
      ...(ranged ? { period: { from: months.from ?? null, to: months.to ?? null } } : {}),
      provinces: await topicUnitMetrics(client(), tables, scheme, topic, unit, ranged ? range : undefined),
    });
  },
  '/ingestions': async (req, tables) => {
    const q = IngestionsQuerySchema.safeParse(req.query);
    if (!q.success) return invalid(q.error);
    const page = await listIngestions(client(), tables, q.data);
    return page.ok ? json(200, { items: page.items, nextCursor: page.nextCursor }) : badRequest(page.message);
  },
};

/** Powertools' path syntax (':slug') for an API Gateway resource template ('{slug}'). */
export const routerPath = (template: string): `/${string}` =>
  `/${parseRouteTemplate(template)
    .map((segment) => (segment.kind === 'param' ? `:${segment.name}` : segment.value))
    .join('/')}`;

/**
 * The router: each wiring route registered with its own method and path, Powertools event-handler doing
 * the matching, CORS and the fallbacks; the routes' own validation and error shapes are unchanged (http.ts,
 * schemas.ts).
 */
function createRouter(): Router {
  const app = new Router({ logger });
  const origin = process.env[ENV.dashboardOrigin]?.trim();
  // Only the dashboard's origin; no origin configured, no CORS headers at all (never '*').
  if (origin) {
    app.use(
      cors({
        origin: [origin],
        allowMethods: [...CORS_ALLOW_METHODS],
        allowHeaders: [...CORS_ALLOW_HEADERS],
      }),
    );
  }
  for (const route of API_ROUTES) {
    const serve = async (ctx: RequestContext) => {
      const url = new URL(ctx.req.url);
      const request = { query: Object.fromEntries(url.searchParams), params: ctx.params };
      const response = await ROUTES[route.path](request, config().tables);
      logger.info('request', { method: route.method, route: route.path, status: response.statusCode });
      return response;
    };
    app.route(serve, { method: route.method, path: routerPath(route.path) });
  }
  const noRoute = async (_e: Error, ctx: RequestContext) => {
    const { pathname } = new URL(ctx.req.url);
    return notFound(`no route ${ctx.req.method} ${pathname}`);
  };
  app.notFound(noRoute);
  app.methodNotAllowed(noRoute);
  // A throttled table (reads left unprocessed on every attempt) is the service's state, not a bug: 503, so a
  // client knows a retry may succeed; the table and the count go to the log, not to the client.
  app.errorHandler(BatchGetUnprocessedError, async (cause: BatchGetUnprocessedError, ctx: RequestContext) => {
    logger.error('request throttled', { method: ctx.req.method, route: ctx.route, error: cause });
    return error(503, 'THROTTLED', 'the store is throttling reads; try again shortly');
  });
  app.errorHandler(Error, async (cause: Error, ctx: RequestContext) => {
    logger.error('request failed', { method: ctx.req.method, route: ctx.route, error: cause });
    return error(500, 'INTERNAL', 'internal error');
  });
  return app;
}

let router: Router | undefined;

/** API Gateway REST (v1) proxy integration. API keys are enforced by API Gateway, not here. */
export const handler = async (
  event: APIGatewayProxyEvent,
  context?: Context,
): Promise<APIGatewayProxyResult> => {
  if (context) logger.addContext(context);
  const parsed = APIGatewayProxyEventSchema.safeParse(event);
  if (!parsed.success) return badRequest('malformed API Gateway event', z.treeifyError(parsed.error));
  router ??= createRouter();
  const result = await router.resolve(
    { ...event, path: withoutStage(event.path) },
    context ?? ({} as Context),
  );
  return keepCsvBom(result);
};

/** A stage prefix ("/v1/...") may precede the resource path (custom domains, some emulators). */
function withoutStage(path: string): string {
  const prefix = `/${API_STAGE}`;
  return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || '/' : path;
}

function client() {
  return (doc ??= createDocumentClient());
}

function uploadBucket(): string {
  const bucket = process.env[ENV.bucketName]?.trim();
  if (!bucket) throw new ConfigError(`${ENV.bucketName} is not set (name of the upload bucket)`);
  return bucket;
}

function invalid(e: z.ZodError): APIGatewayProxyResult {
  return badRequest(
    'invalid query parameters',
    e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}
