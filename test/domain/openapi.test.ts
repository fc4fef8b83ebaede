import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../lambdas/api/openapi.js';
import { API_ROUTES } from '../../lambdas/shared/wiring.js';

describe('Function: openApiDocument', () => {
  it('is a valid OpenAPI 3 document', async () => {
    // Prepare
    const doc = structuredClone(openApiDocument());

    // Act / Assess
    await expect(SwaggerParser.validate(doc as never)).resolves.toBeDefined();
  });

  it('documents every wired route with its parameters', () => {
    // Act
    const doc = openApiDocument();

    // Assess
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    const articles = doc.paths?.['/articles']?.get;
    expect(articles?.parameters?.map((p) => ('name' in p ? p.name : '')).sort()).toEqual([
      'cursor',
      'from',
      'language',
      'limit',
      'province',
      'to',
      'topic',
    ]);
    const metrics = doc.paths?.['/provinces/{slug}/metrics']?.get;
    expect(metrics?.responses?.['404']).toBeDefined();
    expect(metrics?.parameters?.map((p) => ('name' in p ? p.name : '')).sort()).toEqual([
      'by',
      'from',
      'scheme',
      'slug',
      'to',
    ]);
  });
});
