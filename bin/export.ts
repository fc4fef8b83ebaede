/**
 * npm run export -- figures|articles|stories|metrics [--province S] [--scheme named|2025] [--topic T]
 *                   [--from YYYY-MM[-DD]] [--to YYYY-MM[-DD]] [--by total|month] --format csv|jsonl [--out FILE]
 *                   [--outputs cdk.out/outputs.json | --data-dir DIR]
 * Streams every page of the pipeline's API into CSV (UTF-8 with a BOM, for spreadsheets) or JSON Lines:
 *   figures   one row per figure with its provenance (lambdas/export/rows.ts); --province in --scheme
 *   articles  one row per article (--province: primary province, as GET /articles filters)
 *   stories   one row per story, grouped from the articles' storyId
 *   metrics   one row per province × topic × unit (× month with --by month) from the metrics API
 * Exit code: 0 on success, 1 when the API refuses a request, 2 for bad usage or no pipeline.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { formatRows, type ExportFormat } from '../lambdas/export/format.js';
import { FIGURE_COLUMNS, figureRows, type ExportedArticle } from '../lambdas/export/rows.js';
import {
  ARTICLE_COLUMNS,
  articleRow,
  METRIC_COLUMNS,
  metricRows,
  STORY_COLUMNS,
  StoryFolder,
  type SummarizedArticle,
} from '../lambdas/export/summaries.js';
import { SlugSchema } from '../lambdas/shared/article.js';
import { PeriodBoundSchema, periodOf, type Period } from '../lambdas/shared/period.js';
import type { Scheme } from '../lambdas/shared/provinces.js';
import { TopicSchema, type Topic } from '../lambdas/shared/vocabulary.js';
import { apiGet, connect, type Pipeline } from './connection.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const KINDS = ['figures', 'articles', 'stories', 'metrics'] as const;
type Kind = (typeof KINDS)[number];

interface Options {
  province?: string;
  scheme: Scheme;
  topic?: Topic;
  from?: string;
  to?: string;
  by: 'total' | 'month';
  format: ExportFormat;
  out?: string;
  outputs?: string;
  dataDir?: string;
}

class ApiError extends Error {}

const parsed =
  <T>(name: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) =>
  (value: string): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new InvalidArgumentError(`${name}: ${JSON.stringify(value)} is not valid.`);
    return result.data as T;
  };

const program = new Command()
  .name('npm run export --')
  .description("Export the pipeline's figures, articles, stories or metrics as CSV or JSON Lines")
  .addArgument(new Argument('<kind>', KINDS.join(', ')).choices(KINDS))
  .option('--province <slug>', 'only this province', parsed('--province', SlugSchema))
  .addOption(
    new Option('--scheme <scheme>', 'the scheme --province and metrics are in')
      .choices(['named', '2025'])
      .default('named'),
  )
  .option('--topic <topic>', 'only this topic', parsed('--topic', TopicSchema))
  .option('--from <month|day>', 'published from (YYYY-MM or YYYY-MM-DD)', parsed('--from', PeriodBoundSchema))
  .option('--to <month|day>', 'published until (YYYY-MM or YYYY-MM-DD)', parsed('--to', PeriodBoundSchema))
  .addOption(
    new Option('--by <period>', 'metrics: the whole period or month by month')
      .choices(['total', 'month'])
      .default('total'),
  )
  .addOption(
    new Option('--format <format>', 'csv (UTF-8 with BOM) or jsonl')
      .choices(['csv', 'jsonl'])
      .makeOptionMandatory(),
  )
  .option('--out <file>', 'write to this file instead of standard output')
  .option('--outputs <file>', 'a deployed stack: the outputs file of `cdk deploy --outputs-file`')
  .option('--data-dir <dir>', 'data directory of the embedded stack')
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .action(async (kind: Kind, opts: Options) => {
    const period = periodOf(opts);
    if (!period.ok) {
      process.stderr.write(`export: ${period.message}\n`);
      process.exitCode = 2;
      return;
    }
    const connected = await connect(opts);
    if (!connected.ok) {
      process.stderr.write(`export: ${connected.reason}\n`);
      process.exitCode = 2;
      return;
    }
    const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
    try {
      const rows = await EXPORTS[kind](connected.pipeline, opts, period.period, sink(out, opts.format));
      if (opts.out) process.stderr.write(`export: ${rows} ${kind} rows written to ${opts.out}\n`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      process.stderr.write(`export: ${error.message}\n`);
      process.exitCode = 1;
    } finally {
      if (opts.out) {
        out.end();
        await once(out, 'close');
      }
    }
  });

type Sink = <T extends Record<string, string | number | boolean>>(
  rows: T[],
  columns: (keyof T & string)[],
) => Promise<void>;

/** Writes pages of rows as they come, waiting when the stream is full; the BOM and header once. */
function sink(out: Writable, format: ExportFormat): Sink {
  let first = true;
  return async (rows, columns) => {
    const text = formatRows(rows, columns, format, first);
    first = false;
    if (text && !out.write(text)) await once(out, 'drain');
  };
}

