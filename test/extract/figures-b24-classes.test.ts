/**
 * Classes read from session 24's fresh batch, each with sentences written for the project (never the batch's
 * text): Turkish place nouns and deaths (belediye, mahalle, ölüm) and the "N of them" counter with a case
 * suffix ("32'sini"); Bengali nouns made adjectives by -গত (ব্যক্তিগত, private) that name no count; Thai
 * เขต (an urban district) counted by its classifier แห่ง; Arabic سيدة/سيدات (woman, women) and a bare singular person
 * after a fate ("مقتل شخص", a person killed: Arabic has no indefinite article).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number, unit: string];

const CASES: Case[] = [
  ['tr', 'Fırtına ilçedeki 15 belediyeyi etkiledi.', 15, 'locality'],
  ['tr', 'Yetkililer 9 mahalle için tahliye kararı verdi.', 9, 'locality'],
  ['tr', 'Heyelan sonrası bölgede 3 ölüm kaydedildi.', 3, 'person'],
  ['tr', 'Taşkın 25 köyden 18’sini sular altında bıraktı.', 18, 'locality'],
  ['tr', 'Gözaltına alınan 12 şüpheliden 5’ini mahkeme tutukladı.', 5, 'person'],
  ['bn', 'ঝড়ে 300টিরও বেশি ব্যক্তিগত বাড়ি ভেঙে পড়েছে।', 300, 'other'],
  ['bn', 'পুলিশ 40টি ব্যক্তিগত গাড়ি জব্দ করেছে।', 40, 'vehicle'],
  ['th', 'ทางการประกาศให้เขตชายฝั่ง 4 แห่งเป็นพื้นที่ภัยพิบัติ', 4, 'locality'],
  ['ar', 'نقلت 3 سيدات إلى المستشفى بعد الحادث.', 3, 'person'],
  ['ar', 'أسفر انهيار المبنى عن مقتل شخص وإصابة أربعة آخرين.', 1, 'person'],
  ['ar', 'وتوفي طفل بعد أن جرفته المياه.', 1, 'person'],
  ['ar', 'غرق صياد قبالة الساحل مساء أمس.', 1, 'person'],
];

describe('session 24 classes of other languages', () => {
  it.each(CASES)('%s: %s', (language, text, value, unit) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, unit]);
  });
  it('ar: a noun made definite by the noun after it, or a plural, counts no single', () => {
    const got = extractFigures(documentOf('وأصيب سائق الحافلة. ومقتل أشخاص في القرية.', 'ar'), []);
    expect(got).toEqual([]);
  });
  it('bn: a noun made an adjective by -গত counts nothing as a person', () => {
    const got = extractFigures(documentOf('বন্যায় 70টি ব্যক্তিগত বাড়ি ডুবে গেছে।', 'bn'), []);
    expect(got.filter((f) => f.unit === 'person')).toEqual([]);
  });
});
