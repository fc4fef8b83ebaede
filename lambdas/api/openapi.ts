/**
 * The OpenAPI 3 document of the API, generated from the same zod schemas the handler validates with.
 */
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { API_KEY_HEADER, API_ROUTES, API_STAGE } from '../shared/wiring.js';
import {
  ArticleIdParamsSchema,
  ArticleViewSchema,
  ArticlePageSchema,
  ArticlesQuerySchema,
  ErrorSchema,
  ExportQuerySchema,
  HealthSchema,
  IngestionPageSchema,
  IngestionsQuerySchema,
  MetricsQuerySchema,
  ProvinceListSchema,
  ProvinceMetricsSchema,
  ProvinceParamsSchema,
  SchemeQuerySchema,
  StoriesQuerySchema,
  StoryIdParamsSchema,
  StoryPageSchema,
  StorySchema,
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
  /** A CSV download (text/csv), paged with x-next-cursor; 413 when one read's rows are too large. */
  readonly csv?: boolean;
}

const OPERATIONS: Record<RoutePath, Operation> = {
  '/health': { summary: 'Liveness', ok: HealthSchema },
  '/articles': {
    summary: 'Articles, newest first, filtered',
    query: ArticlesQuerySchema,
    ok: ArticlePageSchema,
  },
  '/articles/{id}': {
    summary: 'One article, with its story and siblings',
    params: ArticleIdParamsSchema,
    ok: ArticleViewSchema,
    notFound: true,
  },
  '/provinces': { summary: 'Provinces with totals', query: SchemeQuerySchema, ok: ProvinceListSchema },
  '/provinces/{slug}/metrics': {
    summary: 'Metrics of one province by topic and unit, all time or over months of publication',
    query: MetricsQuerySchema,
    params: ProvinceParamsSchema,
    ok: ProvinceMetricsSchema,
    notFound: true,
  },
  '/metrics': {
    summary:
      'One topic and unit in every province of a scheme (the map: one call), all time or over months of publication',
    query: TopicUnitQuerySchema,
    ok: TopicUnitMetricsSchema,
  },
  '/ingestions': {
    summary: 'Ingestion records, newest first',
    query: IngestionsQuerySchema,
    ok: IngestionPageSchema,
  },
  '/export/figures.csv': {
    summary:
      'One CSV row per figure with its provenance (UTF-8 with BOM); the next page in x-next-cursor and Link',
    query: ExportQuerySchema,
    csv: true,
  },
  '/stories': {
    summary:
      "Stories (copies of one report counted once), newest first, by the representative's province and day",
    query: StoriesQuerySchema,
    ok: StoryPageSchema,
  },
  '/stories/{id}': {
    summary: 'One story: its members with language, key and representative flag',
    params: StoryIdParamsSchema,
    ok: StorySchema,
    notFound: true,
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
        200: op.csv
          ? {
              description: 'OK',
              headers: {
                'x-next-cursor': { description: 'cursor of the next page', schema: { type: 'string' } },
              },
              content: { 'text/csv': { schema: { type: 'string' } } },
            }
          : {
              description: 'OK',
              content: { 'application/json': { schema: op.ok ?? { type: 'object' } } },
            },
        ...(op.query
          ? { 400: { description: 'Invalid parameters', content: { 'application/json': { schema: error } } } }
          : {}),
        ...(op.csv
          ? {
              413: {
                description: 'One read of articles has too many rows; lower limit',
                content: { 'application/json': { schema: error } },
              },
            }
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
