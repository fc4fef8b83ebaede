/**
 * What the extraction benchmarks share: the engine bundled as the Lambda functions bundle it (lib/bundling.ts),
 * and a corpus of article files replicated to a size, so that every bench measures the same deployed code on
 * the same kind of input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { extractArticle as ExtractArticle } from '../lambdas/extract/index.js';
import { LAMBDA_BUNDLE } from '../lib/bundling.js';

export type Engine = typeof ExtractArticle;

/** The engine whose entry point is `entryPoint`, bundled into `outfile` with the Lambda settings and loaded. */
export async function bundleEngine(
  entryPoint: string,
  outfile: string,
  how: { minify?: boolean } = {},
): Promise<Engine> {
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLE.target,
    minify: how.minify ?? LAMBDA_BUNDLE.minify,
    outfile,
    logLevel: 'warning',
  });
  return ((await import(pathToFileURL(outfile).href)) as { extractArticle: Engine }).extractArticle;
}

/**
 * Every `.txt` article of a directory, as bytes (the engine's input); with `only`, those whose file names it
 * matches.
 */
export function readArticles(dir: URL, only?: RegExp): Uint8Array[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && (only === undefined || only.test(f)))
    .map((f) => readFileSync(new URL(f, dir)));
}

/** The articles repeated in turn until they hold at least `bytes`; each copy is a separate article. */
export function replicate(articles: readonly Uint8Array[], bytes: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let total = 0;
  while (total < bytes) {
    const article = articles[out.length % articles.length]!;
    out.push(article);
    total += article.byteLength;
  }
  return out;
}
