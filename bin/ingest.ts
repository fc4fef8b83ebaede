/**
 * npm run ingest -- PATH... [--prefix P] [--published YYYY-MM-DD] [--outputs cdk.out/outputs.json] [--timeout S]
 *                   [--allow-rejected]
 * Uploads files (folders recursively) through the S3 API, waits until the pipeline has processed each one
 * (its ingestion record carries the uploaded ETag and its metrics contribution is applied) or has given up
 * on it (a dead letter for that upload), then prints a summary per province and every rejection and failure
 * with its reason. Exit code: 0 when every file was processed (rejections allowed with --allow-rejected),
 * 1 when a file was rejected, dead-lettered or not processed in time, 2 for bad usage or no pipeline.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { articleIdFor } from '../lambdas/shared/ids.js';
import { IsoDateSchema, PUBLISHED_METADATA_KEY } from '../lambdas/shared/published.js';
import { appliedVersionKey } from '../lambdas/shared/records.js';
import { DEFAULT_KEY_SUFFIX } from '../lambdas/shared/wiring.js';
import { connect } from './connection.js';
import type { Pipeline } from './connection.js';
import type { FailedObject, FailureProbe } from './dead-letters.js';

interface Upload {
  readonly file: string;
  readonly key: string;
}

type Outcome =
  | { kind: 'ok'; key: string; province: string; figures: number }
  | { kind: 'rejected'; key: string; reason: string; message: string }
  | { kind: 'failed'; key: string; message: string };

/** Whole numbers from `min` to `max` only: `--concurrency x` is an error, not zero workers. */
function integerOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

function publishedOption(value: string): string {
  if (!IsoDateSchema.safeParse(value).success) {
    throw new InvalidArgumentError('--published must be a real day written YYYY-MM-DD.');
  }
  return value;
}

// The SDK warns on every run that its 2027 releases will need Node 22; the README says so once instead.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command()
  .name('npm run ingest --')
  .description('Upload article files to the pipeline bucket and wait until each is processed')
  .argument('<paths...>', `files or folders (files ending in ${DEFAULT_KEY_SUFFIX})`)
  .option('--prefix <prefix>', 'key prefix in the bucket', '')
  .option(
    '--published <date>',
    'publication day of every file (YYYY-MM-DD), sent as x-amz-meta-published',
    publishedOption,
  )
  .option('--outputs <file>', 'a deployed stack: the outputs file of `cdk deploy --outputs-file`')
  .option('--data-dir <dir>', 'data directory of the embedded stack')
  .option('--timeout <seconds>', 'how long to wait for each file', integerOption('--timeout', 1, 86_400), 60)
  .option('--concurrency <n>', 'parallel uploads', integerOption('--concurrency', 1, 256), 8)
  .option(
    '--allow-rejected',
    'exit 0 even when the pipeline rejects files (e.g. a folder of mixed files)',
    false,
  )
  .exitOverride((error) => {
    // Usage errors (a bad option value, a missing path) exit 2, apart from a file the pipeline refused (1).
    process.exit(error.exitCode === 0 ? 0 : 2);
  })
  .action(async (paths: string[], opts: Options) => {
    const connected = await connect(opts);
    if (!connected.ok) {
      process.stderr.write(`ingest: ${connected.reason}\n`);
      process.exitCode = 2;
      return;
    }
    const { uploads, skipped } = await collect(paths, opts.prefix);
    for (const file of skipped) process.stderr.write(`skipped (not ${DEFAULT_KEY_SUFFIX}): ${file}\n`);
    if (uploads.length === 0) {
      process.stderr.write('ingest: nothing to upload\n');
      process.exitCode = 2;
      return;
    }
    const outcomes = await run(connected.pipeline, uploads, opts);
    process.stdout.write(summarize(outcomes));
    const refused = outcomes.some(
      (o) => o.kind === 'failed' || (o.kind === 'rejected' && !opts.allowRejected),
    );
    if (refused) process.exitCode = 1;
  });

interface Options {
  prefix: string;
  published?: string;
  outputs?: string;
  dataDir?: string;
  timeout: number;
  concurrency: number;
  allowRejected: boolean;
}

async function collect(paths: string[], prefix: string): Promise<{ uploads: Upload[]; skipped: string[] }> {
  const uploads: Upload[] = [];
  const skipped: string[] = [];
  const visit = async (file: string, root: string | null): Promise<void> => {
    const info = await stat(file);
    if (info.isDirectory()) {
      for (const entry of (await readdir(file)).sort()) await visit(join(file, entry), root ?? file);
      return;
    }
    if (!info.isFile()) return;
    if (!file.endsWith(DEFAULT_KEY_SUFFIX)) {
      skipped.push(file);
      return;
    }
    const name = root ? relative(root, file).split('\\').join('/') : basename(file);
    uploads.push({ file, key: `${prefix}${name}` });
  };
  for (const path of paths) await visit(path, null);
  return { uploads, skipped };
}

