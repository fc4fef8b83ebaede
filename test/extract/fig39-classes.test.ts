/**
 * Figure and topic classes of the session-39 tuning set, on sentences written for this test (never an
 * article's text):
 * - a bare number right after a copula, conditional ones included ("sarebbero", "seraient"), whose subject a
 *   few words before is a fate said as a noun (the dead, the injured), counts those persons; a noun the fate
 *   qualifies ("il conducente ferito è 45") is no such subject;
 * - Japanese 台 run only into a word of a total (計) after a gloss in brackets counts the noun of the gloss,
 *   or the noun glued before the bracket ("中古消防車(ポンプ車)計7台" → 7 vehicle);
 * - an online word in a paragraph of one kind of goods and no fraud tells where they were traded, not a cyber
 *   crime: it weighs for the goods' subject, and the money paid for them online is the goods' story's;
 * - a building's description is no count: Korean "층수" (its number of storeys) and "다락방" (an attic) before a
 *   number (lexicon nameWords), as a storey count is none (the storeys convention of the gold);
 * - a unit's name that ends in its number: Thai "ศูนย์ข้อมูลการบังคับบัญชา 114" (the command information centre,
 *   the fire hotline's) is no count of the police named after it; a commander counted with his classifier is.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const FATED_SUBJECTS: Array<[string, string, Array<[number, string]>]> = [
  ['it', 'Molti i danni alle case. I feriti sono 7.', [[7, 'person']]],
  ['it', 'Tanti i feriti ma quelli più gravi sarebbero 14, dicono i medici.', [[14, 'person']]],
  ['it', 'Sarebbero 12 i dispersi nella valle.', [[12, 'person']]],
  ['fr', 'Selon la police, les morts seraient 9.', [[9, 'person']]],
  // The fate qualifies the noun before it: an age, no count.
  ['it', 'Il conducente ferito è 45, secondo i medici.', []],
];

describe('Function: extractFigures (fig39: a fate before a copula names the persons counted)', () => {
  it.each(FATED_SUBJECTS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

describe('Function: extractFigures (fig39: a Japanese classifier after a gloss in brackets)', () => {
  it('counts the noun of the gloss', () => {
    // Act
    const figures = read('ja', '政府は中古消防車(ポンプ車)計5台を寄贈した。');

    // Assess
    expect(figures).toEqual([[5, 'vehicle']]);
  });

  it('counts the noun before the bracket when the gloss names none', () => {
    // Act
    const figures = read('ja', '警察は乗用車（セダン）計3台を押収した。');

    // Assess
    expect(figures).toEqual([[3, 'vehicle']]);
  });
});

describe('Function: extractFigures (fig39: an online word in a story of goods)', () => {
  const FIREWORKS =
    'Police caught four students making firecrackers at home. They learned online how to make firecrackers.\n\n' +
    'Police seized 2 kg of chemicals and 15 firecrackers.\n\n' +
    'The students said they ordered the materials online for 300,000 VND.';

  it('reads the money paid online for the goods as the goods story', () => {
    // Act
    const topic = topicOf('en', FIREWORKS, '300,000 VND');

    // Assess
    expect(topic).toBe('fireworks');
  });

  it('keeps money lost to an online fraud cyber', () => {
    // Act
    const topic = topicOf(
      'en',
      'A ring defrauded 40 people online, posing as bank staff on social media. The victims lost 900 million VND.',
      '900 million VND',
    );

    // Assess
    expect(topic).toBe('cyber');
  });
});

const NAMES: Array<[string, string, Array<[number, string]>]> = [
  ['ko', '불이 난 주택은 2층, 다락방 1개, 면적 약 40제곱미터 규모였다.', [[40, 'other']]],
  ['ko', '창고는 면적 약 500m², 층수 1개동으로 지어졌다.', [[500, 'other']]],
  ['th', 'ศูนย์ข้อมูลการบังคับบัญชา 114 ตำรวจภูธรจังหวัด ได้รับแจ้งเหตุและส่งรถดับเพลิง 3 คัน', [[3, 'vehicle']]],
  ['th', 'ผู้บังคับบัญชา 5 คน เดินทางไปที่เกิดเหตุ', [[5, 'person']]],
];

describe('Function: extractFigures (fig39: words that make a number a description or a name)', () => {
  it.each(NAMES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});
