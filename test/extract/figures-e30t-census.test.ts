/**
 * Background figures of a case's story (session 30, e30t), on sentences written for the project (never an
 * article's text):
 * - people counted in a sentence of their own that names no event ("the province has 600,000 inhabitants"),
 *   when the article's event is named only in a later sentence of the paragraph, are a census, not the
 *   case's people;
 * - people counted right after a word of a census (lexicon `census`: "population", "人口", "인구",
 *   "ประชากร", "berpenduduk", "проживают") are the place's population, whatever the case the article tells.
 * Negatives: residents named as the victims of the article's event, and people counted right after a word
 * for residents or foreigners, which is their counted noun ("외국인 25명"), stay the case's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const LATER_EVENT: Case[] = [
  [
    'en',
    'Drug war in Son La\nThe district has 90,000 inhabitants. Police seized 4 kg of heroin there.',
    '90,000 inhabitants',
    'population',
  ],
  [
    'fr',
    'Trafic de drogue à Son La\nLe district compte 90.000 habitants. La police y a saisi 4 kg d’héroïne.',
    '90.000 habitants',
    'population',
  ],
  [
    'de',
    'Drogen in Son La\nDer Bezirk hat 90.000 Einwohner. Die Polizei stellte dort 4 kg Heroin sicher.',
    '90.000 Einwohner',
    'population',
  ],
  [
    'es',
    'Drogas en Son La\nEl distrito tiene 90.000 habitantes. La policía incautó allí 4 kilos de heroína.',
    '90.000 habitantes',
    'population',
  ],
  // Negative: residents named after the event in their paragraph are its victims.
  [
    'en',
    'Landslide in Ha Giang\nA landslide buried four houses. Two residents died.',
    'Two residents',
    'other',
  ],
];

const CENSUS_WORD: Case[] = [
  [
    'ru',
    'Наркотики в Шонла\nВ уезде проживают 90 тысяч человек. Полиция изъяла там 4 кг героина.',
    '90 тысяч человек',
    'population',
  ],
  [
    'ko',
    '선라성 마약 단속\n이 군의 인구는 약 9만 명이다. 경찰은 헤로인 4kg을 압수했다.',
    '9만 명',
    'population',
  ],
  ['ja', 'ソンラ省の麻薬摘発\n同郡の人口は約9万人。警察はヘロイン4キロを押収した。', '9万人', 'population'],
  [
    'id',
    'Narkoba di Son La\nDistrik itu berpenduduk 90.000 jiwa. Polisi menyita 4 kg heroin di sana.',
    '90.000 jiwa',
    'population',
  ],
  [
    'ms',
    'Dadah di Son La\nDaerah itu berpenduduk 90,000 orang. Polis merampas 4 kg heroin di sana.',
    '90,000 orang',
    'population',
  ],
  [
    'en',
    'Drug war in Son La\nThe district, with a population of 90,000 people, is on a trafficking route. Police seized 4 kg of heroin.',
    '90,000 people',
    'population',
  ],
  // Negative: a word for foreigners or workers before the count is its counted noun, the case's people.
  ['ko', '마약 파티 적발\n경찰은 클럽을 급습해 마약 투약 혐의로 외국인 25명을 체포했다.', '25명', 'drugs'],
  [
    'ja',
    '麻薬検査\n警察は労働者の麻薬検査を行い、検査を受けた労働者は120人で、3人が陽性だった。',
    '120人',
    'drugs',
  ],
];

describe('figure topics: census figures in a case story (e30t)', () => {
  it.each([...LATER_EVENT, ...CENSUS_WORD])('%s: %s → %s is %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
