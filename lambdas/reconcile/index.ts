/**
 * Reconcile: proves (or restores) that a pipeline holds what its bucket holds. Lists the bucket against the
 * Ingestions ledger and the Articles table, recomputes the Metrics table from the article records, lists
 * dead letters, and with `fix` re-drives every missing or stale object through the parse function (the
 * same asynchronous path as an S3 notification) and repairs the metrics in conditioned transactions.
 * The target (embedded stack, LocalStack, AWS) only supplies clients, a way to invoke parse and its dead
 * letters.
 */
import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import * as D from '../shared/decimal.js';
import { decodeS3EventKey } from '../shared/s3-keys.js';
import { compareMetrics, type MetricsComparison } from './metrics.js';
import { compareObjects, type ObjectFinding } from './objects.js';
import { redriveEvent } from './redrive.js';
import {
  listObjects,
  repairMetrics,
  scanArticles,
  scanIngestions,
  scanMetrics,
  type ReconcileClients,
} from './store.js';

export interface DeadLetterSummary {
  readonly id: string;
  readonly function: string;
  readonly error: string;
  /** Object keys named by the letter's S3 event, if it is one. */
  readonly keys: readonly string[];
}

export interface ReconcileTarget {
  readonly description: string;
  readonly bucket: string;
  readonly region: string;
  /** Keys the bucket notification selects. */
  readonly suffix: string;
  readonly tables: { readonly articles: string; readonly metrics: string; readonly ingestions: string };
  readonly s3: S3Client;
  readonly clients: ReconcileClients;
  /** Asynchronous invocation of the parse function with an S3 event. */
  invokeParse(event: S3Event): Promise<void>;
  deadLetters(): Promise<DeadLetterSummary[]>;
}

export interface ReconcileReport {
  readonly target: string;
  readonly objects: number;
  readonly ingestions: number;
  readonly articles: number;
  readonly findings: ObjectFinding[];
  readonly metrics: MetricsComparison & { readonly items: number };
  readonly deadLetters: readonly (DeadLetterSummary & { readonly explained: boolean })[];
  /** Findings + differing counters + guards out of step + unexplained dead letters. */
  readonly differences: number;
  readonly fixed?: {
    readonly redriven: number;
    readonly metricsTransactions: number;
    readonly metricsRepaired: boolean;
  };
}

export interface ReconcileOptions {
  readonly fix?: boolean;
  /** Compare (and repair) the Metrics table too. Default true. */
  readonly metrics?: boolean;
  /** Attempts to get two identical consecutive views before repairing metrics. Default 5. */
  readonly attempts?: number;
  /** With fix: re-drive objects (default true; false repairs metrics only). */
  readonly redrive?: boolean;
  /** Keys not to re-drive (e.g. already dead-lettered). */
  readonly skipKeys?: ReadonlySet<string>;
}

interface View {
  readonly objects: number;
  readonly ingestions: number;
  readonly articles: number;
  readonly findings: ObjectFinding[];
  readonly metrics: MetricsComparison & { readonly items: number };
  readonly repairs: number;
}

async function look(target: ReconcileTarget, withMetrics: boolean): Promise<View> {
  // Metrics first: whatever the metrics reflect was written to the records before, so a change landing
  // between the two scans shows as a guard behind its article, never as a counter without its article.
  const metrics = withMetrics
    ? await scanMetrics(target.clients.metrics, target.tables.metrics)
    : { items: [], guards: new Map(), repairs: 0 };
  const [ingestions, articles, objects] = await Promise.all([
    scanIngestions(target.clients.records, target.tables.ingestions),
    scanArticles(target.clients.records, target.tables.articles),
    listObjects(target.s3, target.bucket, target.suffix),
  ]);
  const findings = compareObjects({ bucket: target.bucket, objects, ingestions, articles });
  const comparison = withMetrics
    ? compareMetrics({
        articles: articles.map((a) => a.contributing),
        items: metrics.items,
        guards: metrics.guards,
        lastVersions: new Map(ingestions.map((i) => [i.objectId, i.lastVersion] as const)),
      })
    : { counterDiffs: [], guards: [] };
  return {
    objects: objects.length,
    ingestions: ingestions.length,
    articles: articles.length,
    findings,
    metrics: { ...comparison, items: metrics.items.length },
    repairs: metrics.repairs,
  };
}

const sameMetrics = (a: View, b: View) =>
  JSON.stringify([a.metrics, a.repairs], bigintSafe) === JSON.stringify([b.metrics, b.repairs], bigintSafe);
