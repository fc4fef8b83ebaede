/**
 * Builds the dashboard: dashboard/src bundled by esbuild (the charting library included: no CDN, works
 * offline) with the static files beside it. In memory for the embedded stack, into a folder for CDK's
 * BucketDeployment. The API's URL is never built in: each target serves its own config.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = join(HERE, 'static');

/** Path → content of every asset (no config.json). */
export type DashboardFiles = ReadonlyMap<string, Uint8Array>;

const OPTIONS = {
  entryPoints: [join(HERE, 'src', 'main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  logLevel: 'silent',
} as const satisfies BuildOptions;

export async function buildDashboard(): Promise<DashboardFiles> {
  const out = await build({ ...OPTIONS, write: false, outfile: 'app.js' });
  const files = new Map<string, Uint8Array>();
  for (const file of out.outputFiles) files.set(file.path.split(/[\\/]/).pop()!, file.contents);
  for (const name of readdirSync(STATIC_DIR)) files.set(name, readFileSync(join(STATIC_DIR, name)));
  return files;
}

/** Writes the assets to `dir` (created), for a deployment. */
export async function writeDashboard(dir: string): Promise<string> {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  for (const [name, content] of await buildDashboard()) writeFileSync(join(target, name), content);
  return target;
}

/** The same build, synchronous: CDK's local bundling (Source.asset's tryBundle) cannot await. */
export function writeDashboardSync(dir: string): void {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  buildSync({ ...OPTIONS, write: true, outfile: join(target, 'app.js') });
  for (const name of readdirSync(STATIC_DIR))
    writeFileSync(join(target, name), readFileSync(join(STATIC_DIR, name)));
}
