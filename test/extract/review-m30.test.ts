/**
 * The session-30 review's inputs (rv30a): each negative is a reading a session-30 rule got wrong before the
 * mends (m30); the positives keep what those rules were for.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function people(body: string, language: string): Array<[string, string | null]> {
  const doc: Document = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPeople(doc, { isPlaceName, isNamesake, isLocalityName }).map((p) => [p.name, p.rank]);
}

function read(text: string) {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!('article' in result) || !result.article) throw new Error('no article');
  return result.article;
}

describe('Function: findPeople (suspects and cut names stay out)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // "one of the suspects", "conspired with the suspects": he is one of them.
    ['ja', 'グエン・バン・フン少佐は容疑者の一人として捜査を受けている。', []],
    ['ja', 'グエン・バン・フン少佐は被告の一人だった。', []],
    ['ja', 'グエン・バン・フン少佐は容疑者らと共謀して麻薬を密売していた。', []],
    // The official acts on them: still read.
    ['ja', 'グエン・バン・フン大佐は容疑者3人を逮捕したと発表した。', [['グエン・バン・フン', 'colonel']]],
    // "at" glued after a name cut after its middle name is no given name.
    ['zh', '少校阮氏在现场指挥。', []],
    ['zh', '少校范氏花参加了会议。', [['范氏花', 'major']]],
    // A former officer's aside is not stepped over to an office that may not be his now.
    ['en', 'Police said Nguyen Van Hung (a former colonel), head of the provincial police, had retired.', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: extractArticle (a province after a generic word for businesses is still named)', () => {
  it.each([
    [
      'Doanh nghiệp Hà Nội bị lừa đảo qua mạng, công an cho biết đã tiếp nhận 5 vụ việc trong tháng.',
      'ha-noi',
    ],
    [
      'Sau bão, các công ty Bình Dương gặp khó khăn, công an tỉnh đã hỗ trợ 12 đơn vị khắc phục.',
      'binh-duong',
    ],
    [
      'Polisi menyelidiki perusahaan Quang Ninh yang menyelundupkan 3 ton barang ke perbatasan.',
      'quang-ninh',
    ],
  ])('%s', (text, slug) => {
    expect(read(text).provinces.map((p) => p.slug)).toContain(slug);
  });
  it('still skips a company name written with its legal form', () => {
    const provinces = read(
      'Công ty TNHH Thanh Hóa Phát ở Nghệ An bị công an phát hiện vận chuyển 3 tấn hàng lậu trong đêm qua.',
    ).provinces.map((p) => p.slug);
    expect(provinces).toEqual(['nghe-an']);
  });
});

describe('Function: extractArticle (Serbo-Croatian: the reporter’s words decide, not a quote)', () => {
  it('an ekavian report quoting an ijekavian speaker is Serbian', () => {
    const text =
      'Policija je saopštila da je u saobraćajnoj nesreći u Vijetnamu povređeno dvoje dece i da su dva putnika ' +
      'prevezena u bolnicu. „Djeca su dobro, ovdje su ljekari i sve je pod kontrolom, gdje god da pogledate“, ' +
      'rekao je ministar iz Republike Srpske. Autobus je prevozio 30 putnika kroz provinciju Lao Cai.';
    expect(read(text).language).toBe('sr');
  });
});
