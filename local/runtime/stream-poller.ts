/**
 * The event source mapping between a DynamoDB stream and a function, in process: reads every shard (parents
 * before children, closed shards to their end), sends batches of up to batchSize records, honours
 * batchItemFailures (retries from the first failed record), bisects a batch whose invocation throws, sends
 * what still fails after retryAttempts to the dead-letter store, and checkpoints only after success
 * (at-least-once). Checkpoints persist in a file when one is given, so a restart resumes where it stopped.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { _Record, DynamoDBStreamsClient, Shard } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import { isEngineFault } from '../engines/faults.js';
import { errorSummary } from './dead-letters.js';
import type { DeadLetterStore } from './dead-letters.js';
import { invokeHandler } from './lambda-context.js';
import type { FunctionIdentity, LambdaHandler } from './lambda-context.js';
import { toLambdaStreamRecord } from '../events/stream.js';
import type { StreamTrigger } from '../triggers.js';

export type StreamHandler = LambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse | void | undefined>;

export interface StreamPollerOptions {
  readonly streams: DynamoDBStreamsClient;
  readonly streamArn: string;
  readonly region: string;
  readonly function: FunctionKey;
  readonly trigger: Pick<
    StreamTrigger,
    'batchSize' | 'bisectBatchOnError' | 'retryAttempts' | 'reportBatchItemFailures' | 'startingPosition'
  >;
  readonly identity: FunctionIdentity;
  readonly handler: StreamHandler;
  readonly deadLetters: DeadLetterStore;
  readonly retryDelayMs: (retry: number) => number;
  readonly pollIntervalMs: number;
  /** Replaces pollIntervalMs: how many shards a round reads and the wait after each (fidelity profiles). */
  readonly pacing?: StreamPacing;
  readonly checkpointFile?: string;
  readonly onError?: (error: unknown) => void;
  /** False while an engine is down (defaults to always available). */
  readonly available?: () => boolean;
}

/** What one round of polling saw. */
export interface PollRound {
  /** Shards read this round (0: the stream lists none that can be read). */
  readonly shards: number;
  readonly records: number;
  readonly failed: boolean;
}

/**
 * How an event source mapping paces its polls. By default every readable shard is read each round and a
 * round that found nothing waits pollIntervalMs; LocalStack reads one shard per poll and waits after every
 * poll (local/emulation/).
 */
export interface StreamPacing {
  readonly shardsPerRound: number;
  /** Milliseconds to wait after a round. */
  pauseAfter(round: PollRound): number;
}

export interface StreamPoller {
  /** Resolves after two consecutive polls of every open shard found nothing new and nothing is in flight. */
  waitForIdle(): Promise<void>;
  stop(): Promise<void>;
  /** Records delivered successfully so far (for logs and tests). */
  readonly delivered: number;
  /** false once stopped. */
  readonly running: boolean;
  /** The last round's error, until a round succeeds. */
  readonly lastError: string | undefined;
}

type Outcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'partial'; readonly from: number }
  | { readonly kind: 'error'; readonly error: unknown };

const END = 'END';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Which records to retry after an invocation: pure, so the AWS rules are testable on their own. */
export function outcomeOf(
  records: readonly _Record[],
  response: DynamoDBBatchResponse | void | undefined,
  reportBatchItemFailures: boolean,
): Outcome {
  const failures = reportBatchItemFailures ? (response?.batchItemFailures ?? []) : [];
  if (failures.length === 0) return { kind: 'ok' };
  const positions = failures.map((failure) =>
    records.findIndex((record) => record.dynamodb?.SequenceNumber === failure.itemIdentifier),
  );
  // An empty or unknown identifier makes Lambda treat the whole batch as failed.
  if (positions.some((position) => position < 0)) {
    return { kind: 'error', error: new Error('batchItemFailures named a record not in the batch') };
  }
  return { kind: 'partial', from: Math.min(...positions) };
}

