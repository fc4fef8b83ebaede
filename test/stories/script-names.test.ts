/**
 * Session 49: the Vietnamese names a text writes in Hangul, Thai, Devanagari or katakana (text-names.ts,
 * scriptTextNames; StoryEvidence.scriptNames), and how the similarity lets them meet (namesBothWrite): only a
 * name the other copy writes otherwise or keeps as an official, never the other copy's own script names. All
 * sentences and evidence invented.
 */
import { describe, expect, it } from 'vitest';
import {
  pseudonymize,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { scriptTextNames } from '../../lambdas/stories/text-names.js';
import { evidenceOf } from '../support/story-eval.js';

describe('names written in a caseless script', () => {
  it('reads a suspect named without a rank in Hangul, katakana, Thai and Devanagari', () => {
    expect(scriptTextNames(['경찰은 용의자 응우옌 반 남 (32)을 체포했다.'])).toEqual(['nguyen van nam']);
    expect(scriptTextNames(['警察は容疑者のチャン・ヴァン・ナム(32)を逮捕した。'])).toEqual(['tran van nam']);
    expect(scriptTextNames(['ตำรวจจับกุม เหงียน วัน นาม อายุ 32 ปี'])).toEqual(['nguyen van nam']);
    expect(scriptTextNames(['पुलिस ने संदिग्ध गुयेन वान नाम (32) को गिरफ्तार किया।'])).toEqual(['nguyen van nam']);
  });

  it('leaves out places, namesakes, two-word runs and words that are no name syllables', () => {
    expect(scriptTextNames(['हो ची मिन्ह शहर में आग लगी।'])).toEqual([]);
    expect(scriptTextNames(['용의자 응우옌 반이 체포됐다.'])).toEqual([]);
    expect(scriptTextNames(['वह घर चला गया है'])).toEqual([]);
  });
});

describe('a script name meets only a name written otherwise', () => {
  // Two copies of one arrest in one province on one day: the Korean copy writes the suspect in Hangul, the
  // English copy in Latin; beside the name they share only the province and a small count.
  const base = {
    provinces: ['quang-tri'],
    figures: [{ value: 2, unit: 'person' as const, count: 1 }],
  };
  const ko = evidenceOf({ id: 'ko', language: 'ko', ...base, scriptNames: ['nguyen van nam'] });
  const en = evidenceOf({ id: 'en', ...base, names: ['nguyen van nam'] });
  const enNoName = evidenceOf({ id: 'en2', ...base });

  it('joins a Hangul suspect with the Latin one, symmetrically', () => {
    expect(similarity(ko, enNoName)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(ko, en)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(en, ko)).toBe(similarity(ko, en));
  });

  it('meets an official the other copy keeps', () => {
    const official = evidenceOf({ id: 'vi', ...base, people: ['nguyen van nam'] });
    expect(similarity(ko, official)).toBeGreaterThan(similarity(ko, enNoName));
  });

  it('two copies in one such script do not meet through their script names (a common phrase read as a name)', () => {
    const hi1 = evidenceOf({ id: 'hi1', language: 'hi', ...base, scriptNames: ['ho ngai hai'] });
    const hi2 = evidenceOf({ id: 'hi2', language: 'hi', ...base, scriptNames: ['ho ngai hai'] });
    const plain = (e: StoryEvidence): StoryEvidence => ({ ...e, scriptNames: [] });
    expect(similarity(hi1, hi2)).toBe(similarity(plain(hi1), plain(hi2)));
  });

  it('stored evidence holds keyed hashes of script names too', () => {
    const hashed = pseudonymize(ko, 'k');
    expect(hashed.scriptNames).toHaveLength(1);
    expect(hashed.scriptNames[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(similarity(hashed, pseudonymize(en, 'k'))).toBe(similarity(ko, en));
  });
});
