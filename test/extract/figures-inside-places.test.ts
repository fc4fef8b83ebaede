/**
 * A number word inside a place's name is no figure, in any language: Bengali "হা তিন" (Hà Tĩnh) holds তিন
 * "three", a Czech text's unmarked "Quang Tri" holds tri (tři), a Vietnamese text typed without marks holds
 * "Ba Vi" and "Hai Ba Trung". Sentences invented for the project; the counts beside the names stay figures.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

type Case = [language: string, text: string, province: string, figures: [number, string][]];

const CASES: Case[] = [
  [
    'bn',
    'হা তিন প্রদেশের পুলিশ গতকাল মাদক পাচারের অভিযোগে দুই জনকে গ্রেপ্তার করেছে। হা তিন প্রদেশে অভিযান চলছে।',
    'ha-tinh',
    [[2, 'person']],
  ],
  [
    'bn',
    'হা তিন থেকে আসা তিন ব্যক্তিকে পুলিশ গ্রেপ্তার করেছে বলে জানিয়েছে হা তিন প্রদেশের পুলিশ।',
    'ha-tinh',
    [[3, 'person']],
  ],
  [
    'cs',
    'Na silnici v provincii Quang Tri řidič kamionu srazil motocykl a policie případ vyšetřuje.',
    'quang-tri',
    [],
  ],
  [
    'vi',
    'Cong an huyen Ba Vi, thanh pho Ha Noi da bat giu 4 doi tuong; quan Hai Ba Trung cung xu ly nhieu vu vi pham.',
    'ha-noi',
    [[4, 'person']],
  ],
];

describe('Function: extractArticle (number words inside place names)', () => {
  it.each(CASES)('%s: "%s" counts only what it counts', (language, text, province, figures) => {
    // Act
    const result = extractArticle(new TextEncoder().encode(text));

    // Assess
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.language).toBe(language);
    expect(result.article.provinces.map((p) => p.slug)).toContain(province);
    expect(result.article.figures.map((f) => [f.value, f.unit])).toEqual(figures);
  });
});