export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const { streams, trigger } = options;
  const shards = new Map<string, { shard: Shard; iterator?: string; done: boolean }>();
  const checkpoints = new Map<string, string>(loadCheckpoints(options.checkpointFile));
  let stopped = false;
  let rounds = 0;
  let emptyStreak = 0;
  let delivered = 0;
  let lastError: string | undefined;
  let waiters: { since: number; resolve: () => void }[] = [];

  const saveCheckpoint = (shardId: string, sequence: string) => {
    checkpoints.set(shardId, sequence);
    if (!options.checkpointFile) return;
    mkdirSync(dirname(options.checkpointFile), { recursive: true });
    writeFileSync(`${options.checkpointFile}.tmp`, JSON.stringify(Object.fromEntries(checkpoints)));
    renameSync(`${options.checkpointFile}.tmp`, options.checkpointFile);
  };

  const refreshShards = async () => {
    let exclusiveStartShardId: string | undefined;
    do {
      const page = await streams.send(
        new DescribeStreamCommand({
          StreamArn: options.streamArn,
          ExclusiveStartShardId: exclusiveStartShardId,
        }),
      );
      for (const shard of page.StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !shards.has(shard.ShardId)) {
          shards.set(shard.ShardId, { shard, done: checkpoints.get(shard.ShardId) === END });
        }
      }
      exclusiveStartShardId = page.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  };

  /** A child shard waits until its parent (if still listed) has been read to the end. */
  const eligible = () =>
    [...shards.values()].filter(
      (state) =>
        !state.done && (!state.shard.ParentShardId || shards.get(state.shard.ParentShardId)?.done !== false),
    );

  const iteratorFor = async (shardId: string) => {
    const checkpoint = checkpoints.get(shardId);
    const answer = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ...(checkpoint
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: checkpoint }
          : { ShardIteratorType: trigger.startingPosition }),
      }),
    );
    return answer.ShardIterator;
  };

  const invokeOnce = async (records: _Record[]): Promise<Outcome> => {
    const event: DynamoDBStreamEvent = {
      Records: records.map((record) => toLambdaStreamRecord(record, options.streamArn, options.region)),
    };
    try {
      const response = await invokeHandler(options.handler, options.identity, event);
      return outcomeOf(records, response, trigger.reportBatchItemFailures);
    } catch (error) {
      return { kind: 'error', error };
    }
  };

  const sequenceOf = (record: _Record | undefined) => record?.dynamodb?.SequenceNumber;

  /**
   * false when the poller stopped before the batch was through: nothing after the last success is
   * checkpointed or dead-lettered, so a restart delivers it again.
   */
  const deliver = async (shardId: string, records: _Record[], failedAttempts: number): Promise<boolean> => {
    let batch = records;
    let attempts = failedAttempts;
    const firstAttemptAt = new Date().toISOString();
    for (;;) {
      const outcome = await invokeOnce(batch);
      if (outcome.kind === 'ok') {
        delivered += batch.length;
        const last = sequenceOf(batch.at(-1));
        if (last) saveCheckpoint(shardId, last);
        return true;
      }
      if (outcome.kind === 'partial') {
        delivered += outcome.from;
        const done = sequenceOf(batch[outcome.from - 1]);
        if (done) saveCheckpoint(shardId, done);
        batch = batch.slice(outcome.from);
      } else if (trigger.bisectBatchOnError && batch.length > 1) {
        // Splitting does not use up a retry; each half carries the attempts made so far.
        const middle = Math.ceil(batch.length / 2);
        if (!(await deliver(shardId, batch.slice(0, middle), attempts))) return false;
        return deliver(shardId, batch.slice(middle), attempts);
      }
      // A stop is not a failure of the records: leave them unapplied and unrecorded.
      if (stopped) return false;
      // Nor is an engine going down under the function: retry without using up an attempt, until the engine
      // answers again or the stack stops.
      if (!isEngineFault(outcome.kind === 'error' ? outcome.error : undefined, options.available))
        attempts += 1;
      if (attempts > trigger.retryAttempts) {
        options.deadLetters.add({
          function: options.function,
          source: 'stream',
          event: {
            Records: batch.map((record) => toLambdaStreamRecord(record, options.streamArn, options.region)),
          },
          error:
            outcome.kind === 'error'
              ? errorSummary(outcome.error)
              : { name: 'BatchItemFailure', message: 'records reported in batchItemFailures' },
          attempts,
          firstAttemptAt,
          failedAt: new Date().toISOString(),
          requestId: sequenceOf(batch[0]) ?? '',
        });
        const last = sequenceOf(batch.at(-1));
        if (last) saveCheckpoint(shardId, last);
        return true;
      }
      await sleep(options.retryDelayMs(Math.max(1, attempts)));
      if (stopped) return false;
    }
  };

  const pollShard = async (shardId: string, state: { iterator?: string; done: boolean }) => {
    state.iterator ??= await iteratorFor(shardId);
    if (!state.iterator) {
      state.done = true;
      return 0;
    }
    let page;
    try {
      page = await streams.send(
        new GetRecordsCommand({ ShardIterator: state.iterator, Limit: trigger.batchSize }),
      );
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'ExpiredIteratorException' || name === 'TrimmedDataAccessException') {
        delete state.iterator;
        return 0;
      }
      throw error;
    }
    const records = page.Records ?? [];
    if (records.length > 0 && !(await deliver(shardId, records, 0))) return records.length;
    if (page.NextShardIterator) state.iterator = page.NextShardIterator;
    else {
      state.done = true;
      saveCheckpoint(shardId, END);
    }
    return records.length;
  };

  /** A pause that stop() cuts short (a profile's pauses can last seconds). */
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  let cursor = 0;
  /** This round's shards: all of them, or the pacing's share, round robin. */
  const turn = (ready: ReturnType<typeof eligible>) => {
    if (!options.pacing || ready.length <= options.pacing.shardsPerRound) return ready;
    const start = cursor % ready.length;
    cursor = start + options.pacing.shardsPerRound;
    return [...ready, ...ready].slice(start, start + options.pacing.shardsPerRound);
  };
  /** Consecutive empty rounds that prove idleness: every readable shard read empty, twice. */
  let idleRounds = 2;

  const loop = async () => {
    while (!stopped) {
      let seen = 0;
      let polled = 0;
      let failed = false;
      try {
        await refreshShards();
        const ready = eligible();
        const perRound = options.pacing?.shardsPerRound ?? Math.max(1, ready.length);
        idleRounds = 2 * Math.max(1, Math.ceil(ready.length / perRound));
        for (const state of turn(ready)) {
          if (stopped) break;
          polled += 1;
          seen += await pollShard(state.shard.ShardId as string, state);
        }
        lastError = undefined;
      } catch (error) {
        seen = 1; // not idle: the round did not complete
        failed = true;
        lastError = errorSummary(error).message;
        if (!stopped) options.onError?.(error);
        if (!options.pacing) await sleep(options.pollIntervalMs * 5);
      }
      rounds += 1;
      emptyStreak = seen === 0 ? emptyStreak + 1 : 0;
      const ready = waiters.filter(
        (waiter) => rounds - waiter.since >= idleRounds && emptyStreak >= idleRounds,
      );
      waiters = waiters.filter((waiter) => !ready.includes(waiter));
      for (const waiter of ready) waiter.resolve();
      if (stopped) break;
      if (options.pacing) await pause(options.pacing.pauseAfter({ shards: polled, records: seen, failed }));
      else if (seen === 0) await sleep(options.pollIntervalMs);
    }
  };
  const running = loop();

  return {
    waitForIdle: () =>
      new Promise((resolve) => {
        waiters.push({ since: rounds, resolve });
      }),
    async stop() {
      stopped = true;
      wake?.();
      await running;
      for (const waiter of waiters) waiter.resolve();
      waiters = [];
    },
    get delivered() {
      return delivered;
    },
    get running() {
      return !stopped;
    },
    get lastError() {
      return lastError;
    },
  };
}

function loadCheckpoints(file: string | undefined): [string, string][] {
  if (!file) return [];
  try {
    return Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
