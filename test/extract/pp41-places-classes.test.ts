/**
 * Session 41, places by class (pp41). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { spelledLetters } from '../../lambdas/extract/places/letter-names.js';
import { vietnameseIndicKeys } from '../../lambdas/extract/places/phonetic-devanagari.js';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Indic scripts: a syllable spelled by the English names of its letters', () => {
  it('reads two or more letter names with a vowel as the letters, and nothing else', () => {
    expect(spelledLetters('सीए')).toBe('ca');
    expect(spelledLetters('सिए')).toBe('ca');
    // One name alone is a word too often; letters with no vowel are no syllable.
    expect(spelledLetters('के')).toBeNull();
    expect(spelledLetters('सिटी')).toBeNull();
    expect(spelledLetters('माउ')).toBeNull();
  });

  it('reads সিএ মাউ and सीए माउ before a province word as Cà Mau', () => {
    expect(placesOf('সিএ মাউ প্রদেশে একটি গুদামে আগুন লেগে দুজন আহত হয়েছেন।', 'bn').primary).toBe('ca-mau');
    expect(placesOf('सीए माउ प्रांत में एक गोदाम में आग लगने से दो लोग घायल हो गए।', 'hi').primary).toBe('ca-mau');
  });
});

describe('Indic scripts: ây and ay heard as the English "ay", written e', () => {
  it('keys Tây Ninh also as te ninh', () => {
    expect(vietnameseIndicKeys('Tây Ninh')).toContain(vietnameseIndicKeys('Tê Ninh')[0]);
  });

  it('reads তে নিন before a province word as Tây Ninh', () => {
    expect(placesOf('তে নিন প্রদেশে দুটি বাসের সংঘর্ষে তিনজন আহত হয়েছেন।', 'bn').primary).toBe('tay-ninh');
  });
});

describe('Arabic script: a list of provinces sharing one type word', () => {
  it('reads every name of an Urdu list before its type word', () => {
    expect(
      placesOf('طوفان سے ین بائی، لاؤ کائی اور ہا گیانگ صوبوں میں درجنوں مکان تباہ ہوگئے۔', 'ur').provinces,
    ).toEqual(['yen-bai', 'lao-cai', 'ha-giang']);
  });

  it('reads every name of an Arabic list after its type word, the last joined by a glued و', () => {
    expect(placesOf('اجتاحت العاصفة مقاطعات لاو كاي وين باي يوم السبت.', 'ar').provinces).toEqual([
      'lao-cai',
      'yen-bai',
    ]);
  });

  it('reads no list where no joiner closes one: a comma after a name opens a new clause', () => {
    expect(placesOf('طوفان سے ین بائی، لاؤ کائی صوبے میں درجنوں مکان تباہ ہوگئے۔', 'ur').provinces).toEqual([
      'lao-cai',
    ]);
  });
});

describe('Urdu: the adjective صوبائی (provincial) after a name is a province type word', () => {
  it('reads the name before صوبائی پولیس as a province', () => {
    expect(placesOf('ہا تین صوبائی پولیس نے ایک گودام سے دو ٹن لکڑی ضبط کی۔', 'ur').primary).toBe('ha-tinh');
  });
});
