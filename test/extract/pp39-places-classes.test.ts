/**
 * Session 39, places by class (pp39). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { indicSoundKeys, vietnameseIndicKeys } from '../../lambdas/extract/places/phonetic-devanagari.js';
import { hangulSoundKey, vietnameseKoreanKey } from '../../lambdas/extract/places/phonetic.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY, primaryOf } from '../support/primary-choice.js';

function provincesOf(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc, [], PRIMARY).provinces.map((p) => p.slug);
}

function sharesKey(written: string, name: string): boolean {
  const { keys, coarse } = indicSoundKeys(written);
  return vietnameseIndicKeys(name, coarse).some((k) => keys.includes(k));
}

describe('Indic: a list parted from its type word by a list word (listEnds)', () => {
  it('reads every name of a Tamil list before ஆகிய and its type word', () => {
    const body = 'புயல் காரணமாக குவாங் நாம், தக்லக் மற்றும் கியா லாய் ஆகிய மாகாணங்களில் மரங்கள் சாய்ந்தன.';
    expect(provincesOf(body, 'ta')).toEqual(['quang-nam', 'dak-lak', 'gia-lai']);
  });

  it('reads the names before உள்ளிட்ட சில (including some)', () => {
    const body = 'வெள்ளத்தால் தன் ஹோவா, குவாங் பிங் உள்ளிட்ட சில மாகாணங்களில் பாலங்கள் சேதமடைந்தன.';
    expect(provincesOf(body, 'ta')).toEqual(['thanh-hoa', 'quang-binh']);
  });

  it('reads nothing when no name comes before the list word', () => {
    expect(provincesOf('நாட்டின் வடக்கு ஆகிய மாகாணங்களில் மழை பெய்தது.', 'ta')).toEqual([]);
  });
});

describe('Indic: the ng of Nghệ as outlets hear it', () => {
  it('reads Tamil இன்கே (a dead n, then k) as Nghệ', () => {
    expect(sharesKey('இன்கே ஆன்', 'Nghệ An')).toBe(true);
  });

  it('reads Bengali গে (the gh heard, the n not) as Nghệ', () => {
    expect(sharesKey('গে এন', 'Nghệ An')).toBe(true);
    expect(primaryOf('গে এন প্রদেশে একটি সেতু ভেঙে পড়েছে।', 'bn')).toBe('nghe-an');
  });

  it('hears no g in Nghĩa (its gi would key as the j of Gia)', () => {
    expect(primaryOf('மத்திய குவாங்ட்ரை நகரில் ஒரு பாலம் இடிந்தது.', 'ta')).toBe('quang-tri');
  });

  it('keeps a g that opens a name a g', () => {
    expect(sharesKey('গে এন', 'Hà Nam')).toBe(false);
  });
});

describe('Tamil: an a parting a first cluster', () => {
  it('reads தாராங் as the Trang of Nha Trang', () => {
    expect(sharesKey('நா தாராங்', 'Nha Trang')).toBe(true);
    expect(primaryOf('நா தாராங் நகரில் ஒரு படகு மூழ்கியது.', 'ta')).toBe('khanh-hoa');
  });

  it('keeps the key with the a first', () => {
    expect(indicSoundKeys('தாராங்').keys[0]).toBe('taraN');
  });
});

describe('Korean: 트 before ㄹ writes the tr of a name read as English', () => {
  it.each([
    ['꽝트리', 'Quảng Trị'],
    ['벤트레', 'Bến Tre'],
    ['트라빈', 'Trà Vinh'],
  ])('keys %s as %s', (written, name) => {
    expect(hangulSoundKey(written)).toBe(vietnameseKoreanKey(name));
  });

  it('reads a province so spelt before a spaced 성', () => {
    expect(primaryOf('광트리 성 공안은 어제 밀수범 두 명을 체포했다.', 'ko')).toBe('quang-tri');
  });
});

describe('Greek: a name right after a family or middle name is a person', () => {
  it('reads no province in the given name of a captain', () => {
    const body = 'Ο λοχαγός Λε Ταν Χόα δήλωσε ότι η αστυνομία της επαρχίας Κουάνγκ Νιν συνέλαβε δύο άτομα.';
    expect(provincesOf(body, 'el')).toEqual(['quang-ninh']);
  });

  it('still reads the province after an article opening the sentence', () => {
    expect(provincesOf('Το Ταν Χόα επλήγη από σφοδρές πλημμύρες.', 'el')).toEqual(['thanh-hoa']);
  });

  it('still reads the province after its type word', () => {
    expect(provincesOf('Ο Λε είπε ότι η επαρχία Ταν Χόα επλήγη από πλημμύρες.', 'el')).toEqual(['thanh-hoa']);
  });
});

describe('noLeader: a tie of provinces named once is no leader only as one list', () => {
  it('reads no province in a road named by its two ends, in one sentence', () => {
    const body = 'A bus carrying 30 people overturned on a road linking Ha Noi and Da Nang, killing five.';
    expect(primaryOf(body, 'en')).toBeNull();
  });

  // The hand rules read any such tie as none; the model's choice stands when the names are no list.
  it.runIf(PRIMARY === 'model')('keeps the choice when each is named in a sentence of its own', () => {
    const body =
      'A fire destroyed a wooden house on Sunday, state media said. The blaze began in the kitchen and spread ' +
      'fast. Firefighters from Hue arrived within minutes. A neighbour said the family had moved from Da Nang a ' +
      'year ago.';
    expect(primaryOf(body, 'en')).toBe('hue');
  });
});
