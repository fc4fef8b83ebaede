/**
 * alternationTrie writes its trie by appending to one string (text/alternation-trie.ts sourceOf): the pattern
 * must be the one written before, branch for branch: a node of one branch as it is, several in a group in their
 * order of first appearance, an ending alternative cutting the branches after it. Invented words.
 */
import { describe, expect, it } from 'vitest';
import { alternationTrie } from '../../lambdas/extract/text/alternation-trie.js';

describe('alternationTrie source', () => {
  it('writes one branch bare and several in a group, in their order', () => {
    expect(alternationTrie(['abc'])).toBe('abc');
    expect(alternationTrie(['ab', 'ac', 'd'])).toBe('(?:a(?:b|c)|d)');
    expect(alternationTrie(['zeta|alpha', 'zero'])).toBe('(?:ze(?:ta|ro)|alpha)');
  });

  it('stops a branch where an alternative ends, and keeps classes and escapes as atoms', () => {
    expect(alternationTrie(['pol', 'police', 'port'])).toBe('po(?:l|rt)');
    expect(alternationTrie(['x\\.y', 'x[ab]z', 'x\\p{L}+q'])).toBe('x(?:\\.y|[ab]z|\\p{L}+q)');
  });
});
