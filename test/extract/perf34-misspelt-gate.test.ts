/**
 * mayBeMisspelt (places/misspelt.ts), the cheap test the places pass asks before it looks for type words around
 * a capitalised name no list holds: it must never say no where misspeltProvince could say yes. Every one-edit
 * spelling of every province's name passes it; on random words it agrees with misspeltProvince wherever the
 * latter finds a province, and it turns most other words away.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../lambdas/extract/places/gazetteer.js';
import { mayBeMisspelt, misspeltProvince, unitPair } from '../../lambdas/extract/places/misspelt.js';
import { nameWords } from '../../lambdas/extract/places/tokens.js';

const gaz = gazetteer();
const names = gaz.provinces.map((p) => nameWords(p.name).join(''));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const gate = (word: string): boolean =>
  mayBeMisspelt(
    gaz,
    word.length,
    unitPair(word.charCodeAt(0), word.charCodeAt(1)),
    unitPair(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1)),
  );

/** Every spelling one deletion, insertion, substitution or swap of neighbours away from `name`. */
function oneEditAway(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length) out.push(name.slice(0, i) + name.slice(i + 1));
    if (i + 1 < name.length) out.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    for (const c of LETTERS) {
      out.push(name.slice(0, i) + c + name.slice(i));
      if (i < name.length) out.push(name.slice(0, i) + c + name.slice(i + 1));
    }
  }
  return out;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('Places: the misspelt-province gate', () => {
  it('lets through every one-edit spelling of a province name of six letters or more', () => {
    // Arrange
    const spellings = names.flatMap(oneEditAway).filter((w) => w.length >= 6);

    // Act
    const refused = spellings.filter((w) => !gate(w));

    // Assess
    expect(spellings.length).toBeGreaterThan(10_000);
    expect(refused).toEqual([]);
  });

  it('never refuses a word misspeltProvince reads, and refuses most random words', () => {
    // Arrange
    const next = random(34);
    const words = Array.from({ length: 20_000 }, () => {
      const length = 3 + Math.floor(next() * 14);
      let w = '';
      for (let i = 0; i < length; i++) w += LETTERS[Math.floor(next() * LETTERS.length)];
      return w;
    });
    const edited = names.flatMap((n) => oneEditAway(n).filter((_, k) => k % 97 === 0));

    // Act
    const missed = [...words, ...edited].filter((w) => misspeltProvince(gaz, [w]) !== undefined && !gate(w));
    const refused = words.filter((w) => !gate(w)).length;

    // Assess
    expect(edited.some((w) => misspeltProvince(gaz, [w]) !== undefined)).toBe(true);
    expect(missed).toEqual([]);
    expect(refused).toBeGreaterThan(words.length * 0.9);
  });

  it('still reads an invented misspelt province after its type word', () => {
    // Act and assess
    expect(misspeltProvince(gaz, ['quang', 'nihn'])?.slug).toBe('quang-ninh');
    expect(misspeltProvince(gaz, ['bac', 'kam'])?.slug).toBe('bac-kan');
    expect(gate('quangnihn')).toBe(true);
    expect(gate('qwxzvb')).toBe(false);
    expect(gate('nguyen')).toBe(true); // ng… as Nghệ An
  });
});
