/**
 * Classes of place misses the engine made on fresh batches of text it had not yet seen (session 20): a province
 * misspelt before a type word that follows it, a road named by its two ends joined by an unspaced or
 * half-spaced dash, the capital's wire dateline listed as a province the story names, and a Chinese wire's
 * dateline written whole in brackets. Short reports invented for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY, primaryOf } from '../support/primary-choice.js';

function provincesOf(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc, [], PRIMARY).provinces.map((p) => p.slug);
}

describe('Places: a province misspelt before the type word that follows it', () => {
  it.each([
    [
      'hu',
      'Árvíz Vietnamban\nHét ember meghalt a Quang Nem tartományban lezúdult esőzések miatt, közölték a hatóságok.',
      'quang-nam',
    ],
    [
      'hu',
      'Drogfogás\nA Quang Nihn tartományi rendőrség két férfit tartóztatott le heroinnal.',
      'quang-ninh',
    ],
    [
      'en',
      'Flash floods kill four\nFour people died when flash floods swept through villages in Bac Kam province on Sunday, officials said.',
      'bac-kan',
    ],
    [
      'en',
      'Smugglers held\nBorder guards in Lang Sonn province stopped a truck carrying 300 kg of frozen chicken feet.',
      'lang-son',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });

  it('leaves a foreign province and a short name before the type word unread', () => {
    expect(
      provincesOf(
        'Heroin seized\nPolice in Yunnan province handed over a suspect arrested in Lao Cai province.',
        'en',
      ),
    ).toEqual(['lao-cai']);
    expect(provincesOf('Storm\nHeavy rain hit Hainan province and Quang Ninh province.', 'en')).toEqual([
      'quang-ninh',
    ]);
  });
});

describe('Places: a road named by its ends, joined by a dash with no space or one', () => {
  it.each([
    [
      'en',
      'Truck overturns on expressway\nA truck carrying steel overturned on the Hanoi-Hai Phong expressway in Hung Yen province on Monday. Traffic on the Hanoi-Hai Phong expressway towards Hai Phong was blocked for three hours.',
      'hung-yen',
    ],
    [
      'es',
      'Choque en la autopista\nDos autobuses chocaron en la autopista Ciudad Ho Chi Minh- Phan Thiet a su paso por la provincia de Dong Nai. La autopista Ciudad Ho Chi Minh- Phan Thiet quedó cortada durante dos horas.',
      'dong-nai',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: the capital's wire dateline is not a province the story names", () => {
  it.each([
    [
      'en',
      'Heroin ring broken\nHANOI (AFP) – Police in the central province of Nghe An arrested six people with 40 bricks of heroin, Nghe An police said.',
      ['nghe-an'],
    ],
    [
      'de',
      'Busunglück\nHanoi (dpa) - Bei einem Busunglück in der Provinz Lao Cai sind zehn Menschen ums Leben gekommen.',
      ['lao-cai'],
    ],
    [
      'en',
      'Fire kills three\nHANOI (Reuters) – A fire at a karaoke bar in Hanoi killed three people; a similar fire hit Bac Ninh province last year.',
      ['ha-noi', 'bac-ninh'],
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(provincesOf(body, language)).toEqual(expected);
  });
});

describe("Places: a Chinese wire's dateline written whole in brackets", () => {
  it.each([
    [
      'zh',
      '越南山洪致三人死亡\n(法新社河内12日电) 越南官员今天表示,义安省暴雨引发山洪,造成三人死亡。',
      'nghe-an',
    ],
    ['zh', '老挝边境查获海洛因\n（新华社河内5月3日电）越南莱州省边防部队查获20块海洛因。', 'lai-chau'],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
    expect(provincesOf(body, language)).toEqual([expected]);
  });
});

describe('Places: the city named after the president, bare after a locative preposition', () => {
  it.each([
    [
      'pl',
      'Oszustwo internetowe\nPolicja zatrzymała dwóch mężczyzn, którzy w Ho Chi Minh oszukali ponad sto osób.',
    ],
    ['cs', 'Podvod na internetu\nPolicie zadržela dva muže, kteří v Ho Chi Minh podvedli přes sto lidí.'],
    [
      'sk',
      'Podvod na internete\nPolícia zadržala dvoch mužov, ktorí vo Ho Chi Minh podviedli vyše sto ľudí.',
    ],
    ['ms', 'Penipuan dalam talian\nPolis menahan dua lelaki yang menipu lebih seratus orang di Ho Chi Minh.'],
    [
      'ro',
      'Fraudă online\nPoliția a reținut doi bărbați care au înșelat în Ho Chi Minh peste o sută de persoane.',
    ],
  ])('%s: %s', (language, body) => {
    expect(primaryOf(body, language)).toBe('ho-chi-minh');
  });

  it('reads a declined home phrase before it as a home', () => {
    expect(
      primaryOf(
        'Wypadek autobusu\nAutobus prowadzony przez mężczyznę zamieszkałego w Ho Chi Minh przewrócił się w prowincji Gia Lai.',
        'pl',
      ),
    ).toBe('gia-lai');
    expect(
      primaryOf(
        'Nehoda autobusu\nAutobus řízený mužem bydlícím v Ho Chi Minh havaroval v provincii Gia Lai.',
        'cs',
      ),
    ).toBe('gia-lai');
  });

  it('leaves the man himself a man', () => {
    expect(
      provincesOf('Muzeum\nW muzeum pokazano listy, które Ho Chi Minh pisał z Paryża do przyjaciół.', 'pl'),
    ).toEqual([]);
  });
});

describe('Places: the Turkish one-word spelling of Ho Chi Minh City', () => {
  it('reads Hoşimin before its type word', () => {
    expect(
      primaryOf(
        'Dolandırıcılık\nPolis, Hoşimin kentinde yüzlerce kişiyi dolandıran iki kişiyi gözaltına aldı.',
        'tr',
      ),
    ).toBe('ho-chi-minh');
  });
});