const qs = (params: Record<string, string | undefined>) =>
  new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();

async function get<T>(p: Pipeline, path: string): Promise<T> {
  const { status, body } = await apiGet(p, path);
  if (status !== 200) throw new ApiError(`GET ${path}: HTTP ${status} ${JSON.stringify(body)}`);
  return body as T;
}

/** Every page of GET /articles with these filters. */
async function eachArticlePage(
  p: Pipeline,
  filters: Record<string, string | undefined>,
  visit: (items: SummarizedArticle[]) => Promise<void>,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await get<{ items: SummarizedArticle[]; nextCursor: string | null }>(
      p,
      `/articles?${qs({ ...filters, limit: '100', cursor })}`,
    );
    await visit(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

type Export = (p: Pipeline, o: Options, period: Period, write: Sink) => Promise<number>;

const EXPORTS: Record<Kind, Export> = {
  // A figure's province need not be its article's: every article is read, the province filtered per figure.
  figures: async (p, o, period, write) => {
    let count = 0;
    await write([], FIGURE_COLUMNS);
    await eachArticlePage(p, { topic: o.topic, from: o.from, to: o.to }, async (items) => {
      const rows = items.flatMap((a) =>
        figureRows(a as ExportedArticle, { province: o.province, scheme: o.scheme, topic: o.topic, period }),
      );
      count += rows.length;
      await write(rows, FIGURE_COLUMNS);
    });
    return count;
  },
  articles: async (p, o, _period, write) => {
    let count = 0;
    await write([], ARTICLE_COLUMNS);
    await eachArticlePage(
      p,
      { province: o.province, topic: o.topic, from: o.from, to: o.to },
      async (items) => {
        count += items.length;
        await write(items.map(articleRow), ARTICLE_COLUMNS);
      },
    );
    return count;
  },
  stories: async (p, o, _period, write) => {
    const folder = new StoryFolder();
    await eachArticlePage(
      p,
      { province: o.province, topic: o.topic, from: o.from, to: o.to },
      async (items) => {
        for (const item of items) folder.add(articleRow(item));
      },
    );
    const rows = folder.rows();
    await write(rows, STORY_COLUMNS);
    return rows.length;
  },
  metrics: async (p, o, _period, write) => {
    let count = 0;
    await write([], METRIC_COLUMNS);
    const slugs = o.province
      ? [o.province]
      : (
          await get<{ provinces: { slug: string; articles: number }[] }>(
            p,
            `/provinces?${qs({ scheme: o.scheme })}`,
          )
        ).provinces
          .filter((province) => province.articles > 0)
          .map((province) => province.slug);
    for (const slug of slugs) {
      const answer = await get<Parameters<typeof metricRows>[0]>(
        p,
        `/provinces/${encodeURIComponent(slug)}/metrics?${qs({ scheme: o.scheme, from: o.from, to: o.to, by: o.by })}`,
      );
      const rows = metricRows(answer, o.topic);
      count += rows.length;
      await write(rows, METRIC_COLUMNS);
    }
    return count;
  },
};

await program.parseAsync();
