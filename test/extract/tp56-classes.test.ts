/**
 * Classes of session 56 (tp56: topics of figures; vi, fr, ur, ms), on sentences written for this test:
 * - an armed gang's disorder (chaos, riot) is an offence (lexicon `offences`: vi "gây náo loạn",
 *   fr "semer/provoquer le chaos", ur "افراتفری", "بدامنی", ms "kekacauan", "huru-hara"):
 *   when the lead names it, the arms the gang carried were its tools, so the people counted with them are the
 *   offence's (crime), not an arms case's (weapons);
 * - arms seized in a lead that names no such offence stay an arms case (weapons).
 */
import { describe } from 'vitest';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (tp56 classes)', () => {
  describe('people carrying arms in the story of a disorder are the offence’s', () => {
    itReadsEach(
      [
        [
          'fr',
          "Une bande de jeunes a provoqué le chaos dans le village\nPlus de 8 jeunes hommes s'étaient rassemblés, munis d'armes, sur la route.",
          [[8, 'person', 'crime']],
        ],
        [
          'vi',
          'Nhóm thanh niên mang hung khí gây náo loạn trên quốc lộ\nCông an huyện đã bắt giữ 6 thanh niên mang theo dao.',
          [[6, 'person', 'crime']],
        ],
        [
          'ur',
          'مسلح نوجوانوں نے بازار میں افراتفری پھیلا دی\nپولیس نے ہتھیار لے کر گھومنے والے 5 نوجوانوں کو گرفتار کر لیا۔',
          [[5, 'person', 'crime']],
        ],
        [
          'ms',
          'Sekumpulan remaja mencetuskan huru-hara di pekan\nSeramai 9 remaja berkumpul di jalan dan membawa senjata.',
          [[9, 'person', 'crime']],
        ],
        [
          'ms',
          'Sekumpulan remaja bersenjata mencetuskan kekacauan di pekan\nPolis menahan 9 remaja di jalan itu bersama senjata mereka.',
          [[9, 'person', 'crime']],
        ],
      ],
      valueUnitAndTopic,
    );
  });

  describe('people caught with arms in a lead that names no offence stay an arms case', () => {
    itReadsEach(
      [
        [
          'fr',
          'La police saisit des armes dans un entrepôt\nLa police a interpellé 3 hommes qui stockaient des armes.',
          [[3, 'person', 'weapons']],
        ],
        [
          'vi',
          'Công an thu giữ nhiều vũ khí tại một nhà kho\nCông an đã bắt giữ 4 đối tượng tàng trữ vũ khí.',
          [[4, 'person', 'weapons']],
        ],
      ],
      valueUnitAndTopic,
    );
  });
});
