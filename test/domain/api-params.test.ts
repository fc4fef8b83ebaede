import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryFingerprint } from '../../lambdas/api/cursor.js';
import { routerPath } from '../../lambdas/api/handler.js';
import { namedSlugsFor } from '../../lambdas/api/queries.js';
import { ArticlesQuerySchema, IngestionsQuerySchema, SchemeQuerySchema } from '../../lambdas/api/schemas.js';

describe('Function: cursor', () => {
  const scope = { keyAttributes: ['id', 'language', 'ingestedAt'], fingerprint: 'f1', parts: 2 };

  it('round-trips a key through an opaque url-safe string', () => {
    // Prepare
    const state = { p: 1, k: { id: 'abc', language: 'fr', ingestedAt: '2026-01-01T00:00:00.000Z' }, q: 'f1' };

    // Act
    const cursor = encodeCursor(state);
    const back = decodeCursor(cursor, scope);

    // Assess
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(back).toEqual({ ok: true, state });
  });

  it.each([
    ['not base64 json', 'bm90LWpzb24', 'cursor is not one this API issued'],
    [
      'wrong shape',
      Buffer.from(JSON.stringify({ x: 1 })).toString('base64url'),
      'cursor is not one this API issued',
    ],
    [
      'a number key value',
      encodeCursor({ p: 0, k: { id: 5 as never }, q: 'f1' }),
      'cursor is not one this API issued',
    ],
    [
      'another index',
      encodeCursor({ p: 0, k: { objectId: 'x' }, q: 'f1' }),
      'cursor belongs to another query',
    ],
    ['another query', encodeCursor({ p: 0, k: {}, q: 'f2' }), 'cursor belongs to another query'],
    ['a part the query lacks', encodeCursor({ p: 2, k: {}, q: 'f1' }), 'cursor belongs to another query'],
  ])('rejects %s', (_name, cursor, message) => {
    // Act / Assess
    expect(decodeCursor(cursor, scope)).toEqual({ ok: false, message });
  });

  it('fingerprints queries by their inputs', () => {
    // Act / Assess
    expect(queryFingerprint({ a: 1 })).toBe(queryFingerprint({ a: 1 }));
    expect(queryFingerprint({ a: 1 })).not.toBe(queryFingerprint({ a: 2 }));
  });
});

describe('Function: query parameter schemas', () => {
  it.each([
    [{}, true],
    [{ limit: '100', province: 'quang-ninh', language: 'fr', topic: 'drugs' }, true],
    [{ limit: '0' }, false],
    [{ limit: '101' }, false],
    [{ limit: 'ten' }, false],
    [{ topic: 'gardening' }, false],
    [{ province: 'Quảng Ninh' }, false],
    [{ language: 'french' }, false],
    [{ unknown: 'x' }, false],
  ])('articles %j valid: %s', (query, valid) => {
    // Act / Assess
    expect(ArticlesQuerySchema.safeParse(query).success).toBe(valid);
  });

  it('defaults limit to 20 and scheme to named', () => {
    // Act / Assess
    expect(ArticlesQuerySchema.parse({}).limit).toBe(20);
    expect(SchemeQuerySchema.parse({}).scheme).toBe('named');
    expect(SchemeQuerySchema.safeParse({ scheme: '2024' }).success).toBe(false);
    expect(IngestionsQuerySchema.safeParse({ status: 'pending' }).success).toBe(false);
  });
});

describe('Function: routerPath', () => {
  it.each([
    ['/health', '/health'],
    ['/articles/{id}', '/articles/:id'],
    ['/provinces/{slug}/metrics', '/provinces/:slug/metrics'],
  ])('%s → %s', (template, path) => {
    // Act / Assess
    expect(routerPath(template)).toBe(path);
  });
});

describe('Function: namedSlugsFor', () => {
  it.each([
    ['ha-giang', ['ha-giang']],
    ['tuyen-quang', ['tuyen-quang', 'ha-giang']],
    ['hue', ['hue', 'thua-thien-hue']],
  ])('%s → %j', (slug, expected) => {
    // Act / Assess
    expect(namedSlugsFor(slug).sort()).toEqual(expected.sort());
  });
});
