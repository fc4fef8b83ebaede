/**
 * Pure: the fault schedules of the chaos suite, as data drawn from a seed (nothing is drawn while a
 * schedule runs, so a seed always names the same schedule; only the interleaving of its concurrent
 * operations varies between runs, as it would on AWS).
 *
 * Two kinds. Most seeds are event schedules, run against one long-lived in-process stack: uploads to
 * shared and own keys, deletes, duplicated, reordered and delayed events, lost notifications, failing
 * parse and metrics invocations. Every CRASH_EVERY-th seed is a crash schedule, run against `npm start`
 * in a child process on a data directory that outlives it: concurrent uploads and deletes, and at a
 * seeded instant the stack or one of its engines dies (kill -9 or SIGTERM of the stack, kill -9 of the S3
 * engine's host or of DynamoDB Local), then the stack is started again on the same directory.
 */
import { seeded } from '../support/random.js';

/** One seed in CRASH_EVERY is a crash schedule (seeds 20, 40, …: 10 of the first 200, 50 of 1,000). */
export const CRASH_EVERY = 20;

export type Body = readonly [n: number, variant: number];

export type EventOp =
  | { readonly kind: 'put'; readonly key: string; readonly body: Body }
  | { readonly kind: 'delete'; readonly key: string }
  /** Deliver one of the schedule's earlier events again now; `pick` in [0, 1) chooses which. */
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'delayed'; readonly pick: number; readonly delayMs: number }
  | { readonly kind: 'lost'; readonly key: string; readonly body: Body }
  | { readonly kind: 'parse-fails'; readonly key: string; readonly body: Body }
  /** Metrics fails for the schedule's prefix from the upload until holdMs after it. */
  | { readonly kind: 'metrics-fails'; readonly key: string; readonly body: Body; readonly holdMs: number };

export interface EventSchedule {
  readonly kind: 'events';
  readonly seed: number;
  readonly prefix: string;
  readonly ops: readonly EventOp[];
  /** Keys whose events were lost or failed on purpose: only these may differ before reconcile --fix. */
  readonly excused: ReadonlySet<string>;
  /** Metrics were made to fail: a stream batch may be dead-lettered, metrics may differ before --fix. */
  readonly metricsFaulted: boolean;
}

export type CrashKind = 'kill -9 stack' | 'SIGTERM stack' | 'kill -9 S3 engine' | 'kill -9 DynamoDB Local';
export const CRASH_KINDS: readonly CrashKind[] = [
  'kill -9 stack',
  'SIGTERM stack',
  'kill -9 S3 engine',
  'kill -9 DynamoDB Local',
];

export type CrashOp =
  | { readonly kind: 'put'; readonly key: string; readonly body: Body }
  | { readonly kind: 'delete'; readonly key: string };

export interface CrashSchedule {
  readonly kind: 'crash';
  readonly seed: number;
  readonly prefix: string;
  readonly ops: readonly CrashOp[];
  /** Parallel uploaders. */
  readonly workers: number;
  readonly crash: CrashKind;
  /** The crash comes once this many operations were acknowledged, plus afterMs. */
  readonly afterAcknowledged: number;
  readonly afterMs: number;
}

export type Schedule = EventSchedule | CrashSchedule;

export function planSchedule(seed: number): Schedule {
  return seed % CRASH_EVERY === 0 ? planCrash(seed) : planEvents(seed);
}

export function planEvents(seed: number): EventSchedule {
  const random = seeded(seed);
  // Draws made while the schedule runs (which earlier event, how long a fault holds) come from a second
  // generator, so adding them left every seed's operations as they were.
  const later = seeded(seed ^ 0x5bd1e995);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const prefix = `chaos/${seed}/`;
  const shared = [0, 1, 2].map((n) => `${prefix}shared-${n}.txt`);
  const ops: EventOp[] = [];
  const excused = new Set<string>();
  let metricsFaulted = false;
  const count = 5 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const key = random() < 0.6 ? pick(shared) : `${prefix}own-${i}.txt`;
    const body: Body = [Math.floor(random() * 50), Math.floor(random() * 3)];
    if (roll < 0.4) ops.push({ kind: 'put', key, body });
    else if (roll < 0.5) ops.push({ kind: 'delete', key });
    else if (roll < 0.62) ops.push({ kind: 'duplicate', pick: later() });
    else if (roll < 0.7) ops.push({ kind: 'delayed', pick: later(), delayMs: Math.floor(random() * 200) });
    else if (roll < 0.8) {
      excused.add(key);
      ops.push({ kind: 'lost', key, body });
    } else if (roll < 0.92) {
      excused.add(key);
      ops.push({ kind: 'parse-fails', key, body });
    } else {
      metricsFaulted = true;
      ops.push({ kind: 'metrics-fails', key, body, holdMs: Math.floor(later() * 100) });
    }
  }
  return { kind: 'events', seed, prefix, ops, excused, metricsFaulted };
}

export function planCrash(seed: number): CrashSchedule {
  const random = seeded(seed);
  const prefix = `crash/${seed}/`;
  const shared = [0, 1, 2, 3].map((n) => `${prefix}shared-${n}.txt`);
  const count = 12 + Math.floor(random() * 24);
  const ops: CrashOp[] = [];
  for (let i = 0; i < count; i++) {
    const key =
      random() < 0.5 ? (shared[Math.floor(random() * shared.length)] as string) : `${prefix}own-${i}.txt`;
    if (random() < 0.12) ops.push({ kind: 'delete', key });
    else ops.push({ kind: 'put', key, body: [Math.floor(random() * 50), Math.floor(random() * 3)] });
  }
  return {
    kind: 'crash',
    seed,
    prefix,
    ops,
    workers: 2 + Math.floor(random() * 6),
    // In turn, so that any four consecutive crash seeds cover every kind; the instant is drawn.
    crash: CRASH_KINDS[(seed / CRASH_EVERY) % CRASH_KINDS.length] as CrashKind,
    afterAcknowledged: Math.floor(random() * count),
    afterMs: Math.floor(random() * 60),
  };
}

/** One line per operation, for a failure's message. */
export function describeSchedule(schedule: Schedule): string[] {
  const lines = schedule.ops.map((op) => {
    switch (op.kind) {
      case 'put':
        return `put ${op.key} (article ${op.body.join('-')})`;
      case 'delete':
        return `delete ${op.key}`;
      case 'duplicate':
        return `deliver an earlier event again (pick ${op.pick.toFixed(3)})`;
      case 'delayed':
        return `deliver an earlier event again after ${op.delayMs} ms (pick ${op.pick.toFixed(3)})`;
      case 'lost':
        return `put ${op.key} with its notification lost`;
      case 'parse-fails':
        return `put ${op.key} while parse fails for it`;
      case 'metrics-fails':
        return `put ${op.key} while metrics fails for ${op.holdMs} ms`;
    }
  });
  if (schedule.kind === 'crash') {
    lines.push(
      `${schedule.workers} uploaders; ${schedule.crash} after ${schedule.afterAcknowledged} acknowledged + ${schedule.afterMs} ms; restart`,
    );
  }
  return lines;
}
