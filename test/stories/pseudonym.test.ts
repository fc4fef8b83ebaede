import { describe, expect, it } from 'vitest';
import { blockingKeys, nameHash, pseudonymize, similarity } from '../../lambdas/stories/index.js';
import { evidenceOf } from '../support/story-eval.js';

describe('Function: pseudonymize', () => {
  const a = evidenceOf({ id: 'a', people: ['nguyen van long', 'sung thi mai'], figures: [] });
  const b = evidenceOf({ id: 'b', people: ['nguyen van long'], figures: [] });

  it('replaces every name by its HMAC-SHA-256 under the key, distinct and sorted', () => {
    // Act
    const hashed = pseudonymize(a, 'key-1');
    // Assess
    expect(hashed.people).toEqual(
      [nameHash('key-1', 'nguyen van long'), nameHash('key-1', 'sung thi mai')].sort(),
    );
    for (const p of hashed.people) expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(blockingKeys(hashed).filter((k) => k.startsWith('N#'))).toEqual(
      hashed.people.map((p) => `N#${p}`),
    );
    expect(JSON.stringify(hashed)).not.toContain('nguyen');
  });

  it('gives another hash under another key, and leaves the similarity unchanged under one key', () => {
    // Assess
    expect(nameHash('key-1', 'nguyen van long')).not.toBe(nameHash('key-2', 'nguyen van long'));
    expect(similarity(pseudonymize(a, 'k'), pseudonymize(b, 'k'))).toBe(similarity(a, b));
    expect(similarity(pseudonymize(a, 'k'), pseudonymize(b, 'other'))).toBeLessThan(similarity(a, b));
  });

  it('refuses an empty key (names would be hashed with none)', () => {
    expect(() => pseudonymize(a, '')).toThrow(/empty/);
  });
});
