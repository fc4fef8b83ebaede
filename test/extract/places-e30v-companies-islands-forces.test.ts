/**
 * Three place constructs read by lexicon data (session 30, e30v), each in every language that has it, with
 * invented sentences:
 *   - a company's type word right before a name makes it the company's name, not the province it sounds like
 *     ("Công ty TNHH Quảng Bình Xanh", "la société Quang Binh Xanh", "spółki Quang Binh Xanh"): namedBefore;
 *   - "island" and the 2025 "special zone" are type words of the island districts in Russian and Chinese
 *     ("富国岛", "富国特区", "острова Фукуок"): a one-word name in a script is read as the unit only beside its
 *     type word (Latin-script names are two words, read bare already);
 *   - Polish and Czech write a force with "z" ("policja z Lao Cai", "policisté z Nghe An"): the unit of that
 *     place, not where someone comes from, so the province is the story's subject.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';

function read(text: string): ExtractedArticle {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`${result.rejection.reason}: ${text}`);
  return result.article;
}

const slugs = (a: ExtractedArticle): string[] => a.provinces.map((p) => p.slug);

describe('A company named like a province is not the province', () => {
  it.each([
    ['vi', 'Công an tỉnh Bình Định khởi tố giám đốc Công ty cổ phần Quảng Bình Xanh vì trốn thuế 8 tỷ đồng.'],
    ['en', 'Binh Dinh police said the company Quang Binh Xanh had evaded VND 8 billion in taxes.'],
    [
      'fr',
      'La police de Binh Dinh poursuit le patron de la société Quang Binh Xanh pour une fraude fiscale.',
    ],
    [
      'de',
      'Die Polizei von Binh Dinh ermittelt gegen den Chef der Firma Quang Binh Xanh wegen Steuerbetrugs.',
    ],
    ['es', 'La policía de Binh Dinh investiga al gerente de la empresa Quang Binh Xanh por fraude fiscal.'],
    ['it', 'La polizia di Binh Dinh indaga sul titolare della ditta Quang Binh Xanh per frode fiscale.'],
    ['pt', 'A polícia de Binh Dinh investiga o gerente da companhia Quang Binh Xanh por fraude fiscal.'],
    [
      'nl',
      'De politie van Binh Dinh onderzoekt de baas van het bedrijf Quang Binh Xanh wegens belastingfraude.',
    ],
    ['ro', 'Poliția din Binh Dinh îl cercetează pe patronul firmei Quang Binh Xanh pentru evaziune fiscală.'],
    ['pl', 'Policja w Binh Dinh przesłuchała prezesa spółki Quang Binh Xanh w sprawie oszustwa podatkowego.'],
    ['cs', 'Policie v Binh Dinh obvinila jednatele společnosti Quang Binh Xanh z daňového podvodu.'],
    ['ru', 'Полиция провинции Биньдинь обвинила директора компании Куангбинь Сань в уклонении от налогов.'],
  ])('%s: the company is not read as Quảng Bình', (_lang, text) => {
    // Act
    const article = read(text);

    // Assess
    expect(slugs(article)).not.toContain('quang-binh');
    expect(article.primaryProvince?.slug).toBe('binh-dinh');
  });

  it.each([
    ['vi', 'Một công ty ở Quảng Bình bị Công an tỉnh Quảng Bình xử phạt 50 triệu đồng vì xả thải.'],
    ['en', 'A company in Quang Binh was fined VND 50 million by the Quang Binh police for dumping waste.'],
    ['fr', 'Une société de transport à Quang Binh a été sanctionnée par la police de Quang Binh.'],
  ])('%s: a province after a company in it is still read', (_lang, text) => {
    expect(slugs(read(text))).toContain('quang-binh');
  });
});

describe('"Island" and "special zone" are the type words of the island districts (ru, zh)', () => {
  it.each([
    [
      'ru',
      'Сотрудники полиции острова Фукуок провинции Анзянг задержали трёх человек с 200 граммами наркотиков.',
    ],
    ['zh', '富国岛警方查获毒品200克，抓获犯罪嫌疑人3名。'],
    ['zh', '富国特区公安局抓获3名贩毒嫌疑人，缴获毒品200克。'],
  ])('%s: Phú Quốc written as one word beside its type word', (_lang, text) => {
    const localities = read(text).localities.map((l) => [l.slug, l.province.successor.slug]);
    expect(localities).toContainEqual(['phu-quoc', 'an-giang']);
  });

  it('a one-word name in a script without its type word stays unread', () => {
    expect(read('Полиция задержала Фукуока, который перевозил 200 граммов наркотиков.').localities).toEqual(
      [],
    );
  });
});

describe('Polish and Czech "force z X" is the unit of X', () => {
  it.each([
    [
      'pl',
      'Policjanci z Nghe An zatrzymali mężczyznę z Thanh Hoa, który przewoził z Thanh Hoa 5 kg heroiny.',
    ],
    ['cs', 'Policisté z Nghe An zadrželi muže z Thanh Hoa, který z Thanh Hoa vezl 5 kg heroinu.'],
  ])('%s: the force’s province is primary over the suspect’s', (_lang, text) => {
    expect(read(text).primaryProvince?.slug).toBe('nghe-an');
  });

  it('pl: a man "z X" is still where he comes from', () => {
    const article = read(
      'Policja w Nghe An zatrzymała mężczyznę z Thanh Hoa, który przewoził 5 kg heroiny z Thanh Hoa.',
    );
    expect(article.primaryProvince?.slug).toBe('nghe-an');
  });
});
