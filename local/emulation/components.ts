/**
 * A fidelity profile turned into the settings the embedded stack's components take (pure): the sequencer
 * stamped on S3 events, the async invoker's retry delays, and the stream poller's pacing, retry delays and
 * bisecting. Without a profile the stack keeps its own fast defaults.
 */
import type { StreamPacing } from '../runtime/stream-poller.js';
import { backoffSequence, scaledMs, type Backoff, type EmulationProfile } from './localstack.js';

export interface EmulatedComponents {
  /** Replaces the growing per-bucket sequencer of S3 events. */
  readonly s3Sequencer: () => string;
  /** Async invocation: wait before retry n (1-based). */
  readonly asyncRetryDelayMs: (retry: number) => number;
  readonly stream: {
    /** Wait before retry n (1-based) of a failed batch. */
    readonly retryDelayMs: (retry: number) => number;
    readonly bisectBatchOnError: boolean;
    /** A new pacing per poller (it keeps backoff state). */
    pacing(): StreamPacing;
  };
}

/** The n-th value (1-based) of a backoff that is reset before each batch, as LocalStack's retry loop does. */
function nthBackoff(backoff: Backoff, n: number, random: () => number): number {
  const sequence = backoffSequence(backoff, random);
  let value = 0;
  for (let i = 0; i < n; i++) value = sequence.next();
  return value;
}

export function emulatedComponents(
  profile: EmulationProfile,
  random: () => number = Math.random,
): EmulatedComponents {
  const ms = (seconds: number) => scaledMs(profile, seconds);
  const mapping = profile.streamMapping;
  return {
    s3Sequencer: () => profile.s3.fixedSequencer,
    asyncRetryDelayMs: (retry) => ms(retry * profile.asyncInvoke.baseDelaySeconds),
    stream: {
      retryDelayMs: (retry) => ms(nthBackoff(mapping.retryBackoff, retry, random)),
      bisectBatchOnError: mapping.bisectBatchOnFunctionError,
      pacing() {
        // esm_worker.py's poller loop: a normal poll resets both backoffs and waits the poll interval; a
        // poll that found no shard waits the empty backoff; a failed poll waits the error backoff.
        const empty = backoffSequence(mapping.emptyBackoff, random);
        const error = backoffSequence(mapping.errorBackoff, random);
        return {
          shardsPerRound: mapping.shardsPerPoll,
          pauseAfter(round) {
            if (round.failed) return ms(error.next());
            if (round.shards === 0) return ms(empty.next());
            empty.reset();
            error.reset();
            return ms(mapping.pollIntervalSeconds);
          },
        };
      },
    },
  };
}
