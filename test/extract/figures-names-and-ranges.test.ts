/**
 * Sentences written for session 11's figure classes (own text, as an outlet would write it, several languages),
 * before the fix, each failing then:
 * - names read as figures: a vessel's or unit's code and number ("SAR 274", even when the code is also a
 *   currency's; "TTH 90154TS" with its code run into the number), a plate's tail after its series ("43H -
 *   163.04"), a clock time with a dot ("1.50 pm"), a road's or squadron's number ("Lebuhraya Nasional 32");
 * - the seats of a vehicle ("6인승", "45 Sitzplätzen", "16 places"), a size and no count;
 * - devices and sets counted by a classifier after their noun ("휴대폰 19대", "10副扑克牌");
 * - an age spaced from its age word ("(30 歳、", "(30 岁)");
 * - fishing and sand-mining craft (trawlers, barges, dredgers) as vehicles, read as a bare "other" before;
 * - ranges whose bounds hold decimal or group marks ("1,5-2 кг", "1.500-2.000 kg") or that open with
 *   "between … and" ("entre 2,5 et 3,5 tonnes"): the lower bound is a figure with the upper's unit.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function figuresOf(language: string, text: string): string[] {
  const doc = { body: text, folded: fold(text), sentences: splitSentences(text), language };
  return extractFigures(doc, []).map((f) => `${f.value} ${f.unit}`);
}

describe('Figures: codes, plates, clock times and road numbers are names, not figures', () => {
  it.each([
    [
      'en',
      'The rescue ship, SAR 412, reached the capsized trawler and brought 6 fishermen ashore.',
      ['6 person'],
    ],
    ['zh', '“SAR 413”号救援船将5名船员安全送上岸。', ['5 person']],
    ['ja', '「SAR 271」号が漁船の乗組員3人を救助した。', ['3 person']],
    ['fr', 'Le navire « SAR 273 » a secouru 8 pêcheurs au large.', ['8 person']],
    ['zh', '边防哨所收到了TTH 90154TS号渔船的求救,12名船员全部获救。', ['12 person']],
    ['vi', 'Xe đầu kéo BKS 43H - 163.04 kéo theo rơ moóc chở 300 kg hàng.', ['300 kg']],
    ['en', 'The rescue team found the boat at about 1.50 pm and saved 4 fishermen.', ['4 person']],
    ['ms', 'Polis menahan 2 lelaki di Lebuhraya Nasional 32 semalam.', ['2 person']],
    [
      'en',
      'Two patrol boats of Squadron 3 towed the trawler ashore with 9 fishermen.',
      ['2 vehicle', '9 person'],
    ],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('still reads a sum after a currency code and a measure after a drug code', () => {
    // Act
    const money = figuresOf('en', 'Police seized USD 274 and 3 motorbikes from the gang.');
    const drugs = figuresOf('en', 'Police found MDMA 2KG and heroin 3 KG in the car.');

    // Assess
    expect(money).toEqual(['274 other', '3 vehicle']);
    expect(drugs).toEqual(['2 kg', '3 kg']);
  });
});

describe('Figures: ranges with decimal bounds or opened by "between" give both bounds the unit', () => {
  it.each([
    ['ru', 'Полиция изъяла 1,5-2 кг наркотиков.', ['1.5 kg', '2 kg']],
    [
      'en',
      'Police seized 1.5-2.5 tonnes of timber and 3-4 trucks.',
      ['1500 kg', '2500 kg', '3 vehicle', '4 vehicle'],
    ],
    [
      'vi',
      'Thu giữ từ 1.500-2.000 kg hàng hóa và 2,5-3 tấn gỗ.',
      ['1500 kg', '2000 kg', '2500 kg', '3000 kg'],
    ],
    ['fr', 'Les policiers ont saisi entre 2,5 et 3,5 tonnes de bois.', ['2500 kg', '3500 kg']],
    ['es', 'La policía incautó entre 1,5 y 2 toneladas de madera.', ['1500 kg', '2000 kg']],
    ['it', 'Sequestrati tra 1,5 e 2 chili di droga.', ['1.5 kg', '2 kg']],
    ['pt', 'Apreendidos entre 2,5 e 3 quilos de cocaína.', ['2.5 kg', '3 kg']],
    ['uk', 'Вилучено між 2 і 3 тоннами деревини.', ['2000 kg', '3000 kg']],
    ['de', 'Die Beamten fanden zwischen 20 und 50 Kilogramm Sprengstoff.', ['20 kg', '50 kg']],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('keeps a list joined by "and" without an opener as two counts of their own', () => {
    // Act
    const figures = figuresOf('en', 'Police arrested 2 men and 3 women.');

    // Assess
    expect(figures).toEqual(['2 person', '3 person']);
  });
});

describe('Figures: the seats of a vehicle are its size, not a count', () => {
  it.each([
    ['ko', '침대버스와 6인승 승합차가 충돌해 5명이 숨졌다.', ['5 person']],
    ['ja', '7人乗りのワゴン車が横転し、2人が死亡した。', ['2 person']],
    ['vi', 'Xe khách 45 chỗ chở 30 hành khách bị lật.', ['30 person']],
    ['de', 'Ein Reisebus mit 45 Sitzplätzen stieß mit einem Lkw zusammen, 2 Menschen starben.', ['2 person']],
    ['fr', "Un minibus de 16 places transportant 12 passagers s'est renversé.", ['12 person']],
    ['es', 'Un microbús de 16 plazas con 12 pasajeros volcó.', ['12 person']],
    ['th', 'รถตู้ 12 ที่นั่ง ชนกับรถบรรทุก มีผู้เสียชีวิต 3 คน', ['3 person']],
    ['en', 'A bus with 45 seats carrying 30 passengers overturned.', ['30 person']],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

describe('Figures: a classifier after a noun of devices or sets counts them', () => {
  it.each([
    [
      'ko',
      '경찰은 휴대폰 19대와 노트북 3대, 비단뱀 가죽 150세트를 압수했다.',
      ['19 other', '3 other', '150 other'],
    ],
    ['ko', '현장에서 휴대전화 7대와 컴퓨터 2대가 발견됐다.', ['7 other', '2 other']],
    ['ko', '도박장에서 감시카메라 4대가 발견됐다.', ['4 camera']],
    ['zh', '警方当场缴获10副扑克牌。', ['10 other']],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('still reads a decade of life after 대 as no count', () => {
    // Act
    const figures = figuresOf('ko', '경찰은 20대 남성 2명을 체포했다.');

    // Assess
    expect(figures).toEqual(['2 person']);
  });
});

describe('Figures: an age word after the number, spaced or not, makes it an age', () => {
  it.each([
    ['ja', '容疑者はHoang Gia Kiet (30 歳、ホーチミン市出身)で、覚醒剤2キロを所持していた。', ['2 kg']],
    ['zh', '犯罪嫌疑人阮文A(30 岁)携带2公斤冰毒。', ['2 kg']],
    ['ja', '3歳の子ども1人が救助された。', ['1 person']],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

describe('Figures: fishing and sand-mining craft are vehicles', () => {
  it.each([
    [
      'en',
      'Border guards seized 3 fishing trawlers, 4 dredgers and 5 canoes.',
      ['3 vehicle', '4 vehicle', '5 vehicle'],
    ],
    [
      'fr',
      'Les gardes-frontières ont saisi 3 chalutiers, 2 péniches et 4 dragueuses.',
      ['3 vehicle', '2 vehicle', '4 vehicle'],
    ],
    [
      'de',
      'Die Grenzschützer beschlagnahmten 3 Trawler, 2 Lastkähne und 4 Fischkutter.',
      ['3 vehicle', '2 vehicle', '4 vehicle'],
    ],
    [
      'es',
      'Los guardias incautaron 3 arrastreros, 2 barcazas y 4 dragas.',
      ['3 vehicle', '2 vehicle', '4 vehicle'],
    ],
    ['it', 'Sequestrati 3 pescherecci, 2 chiatte e 4 draghe.', ['3 vehicle', '2 vehicle', '4 vehicle']],
    [
      'ru',
      'Пограничники задержали 3 траулера, 2 баржи и 4 земснаряда.',
      ['3 vehicle', '2 vehicle', '4 vehicle'],
    ],
    ['pt', 'Foram apreendidos 3 arrastões, 2 barcaças e 4 dragas.', ['3 vehicle', '2 vehicle', '4 vehicle']],
    [
      'id',
      'Petugas menyita 3 kapal pukat, 2 tongkang dan 4 kapal keruk.',
      ['3 vehicle', '2 vehicle', '4 vehicle'],
    ],
    ['cs', 'Pohraničníci zadrželi 3 čluny a 2 remorkéry.', ['3 vehicle', '2 vehicle']],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const figures = figuresOf(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});
