/**
 * npm run bench:pipeline — the whole embedded pipeline on this machine: start-up time of the stack, then N
 * uploads (seeds under distinct keys) through S3 → parse → DynamoDB → stream → metrics, until settled.
 * Prints start-up seconds, end-to-end objects/s and MB/s, and checks the province totals add up.
 *   --objects N (default 200)   --concurrency C uploads in flight (default 16)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { extractArticle } from '../lambdas/extract/index.js';
import { embeddedS3Client } from '../local/clients.js';
import { startEmbeddedStack } from '../local/stack.js';

// The SDK's Node 22 notice (see README) once is enough; the benchmark output stays readable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const objects = arg('objects', 200);
const concurrency = arg('concurrency', 16);

const seedsDir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedsDir)));
const figuresPerSeed = seeds.map((s) => {
  const r = extractArticle(s);
  return r.ok ? r.article.figures.length : 0;
});

const t0 = performance.now();
const stack = await startEmbeddedStack({ inMemory: true });
const startup = (performance.now() - t0) / 1000;

try {
  const s3 = embeddedS3Client(stack);
  let bytes = 0;
  let expectedFigures = 0;
  let next = 0;
  const t1 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < objects) {
      const i = next++;
      const body = seeds[i % seeds.length]!;
      bytes += body.byteLength;
      expectedFigures += figuresPerSeed[i % seeds.length]!;
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `bench/${i}.txt`, Body: body }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const uploaded = (performance.now() - t1) / 1000;
  await stack.waitForIdle();
  const total = (performance.now() - t1) / 1000;

  const res = await fetch(`${stack.apiUrl}/provinces?scheme=named`, {
    headers: { 'x-api-key': stack.apiKey },
  });
  const body = (await res.json()) as { provinces: { figures: number }[] };
  const named = body.provinces.reduce((sum, p) => sum + p.figures, 0);
  const national = await fetch(`${stack.apiUrl}/provinces/national/metrics`, {
    headers: { 'x-api-key': stack.apiKey },
  }).then(async (r) => (r.ok ? ((await r.json()) as { totals: { figures: number } }).totals.figures : 0));

  const mb = bytes / 1024 / 1024;
  console.log(`start-up       ${startup.toFixed(2)} s (DynamoDB Local + s3rver + tables + API)`);
  console.log(`objects        ${objects} (${mb.toFixed(2)} MB), ${concurrency} uploads in flight`);
  console.log(`uploads done   ${uploaded.toFixed(2)} s`);
  console.log(
    `all settled    ${total.toFixed(2)} s → ${(objects / total).toFixed(1)} objects/s, ${(mb / total).toFixed(2)} MB/s`,
  );
  const counted = named + (body.provinces.some((p) => 'slug' in p && p.slug === 'national') ? 0 : national);
  console.log(
    `figures        expected ${expectedFigures}, in province totals ${counted}: ${counted === expectedFigures ? 'exact' : 'MISMATCH'}`,
  );
  console.log(`dead letters   ${stack.deadLetters.list().length}`);
} finally {
  await stack.stop();
}
