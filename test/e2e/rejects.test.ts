/**
 * Files the pipeline must refuse, and a function failure: rejected ingestions carry a reason and touch
 * nothing else; an event whose handler keeps failing lands in the dead-letter list after its retries and
 * can be replayed (embedded only: LocalStack's on-failure destination is an SQS queue). Under the
 * LocalStack profile the retries wait LocalStack's delays (scaled), so that scenario also shows them.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/shared/wiring.js';
import { localstackProfile, scaledMs } from '../../local/emulation/localstack.js';
import {
  api,
  compareMetrics,
  expectStoredAsExtracted,
  idOf,
  put,
  scopeArticles,
  seed,
  seedFiles,
} from './helpers.js';
import type { RunScope } from './helpers.js';
import { scenarioHooks } from './scenario.js';
import { announceSkip, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
const spec = targetSpec();
const timing = timingFor(spec);
announceSkip(availability, 'rejection scenarios');
if (availability.ok && availability.name !== 'embedded') {
  console.log(
    `[e2e] dead-letter scenario skipped on ${availability.name}: failures go to an SQS queue there`,
  );
}

let target: Target;
let scope: RunScope;
const run = `r${Date.now().toString(36)}`;
const [firstSeed] = seedFiles();
const text = () => seed(firstSeed!).toString('utf8');
const utf16le = () => Buffer.from(text(), 'utf16le');

describe.skipIf(!availability.ok)(
  `Scenario: files the pipeline refuses on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    scenarioHooks(`${run}/`, (opened) => ({ target, scope } = opened));

    it.each<{ label: string; body: () => Buffer; reason: string }>([
      { label: 'an empty file', body: () => Buffer.alloc(0), reason: 'EMPTY' },
      { label: 'a whitespace-only file', body: () => Buffer.from(' \n\t\n '), reason: 'EMPTY' },
      {
        label: 'binary data',
        body: () =>
          Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)]),
        reason: 'BINARY',
      },
      { label: 'random bytes', body: () => randomBytes(4096), reason: 'BINARY' },
      {
        label: 'a few words',
        body: () => Buffer.from('Police news: see attachment.\n'),
        reason: 'TOO_SHORT',
      },
      {
        label: 'a UTF-16 byte-order mark over bytes that are not UTF-16',
        body: () => Buffer.concat([Buffer.from([0xff, 0xfe]), randomBytes(301)]),
        reason: 'UNDECODABLE',
      },
      {
        label: 'a file over the size limit',
        body: () => Buffer.alloc(DEFAULT_MAX_OBJECT_BYTES + 1, 'a'),
        reason: 'TOO_LARGE',
      },
    ])('rejects $label with reason $reason and touches nothing else', async ({ body, reason }) => {
      // Prepare
      const key = `${run}/bad/${reason.toLowerCase()}-${Math.random().toString(36).slice(2)}.txt`;
      await target.settle();
      const before = await compareMetrics(scope);
      const articlesBefore = (await scopeArticles(scope)).length;
      // Act
      const eTag = await put(target, key, body());
      const ingestion = await target.waitForIngestion(key, { eTag });
      await target.settle();
      // Assess
      expect(ingestion).toMatchObject({ status: 'rejected', reason });
      expect(ingestion.message).toEqual(expect.any(String));
      expect((await api(target, `/articles/${idOf(target, key)}`)).status).toBe(404);
      expect((await scopeArticles(scope)).length).toBe(articlesBefore);
      expect(await compareMetrics(scope)).toEqual(before);
    });

    // The engine decodes UTF-16 with a byte-order mark, and also without one when the byte pattern is
    // unambiguous (it detects the NUL-byte rhythm of Latin-script UTF-16), so both are accepted.
    it.each<[string, () => Buffer, string]>([
      [
        'UTF-16LE with a byte-order mark',
        () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le()]),
        'utf-16le',
      ],
      ['UTF-16LE without a byte-order mark', utf16le, 'utf-16le'],
      ['UTF-16BE without a byte-order mark', () => Buffer.from(utf16le()).swap16(), 'utf-16be'],
    ])('accepts %s as an article', async (_label, body, encoding) => {
      // Prepare
      const key = `${run}/utf16/${encoding}-${Math.random().toString(36).slice(2)}.txt`;
      // Act
      const eTag = await put(target, key, body());
      await target.waitForIngestion(key, { status: 'ok', eTag });
      await target.settle();
      // Assess
      const answer = await api(target, `/articles/${idOf(target, key)}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ encoding });
      await expectStoredAsExtracted(target, key, body());
      const { expected, published } = await compareMetrics(scope);
      expect(published).toEqual(expected);
    });

    describe.skipIf(availability.name !== 'embedded')('dead letters (embedded stack)', () => {
      it('keeps a failing event after 1 + 2 attempts and processes it when replayed after the fault is gone', async () => {
        // Prepare
        const key = `${run}/dlq/${firstSeed}`;
        target.faults!.set('parse', new RegExp(`^${run}/dlq/`));
        // Act
        await put(target, key, seed(firstSeed!));
        await target.settle();
        const letters = target.deadLetters!.list('parse');
        target.faults!.clear();
        const replay = await target.deadLetters!.replay(letters[0]!.id);
        await target.waitForIngestion(key, { status: 'ok' });
        await target.settle();
        // Assess
        expect(letters).toHaveLength(1);
        expect(letters[0]).toMatchObject({ attempts: 3, error: { name: 'InjectedFaultError' } });
        if (spec.emulate === 'localstack') {
          // LocalStack waits 1 × then 2 × its base delay between the attempts (on the profile's time scale).
          const profile = localstackProfile();
          const waited = Date.parse(letters[0]!.failedAt) - Date.parse(letters[0]!.firstAttemptAt);
          expect(waited).toBeGreaterThanOrEqual(scaledMs(profile, 3 * profile.asyncInvoke.baseDelaySeconds));
        }
        expect(replay.ok).toBe(true);
        expect(target.deadLetters!.list('parse')).toEqual([]);
        await expectStoredAsExtracted(target, key, seed(firstSeed!));
        const { expected, published } = await compareMetrics(scope);
        expect(published).toEqual(expected);
      });
    });
  },
);
