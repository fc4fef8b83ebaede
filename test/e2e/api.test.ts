/**
 * The API contract, route by route, as a client sees it through API Gateway: status codes, bodies, the
 * API key, pagination, and the OpenAPI document.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../lambdas/shared/wiring.js';
import { api, expectStoredAsExtracted, idOf, put, seed, seedFiles } from './helpers.js';
import type { ArticleView } from './helpers.js';
import { announceSkip, createTarget, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'API contract');
const spec = targetSpec();
const timing = timingFor(spec);

let target: Target;
const run = `a${Date.now().toString(36)}`;
const seeds = seedFiles();
const keys = seeds.map((name) => `${run}/${name}`);

describe.skipIf(!availability.ok)(
  `Scenario: the API contract on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    beforeAll(async () => {
      target = await createTarget(`${run}/`);
      const eTags = await Promise.all(keys.map((key, index) => put(target, key, seed(seeds[index]!))));
      for (const [index, key] of keys.entries()) await target.waitForIngestion(key, { eTag: eTags[index] });
      await target.settle();
    }, timing.hookTimeoutMs);
    afterAll(async () => {
      await target?.close();
    }, timing.hookTimeoutMs);

    describe('API key', () => {
      it.each(
        API_ROUTES.filter((route) => route.apiKeyRequired).map((route) =>
          route.path.replace('{id}', '0'.repeat(32)).replace('{slug}', 'ha-noi'),
        ),
      )('answers 403 Forbidden on %s without a key or with a wrong one', async (path) => {
        // Act
        const missing = await api(target, path, null);
        const wrong = await api(target, path, 'not-the-key');
        // Assess
        expect([missing.status, wrong.status]).toEqual([403, 403]);
        expect(missing.body).toEqual({ message: 'Forbidden' });
      });

      it('answers GET /health without a key, as documented', async () => {
        // Act / Assess
        expect(await api(target, '/health', null)).toMatchObject({ status: 200, body: { status: 'ok' } });
      });

      it.each(['/nope', '/articles/x/y', '/provinces/ha-noi'])(
        'answers 403 Missing Authentication Token for the unknown path %s',
        async (path) => {
          // Act
          const answer = await api(target, path);
          // Assess
          expect(answer.status).toBe(403);
          expect(answer.body).toEqual({ message: 'Missing Authentication Token' });
        },
      );
    });

    describe('GET /health', () => {
      it('answers ok', async () => {
        expect(await api(target, '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
      });
    });

    describe('GET /openapi.json', () => {
      it('serves a valid OpenAPI document describing every route', async () => {
        // Act
        const answer = await api(target, '/openapi.json');
        const document = answer.body as { paths: Record<string, unknown> };
        // Assess
        expect(answer.status).toBe(200);
        await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
        expect(Object.keys(document.paths).sort()).toEqual(API_ROUTES.map((route) => route.path).sort());
      });
    });

    describe('GET /articles', () => {
      it('pages through every article with opaque cursors, without repeats', async () => {
        // Act
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const answer = await api(target, `/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
          expect(answer.status).toBe(200);
          const body = answer.body as { items: ArticleView[]; nextCursor: string | null };
          expect(body.items.length).toBeLessThanOrEqual(2);
          seen.push(...body.items.map((item) => item.id));
          cursor = body.nextCursor;
        } while (cursor);
        // Assess
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(expect.arrayContaining(keys.map((key) => idOf(target, key))));
      });

      it('filters by language', async () => {
        // Prepare
        const one = (await api(target, `/articles/${idOf(target, keys[0]!)}`)).body as { language: string };
        // Act
        const answer = await api(target, `/articles?language=${one.language}&limit=100`);
        // Assess
        expect(answer.status).toBe(200);
        const items = (answer.body as { items: { language: string }[] }).items;
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((item) => item.language === one.language)).toBe(true);
      });

      it.each(['limit=0', 'limit=101', 'limit=abc', 'unknown=1', 'cursor=%21%21', 'language=english'])(
        'answers 400 with details for ?%s',
        async (query) => {
          // Act
          const answer = await api(target, `/articles?${query}`);
          // Assess
          expect(answer.status).toBe(400);
          expect(answer.body).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
        },
      );
    });

    describe('GET /articles/{id}', () => {
      it('returns the whole article record', async () => {
        // Act
        const answer = await api(target, `/articles/${idOf(target, keys[1]!)}`);
        // Assess
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
          id: idOf(target, keys[1]!),
          key: keys[1],
          bucket: target.bucket,
        });
        await expectStoredAsExtracted(target, keys[1]!, seed(seeds[1]!));
      });

      it.each(['0'.repeat(32), 'not-an-id'])('answers 404 for %s', async (id) => {
        // Act
        const answer = await api(target, `/articles/${id}`);
        // Assess
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
      });
    });

    describe('GET /provinces', () => {
      it.each(['named', '2025'])('lists the provinces of the %s scheme with their totals', async (scheme) => {
        // Act
        const answer = await api(target, `/provinces?scheme=${scheme}`);
        // Assess
        expect(answer.status).toBe(200);
        const body = answer.body as { scheme: string; provinces: { slug: string; articles: number }[] };
        expect(body.scheme).toBe(scheme);
        expect(body.provinces.length).toBeGreaterThan(0);
        expect(body.provinces.some((province) => province.articles > 0)).toBe(true);
      });

      it('answers 400 for an unknown scheme', async () => {
        expect((await api(target, '/provinces?scheme=1990')).status).toBe(400);
      });
    });

    describe('GET /provinces/{slug}/metrics', () => {
      it('returns totals and per topic/unit sums for a province with articles', async () => {
        // Prepare
        const list = (await api(target, '/provinces')).body as {
          provinces: { slug: string; articles: number; figures: number }[];
        };
        const busy = list.provinces.find((province) => province.figures > 0)!;
        // Act
        const answer = await api(target, `/provinces/${busy.slug}/metrics`);
        // Assess
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
          scheme: 'named',
          province: { slug: busy.slug },
          totals: { articles: busy.articles, figures: busy.figures },
        });
      });

      it('answers 404 for a slug that is no province', async () => {
        expect((await api(target, '/provinces/atlantis/metrics')).status).toBe(404);
      });

      it('answers 400 for an unknown scheme', async () => {
        expect((await api(target, '/provinces/ha-noi/metrics?scheme=x')).status).toBe(400);
      });
    });

    describe('GET /ingestions', () => {
      it('lists ingestion records, filtered by status', async () => {
        // Act
        const answer = await api(target, '/ingestions?status=ok&limit=100');
        // Assess
        expect(answer.status).toBe(200);
        const items = (answer.body as { items: { key: string; status: string }[] }).items;
        expect(items.every((item) => item.status === 'ok')).toBe(true);
        expect(items.map((item) => item.key)).toEqual(expect.arrayContaining(keys));
      });

      it('answers 400 for an unknown status', async () => {
        expect((await api(target, '/ingestions?status=lost')).status).toBe(400);
      });
    });
  },
);
