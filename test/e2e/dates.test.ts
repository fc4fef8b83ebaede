/**
 * Dates on every target: each article records the day it was published and where that day comes from
 * (object metadata, the key, the text's own dateline, the upload), and monthly figures follow that day.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, idOf } from './helpers.js';
import { announceSkip, createTarget, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'date scenarios');
const spec = targetSpec();
const timing = timingFor(spec);

let target: Target;
const run = `d${Date.now().toString(36)}`;

/** A French report whose dateline names 14 March 2024 and whose figures name Quảng Ninh. */
const report = (n: number, dateline = 'Hạ Long, le 14 mars 2024 — ') =>
  `${dateline}La police de la province de Quảng Ninh a saisi ${n} kg de drogue.\n\n` +
  `Selon le commandant, ${n + 2} personnes ont été arrêtées dans la ville de Hạ Long au cours de l'opération.`;

async function upload(key: string, body: string, published?: string) {
  const out = await target.s3.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: key,
      Body: body,
      ...(published === undefined ? {} : { Metadata: { published } }),
    }),
  );
  const eTag = (out.ETag ?? '').replace(/"/g, '');
  await target.waitForIngestion(key, { status: 'ok', eTag });
  return eTag;
}

async function stored(key: string) {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  expect(answer.status).toBe(200);
  return answer.body as { published: string; dateSource: string; dateNote?: string };
}

describe.skipIf(!availability.ok)(
  `Scenario: dates on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    beforeAll(async () => {
      target = await createTarget(`${run}/`);
    }, timing.hookTimeoutMs);
    afterAll(async () => {
      await target?.close();
    }, timing.hookTimeoutMs);

    it('dates an article from its metadata, else its key, else its text, else its upload', async () => {
      // Act
      await upload(`${run}/2023/05/06/meta.txt`, report(1), '2024-06-02');
      await upload(`${run}/2023/05/06/key.txt`, report(2));
      await upload(`${run}/text.txt`, report(3));
      await upload(`${run}/upload.txt`, report(4, ''));
      await upload(`${run}/bad-meta.txt`, report(5), 'June 2nd');
      await target.settle();

      // Assess
      const dates = await Promise.all(
        ['2023/05/06/meta', '2023/05/06/key', 'text', 'upload', 'bad-meta'].map((name) =>
          stored(`${run}/${name}.txt`),
        ),
      );
      expect(dates.map((d) => [d.published, d.dateSource])).toEqual([
        ['2024-06-02', 'metadata'],
        ['2023-05-06', 'key'],
        ['2024-03-14', 'text'],
        [new Date().toISOString().slice(0, 10), 'upload'],
        ['2024-03-14', 'text'],
      ]);
      expect(dates[4]?.dateNote).toMatch(/"June 2nd" is not a YYYY-MM-DD date/);
    });
  },
);
