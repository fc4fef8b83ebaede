/**
 * Session 48, places by class (pp48). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Indic scripts: a bare name right after a Vietnamese family name is a person', () => {
  it('reads no province in a name whose last words spell one', () => {
    expect(placesOf('আদালত ব্যবসায়ী নগুয়েন সন লা (জন্ম ১৯৬০) কে সাজা দিয়েছে।', 'bn').provinces).toEqual([]);
    expect(placesOf('अदालत ने व्यापारी गुयेन सोन ला को सजा सुनाई।', 'hi').provinces).toEqual([]);
  });

  it('keeps the province with its type word after the same family name, and bare elsewhere', () => {
    expect(placesOf('নগুয়েন সন লা প্রদেশের পুলিশ দুজনকে গ্রেপ্তার করেছে।', 'bn').primary).toBe('son-la');
    expect(placesOf('पुलिस ने सोन ला में दो लोगों को गिरफ्तार किया।', 'hi').primary).toBe('son-la');
  });
});

describe('Arabic script: a lone district read by its consonant key, no province named, must fit the vowels written', () => {
  it('does not read a spelling whose vowel letters another name has as the locality of the same consonants', () => {
    // كاي writes an i: Cái, never Cao (Cao Lãnh, Đồng Tháp), though both key as k-l-n.
    expect(placesOf('زار الوزير منطقة كاي لان يوم الاثنين.', 'ar').localities).not.toContain('cao-lanh');
    expect(placesOf('زار الوزير منطقة كاي لان يوم الاثنين.', 'ar').provinces).not.toContain('dong-thap');
  });

  it('still reads the spelling whose vowels fit', () => {
    expect(placesOf('زار الوزير مدينة كاو لانه يوم الاثنين.', 'ar').localities).toContain('cao-lanh');
  });
});

describe('a bare commune name opening with a middle name and running into another capitalized word', () => {
  it('is a person named without his family name, not the commune', () => {
    const found = placesOf(
      'Floods hit Quang Nam province on Monday, said the committee chairman, Van Phu Khiem, on Tuesday.',
      'en',
    );
    expect(found.localities).not.toContain('van-phu');
    expect(found.primary).toBe('quang-nam');
  });

  it('still reads the commune with its type word, or a district-level name so opening', () => {
    expect(
      placesOf('Police of Van Phu commune, Phu Tho province, seized 3 kg of heroin.', 'en').localities,
    ).toContain('van-phu');
  });
});

describe("Cyrillic: Hồ Chí Minh City's abbreviation", () => {
  it('reads ХШМК as the city', () => {
    expect(placesOf('Слідчі ХШМК затримали трьох підозрюваних у шахрайстві.', 'uk').primary).toBe(
      'ho-chi-minh',
    );
    expect(placesOf('Суд ХШМК рассмотрит дело в мае.', 'ru').primary).toBe('ho-chi-minh');
  });
});
