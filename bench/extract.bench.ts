/**
 * npm run bench:extract — throughput of the extraction engine on one core.
 * The seed articles are replicated until the corpus reaches --mb (default 10) megabytes; each copy is a separate
 * article (the engine keeps no cache between calls). Prints MB/s and articles/s; target ≥ 5 MB/s.
 *
 * By default the engine is measured as Lambda runs it: bundled by esbuild (the bundler CDK uses) into one ESM
 * file. --source measures the TypeScript sources as tsx loads them instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { extractArticle as ExtractArticle } from '../lambdas/extract/index.js';

const fromSource = process.argv.includes('--source');
const extractArticle = await loadEngine();

async function loadEngine(): Promise<typeof ExtractArticle> {
  if (fromSource) return (await import('../lambdas/extract/index.js')).extractArticle;
  const dir = mkdtempSync(join(tmpdir(), 'provincewire-bench-'));
  const outfile = join(dir, 'extract.mjs');
  await build({
    entryPoints: [new URL('../lambdas/extract/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  const engine = (await import(pathToFileURL(outfile).href)) as { extractArticle: typeof ExtractArticle };
  rmSync(dir, { recursive: true, force: true });
  return engine.extractArticle;
}

const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 10) * 1024 * 1024;
const seedsDir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedsDir)));

const corpus: Uint8Array[] = [];
let bytes = 0;
while (bytes < targetBytes) {
  const seed = seeds[corpus.length % seeds.length]!;
  corpus.push(seed);
  bytes += seed.byteLength;
}

// Warm-up: loads lexicons and the gazetteer and lets the JIT settle; not measured.
for (const doc of seeds) extractArticle(doc);

const t0 = performance.now();
let figures = 0;
for (const doc of corpus) {
  const r = extractArticle(doc);
  if (r.ok) figures += r.article.figures.length;
}
const seconds = (performance.now() - t0) / 1000;
const mb = bytes / 1024 / 1024;
const rss = process.memoryUsage().rss / 1024 / 1024;

console.log(
  `corpus       ${mb.toFixed(1)} MB in ${corpus.length} articles (${seeds.length} seeds replicated)`,
);
console.log(`time         ${seconds.toFixed(2)} s`);
console.log(
  `throughput   ${(mb / seconds).toFixed(2)} MB/s, ${(corpus.length / seconds).toFixed(0)} articles/s`,
);
console.log(`figures      ${figures}`);
console.log(`peak rss     ${rss.toFixed(0)} MB`);
console.log(`target       ≥ 5 MB/s: ${mb / seconds >= 5 ? 'met' : 'NOT met'}`);
