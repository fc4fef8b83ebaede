/**
 * npx tsx bench/cold-warm.ts [--root <checkout>] [--minify] — CPU seconds of the engine over the real tuning
 * set, twice in one process: the first pass cold (every lexicon, pattern and memo built at first use, as a
 * fresh Lambda meets them), the second warm. The engine of --root (default: this tree) is bundled as Lambda
 * bundles it (unminified unless --minify, so that a `node --cpu-prof` profile names the functions). To compare
 * two engines on a shared machine, run them in turns (base, new, base, new…) and compare medians.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleEngine, readArticles } from './engine.js';

const at = process.argv.indexOf('--root');
const root = at > 0 ? resolve(process.argv[at + 1]!) : new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'provincewire-cold-warm-'));
const engine = await bundleEngine(join(root, 'lambdas/extract/index.ts'), join(dir, 'extract.mjs'), {
  minify: process.argv.includes('--minify'),
});
rmSync(dir, { recursive: true, force: true });
const articles = readArticles(new URL('../test/fixtures/real/tuning/', import.meta.url));
const mb = articles.reduce((sum, doc) => sum + doc.byteLength, 0) / (1024 * 1024);
const passes: string[] = [];
for (const pass of ['cold', 'warm']) {
  const cpu0 = process.cpuUsage();
  for (const doc of articles) engine(doc);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (cpu.user + cpu.system) / 1e6;
  passes.push(`${pass} ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(3)} MB per CPU-second)`);
}
console.log(`${root}: ${articles.length} articles, ${mb.toFixed(2)} MB; ${passes.join(', ')}`);
