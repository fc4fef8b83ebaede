import { describe, expect, it } from 'vitest';
import { MAX_KEY_BYTES, keyProblem, keyToPath, pathToKey } from '../../local/engines/object-paths.js';
import { seeded } from '../support/random.js';

const hostile: [string, string][] = [
  ['a parent-directory climb', '../../outside.txt'],
  ['a climb in the middle', 'a/../../b/../../../etc/passwd'],
  ['dot segments', './././x/.'],
  ['a hidden file', '.bashrc'],
  ['an absolute path', '/etc/passwd'],
  ['empty segments', 'a//b///'],
  ['control characters', 'a\u0000b\u0001c\n\r\t.txt'],
  ['a backslash climb', '..\\..\\x.txt'],
  ['one 1,000-byte segment', 'x'.repeat(1000)],
  ['a 1,024-byte key of 3-byte characters', 'ệ'.repeat(341) + 'a'],
  ['a long segment of dots', '.'.repeat(1000)],
  ['emoji and scripts', '🚓/công-an/Quảng Ninh/警察.txt'],
  ['percent and plus signs', '%2E%2E/+%/a+b%20c.txt'],
  ['s3rver suffixes', 'x._S3rver_object/y._S3rver_metadata.json'],
];

describe('Function: keyToPath', () => {
  it.each(hostile)('stores %s inside the bucket, round-trips it, in short safe names', (_name, key) => {
    // Act
    const path = keyToPath(key);

    // Assess
    const components = path.split('/');
    expect(components.every((c) => /^(?:[A-Za-z0-9_.-]|%[0-9A-F]{2}|%)+\+?$/.test(c))).toBe(true);
    expect(components.some((c) => c === '.' || c === '..' || c.startsWith('.') || c === '')).toBe(false);
    expect(Math.max(...components.map((c) => Buffer.byteLength(c)))).toBeLessThanOrEqual(201);
    expect(pathToKey(path)).toBe(key);
  });

  it('round-trips random keys of any UTF-8, and keeps distinct keys apart', () => {
    // Prepare
    const random = seeded(12);
    const alphabet = ['a', '/', '.', '%', '+', ' ', '\u0000', 'é', 'ệ', '🚓', '..', '-', '_'];
    const keys = Array.from({ length: 2000 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 300) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );

    // Act
    const paths = keys.map(keyToPath);

    // Assess
    expect(paths.map(pathToKey)).toEqual(keys);
    expect(new Set(paths).size).toBe(new Set(keys).size);
  });

  it.each(['..', 'a/../b', '.x', 'a%2', 'a%zz', 'a+', '%C3', ''])(
    'refuses the path %j it cannot have made',
    (path) => {
      expect(pathToKey(path)).toBeNull();
    },
  );
});

describe('Function: keyProblem', () => {
  it.each([
    ['1,024 bytes', 'k'.repeat(MAX_KEY_BYTES), null],
    ['1,025 bytes', 'k'.repeat(MAX_KEY_BYTES + 1), 'KeyTooLongError'],
    ['1,026 bytes in 342 characters', 'ệ'.repeat(342), 'KeyTooLongError'],
  ])('judges a key of %s', (_name, key, code) => {
    expect(keyProblem(key)?.code ?? null).toBe(code);
  });
});
