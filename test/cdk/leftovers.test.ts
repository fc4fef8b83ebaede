/** A synthesized stack leaves nothing on disk: each test's cloud assembly goes with it (no cdk.out* folders). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synthesize } from './synth.js';

const savedTmp = process.env.TMPDIR;
let scratch: string | undefined;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('Test support: synthesize', () => {
  it('leaves no cloud assembly in the temp directory', () => {
    // Prepare: a temp directory of its own, to see what synthesis leaves there.
    scratch = mkdtempSync(join(tmpdir(), 'provincewire-cdk-leftovers-'));
    process.env.TMPDIR = scratch;

    // Act
    const { template } = synthesize();

    // Assess
    expect(Object.keys(template.toJSON().Resources ?? {}).length).toBeGreaterThan(0);
    expect(readdirSync(scratch)).toEqual([]);
  });
});
