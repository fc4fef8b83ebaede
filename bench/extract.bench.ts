/**
 * npm run bench:extract — throughput of the extraction engine on one core.
 * The seed articles (French and Polish; `-- --corpus real`: the real-article tuning set, 348 articles in 30
 * languages, whose Vietnamese, Thai and CJK texts cost several times what Latin-script ones do) are replicated
 * until the corpus reaches --mb (default 10) megabytes; each copy is a separate article (the engine keeps no
 * cache between calls). After a warm-up of --warmup-mb (default 1) megabytes, so
 * that the JIT has compiled the hot paths as in a warm Lambda, the corpus is timed --passes times (default 3);
 * each pass and the median are printed, and the target (≥ 5 MB/s) is checked on the median, because a shared
 * machine's noise easily moves a single pass by a fifth.
 *
 * By default the engine is measured as Lambda runs it: bundled by esbuild with the functions' own settings
 * (lib/bundling.ts) into one ESM file. --source measures the TypeScript sources as tsx loads them instead.
 * --primary hand|model|ranked chooses the primary province another way than the engine's default (the fitted model).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PRIMARY_CHOICE } from '../lambdas/extract/places/summarize.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../lambdas/shared/wiring.js';
import { LAMBDA_BUNDLE } from '../lib/bundling.js';
import { bundleEngine, readArticles, replicate, type Engine } from './engine.js';

const fromSource = process.argv.includes('--source');
const extractArticle = await loadEngine();

async function loadEngine(): Promise<Engine> {
  if (fromSource) return (await import('../lambdas/extract/index.js')).extractArticle;
  const dir = mkdtempSync(join(tmpdir(), 'provincewire-bench-'));
  try {
    return await bundleEngine(
      new URL('../lambdas/extract/index.ts', import.meta.url).pathname,
      join(dir, 'extract.mjs'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

const MB = 1024 * 1024;
const targetBytes = numberArg('--mb', 10) * MB;
const warmupBytes = numberArg('--warmup-mb', 1) * MB;
const passes = Math.round(numberArg('--passes', 3));
const TARGET_MB_S = 5;

const corpusName = process.argv[process.argv.indexOf('--corpus') + 1] ?? 'seeds';
if (process.argv.includes('--corpus') && !['seeds', 'real'].includes(corpusName))
  throw new Error('--corpus takes seeds or real');
const real = process.argv.includes('--corpus') && corpusName === 'real';
// `--primary hand|model|ranked`: another chooser of the primary province than the engine's default, to compare costs.
const primaryAt = process.argv.indexOf('--primary');
const primary = primaryAt > 0 ? process.argv[primaryAt + 1] : DEFAULT_PRIMARY_CHOICE;
if (primary !== 'hand' && primary !== 'model' && primary !== 'ranked')
  throw new Error('--primary takes hand, model or ranked');
const seedsDir = new URL(real ? '../test/fixtures/real/tuning/' : '../seeds/', import.meta.url);
const seeds = readArticles(seedsDir);

const corpus = replicate(seeds, targetBytes);
const mb = corpus.reduce((sum, doc) => sum + doc.byteLength, 0) / MB;

// Cold start: the first article also builds the gazetteer's maps and compiles the lexicons, as the first
// invocation of a fresh Lambda does.
const coldStarted = performance.now();
extractArticle(seeds[0]!);
const coldMs = performance.now() - coldStarted;

// Warm-up: lets the JIT compile the hot paths; not measured.
for (const doc of replicate(seeds, warmupBytes)) extractArticle(doc, { primary });

let figures = 0;
const rates: number[] = [];
const cpuRates: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  figures = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const doc of corpus) {
    const r = extractArticle(doc, { primary });
    if (r.ok) figures += r.article.figures.length;
  }
  rates.push(mb / ((performance.now() - t0) / 1000));
  // CPU time of the whole process (the garbage collector's helper threads included): what the work costs,
  // whatever else the machine was doing meanwhile.
  const cpu = process.cpuUsage(cpu0);
  cpuRates.push(mb / ((cpu.user + cpu.system) / 1e6));
}
// The largest file the parse Lambda accepts, as one article: its time shows any step that is not linear.
const largest = Buffer.concat(replicate(seeds, DEFAULT_MAX_OBJECT_BYTES - 64 * 1024));
const largeStarted = performance.now();
const large = extractArticle(largest);
const largeSeconds = (performance.now() - largeStarted) / 1000;
if (!large.ok)
  throw new Error(`the ${largest.byteLength}-byte article was rejected: ${large.rejection.message}`);

const medianOf = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const median = medianOf(rates);
const rss = process.resourceUsage().maxRSS / 1024; // kilobytes
const articlesPerSecond = (rate: number): string => ((rate * corpus.length) / mb).toFixed(0);

console.log(
  `corpus       ${mb.toFixed(1)} MB in ${corpus.length} articles (${seeds.length} ${real ? 'real tuning articles' : 'seeds'} replicated)`,
);
console.log(
  `engine       ${fromSource ? 'TypeScript sources (tsx)' : `esbuild bundle, target ${LAMBDA_BUNDLE.target}`}`,
);
console.log(
  `passes       ${rates.map((r) => `${r.toFixed(2)}`).join(', ')} MB/s (after ${warmupBytes / MB} MB warm-up)`,
);
console.log(`throughput   ${median.toFixed(2)} MB/s, ${articlesPerSecond(median)} articles/s (median)`);
console.log(
  `cpu time     ${medianOf(cpuRates).toFixed(2)} MB per CPU-second (median; all threads of the process)`,
);
console.log(`figures      ${figures} per pass`);
console.log(`cold start   ${coldMs.toFixed(0)} ms for the first article (gazetteer and lexicons built)`);
console.log(
  `one large    ${(largest.byteLength / MB).toFixed(1)} MB article in ${largeSeconds.toFixed(2)} s (${(largest.byteLength / MB / largeSeconds).toFixed(2)} MB/s, ${large.article.figures.length} figures)`,
);
console.log(`peak rss     ${rss.toFixed(0)} MB`);
console.log(`target       ≥ ${TARGET_MB_S} MB/s: ${median >= TARGET_MB_S ? 'met' : 'NOT met'}`);
