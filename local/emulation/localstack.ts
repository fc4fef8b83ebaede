/**
 * The LocalStack fidelity profile: every behaviour of LocalStack 4.14.0 (the last free community release)
 * that differs from AWS in a way our pipeline can observe, as data, each with the file and line of
 * LocalStack's own source it was read from (github.com/localstack/localstack, tag v4.14.0, commit
 * 3d5a0c70e0fe2eb0864447c882454d33b406ba8a). `npm start -- --emulate localstack` and the e2e suite's
 * profile run (E2E_EMULATE=localstack) hand this to the embedded stack's components; nothing else in the
 * repository states these numbers.
 *
 * Durations are LocalStack's defaults in seconds; the stack multiplies them by the profile's time scale
 * (default 1/20: a 60 s retry delay waits 3 s), so a test run keeps LocalStack's orders and ratios without
 * its minutes. The docker-compose.yml settings that shorten some of them on a real LocalStack are not
 * applied here: the profile shows what an unconfigured LocalStack does.
 */

/** Where in LocalStack 4.14.0 a behaviour comes from (path relative to the repository root). */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** LocalStack's ExponentialBackoff: interval × [1 − jitter, 1 + jitter], × multiplier after each, capped. */
export interface Backoff {
  readonly initialSeconds: number;
  readonly multiplier: number;
  readonly jitter: number;
  readonly maxSeconds: number;
}

export interface EmulationProfile {
  readonly name: 'localstack';
  readonly version: string;
  /** Multiplies every duration below (1 = LocalStack's real timing). */
  readonly timeScale: number;
  readonly s3: {
    /** Every notification's s3.object.sequencer. */
    readonly fixedSequencer: string;
    readonly source: SourceRef;
  };
  readonly asyncInvoke: {
    /** Retry n (1-based) waits n × baseDelaySeconds (LAMBDA_RETRY_BASE_DELAY): 60 s, then 120 s. */
    readonly baseDelaySeconds: number;
    readonly source: SourceRef;
  };
  readonly streamMapping: {
    /** Wait between two polls that returned normally, records or not. */
    readonly pollIntervalSeconds: number;
    readonly pollIntervalSource: SourceRef;
    /**
     * Wait after a poll that found no shard at all (the only "empty poll" of a stream mapping:
     * LAMBDA_EVENT_SOURCE_MAPPING_MAX_BACKOFF_ON_EMPTY_POLL_SEC caps it).
     */
    readonly emptyBackoff: Backoff;
    readonly emptyBackoffSources: readonly SourceRef[];
    /** Wait after a failed poll (LAMBDA_EVENT_SOURCE_MAPPING_MAX_BACKOFF_ON_ERROR_SEC caps it). */
    readonly errorBackoff: Backoff;
    readonly errorBackoffSource: SourceRef;
    /** Between retries of a failed batch: ExponentialBackoff's defaults. */
    readonly retryBackoff: Backoff;
    readonly retryBackoffSources: readonly SourceRef[];
    /** BisectBatchOnFunctionError is accepted and stored but never acted on: a failed batch is retried whole. */
    readonly bisectBatchOnFunctionError: false;
    readonly bisectSource: SourceRef;
    /** One shard per poll, round robin. */
    readonly shardsPerPoll: 1;
    readonly shardsPerPollSource: SourceRef;
  };
  readonly apiGateway: {
    /** Usage-plan and stage throttling and quotas are not enforced (no 429). */
    readonly throttling: false;
    readonly source: SourceRef;
  };
}

const S3_NOTIFICATIONS = 'localstack-core/localstack/services/s3/notifications.py';
const CONFIG = 'localstack-core/localstack/config.py';
const ESM_WORKER = 'localstack-core/localstack/services/lambda_/event_source_mapping/esm_worker.py';
const STREAM_POLLER =
  'localstack-core/localstack/services/lambda_/event_source_mapping/pollers/stream_poller.py';
const BACKOFF = 'localstack-core/localstack/utils/backoff.py';

