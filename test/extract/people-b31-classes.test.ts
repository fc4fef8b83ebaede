/**
 * Session 31: people classes seen in batch 31's tuning articles. Sentences written for the project.
 * - Arabic spells Nguyễn's glide and vowel with one ي or two ("نجوين", "نغويين"): the doubled form is a
 *   family name too, so the name starts there and does not run into the words after it.
 * - Korean writes a name's Latin gloss in brackets before the office after it ("쩐 반 남(Tran Van Nam) 부국장은"),
 *   as it does before a rank: the Hangul name before the gloss is the office's holder.
 * - Chinese puts an office before a Vietnamese name kept in Latin letters, as before one in Han characters
 *   ("人民委员会主席 Nguyen Van Long 表示"): the office names its holder.
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

describe('Function: extractArticle (Korean name glossed before its office)', () => {
  it.each([
    [
      '공안부 형사경찰국 쩐 반 남(Tran Van Nam) 부국장은 3일 하노이에서 열린 회의에서 온라인 사기가 빠르게 늘고 있다고 말했다.',
      ['쩐 반 남'],
    ],
    [
      '박닌성 인민위원회 레 티 투(Le Thi Thu) 위원장은 홍수 피해 주민 500명을 지원하겠다고 밝혔다.',
      ['레 티 투'],
    ],
    // Negative: a Korean name glossed before an office is no Vietnamese official.
    ['회사 대표 김민수(Kim Min-su) 부국장은 3일 서울에서 열린 회의에서 발언했다.', []],
  ] as const)('%s', (text, expected) => {
    // Act
    const got = people(text).map((p) => p.name);

    // Assess
    expect(got).toEqual(expected);
  });
});

describe('Function: extractArticle (Chinese office before a Latin name)', () => {
  it.each([
    [
      '當地時間18日，一輛巴士在山區翻覆。平安鄉人民委員會主席 Nguyen Van Long 表示，車上共有20人。',
      ['Nguyen Van Long'],
    ],
    ['据越南媒体报道，公安厅副厅长 Tran Quoc Hung 说，警方已逮捕3名嫌疑人。', ['Tran Quoc Hung']],
    // Negative: a suspect named after the word for one is no official.
    ['据越南媒体报道，犯罪嫌疑人 Tran Quoc Hung 被警方逮捕，车上共有3人。', []],
  ] as const)('%s', (text, expected) => {
    // Act
    const got = people(text).map((p) => p.name);

    // Assess
    expect(got).toEqual(expected);
  });
});