async function run(p: Pipeline, uploads: Upload[], opts: Options): Promise<Outcome[]> {
  const bar = new SingleBar(
    { format: 'ingest |{bar}| {value}/{total} processed | {key}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  bar.start(uploads.length, 0, { key: '' });
  const outcomes: Outcome[] = [];
  const failures = p.failures ? sharedProbe(p.failures) : null;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < uploads.length) {
      const upload = uploads[next++]!;
      const outcome = await ingestOne(p, upload, opts.timeout * 1000, failures, opts.published).catch(
        (err: unknown): Outcome => ({
          kind: 'failed',
          key: upload.key,
          message: (err as Error).message,
        }),
      );
      outcomes.push(outcome);
      bar.increment(1, { key: upload.key });
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  bar.stop();
  return outcomes.sort((a, b) => a.key.localeCompare(b.key));
}

/** One probe call at a time, its answer shared by every waiting upload for a moment. */
function sharedProbe(probe: FailureProbe, maxAgeMs = 250): () => Promise<FailedObject[]> {
  let last: { at: number; answer: Promise<FailedObject[]> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > maxAgeMs) {
      last = { at: Date.now(), answer: probe().catch(() => []) };
    }
    return last.answer;
  };
}

async function ingestOne(
  p: Pipeline,
  upload: Upload,
  timeoutMs: number,
  failures: (() => Promise<FailedObject[]>) | null,
  published: string | undefined,
): Promise<Outcome> {
  const body = await readFile(upload.file);
  const put = await p.s3.send(
    new PutObjectCommand({
      Bucket: p.bucket,
      Key: upload.key,
      Body: body,
      ContentType: 'text/plain; charset=utf-8',
      ...(published ? { Metadata: { [PUBLISHED_METADATA_KEY]: published } } : {}),
    }),
  );
  const eTag = (put.ETag ?? '').replace(/"/g, '');
  const id = articleIdFor(p.bucket, upload.key);
  const deadline = Date.now() + timeoutMs;
  for (let delay = 50; Date.now() < deadline; delay = Math.min(delay * 2, 500)) {
    const ingestion = (
      await p.ddb.send(new GetCommand({ TableName: p.tableNames.ingestions, Key: { objectId: id } }))
    ).Item;
    if (ingestion && ingestion.eTag === eTag) {
      if (ingestion.status === 'rejected') {
        return {
          kind: 'rejected',
          key: upload.key,
          reason: String(ingestion.reason),
          message: String(ingestion.message),
        };
      }
      if (ingestion.status === 'ok' && (await metricsApplied(p, id, Number(ingestion.lastVersion)))) {
        const article = (await p.ddb.send(new GetCommand({ TableName: p.tableNames.articles, Key: { id } })))
          .Item;
        return {
          kind: 'ok',
          key: upload.key,
          province: String(article?.primaryProvinceSlug ?? '(national)'),
          figures: Array.isArray(article?.figures) ? article.figures.length : 0,
        };
      }
    }
    const failed = (await failures?.())?.find((f) => f.key === upload.key && (f.eTag ?? eTag) === eTag);
    if (failed) return { kind: 'failed', key: upload.key, message: `dead-lettered: ${failed.message}` };
    await new Promise((r) => setTimeout(r, delay));
  }
  return { kind: 'failed', key: upload.key, message: `not processed within ${timeoutMs / 1000} s` };
}

async function metricsApplied(p: Pipeline, id: string, version: number): Promise<boolean> {
  const out = await p.ddb.send(
    new GetCommand({ TableName: p.tableNames.metrics, Key: appliedVersionKey(id) }),
  );
  return Number(out.Item?.version ?? -1) >= version;
}

function summarize(outcomes: Outcome[]): string {
  const byProvince = new Map<string, { articles: number; figures: number }>();
  const lines: string[] = [''];
  for (const o of outcomes) {
    if (o.kind !== 'ok') continue;
    const row = byProvince.get(o.province) ?? { articles: 0, figures: 0 };
    row.articles++;
    row.figures += o.figures;
    byProvince.set(o.province, row);
  }
  lines.push('province                 articles  figures');
  for (const [province, row] of [...byProvince].sort()) {
    lines.push(
      `${province.padEnd(24)} ${String(row.articles).padStart(8)} ${String(row.figures).padStart(8)}`,
    );
  }
  const rejected = outcomes.filter((o) => o.kind === 'rejected');
  const failed = outcomes.filter((o) => o.kind === 'failed');
  lines.push('');
  lines.push(
    `${outcomes.length - rejected.length - failed.length} processed, ${rejected.length} rejected, ${failed.length} failed`,
  );
  for (const o of rejected) lines.push(`  rejected ${o.key}: ${o.reason} — ${o.message}`);
  for (const o of failed) lines.push(`  failed   ${o.key}: ${o.message}`);
  return `${lines.join('\n')}\n`;
}

await program.parseAsync();