export const DEFAULT_TIME_SCALE = 1 / 20;

export function localstackProfile(timeScale: number = DEFAULT_TIME_SCALE): EmulationProfile {
  if (!(timeScale > 0)) throw new RangeError(`time scale must be > 0, got ${timeScale}`);
  return {
    name: 'localstack',
    version: '4.14.0',
    timeScale,
    s3: {
      fixedSequencer: '0055AED6DCD90281E5',
      source: { file: S3_NOTIFICATIONS, line: 345 },
    },
    asyncInvoke: {
      baseDelaySeconds: 60,
      // config.py:1150 reads LAMBDA_RETRY_BASE_DELAY; event_manager.py:292 multiplies it by the retry count.
      source: { file: CONFIG, line: 1150 },
    },
    streamMapping: {
      pollIntervalSeconds: 1,
      pollIntervalSource: { file: CONFIG, line: 1111 },
      emptyBackoff: { initialSeconds: 1, multiplier: 1.5, jitter: 0.5, maxSeconds: 10 },
      emptyBackoffSources: [
        { file: ESM_WORKER, line: 152 },
        { file: CONFIG, line: 1123 },
        { file: STREAM_POLLER, line: 158 },
      ],
      errorBackoff: { initialSeconds: 2, multiplier: 1.5, jitter: 0.5, maxSeconds: 60 },
      errorBackoffSource: { file: ESM_WORKER, line: 149 },
      retryBackoff: { initialSeconds: 0.5, multiplier: 1.5, jitter: 0.5, maxSeconds: 60 },
      retryBackoffSources: [
        { file: STREAM_POLLER, line: 256 },
        { file: BACKOFF, line: 51 },
      ],
      bisectBatchOnFunctionError: false,
      bisectSource: { file: STREAM_POLLER, line: 490 },
      shardsPerPoll: 1,
      shardsPerPollSource: { file: STREAM_POLLER, line: 164 },
    },
    apiGateway: {
      throttling: false,
      source: {
        file: 'localstack-core/localstack/services/apigateway/next_gen/execute_api/handlers/api_key_validation.py',
        line: 22,
      },
    },
  };
}

/** Milliseconds for a duration of the profile, on its time scale. */
export const scaledMs = (profile: EmulationProfile, seconds: number) =>
  Math.round(seconds * 1000 * profile.timeScale);

/**
 * A backoff sequence as LocalStack's ExponentialBackoff computes it (backoff.py:72): the n-th call returns
 * the current interval randomized by ± jitter, then the interval grows by the multiplier up to the cap.
 * `random` is injectable for tests.
 */
export function backoffSequence(
  backoff: Backoff,
  random: () => number = Math.random,
): { next(): number; reset(): void } {
  let interval = 0;
  return {
    next() {
      if (interval === 0) interval = backoff.initialSeconds;
      const low = interval * (1 - backoff.jitter);
      const high = interval * (1 + backoff.jitter);
      const value = low + (high - low) * random();
      interval = Math.min(backoff.maxSeconds, interval * backoff.multiplier);
      return value;
    },
    reset() {
      interval = 0;
    },
  };
}

export function describeProfile(profile: EmulationProfile): string {
  const ms = (seconds: number) => `${scaledMs(profile, seconds)} ms`;
  const sm = profile.streamMapping;
  return [
    `emulating LocalStack ${profile.version} (durations × ${profile.timeScale}):`,
    `  S3 notifications carry the fixed sequencer ${profile.s3.fixedSequencer}`,
    `  async retries after ${ms(profile.asyncInvoke.baseDelaySeconds)}, then ${ms(2 * profile.asyncInvoke.baseDelaySeconds)}`,
    `  stream polls every ${ms(sm.pollIntervalSeconds)}, one shard per poll; up to ${ms(sm.emptyBackoff.maxSeconds)} while no shard exists`,
    '  failed stream batches retried whole (no bisect)',
    '  no API throttling',
  ].join('\n');
}
