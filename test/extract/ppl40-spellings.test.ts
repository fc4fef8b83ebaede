/**
 * Session 40: a family name with a copyist's vowel marks outside Vietnamese text ("Phấm", "Fạm"), and one
 * official under two spellings (Vietnamese, a Serbian transcription, Cyrillic) listed once (people/sound-key.ts,
 * one-official.ts). Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { vowelMarksRemoved } from '../../lambdas/extract/text/fold.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: vowelMarksRemoved', () => {
  it.each([
    ['Phấm', 'Pham'],
    ['Fạm', 'Fam'],
    ['Čin', 'Čin'],
    ['Đặng', 'Đang'],
  ])('%s gives %s', (word, bare) => {
    expect(vowelMarksRemoved(word)).toBe(bare);
  });
});

describe("Function: findPeople (a family name with a copyist's vowel marks outside Vietnamese text)", () => {
  it.each<[string, string, string]>([
    ['lt', 'Vietnamo vicepremjeras Phấm Van Dung pareiškė, kad padėtis gerėja.', 'Phấm Van Dung'],
    ['sr', 'Potpredsednik vlade Fạm Van Zung izjavio je da se stanje popravlja.', 'Fạm Van Zung'],
    ['fr', 'Le colonel Nguyến Văn Hải a déclaré que la situation s’améliore.', 'Nguyến Văn Hải'],
  ])('%s: %s gives %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toContain(name);
  });

  it('keeps the Vietnamese spelling exact: Đảng is the Party, no family name', () => {
    expect(people('Phó Bí thư Đảng Văn Hải phát biểu tại hội nghị.', 'vi').map(([n]) => n)).not.toContain(
      'Đảng Văn Hải',
    );
  });
});

describe('Function: findPeople (one official under two spellings in one article)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'sr',
      'Potpredsednik vlade Fam Van Zung otvorio je sastanak. Potpredsednik vlade Pham Van Dung je rekao da je stanje teško.',
      [['Fam Van Zung', null]],
    ],
    [
      'sr',
      'Pukovnik Ngujen Van Tuan, direktor policije, rekao je. Пуковник Нгујен Ван Туан је додао да је ухапшено пет особа.',
      [['Ngujen Van Tuan', 'colonel']],
    ],
    [
      'hr',
      'Pukovnik Ngujen Van Tuan rekao je da je istraga u tijeku. Pukovnik Nguyen Van Tuan dodao je da su uhićene tri osobe.',
      [['Ngujen Van Tuan', 'colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it.each<[string, string]>([
    // One spelling system, two names: Thông and Tòng.
    [
      'ru',
      'Товарищ Нгуен Ван Тхонг, заместитель секретаря парткома, выступил. Заседание вел товарищ Нгуен Ван Тонг.',
    ],
    ['en', 'Colonel Nguyen Van Thong spoke first. Colonel Nguyen Van Tong chaired the meeting.'],
  ])('%s: keeps two officials in %s', (language, text) => {
    expect(people(text, language)).toHaveLength(2);
  });

  it('keeps two officials whose ranks differ', () => {
    expect(
      people(
        'Pukovnik Ngujen Van Tuan rekao je. Major Nguyen Van Tuan dodao je da su uhapšene tri osobe.',
        'sr',
      ),
    ).toHaveLength(2);
  });
});
