import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../lambdas/shared/errors.js';
import { readNameKey } from '../../lambdas/shared/name-key.js';
import { SECRETS } from '../../lambdas/shared/wiring.js';

const { fileEnvVar, envVar } = SECRETS.storyNameKey;
const dir = mkdtempSync(join(tmpdir(), 'provincewire-name-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Function: readNameKey', () => {
  it('reads the embedded stack’s key file, trimmed', async () => {
    // Prepare
    const file = join(dir, 'key');
    writeFileSync(file, 'ab12\n');
    // Act / Assess
    await expect(readNameKey({ [fileEnvVar]: file })).resolves.toBe('ab12');
  });

  it('fails, naming both variables, when neither the secret nor the file is set: names are never stored in clear', async () => {
    const read = readNameKey({});
    await expect(read).rejects.toBeInstanceOf(ConfigError);
    await expect(readNameKey({})).rejects.toThrow(new RegExp(`${envVar}.*${fileEnvVar}`));
  });

  it('fails on an empty key, and reads the key again on the next call', async () => {
    // Prepare
    const file = join(dir, 'empty');
    writeFileSync(file, '\n');
    const env = { [fileEnvVar]: file };
    // Act / Assess
    await expect(readNameKey(env)).rejects.toThrow(/empty/);
    writeFileSync(file, 'cafe\n');
    await expect(readNameKey(env)).resolves.toBe('cafe');
  });
});
