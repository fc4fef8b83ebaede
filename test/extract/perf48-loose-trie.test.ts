/**
 * A split search's find is a loose trie (text/alternation-trie.ts, `loose`): the alternatives' lookarounds are
 * left out, so it finds every position where some alternative matches and some where a lookaround forbade one;
 * seek (text/group-search.ts) tests each with the bodies and goes on past those where none matches. The
 * matches and groups stay the single regex's, in ASCII and in a `u` search over letters beyond the BMP.
 */
import { describe, expect, it } from 'vitest';
import { alternationTrie } from '../../lambdas/extract/text/alternation-trie.js';
import { execGroup, firstCharSearch, type GroupSearch } from '../../lambdas/extract/text/group-search.js';
import { alternativesByFirstChar } from '../../lambdas/extract/text/regex.js';
import { positions } from '../support/regex-positions.js';

/** Every match as [index, text, group], the search resumed at each match's end. */
function hits(search: GroupSearch, text: string): [number, string, number][] {
  const out: [number, string, number][] = [];
  search.lastIndex = 0;
  for (let m = execGroup(search, text); m !== null; m = execGroup(search, text)) {
    if (m.text === '') search.lastIndex++;
    out.push([m.index, m.text, m.group]);
  }
  return out;
}

/** A body by its alternatives' first characters; as written when one starts with a surrogate pair. */
function byFirstChar(body: string): ReadonlyMap<string, string> | string {
  const alternatives = body.split('|').map((source) => ({ first: source.charAt(0), source }));
  return alternativesByFirstChar(alternatives) ?? body;
}

// Invented cues whose word-end guards fail often in the texts below: the longer words start like a cue.
const GUARDED = [
  'radar(?![a-z])|radars(?![a-z])',
  'kite(?![a-z])|kiter',
  'salt(?!pan)|salt pan(?![a-z])',
  'rad',
];
const PREFIX = '(?<![a-z\\d])';
const TEXTS = [
  'radarx radars radar kites kite kiter saltpan salt pan salty saltpans radio rad',
  'radarsx kitex saltpanx',
  'no cue here',
  '',
];

describe('loose alternation trie', () => {
  it('leaves out lookarounds, before, inside and after an alternative', () => {
    expect(alternationTrie(['dealer(?![a-z])'], true)).toBe('dealer');
    expect(alternationTrie(['(?!abd)ab(?<=b)c', 'abd'], true)).toBe('ab(?:c|d)');
    // A cue that another extends ends the branch once its guard is gone.
    expect(alternationTrie(['net(?![a-z])', 'net(?![a-z]) ban(?![a-z])'], true)).toBe('net');
    // Without `loose` the trie stays exact.
    expect(alternationTrie(['dealer(?![a-z])'])).toBe('dealer(?![a-z])');
  });

  it('holds wherever the exact trie holds', () => {
    const loose = alternationTrie(GUARDED, true);
    const exact = alternationTrie(GUARDED);
    for (const text of TEXTS) {
      const found = positions(PREFIX, loose, 'g', text);
      for (const at of positions(PREFIX, exact, 'g', text)) expect(found).toContain(at);
    }
    expect(positions(PREFIX, loose, 'g', 'kitex').length).toBeGreaterThan(
      positions(PREFIX, exact, 'g', 'kitex').length,
    );
  });
});

describe('a search sieved by a loose trie', () => {
  const single = new RegExp(`${PREFIX}(?:${GUARDED.map((b) => `(${b})`).join('|')})`, 'g');
  it.each([20_000, 1, 40])('in parts of at most %i units finds what the single regex finds', (max) => {
    const search = firstCharSearch(PREFIX, GUARDED.map(byFirstChar), 'g', max);
    for (const text of TEXTS) expect(hits(search, text)).toEqual(hits(single, text));
  });

  it('steps over a pair of surrogates where no body matches in a `u` search', () => {
    // A cue beginning with a letter beyond the BMP (two UTF-16 units: a body with no first character, so
    // last), refused by its guard at the first place.
    const bodies = ['a(?!b)', '\u{1d400}a(?!b)'];
    const plain = new RegExp(`(?:${bodies.map((b) => `(${b})`).join('|')})`, 'gu');
    const search = firstCharSearch('', bodies.map(byFirstChar), 'gu');
    const text = '\u{1d400}ab ab \u{1d400}a a';
    expect(hits(search, text)).toEqual(hits(plain, text));
    expect(hits(search, text).map(([index]) => index)).toEqual([8, 12]);
  });
});
