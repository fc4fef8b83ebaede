/**
 * Session 30 (e30n): a cue of a minimum after the count and its unit (lexicon approximateAfterUnit) makes the
 * figure approximate, as a cue before it does: ja "30人以上", "100人余り", "20キロ超", ko "30명 이상", "40명
 * 남짓", zh "30人以上", en "or more", fr "ou plus", es "o más", pt "ou mais", it "o più", de "oder mehr", nl "of
 * meer". Sentences written for the project. Negative cases: the cue in the next sentence, a word that only
 * begins like the cue, and a figure with no cue after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string, approximate: boolean][]];

const CASES: Case[] = [
  ['ja', '警察は賭博をしていた男女40人以上を摘発した。', [[40, 'person', true]]],
  ['ja', '現場には住民100人余りが集まった。', [[100, 'person', true]]],
  ['ja', '税関は覚醒剤20キロ超を押収した。', [[20, 'kg', true]]],
  ['ja', '警察は容疑者8人を逮捕した。以上が発表の内容だ。', [[8, 'person', false]]],
  ['ko', '경찰은 도박 혐의로 50명 이상을 검거했다.', [[50, 'person', true]]],
  ['ko', '화재로 주민 40명 남짓이 대피했다.', [[40, 'person', true]]],
  ['ko', '경찰은 용의자 6명을 체포했다.', [[6, 'person', false]]],
  ['zh', '警方共抓获涉赌人员60人以上。', [[60, 'person', true]]],
  ['zh', '警方抓获犯罪嫌疑人9名。以上情况正在调查。', [[9, 'person', false]]],
  ['en', 'The storm damaged 40 fishing boats or more in the province.', [[40, 'vehicle', true]]],
  ['en', 'Police detained 12 suspects or moreover questioned them.', [[12, 'person', false]]],
  ['fr', 'La police a interpellé 25 suspects ou plus dans la province.', [[25, 'person', true]]],
  ['es', 'Las lluvias dejaron 15 heridos o más en la provincia.', [[15, 'person', true]]],
  ['pt', 'A enchente deixou 18 feridos ou mais na província.', [[18, 'person', true]]],
  ['it', 'La polizia ha fermato 14 sospetti o più nella provincia.', [[14, 'person', true]]],
  ['de', 'Die Polizei nahm 16 Verdächtige oder mehr fest.', [[16, 'person', true]]],
  ['nl', 'De politie hield 13 verdachten of meer aan.', [[13, 'person', true]]],
];

describe('session 30 (e30n): a cue of a minimum after the count and its unit', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit, f.approximate])).toEqual(expected);
  });
});
