/**
 * `npm run ingest` against a running embedded stack: bad numeric options are usage errors that upload
 * nothing, a rejected or dead-lettered file makes the exit code non-zero (--allow-rejected relaxes
 * rejections), and a file the pipeline gave up on is reported at once, not after the timeout.
 */
import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { cliStack } from '../support/cli-stack.js';

const harness = cliStack();
const { file, keys } = harness;

const ARTICLE =
  'La police de la province de Quảng Ninh a saisi 5 kg de drogue.\n\nSelon le commandant, 12 personnes ont été arrêtées à Hạ Long.\n';

const ingest = (...args: string[]) => harness.cli('bin/ingest.ts', ...args);

describe('CLI: ingest', () => {
  it.concurrent.each([
    ['--concurrency', 'x'],
    ['--concurrency', '0'],
    ['--concurrency', '1.5'],
    ['--timeout', 'abc'],
    ['--timeout', '-1'],
    ['--timeout', ''],
    ['--published', '2024-02-30'],
    ['--published', '02/06/2024'],
  ])('refuses %s %j as a usage error and uploads nothing', async (option, value) => {
    // Prepare
    const prefix = `usage-${Math.random().toString(36).slice(2)}/`;
    const path = file('usage.txt', ARTICLE);

    // Act
    const result = await ingest('--prefix', prefix, option, value, path);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(option);
    expect(await keys(prefix)).toEqual([]);
  });

  it('exits 0 when every file is processed', async () => {
    // Act
    const result = await ingest('--prefix', 'ok/', file('good.txt', ARTICLE));

    // Assess
    expect(result.stdout).toContain('1 processed, 0 rejected, 0 failed');
    expect(result.code).toBe(0);
  });

  it('dates every file with --published, through x-amz-meta-published', async () => {
    // Act
    const result = await ingest(
      '--prefix',
      'dated/',
      '--published',
      '2024-06-02',
      file('dated.txt', ARTICLE),
    );
    const id = articleIdFor(harness.stack.bucket, 'dated/dated.txt');
    const answer = await fetch(`${harness.stack.apiUrl}/articles/${id}`, {
      headers: { 'x-api-key': harness.stack.apiKey },
    });

    // Assess
    expect(result.code).toBe(0);
    expect(await answer.json()).toMatchObject({ published: '2024-06-02', dateSource: 'metadata' });
  });

  it('exits 1 when a file is rejected, and 0 with --allow-rejected', async () => {
    // Prepare
    const path = file('short.txt', 'Police news: see attachment.\n');

    // Act
    const strict = await ingest('--prefix', 'strict/', path);
    const relaxed = await ingest('--prefix', 'relaxed/', '--allow-rejected', path);

    // Assess
    expect(strict.stdout).toContain('rejected strict/short.txt: TOO_SHORT');
    expect(strict.code).toBe(1);
    expect(relaxed.stdout).toContain('0 processed, 1 rejected, 0 failed');
    expect(relaxed.code).toBe(0);
  });

  it('reports a dead-lettered file at once instead of waiting out the timeout, and exits 1', async () => {
    // Prepare: parse fails on this key every time, so the upload ends in the dead-letter list.
    harness.stack.faults.set('parse', /^doomed\//);
    const path = file('doomed.txt', ARTICLE);

    // Act: with a 10-minute timeout, only the dead letter can end the wait within this test's limit.
    const result = await ingest('--prefix', 'doomed/', '--allow-rejected', '--timeout', '600', path);
    harness.stack.faults.clear();

    // Assess
    expect(result.stdout).toContain('failed   doomed/doomed.txt: dead-lettered: injected fault');
    expect(result.code).toBe(1);
  }, 60_000);
});
