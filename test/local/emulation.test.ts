import { describe, expect, it } from 'vitest';
import { emulatedComponents } from '../../local/emulation/components.js';
import { backoffSequence, localstackProfile, scaledMs } from '../../local/emulation/localstack.js';

const midpoint = () => 0.5;
const round = (values: number[]) => values.map((value) => Math.round(value * 1000) / 1000);

describe('Function: backoffSequence', () => {
  it("follows LocalStack's ExponentialBackoff table for its defaults (jitter at its midpoint)", () => {
    // Prepare: the defaults of localstack-core/localstack/utils/backoff.py, whose docstring tabulates them.
    const sequence = backoffSequence(localstackProfile().streamMapping.retryBackoff, midpoint);
    // Act
    const values = Array.from({ length: 6 }, () => sequence.next());
    // Assess
    expect(round(values)).toEqual([0.5, 0.75, 1.125, 1.688, 2.531, 3.797]);
  });

  it('caps the interval, not the jitter, and starts over after a reset', () => {
    // Prepare
    const backoff = { initialSeconds: 1, multiplier: 1.5, jitter: 0.5, maxSeconds: 10 };
    const low = backoffSequence(backoff, () => 0);
    const high = backoffSequence(backoff, () => 1);
    // Act
    const lows = Array.from({ length: 9 }, () => low.next());
    const highs = Array.from({ length: 9 }, () => high.next());
    low.reset();
    // Assess
    expect(lows.at(-1)).toBe(5);
    expect(highs.at(-1)).toBe(15);
    expect(low.next()).toBe(0.5);
  });
});

describe('Function: emulatedComponents', () => {
  const profile = localstackProfile(1 / 20);
  const components = emulatedComponents(profile, midpoint);

  it('stamps every S3 event with the one fixed sequencer', () => {
    expect([components.s3Sequencer(), components.s3Sequencer()]).toEqual([
      '0055AED6DCD90281E5',
      '0055AED6DCD90281E5',
    ]);
  });

  it('waits retry × 60 s before async retries, on the time scale', () => {
    expect([1, 2].map(components.asyncRetryDelayMs)).toEqual([3000, 6000]);
  });

  it('retries a failed stream batch whole, after the default backoff', () => {
    expect(components.stream.bisectBatchOnError).toBe(false);
    expect([1, 2, 3].map(components.stream.retryDelayMs)).toEqual([25, 38, 56]);
  });

  it('polls one shard every second, backs off while no shard exists and resets after a normal poll', () => {
    // Prepare
    const pacing = components.stream.pacing();
    const none = { shards: 0, records: 0, failed: false };
    // Act
    const pauses = [
      pacing.pauseAfter(none),
      pacing.pauseAfter(none),
      pacing.pauseAfter(none),
      pacing.pauseAfter({ shards: 1, records: 0, failed: false }),
      pacing.pauseAfter(none),
      pacing.pauseAfter({ shards: 1, records: 0, failed: true }),
    ];
    // Assess
    expect(pacing.shardsPerRound).toBe(1);
    expect(pauses).toEqual([50, 75, 113, 50, 50, 100]);
  });

  it('keeps every duration on the chosen time scale', () => {
    expect(scaledMs(localstackProfile(1), 10)).toBe(10_000);
    expect(() => localstackProfile(0)).toThrow(RangeError);
  });
});

describe('Data: the LocalStack profile', () => {
  it('names a LocalStack source file and line for every difference', () => {
    // Prepare
    const sources: unknown[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if ('file' in value && 'line' in value) sources.push(value);
        else Object.values(value).forEach(collect);
      }
    };
    // Act
    collect(localstackProfile());
    // Assess
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const source of sources) {
      expect(source).toMatchObject({
        file: expect.stringMatching(/^localstack-core\/localstack\/.+\.py$/),
        line: expect.any(Number),
      });
    }
  });
});
