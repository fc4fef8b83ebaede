/**
 * Classes of session 57's batch 57b (ja, zh, en, el, es), on sentences written for this test:
 * - a vehicle's plate number written as bare digits right after its plate word (ja "ナンバー7789", en "plate
 *   7789", el "πινακίδα (κυκλοφορίας) 7789", es "matrícula 7789": a foreign or partial plate) names the vehicle and
 *   counts nothing, as a plate with letters already does: lexicon `nameWords`; plates counted as goods ("12
 *   licence plates", ja "ナンバープレート2枚") still count;
 * - the verb of conferring an award (ja "授与", zh "授予", as ko "수여" already is) tells an award: money or people
 *   it confers are the awards topic (lexicon `topics.awards`); money an offence took stays crime.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col57b classes)', () => {
  describe('a plate number after its plate word counts nothing', () => {
    itReadsEach(
      [
        ['ja', 'ラオスナンバー4521の乗用車がトラックと衝突した。', []],
        ['en', 'A pickup with Lao plate 4521 crashed into a truck on the highway.', []],
        ['el', 'Ένα φορτηγάκι με πινακίδα 4521 συγκρούστηκε με λεωφορείο.', []],
        ['el', 'Το όχημα με πινακίδα κυκλοφορίας 4521 εντοπίστηκε στα σύνορα.', []],
        ['es', 'Una camioneta con matrícula 4521 chocó contra un autobús.', []],
        // Plates seized as goods are counted, and so is what follows a plate.
        ['ja', '警察は偽造ナンバープレート2枚を押収した。', [[2, 'other']]],
        [
          'en',
          'Police seized 12 licence plates and 3 cars at the workshop.',
          [
            [12, 'other'],
            [3, 'vehicle'],
          ],
        ],
        [
          'es',
          'La policía incautó 3 motos sin matrícula y 2 coches.',
          [
            [3, 'vehicle'],
            [2, 'vehicle'],
          ],
        ],
      ],
      valueAndUnit,
    );
  });

  describe('money conferred by an award verb is an award', () => {
    itReadsEach(
      [
        ['ja', '省人民委員会は事件を解決した捜査班に3,000万ドンを授与した。', [[30000000, 'awards']]],
        ['zh', '省人民委员会向破案专案组授予3000万越南盾。', [[30000000, 'awards']]],
        // Money an offence took is the crime's, award verb or not elsewhere.
        ['ja', '男は店から3,000万ドンを奪って逃走した。', [[30000000, 'crime']]],
      ],
      valueAndTopic,
    );
  });
});
