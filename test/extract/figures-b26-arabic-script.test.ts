/**
 * Arabic-script counts: a number glued to the word before it by a lost space (ur "سے11 افراد", ar "قتل11
 * شخصا"), since words of the script never end in a digit; a fate said before a number with no noun (fa "کشته
 * شدن دستکم ۹", ar "فقدان ثلاثة", the loss of three); Arabic "حالات وفاة" (cases of death) counting persons;
 * Urdu "جن میں سے" (of whom) before a bare number. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number];

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a number glued to the Arabic-script word before it', () => {
  it.each<Case>([
    ['ur', 'آگ لگنے سے14 افراد زخمی ہوگئے۔', 14],
    ['ur', 'ٹیموں نے موقع پر پہنچ کر9 افراد کو بچا لیا۔', 9],
    ['ar', 'أسفر الحادث عن مقتل12 شخصا في الطريق.', 12],
  ])('%s: %s', (language, text, value) => {
    expect(figures(language, text)).toContainEqual([value, 'person']);
  });

  it('a name word glued to its number still names', () => {
    expect(figures('ar', 'وفقا للمادة12 من القانون.')).toEqual([]);
  });
});

describe('persons by their fate, with no noun or with a noun of cases', () => {
  it.each<Case>([
    ['fa', 'سیل به کشته شدن دستکم ۶ و زخمی شدن ۱۰ نفر انجامید.', 6],
    ['fa', 'سیل به کشته شدن دستکم ۶ و زخمی شدن ۱۰ نفر انجامید.', 10],
    ['ar', 'أدت العاصفة إلى وفاة أربعة وفقدان اثنين.', 4],
    ['ar', 'تم تسجيل سبع حالات وفاة بسبب الأمطار.', 7],
    ['ur', 'بس میں 30 مسافر تھے جن میں سے 4 کو ہسپتال منتقل کیا گیا۔', 4],
  ])('%s: %s', (language, text, value) => {
    expect(figures(language, text)).toContainEqual([value, 'person']);
  });

  it('ar: cases alone stay cases', () => {
    expect(figures('ar', 'سجلت الشرطة 15 حالة سرقة.')).toContainEqual([15, 'case']);
  });
});
