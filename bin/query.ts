/**
 * npm run query -- <command>   a small client of the pipeline's API (embedded stack or --outputs FILE)
 *   provinces [--scheme named|2025] [--all]  provinces with article and figure totals (--all: also empty ones)
 *   metrics <slug> [--scheme named|2025] [--from YYYY-MM[-DD]] [--to YYYY-MM[-DD]] [--by month]
 *                                          a province's sums by topic and unit (over months, month by month)
 *   articles [--province S] [--language L] [--topic T] [--from D] [--to D] [--limit N] [--cursor C]
 *   article <id>                           one article record
 *   ingestions [--status ok|rejected|deleted]
 *   health
 * Tables for people by default; --json prints the API's JSON as is.
 */
import { Command } from 'commander';
import type { z } from 'zod';
import type {
  ArticlePageSchema,
  IngestionPageSchema,
  ProvinceListSchema,
  ProvinceMetricsSchema,
} from '../lambdas/api/schemas.js';
import { apiGet, connect } from './connection.js';
import type { ConnectOptions } from './connection.js';

interface Global extends ConnectOptions {
  json?: boolean;
}

// The SDK warns on every run that its 2027 releases will need Node 22; the README says so once instead.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command()
  .name('npm run query --')
  .description("Query the pipeline's API")
  .option('--outputs <file>', 'a deployed stack: the outputs file of `cdk deploy --outputs-file`')
  .option('--data-dir <dir>', 'data directory of the embedded stack')
  .option('--json', 'print the raw JSON response');

type Render = (body: unknown) => string;

function command(
  name: string,
  describe: string,
  path: (args: string[], opts: Record<string, string>) => string,
  render?: Render,
) {
  return program
    .command(name)
    .description(describe)
    .action(async (...all: unknown[]) => {
      const cmd = all[all.length - 1] as Command;
      const opts = cmd.opts<Record<string, string>>();
      const args = cmd.args;
      const global = program.opts<Global>();
      const connected = await connect(global);
      if (!connected.ok) {
        process.stderr.write(`query: ${connected.reason}\n`);
        process.exitCode = 2;
        return;
      }
      const { status, body } = await apiGet(connected.pipeline, path(args, opts));
      if (status !== 200) {
        process.stderr.write(`HTTP ${status}: ${JSON.stringify(body)}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(global.json || !render ? `${JSON.stringify(body, null, 2)}\n` : render(body));
    });
}

const qs = (opts: Record<string, string | undefined>): string => {
  const entries = Object.entries(opts).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

const table = (rows: (string | number)[][]): string =>
  rows
    .map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(26) : String(c).padStart(14))).join(''))
    .join('\n') + '\n';

command(
  'provinces',
  'provinces with totals',
  (_a, o) => `/provinces${qs({ scheme: o.scheme })}`,
  (body) => {
    const b = body as z.infer<typeof ProvinceListSchema>;
    const all =
      program.commands.find((c) => c.name() === 'provinces')?.opts<{ all?: boolean }>().all ?? false;
    const shown = b.provinces
      .filter((p) => all || p.articles > 0 || p.figures > 0)
      .sort((x, y) => y.articles - x.articles || y.figures - x.figures || x.slug.localeCompare(y.slug));
    return (
      `scheme: ${b.scheme}\n` +
      table([
        ['province', 'articles', 'figures'],
        ...shown.map((p) => [`${p.name} (${p.slug})`, p.articles, p.figures]),
      ])
    );
  },
)
  .option('--scheme <scheme>', 'named (as articles name it) or 2025 (successor provinces)')
  .option('--all', 'also list provinces without articles');

type ProvinceMetrics = z.infer<typeof ProvinceMetricsSchema>;

const metricRows = (metrics: ProvinceMetrics['metrics']) =>
  table([
    ['topic / unit', 'sum', 'mean', 'figures', 'articles'],
    ...metrics.map((m) => [`${m.topic} / ${m.unit}`, m.sum, m.mean, m.figures, m.articles]),
  ]);

command(
  'metrics',
  "a province's figures by topic and unit",
  (a, o) =>
    `/provinces/${encodeURIComponent(a[0] ?? '')}/metrics${qs({ scheme: o.scheme, from: o.from, to: o.to, by: o.by })}`,
  (body) => {
    const b = body as ProvinceMetrics;
    const period = b.period ? ` (${b.period.from ?? '…'} to ${b.period.to ?? '…'})` : '';
    const head = `${b.province.name} (${b.province.slug})${period}: ${b.totals.articles} articles, ${b.totals.figures} figures\n`;
    if (!b.months) return head + metricRows(b.metrics);
    return (
      head +
      b.months
        .map(
          (m) =>
            `\n${m.month}: ${m.totals.articles} articles, ${m.totals.figures} figures\n${metricRows(m.metrics)}`,
        )
        .join('')
    );
  },
)
  .argument('<slug>', 'province slug, e.g. quang-ninh')
  .option('--scheme <scheme>', 'named or 2025')
  .option('--from <month|day>', 'first month (YYYY-MM) or day of publication')
  .option('--to <month|day>', 'last month (YYYY-MM) or day of publication')
  .option('--by <period>', 'month: the figures of each month of the period');

command(
  'articles',
  'list articles',
  (_a, o) => `/articles${qs(o)}`,
  (body) => {
    const b = body as z.infer<typeof ArticlePageSchema>;
    return (
      table([
        ['id', 'language', 'province', 'published', 'figures'],
        ...b.items.map((i) => [
          i.id,
          i.language,
          i.primaryProvinceSlug ?? '-',
          i.published ?? '-',
          i.figures.length,
        ]),
      ]) + (b.nextCursor ? `next page: --cursor ${b.nextCursor}\n` : '')
    );
  },
)
  .option('--province <slug>')
  .option('--language <code>')
  .option('--topic <topic>')
  .option('--from <month|day>', 'published from (YYYY-MM or YYYY-MM-DD)')
  .option('--to <month|day>', 'published until (YYYY-MM or YYYY-MM-DD)')
  .option('--limit <n>')
  .option('--cursor <cursor>');

command('article', 'one article', (a) => `/articles/${encodeURIComponent(a[0] ?? '')}`).argument('<id>');

command(
  'ingestions',
  'ingestion records',
  (_a, o) => `/ingestions${qs(o)}`,
  (body) => {
    const b = body as z.infer<typeof IngestionPageSchema>;
    return table([['key', 'status', 'reason'], ...b.items.map((i) => [i.key, i.status, i.reason ?? ''])]);
  },
)
  .option('--status <status>', 'ok, rejected or deleted')
  .option('--limit <n>')
  .option('--cursor <cursor>');

command('health', 'is the API up', () => '/health');

await program.parseAsync();
