/**
 * Classes of session 52's places helper (pp52), on sentences written for this test:
 * - a storm's name is no place in Finnish either: the name before "-taifuuni" / "myrsky" or after "taifuuni"
 *   ("Son Tinh -taifuuni", "taifuuni Son Tinh") is the storm's, not the district Sơn Tịnh of Quảng Ngãi: fi
 *   places namedBefore and namedAfter, as the other languages' lexicons already list their storm words;
 * - the people lexicons are validated once: places reads the family names a script writes from the people
 *   lexicons people loaded (output-identical; the cases below read Han and Hangul names beside places).
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf } from '../support/primary-choice.js';

describe('Function: findPlaces (pp52 classes)', () => {
  describe("a storm's name is no place (fi)", () => {
    it.each([
      [
        'name before "-taifuuni"',
        'Son Tinh -taifuuni tulvi pohjoisessa\nSon Tinh -taifuuni toi rankkasateet Yen Bain maakuntaan, jossa kuoli 9 ihmistä.',
      ],
      [
        'name after "taifuuni"',
        'Tulvat pohjoisessa\nTaifuuni Son Tinh toi rankkasateet Yen Bain maakuntaan, jossa kuoli 9 ihmistä.',
      ],
    ])('%s', (_what, text) => {
      const read = placeSlugsOf(text, 'fi');
      expect(read.primary).toBe('yen-bai');
      expect(read.provinces).not.toContain('quang-ngai');
      expect(read.localities).not.toContain('son-tinh');
    });

    it.each([
      [
        'after "taifuuni"',
        'Taifuuni Son Tinh iski Vietnamiin\nTaifuuni Son Tinh iski Vietnamiin keskiviikkona, ja 9 ihmistä kuoli.',
      ],
      ['after "myrsky"', 'Myrsky Son Tinh iski Vietnamiin\nTulvissa kuoli 9 ihmistä.'],
    ])('a storm named alone places nothing: %s', (_what, text) => {
      expect(placeSlugsOf(text, 'fi')).toEqual({ primary: null, provinces: [], localities: [] });
    });

    it('the district without a storm word stays a place', () => {
      const read = placeSlugsOf(
        'Poliisi pidätti kaksi miestä\nPoliisi pidätti kaksi miestä Son Tinhin piirikunnassa Quang Ngain maakunnassa.',
        'fi',
      );
      expect(read.primary).toBe('quang-ngai');
    });
  });

  describe('family names in a script still keep a name from reading as a place', () => {
    it.each([
      ['zh', '河内市公安局\n河内市公安局局长阮文明表示，警方逮捕了3名嫌疑人。', 'ha-noi'],
      ['ko', '하노이 경찰\n하노이시 경찰은 응우옌 반 민 국장이 용의자 3명을 체포했다고 밝혔다.', 'ha-noi'],
    ])('%s', (language, text, primary) => {
      expect(placeSlugsOf(text, language).primary).toBe(primary);
    });
  });
});