const bigintSafe = (_: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

export async function reconcile(
  target: ReconcileTarget,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const withMetrics = options.metrics ?? true;
  let view = await look(target, withMetrics);
  const letters = await target.deadLetters();
  const unsettled = new Set(view.findings.map((f) => f.key));
  const metricsDifferences = view.metrics.counterDiffs.length + view.metrics.guards.length;
  const deadLetters = letters.map((letter) => ({
    ...letter,
    // Explained: every object an S3 event names is in step now (processed since, or superseded); a stream
    // batch, when the metrics are in step with the articles.
    explained:
      letter.keys.length > 0
        ? letter.keys.every((key) => !unsettled.has(key))
        : letter.function === 'metrics' && withMetrics && metricsDifferences === 0,
  }));
  const report: ReconcileReport = {
    target: target.description,
    objects: view.objects,
    ingestions: view.ingestions,
    articles: view.articles,
    findings: view.findings,
    metrics: view.metrics,
    deadLetters,
    differences:
      view.findings.length + metricsDifferences + deadLetters.filter((letter) => !letter.explained).length,
  };
  if (!options.fix) return report;

  let redriven = 0;
  for (const finding of options.redrive === false ? [] : view.findings) {
    if (finding.kind === 'wrong') continue; // ledger and article disagree: no event can mend that
    if (options.skipKeys?.has(finding.key)) continue;
    await target.invokeParse(
      redriveEvent({
        bucket: target.bucket,
        region: target.region,
        key: finding.key,
        object: finding.object,
        ledgerSequencer: finding.kind === 'stale' ? finding.ledger.sequencer : undefined,
        now: new Date(),
        requestId: randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase(),
      }),
    );
    redriven += 1;
  }

  let metricsTransactions = 0;
  let metricsRepaired = metricsDifferences === 0;
  for (let attempt = 0; withMetrics && !metricsRepaired && attempt < (options.attempts ?? 5); attempt++) {
    // Repair only from a view that holds still: two identical consecutive looks.
    const again = await look(target, true);
    if (!sameMetrics(view, again)) {
      view = again;
      continue;
    }
    if (again.metrics.counterDiffs.length + again.metrics.guards.length === 0) {
      metricsRepaired = true;
      break;
    }
    const result = await repairMetrics(
      target.clients.metrics,
      target.tables.metrics,
      again.metrics,
      again.repairs,
    );
    metricsTransactions += result.transactions;
    metricsRepaired = result.ok;
    view = await look(target, true);
  }
  return { ...report, fixed: { redriven, metricsTransactions, metricsRepaired } };
}

/** Object keys an S3 event names (empty for other events). */
export function keysOfEvent(event: unknown): string[] {
  const records = (event as Partial<S3Event> | null)?.Records;
  if (!Array.isArray(records)) return [];
  return records.flatMap((record) => {
    const key = record?.s3?.object?.key;
    if (typeof key !== 'string') return [];
    try {
      return [decodeS3EventKey(key)];
    } catch {
      return [key];
    }
  });
}

export function formatReport(report: ReconcileReport): string {
  const lines = [`reconcile: ${report.target}`];
  const count = (kind: ObjectFinding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  lines.push(
    `objects: ${report.objects} in the bucket, ${report.ingestions} ingestion records, ${report.articles} articles`,
    `  missing ${count('missing')}, stale ${count('stale')}, wrong ${count('wrong')}`,
  );
  for (const f of report.findings.slice(0, 50)) {
    const why = f.kind === 'missing' ? 'no ingestion record' : f.reason;
    lines.push(`  ${f.kind.padEnd(7)} ${f.key}: ${why}`);
  }
  if (report.findings.length > 50) lines.push(`  … and ${report.findings.length - 50} more`);
  lines.push(
    `metrics: ${report.metrics.items} counter items; differing ${report.metrics.counterDiffs.length}, guards out of step ${report.metrics.guards.length}`,
  );
  for (const d of report.metrics.counterDiffs.slice(0, 20)) {
    const counters = Object.entries(d.counters)
      .map(([name, value]) => `${name} ${value.units >= 0n ? '+' : ''}${D.toString(value)}`)
      .join(', ');
    lines.push(`  ${d.key.pk} ${d.key.sk}: expected ${counters} relative to the table`);
  }
  for (const g of report.metrics.guards.slice(0, 20)) {
    lines.push(
      `  article ${g.articleId}: applied ${JSON.stringify(g.actual ?? null)}, stored ${JSON.stringify(g.expected ?? null)}`,
    );
  }
  const unexplained = report.deadLetters.filter((letter) => !letter.explained);
  lines.push(
    `dead letters: ${report.deadLetters.length} (${unexplained.length} not explained by the current state)`,
  );
  for (const letter of unexplained.slice(0, 20)) {
    lines.push(
      `  ${letter.id} ${letter.function}: ${letter.error}${letter.keys.length ? ` (${letter.keys.join(', ')})` : ''}`,
    );
  }
  lines.push(`differences: ${report.differences}`);
  if (report.fixed) {
    lines.push(
      `fixed: ${report.fixed.redriven} objects re-driven through parse; metrics ${
        report.fixed.metricsRepaired
          ? `in step (${report.fixed.metricsTransactions} repair transactions)`
          : 'NOT repaired (the pipeline kept changing; run again when idle)'
      }`,
    );
  }
  return `${lines.join('\n')}\n`;
}
