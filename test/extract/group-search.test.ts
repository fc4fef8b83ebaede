/**
 * groupSearch: an alternation split into several regexes finds exactly the matches, groups and positions of
 * the single regex, whatever the split (parts forced small here) and however the search is resumed.
 */
import { describe, expect, it } from 'vitest';
import {
  execGroup,
  firstCharSearch,
  groupSearch,
  type GroupSearch,
} from '../../lambdas/extract/text/group-search.js';
import { alternativesByFirstChar } from '../../lambdas/extract/text/regex.js';

// Invented cue lists that overlap: prefixes of one another across groups, a stem, an empty-prone class.
const BODIES = [
  'drug(?![a-z])|drugs',
  'drug dealer|dealer',
  'smuggl[a-z]*',
  'traffic(?! police)',
  'traffic police|police',
  'fraud|fraudulent scheme',
  'scheme',
  '[a-z]+(?:gun|rifle)',
  'gun|rifle',
];
const PREFIX = '(?<![a-z\\d])';
const TEXTS = [
  'the traffic police seized drugs from a drug dealer; smugglers hid a shotgun and two rifles',
  'a fraudulent scheme, fraud and a scheme: police found drug money and handguns',
  'drugdealer traffic trafficking  police\npolice drug',
  '',
  'no cue at all here',
];

/** The same read with execGroup, which a split search answers without the array of every group. */
function groupHits(search: GroupSearch, text: string, start = 0): [number, string, number][] {
  const out: [number, string, number][] = [];
  search.lastIndex = start;
  for (let m = execGroup(search, text); m !== null; m = execGroup(search, text)) {
    if (m.text === '') search.lastIndex++;
    out.push([m.index, m.text, m.group === 0 ? -1 : m.group]);
  }
  return out;
}

/** Every match as [index, text, group] with the search resumed at each match's end, as the engine does. */
function matches(search: GroupSearch, text: string, start = 0): [number, string, number][] {
  const out: [number, string, number][] = [];
  search.lastIndex = start;
  for (let m = search.exec(text); m !== null; m = search.exec(text)) {
    if (m[0] === '') search.lastIndex++;
    out.push([m.index, m[0], m.findIndex((g, i) => i > 0 && g !== undefined)]);
  }
  return out;
}

describe('groupSearch', () => {
  const single = new RegExp(`${PREFIX}(?:${BODIES.map((b) => `(${b})`).join('|')})`, 'g');

  it('is one regex when the alternation is short', () => {
    expect(groupSearch(PREFIX, BODIES, 'g')).toBeInstanceOf(RegExp);
  });

  it.each([1, 60, 120])('split into parts of at most %i units, finds what the single regex finds', (max) => {
    const split = groupSearch(PREFIX, BODIES, 'g', max);
    expect(split).not.toBeInstanceOf(RegExp);
    for (const text of TEXTS) {
      for (const start of [0, 5, 30]) {
        expect(matches(split, text, start)).toEqual(matches(single, text, start));
        expect(groupHits(split, text, start)).toEqual(matches(single, text, start));
        expect(groupHits(single, text, start)).toEqual(matches(single, text, start));
      }
    }
  });

  it('numbers the groups as the single regex and sets lastIndex the same', () => {
    const split = groupSearch(PREFIX, BODIES, 'g', 1);
    const text = TEXTS[1]!;
    single.lastIndex = split.lastIndex = 0;
    for (;;) {
      const a = single.exec(text);
      const b = split.exec(text);
      expect(b === null ? null : [...b]).toEqual(a === null ? null : [...a]);
      expect(split.lastIndex).toBe(single.lastIndex);
      if (a === null) break;
      expect(b!.index).toBe(a.index);
    }
  });

  it('searches a new text afresh and may be moved back', () => {
    const split = groupSearch(PREFIX, BODIES, 'g', 1);
    expect(matches(split, TEXTS[0]!, 40)).toEqual(matches(single, TEXTS[0]!, 40));
    expect(matches(split, TEXTS[0]!, 0)).toEqual(matches(single, TEXTS[0]!, 0));
    expect(matches(split, TEXTS[2]!, 0)).toEqual(matches(single, TEXTS[2]!, 0));
  });

  it('needs a global search', () => {
    expect(() => groupSearch(PREFIX, BODIES, 'u')).toThrow(/global/);
  });
});

/** A body as firstCharSearch takes it: its alternatives by first character, or as written when one has none. */
function byFirstChar(body: string): ReadonlyMap<string, string> | string {
  const alternatives = body.split('|').map((source) => ({ first: source.charAt(0), source }));
  return alternativesByFirstChar(alternatives) ?? body;
}

describe('firstCharSearch', () => {
  // A body without a literal first character ('[a-z]+…') comes after every other.
  const ordered = [...BODIES.filter((b) => !b.startsWith('[')), ...BODIES.filter((b) => b.startsWith('['))];
  const single = new RegExp(`${PREFIX}(?:${ordered.map((b) => `(${b})`).join('|')})`, 'g');
  const bodies = ordered.map(byFirstChar);

  it.each([20_000, 1, 60, 120])(
    'in parts of at most %i units, finds the matches and groups of the single regex',
    (max) => {
      const search = firstCharSearch(PREFIX, bodies, 'g', max);
      expect(bodies.filter((b) => typeof b !== 'string')).toHaveLength(ordered.length - 1);
      for (const text of TEXTS) {
        for (const start of [0, 5, 30]) {
          expect(matches(search, text, start)).toEqual(matches(single, text, start));
          expect(groupHits(search, text, start)).toEqual(matches(single, text, start));
        }
      }
      search.lastIndex = single.lastIndex = 0;
      for (;;) {
        const a = single.exec(TEXTS[0]!);
        const b = search.exec(TEXTS[0]!);
        expect(b === null ? null : [...b]).toEqual(a === null ? null : [...a]);
        expect(search.lastIndex).toBe(single.lastIndex);
        if (a === null) break;
      }
    },
  );

  it('reads a body without a first character before others as groupSearch does', () => {
    const mixed = [BODIES[7]!, ...BODIES.slice(0, 3).map(byFirstChar)];
    const plain = new RegExp(
      `${PREFIX}(?:${[BODIES[7]!, ...BODIES.slice(0, 3)].map((b) => `(${b})`).join('|')})`,
      'g',
    );
    for (const text of TEXTS)
      expect(matches(firstCharSearch(PREFIX, mixed, 'g'), text)).toEqual(matches(plain, text));
  });
});
