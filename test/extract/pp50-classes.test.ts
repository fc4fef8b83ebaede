/**
 * Session 50, places by class (pp50). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe("a national authority's report in the lead, spread over several provinces", () => {
  it('is the story of no province: each province it names after the lead is an example', () => {
    const en =
      'Smuggling at the borders rose in the third quarter\n\n' +
      'According to the General Department of Customs, smuggling cases rose by 12 percent in the third quarter. ' +
      'Most cases were found on roads and rivers near the border with Cambodia (Tinh Bien - An Giang) and Laos ' +
      '(Cau Treo - Ha Tinh), and at the port of Hai Phong. At Tinh Bien, officers found gold hidden in a car, and a passenger arriving in ' +
      'Hanoi carried cash he had not declared.';
    expect(placesOf(en, 'en').primary).toBeNull();
    const ko =
      '밀수가 늘어나\n\n베트남 국방부는 올해 상반기 1,200여건의 밀수사건을 처리했다고 밝혔다. 국경과 해안에서 사건이 늘었다. ' +
      '랑선성에서는 설탕이, 꽝닌성에서는 담배가, 하이퐁시의 항구에서는 상아가 발견되었다.';
    expect(placesOf(ko, 'ko').primary).toBeNull();
  });

  it('keeps the province of one case the authority comments on, and of a case two provinces share', () => {
    const alone =
      'Phone scam costs a teacher her savings\n\n' +
      'The Ministry of Public Security warned on Monday of callers posing as police officers. ' +
      'A teacher in Da Nang lost 2 billion dong after such a call. The Da Nang police are looking for the caller.';
    expect(placesOf(alone, 'en').primary).toBe('da-nang');
    const two =
      'Phone scam costs a teacher her savings\n\n' +
      'The Ministry of Public Security warned on Monday of callers posing as police officers. ' +
      'A teacher in Da Nang lost 2 billion dong after such a call. The money went to an account opened in ' +
      'Hanoi. A second teacher in Da Nang lost 500 million dong.';
    expect(placesOf(two, 'en').primary).toBe('da-nang');
  });

  it("leaves a province the title names, or whose own force acts, as the story's place", () => {
    const titled =
      'Gold seized at the Tinh Bien gate in An Giang\n\n' +
      'According to the General Department of Customs, smuggling cases rose by 12 percent in the third quarter. ' +
      'At Tinh Bien in An Giang, officers found gold hidden in a car; other cases were found in Ha Tinh and Lang Son.';
    expect(placesOf(titled, 'en').primary).toBe('an-giang');
  });
});

describe('a gate or town, a spaced dash, then its province ("Lao Bao - Quang Tri")', () => {
  it("reads the province after the dash, though the name's last word is a naming word or a middle name", () => {
    // "Bao" folds as "bão" (storm, a word naming what follows it) and is a middle name (Bảo).
    const found = placesOf(
      'Gold was smuggled across the border with Laos (Lao Bao - Quang Tri) this month.',
      'en',
    );
    expect(found.provinces).toEqual(['quang-tri']);
    expect(found.localities).toEqual(['lao-bao']);
    expect(placesOf('Le passage de Lao Bao – Quang Tri a été fermé mardi.', 'fr').provinces).toEqual([
      'quang-tri',
    ]);
  });

  it('still reads a name after a naming word with no dash between as the thing named, not the place', () => {
    expect(placesOf('Cơn bão Quang Trung đổ bộ vào tỉnh Hà Tĩnh.', 'vi').provinces).toEqual(['ha-tinh']);
  });
});
