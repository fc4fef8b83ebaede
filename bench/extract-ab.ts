/**
 * npx tsx bench/extract-ab.ts --base <git revision> — the engine of the working tree (B) against the engine of
 * another revision (A), in one process: on a shared machine a bench run's speed moves by a fifth or more with
 * the load, so two runs at two times compare the load, not the engines. Both are bundled as Lambda runs them
 * (lib/bundling.ts), and timed in turns over the same replicated seeds: --rounds rounds (default 40) of --mb
 * megabytes (default 0.1), A first in even rounds and B first in odd ones, so that both see the same load.
 * Prints the median of the rounds' speed ratios B/A (above 1: B is faster) with its quartiles, the same for
 * CPU time (the process's, garbage collector's threads included), and each engine's median MB/s.
 * --only <regex> keeps the seeds whose file names it matches (the French ones: `--only '^00[0-3]'`), to time
 * a change that one language's articles take.
 * --min times each seed article alone instead, A and B in turns --rounds times, and keeps each engine's fastest
 * run of each article: at load 15 on two cores a process loses whole time slices (a 1 ms regex scan was
 * measured at 10–35 ms one run in four), which a median over rounds keeps and a minimum drops. Two bundles
 * of the same engine read 0.97–1.03 so; the rounds' medians 0.74–1.37.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleEngine, readArticles, replicate, type Engine } from './engine.js';

function argOf(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function numberArg(name: string, fallback: number): number {
  const value = Number(argOf(name) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

const base = argOf('--base');
if (base === undefined)
  throw new Error('--base <git revision> names the engine to compare the working tree with');
const rounds = Math.round(numberArg('--rounds', 40));
const roundBytes = numberArg('--mb', 0.1) * 1024 * 1024;
const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'provincewire-ab-'));

/** The engine under `dir` (a checkout holding lambdas/), bundled into the scratch directory and loaded. */
function bundled(dir: string, name: string): Promise<Engine> {
  return bundleEngine(join(dir, 'lambdas/extract/index.ts'), join(scratch, `${name}.mjs`));
}

/** The base revision's lambdas/ (what the engine imports), with this checkout's node_modules. */
function checkout(revision: string): string {
  const dir = join(scratch, 'base');
  mkdirSync(dir);
  const archive = execFileSync('git', ['-C', root, 'archive', revision, 'lambdas'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

let a: Engine;
let b: Engine;
try {
  a = await bundled(checkout(base), 'a');
  b = await bundled(root, 'b');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const seedsDir = new URL('../seeds/', import.meta.url);
const only = argOf('--only');
const seeds = readArticles(seedsDir, only === undefined ? undefined : new RegExp(only));
if (seeds.length === 0) throw new Error(`no seed's file name matches --only ${only}`);
if (process.argv.includes('--min')) {
  printMinima();
  process.exit(0);
}

/** --min: the sum over the seeds of each engine's fastest run of the article, and their ratio. */
function printMinima(): void {
  // Warm-up, as for the rounds.
  for (let i = 0; i < 3; i++)
    for (const doc of seeds) {
      a(doc);
      b(doc);
    }
  let sumA = 0;
  let sumB = 0;
  for (const doc of seeds) {
    let minA = Infinity;
    let minB = Infinity;
    for (let round = 0; round < rounds; round++) {
      // Even rounds A then B, odd rounds B then A.
      for (const engine of round % 2 === 0 ? [a, b] : [b, a]) {
        const t0 = performance.now();
        engine(doc);
        const ms = performance.now() - t0;
        if (engine === a) minA = Math.min(minA, ms);
        else minB = Math.min(minB, ms);
      }
    }
    sumA += minA;
    sumB += minB;
  }
  const seedMb = seeds.reduce((sum, doc) => sum + doc.byteLength, 0) / (1024 * 1024);
  console.log(
    `minima       ${seeds.length} seed articles, fastest of ${rounds} runs each, A = ${base}, B = working tree`,
  );
  console.log(`speed B/A    ${(sumA / sumB).toFixed(3)}`);
  console.log(
    `fastest      A ${(seedMb / (sumA / 1000)).toFixed(2)} MB/s, B ${(seedMb / (sumB / 1000)).toFixed(2)} MB/s`,
  );
}

const corpus = replicate(seeds, roundBytes);
const bytes = corpus.reduce((sum, doc) => sum + doc.byteLength, 0);
const mb = bytes / (1024 * 1024);

function timed(engine: Engine): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const doc of corpus) engine(doc);
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

// Warm-up: both engines' hot paths compiled before any round counts.
for (let i = 0; i < 3; i++) {
  timed(a);
  timed(b);
}
const speed: number[] = [];
const cpu: number[] = [];
const wallA: number[] = [];
const wallB: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Even rounds A then B, odd rounds B then A.
  const first = round % 2 === 0 ? timed(a) : timed(b);
  const second = round % 2 === 0 ? timed(b) : timed(a);
  const [x, y] = round % 2 === 0 ? [first, second] : [second, first];
  speed.push(x.wall / y.wall);
  cpu.push(x.cpu / y.cpu);
  wallA.push(x.wall);
  wallB.push(y.wall);
}

const quantile = (values: readonly number[], q: number): number =>
  [...values].sort((p, r) => p - r)[Math.floor(values.length * q)]!;
const spread = (values: readonly number[]): string =>
  `${quantile(values, 0.5).toFixed(3)} (quartiles ${quantile(values, 0.25).toFixed(3)}–${quantile(values, 0.75).toFixed(3)})`;
console.log(
  `rounds       ${rounds} of ${mb.toFixed(2)} MB (${corpus.length} seed articles), A = ${base}, B = working tree`,
);
console.log(`speed B/A    ${spread(speed)}`);
console.log(`cpu B/A      ${spread(cpu)}`);
console.log(
  `median       A ${(mb / quantile(wallA, 0.5)).toFixed(2)} MB/s, B ${(mb / quantile(wallB, 0.5)).toFixed(2)} MB/s`,
);
