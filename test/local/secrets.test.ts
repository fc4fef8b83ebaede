import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOrCreateCredentials, readOrCreateSecretFile } from '../../local/security/secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'provincewire-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => statSync(file).mode & 0o777;

describe('Function: readOrCreateSecretFile', () => {
  it('creates a 32-byte hex secret (600) once and reads the same one back at every later start', () => {
    // Prepare
    const file = join(dir, 'secret');
    // Act
    const first = readOrCreateSecretFile(file);
    const again = readOrCreateSecretFile(file);
    // Assess
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toBe(first);
    expect(mode(file)).toBe(0o600);
  });

  it('tightens a kept file’s mode, and replaces a malformed one', () => {
    // Prepare
    const kept = join(dir, 'kept');
    writeFileSync(kept, `${'ab'.repeat(32)}\n`);
    chmodSync(kept, 0o644);
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'not a key\n');
    // Act / Assess
    expect(readOrCreateSecretFile(kept)).toBe('ab'.repeat(32));
    expect(mode(kept)).toBe(0o600);
    const fresh = readOrCreateSecretFile(bad);
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(bad, 'utf8').trim()).toBe(fresh);
  });
});

describe('Function: readOrCreateCredentials', () => {
  it('keeps a pair in its file, and without a file gives a new pair each run', () => {
    // Prepare
    const file = join(dir, 'credentials.json');
    // Act
    const first = readOrCreateCredentials(file);
    // Assess
    expect(readOrCreateCredentials(file)).toEqual(first);
    expect(first.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(readOrCreateCredentials(null)).not.toEqual(readOrCreateCredentials(null));
  });

  it('replaces a file that is not valid JSON', () => {
    // Prepare
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{');
    // Act
    const pair = readOrCreateCredentials(file);
    // Assess
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(pair);
  });
});
