/**
 * Extra figures of the session-37 tuning set, by class, on sentences written for this test:
 * - an hour of the clock told by its half of the day (Intl's day periods of the language: "p.m.", "μ.μ.",
 *   "de la madrugada", "du soir", "pagi") is no count, in any language; the counts beside it are kept;
 * - a house number before a street's name (lexicon streetsAfter): ms and id write the street word after the
 *   number ("12 Jalan Le Loi"), Korean the Vietnamese family name that opens it, run together with the rest
 *   ("45 호앙반투"); a lower-case "jalan" counts roads and a name standing alone is no address.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const HOURS: Array<[string, string, Array<[number, string]>]> = [
  ['en', 'The blaze started at 4 p.m. and 6 people were hurt.', [[6, 'person']]],
  ['en', 'Shortly after 11pm, officers detained 3 suspects.', [[3, 'person']]],
  ['el', 'Το λεωφορείο ανετράπη περίπου στις 7 μ.μ. και τραυματίστηκαν 9 άτομα.', [[9, 'person']]],
  ['es', 'Hacia las 4 de la madrugada la policía arrestó a 5 personas.', [[5, 'person']]],
  ['es', 'El choque fue a las 6 p. m. y dejó 2 muertos.', [[2, 'person']]],
  ['fr', "L'incendie s'est déclaré vers 10 du soir, faisant 3 blessés.", [[3, 'person']]],
  ['pt', 'O barco afundou por volta das 5 da manhã com 8 passageiros.', [[8, 'person']]],
  ['id', 'Sekitar pukul 6 pagi, polisi menangkap 4 orang.', [[4, 'person']]],
];

describe('Function: extractFigures (fig37: hours of the clock)', () => {
  it.each(HOURS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('keeps a count whose noun only looks like a day period (vi "sà lan", a barge, not "SA")', () => {
    // Act
    const figures = read('vi', 'Đội tuần tra bắt giữ 1 sà lan chở cát trái phép.');

    // Assess
    expect(figures).toEqual([[1, 'vehicle']]);
  });
});

const ADDRESSES: Array<[string, string, Array<[number, string]>]> = [
  ['ms', 'Api marak di sebuah kedai di 214 Jalan Tran Phu dan 2 orang cedera.', [[2, 'person']]],
  ['ms', 'Polis menyerbu rumah di 31 Lorong Hoa Binh lalu menahan 4 suspek.', [[4, 'person']]],
  ['id', 'Rumah di 58 Jalan Nguyen Hue terbakar, 3 orang luka-luka.', [[3, 'person']]],
  ['ko', '소방대는 63 호앙반투 거리의 상가에서 발생한 불을 끄고 5명을 구조했다.', [[5, 'person']]],
  ['ko', '경찰은 150 응우옌짜이 거리의 주택에서 2명을 체포했다.', [[2, 'person']]],
];

describe('Function: extractFigures (fig37: house numbers before a street)', () => {
  it.each(ADDRESSES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('still counts roads written in lower case and persons named by a family name', () => {
    // Act
    const roads = read('id', 'Banjir merendam 6 jalan di pusat kota.');
    const persons = read('ko', '경찰은 응우옌 씨 등 3명을 체포했다.');

    // Assess
    expect(roads.map(([value]) => value)).toEqual([6]);
    expect(persons).toEqual([[3, 'person']]);
  });
});
