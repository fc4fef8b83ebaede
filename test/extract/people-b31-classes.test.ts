/**
 * Session 31: people classes seen in batch 31's tuning articles. Sentences written for the project.
 * - Arabic spells Nguyễn's glide and vowel with one ي or two ("نجوين", "نغويين"): the doubled form is a
 *   family name too, so the name starts there and does not run into the words after it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function people(text: string): { name: string; rank: string | null }[] {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? result.article.people.map((p) => ({ name: p.name, rank: p.rank })) : [];
}

describe('Function: extractArticle (Arabic Nguyễn with a doubled ي)', () => {
  it.each([
    [
      'قال المسؤول المحلي نغويين فان تام لوكالة الأنباء إن الفيضانات أودت بحياة خمسة أشخاص في مقاطعة كوانغ بينه.',
      [{ name: 'نغويين فان تام', rank: null }],
    ],
    [
      'وقال العقيد نجويين فان هونغ إن الشرطة اعتقلت ثلاثة مشتبه بهم في مقاطعة نغي آن أمس.',
      [{ name: 'نجويين فان هونغ', rank: 'colonel' }],
    ],
    // Negative: an office with no Vietnamese name after it names nobody.
    ['قال رئيس الوزراء إن الحكومة ستساعد المتضررين من الفيضانات في مقاطعة كوانغ بينه قريبا جدا.', []],
  ] as const)('%s', (text, expected) => {
    // Act
    const got = people(text);

    // Assess
    expect(got).toEqual(expected);
  });
});
