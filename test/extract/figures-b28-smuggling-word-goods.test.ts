/**
 * Session 28 (b28t), topics: goods counted with no cue of their own in the story of one kind of goods (drugs,
 * arms, fireworks), whose clause names a smuggling word and no goods ("8 sacks ... of unknown origin", "8 bao
 * ... in chữ nước ngoài", foreign lettering), are the article's goods: the smuggling word tells how they came
 * or looked, as it already yields to goods its own clause names. In a smuggling story the same sacks stay
 * smuggling's. Sentences written for the project (never an article's text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

function topicOf(language: string, text: string, figure: RegExp): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => figure.test(f.text))?.topic;
}

const GOODS_FOUND: Array<[language: string, text: string]> = [
  [
    'vi',
    'Ngư dân vớt được 20 kg ma túy trên biển\n\nSáng 5/3, ngư dân phát hiện và vớt được 8 bao màu trắng trên biển, bên ngoài in chữ nước ngoài.\n\nLực lượng chức năng xác định đây là ma túy, vụ việc đang được điều tra.',
  ],
  [
    'en',
    'Heroin washes ashore\n\nFishermen found 8 sacks floating near the shore, all of them marked as goods of unknown origin.\n\nTests showed the powder was heroin, and police opened a drug case.',
  ],
  [
    'id',
    'Narkoba terdampar di pantai\n\nNelayan menemukan 8 karung mengapung di laut, semuanya tanpa dokumen apa pun.\n\nHasil uji menunjukkan isinya narkoba jenis sabu, dan polisi menyelidiki kasus narkoba itu.',
  ],
];

const SMUGGLING_STORIES: Array<[language: string, text: string]> = [
  [
    'en',
    'Smuggling ring broken up\n\nPolice stopped a boat and found 8 sacks hidden under the deck, all of them goods of unknown origin.\n\nThe smuggling ring had carried contraband across the border for months.',
  ],
  [
    'vi',
    'Triệt phá đường dây buôn lậu\n\nCông an phát hiện 8 bao hàng trên xe tải, tất cả đều không rõ nguồn gốc.\n\nĐường dây buôn lậu này hoạt động nhiều tháng qua biên giới.',
  ],
];

describe('Function: extractFigures (a smuggling word beside uncued goods)', () => {
  it.each(GOODS_FOUND)('%s: the goods of a drug find are drugs: %s', (language, text) => {
    // Prepare, act
    const topic = topicOf(language, text, /^8\b/);
    // Assess
    expect(topic).toBe('drugs');
  });

  it.each(SMUGGLING_STORIES)('%s: in a smuggling story they stay smuggling: %s', (language, text) => {
    expect(topicOf(language, text, /^8\b/)).toBe('smuggling');
  });
});
