/**
 * Output-equality guard for work on the engine's speed: runs the engine on every text it is developed against
 * (seeds, the real tuning set, the invented sets, the story fixtures) and on a few long concatenations of them
 * (the paths only long texts take: search limits, windows), and records one hash per input. A change meant
 * to make the engine faster, not different, must leave every hash as it was.
 *
 *   npx tsx scripts/extract-snapshot.ts --write test-output/extract-snapshot.json   (before the change)
 *   npx tsx scripts/extract-snapshot.ts --check test-output/extract-snapshot.json   (after; exit 1 on a difference)
 *
 * The snapshot is not a test fixture: any change to rules or lexicons rightly changes it, so it lives in
 * test-output/ (git-ignored) and is recorded afresh on the commit a speed change starts from. The real
 * holdout is left out: it is scored once per change set and never read while working.
 * `--full` also stores each output's JSON, so that a difference can be shown, not only detected.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Command } from 'commander';
import { extractArticle } from '../lambdas/extract/index.js';

const ROOTS = ['seeds', 'test/fixtures/real/tuning', 'test/fixtures/invented', 'test/fixtures/stories'];

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

function inputs(root: string): Map<string, Buffer> {
  const files = ROOTS.flatMap((r) => textFiles(join(root, r)));
  const out = new Map<string, Buffer>(files.map((f) => [relative(root, f), readFileSync(f)]));
  const all = files.map((f) => out.get(relative(root, f))!);
  const seeds = all.slice(0, textFiles(join(root, 'seeds')).length);
  out.set('(all texts, one article)', Buffer.concat(all.flatMap((b) => [b, Buffer.from('\n\n')])));
  out.set('(seeds ×20, one article)', Buffer.concat(Array.from({ length: 20 }, () => seeds).flat()));
  return out;
}

interface Snapshot {
  readonly hashes: Record<string, string>;
  readonly outputs?: Record<string, unknown>;
}

function take(root: string, full: boolean): Snapshot {
  const hashes: Record<string, string> = {};
  const outputs: Record<string, unknown> = {};
  for (const [name, bytes] of inputs(root)) {
    const result = extractArticle(bytes);
    const json = JSON.stringify(result);
    hashes[name] = createHash('sha256').update(json).digest('hex');
    if (full) outputs[name] = result;
  }
  return full ? { hashes, outputs } : { hashes };
}

new Command()
  .option('--write <file>', 'record the snapshot')
  .option('--check <file>', 'compare with a recorded snapshot; exit 1 on any difference')
  .option('--full', 'store (or, with --check, print) whole outputs, not only hashes')
  .action((opts: { write?: string; check?: string; full?: boolean }) => {
    const root = process.cwd();
    const now = take(root, Boolean(opts.full));
    if (opts.write) {
      mkdirSync(dirname(opts.write), { recursive: true });
      writeFileSync(opts.write, JSON.stringify(now, null, 1) + '\n');
      console.log(`${Object.keys(now.hashes).length} outputs recorded in ${opts.write}`);
    }
    if (opts.check) {
      const before = JSON.parse(readFileSync(opts.check, 'utf8')) as Snapshot;
      const names = new Set([...Object.keys(before.hashes), ...Object.keys(now.hashes)]);
      const differ = [...names].filter((n) => before.hashes[n] !== now.hashes[n]);
      for (const name of differ) {
        console.log(`DIFFERS ${name}`);
        if (opts.full && before.outputs?.[name] !== undefined && now.outputs) {
          console.log(`  before ${JSON.stringify(before.outputs[name])}`);
          console.log(`  now    ${JSON.stringify(now.outputs[name])}`);
        }
      }
      console.log(`${names.size - differ.length}/${names.size} outputs identical`);
      if (differ.length > 0) process.exitCode = 1;
    }
    if (!opts.write && !opts.check) throw new Error('give --write <file> or --check <file>');
  })
  .parse();
