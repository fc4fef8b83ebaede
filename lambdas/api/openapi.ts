/**
 * The OpenAPI 3 document of the API, generated from the same zod schemas the handler validates with.
 */
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { ArticleRecordSchema } from '../shared/records.js';
import { API_KEY_HEADER, API_ROUTES, API_STAGE } from '../shared/wiring.js';
import {
  ArticleIdParamsSchema,
  ArticlePageSchema,
  ArticlesQuerySchema,
  ErrorSchema,
  HealthSchema,
  IngestionPageSchema,
  IngestionsQuerySchema,
  ProvinceListSchema,
  ProvinceMetricsSchema,
  ProvinceParamsSchema,
  SchemeQuerySchema,
  TopicUnitMetricsSchema,
  TopicUnitQuerySchema,
} from './schemas.js';

type RoutePath = (typeof API_ROUTES)[number]['path'];

interface Operation {
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly params?: z.ZodObject;
  /** Absent: a free-form JSON object. */
  readonly ok?: z.ZodType;
  readonly notFound?: boolean;
}

const OPERATIONS: Record<RoutePath, Operation> = {
  '/health': { summary: 'Liveness', ok: HealthSchema },
  '/articles': {
    summary: 'Articles, newest first, filtered',
    query: ArticlesQuerySchema,
    ok: ArticlePageSchema,
  },
  '/articles/{id}': {
    summary: 'One article',
    params: ArticleIdParamsSchema,
    ok: ArticleRecordSchema,
    notFound: true,
  },
  '/provinces': { summary: 'Provinces with totals', query: SchemeQuerySchema, ok: ProvinceListSchema },
  '/provinces/{slug}/metrics': {
    summary: 'Metrics of one province by topic and unit',
    query: SchemeQuerySchema,
    params: ProvinceParamsSchema,
    ok: ProvinceMetricsSchema,
    notFound: true,
  },
  '/metrics': {
    summary: 'One topic and unit in every province of a scheme (the map: one call)',
    query: TopicUnitQuerySchema,
    ok: TopicUnitMetricsSchema,
  },
  '/ingestions': {
    summary: 'Ingestion records, newest first',
    query: IngestionsQuerySchema,
    ok: IngestionPageSchema,
  },
  '/openapi.json': { summary: 'This document (OpenAPI 3)' },
};

let cached: ReturnType<OpenApiGeneratorV3['generateDocument']> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const apiKey = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'apiKey',
    in: 'header',
    name: API_KEY_HEADER,
  });
  // Schemas are inlined rather than registered as components: registering goes through a method the
  // package adds to zod's prototype, and its CommonJS build patches a different zod instance than ours.
  const error = ErrorSchema;
  for (const route of API_ROUTES) {
    const op = OPERATIONS[route.path];
    registry.registerPath({
      method: 'get',
      path: route.path,
      summary: op.summary,
      security: route.apiKeyRequired ? [{ [apiKey.name]: [] }] : [],
      request: { ...(op.query ? { query: op.query } : {}), ...(op.params ? { params: op.params } : {}) },
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: op.ok ?? { type: 'object' } } },
        },
        ...(op.query
          ? { 400: { description: 'Invalid parameters', content: { 'application/json': { schema: error } } } }
          : {}),
        ...(op.notFound
          ? { 404: { description: 'Not found', content: { 'application/json': { schema: error } } } }
          : {}),
      },
    });
  }
  cached = new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'provincewire',
      version: '0.1.0',
      description: 'Structured figures from police and security news articles, per Vietnamese province.',
    },
    servers: [{ url: `/${API_STAGE}` }],
  });
  return cached;
}
