/**
 * Rules of the similarity added in session 6 (lambdas/stories/similarity.ts): an amount one copy gives with
 * decimals and another rounded to the unit ("308.6 kg" and "309 kg") is the same figure (roundedMatch); two
 * articles mainly about provinces in different 2025 units are less likely one event (primaryConflict); a value
 * given as approximate ("more than 150") matches one within 10 % ("153", approximateMatch).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  similarity,
  roundsTo,
  similarityParts,
  STORY_THRESHOLD,
  StoryEvidenceSchema,
  specificWeight,
  valueClass,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

function ev(
  id: string,
  figures: { value: number; unit: Figure['unit']; approximate?: boolean }[],
  over: Partial<StoryEvidence> = {},
): StoryEvidence {
  return evidenceOf({ id, figures: figures.map((f) => ({ ...f, count: 1 })), ...over });
}
const off = { ...DEFAULT_PARAMS, roundedMatch: 0 };

describe('Rounded amounts', () => {
  const fine = ev('a', [
    { value: 308.6, unit: 'kg' },
    { value: 12, unit: 'person' },
  ]);
  const rounded = ev('b', [
    { value: 309, unit: 'kg' },
    { value: 12, unit: 'person' },
  ]);

  it('a decimal amount and its rounding to the unit agree, in either order', () => {
    expect(similarity(fine, rounded)).toBeGreaterThan(similarity(fine, rounded, off));
    expect(similarity(fine, rounded)).toBe(similarity(rounded, fine));
  });

  it('share no more weight than the rounded value named alike on both sides', () => {
    const exact = ev('c', [
      { value: 309, unit: 'kg' },
      { value: 12, unit: 'person' },
    ]);
    expect(similarityParts(fine, rounded).shared).toBe(similarityParts(exact, rounded).shared);
  });

  it('only for amounts in the same unit, and only to the nearest unit', () => {
    const persons = ev('d', [
      { value: 309, unit: 'person' },
      { value: 12, unit: 'person' },
    ]);
    const vnd = ev('e', [
      { value: 309, unit: 'vnd' },
      { value: 12, unit: 'person' },
    ]);
    const truncated = ev('f', [
      { value: 308, unit: 'kg' },
      { value: 12, unit: 'person' },
    ]);
    for (const other of [persons, vnd]) expect(similarity(fine, other)).toBe(similarity(fine, other, off));
    // 308 is not 308.6 rounded: both report kg and share no value, the amount conflict stands.
    expect(similarity(fine, truncated)).toBe(similarity(fine, truncated, off));
  });

  it('grams rounded to the gram are kg rounded to their decimals: 263.16 g and 263 g agree, within 1 %', () => {
    const place = { localities: ['nghe-an/thanh-thuy'] };
    const grams = ev('g', [{ value: 0.26316, unit: 'kg' }], place);
    const gramsRounded = ev('h', [{ value: 0.263, unit: 'kg' }], place);
    expect(roundsTo(0.26316, 0.263)).toBe(true);
    expect(similarity(grams, gramsRounded)).toBeGreaterThan(similarity(grams, gramsRounded, off));
    expect(similarity(grams, gramsRounded)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    // One decimal place is coarse: 0.34 kg written as 0.3 would be 13 % off, another amount.
    expect(roundsTo(0.34, 0.3)).toBe(false);
    expect(roundsTo(0.2996, 0.3)).toBe(true);
    expect(roundsTo(308.6, 309)).toBe(true);
    expect(roundsTo(309, 308.6)).toBe(false);
  });
});

describe('Main provinces', () => {
  const figures = [
    { value: 13, unit: 'person' as const },
    { value: 12, unit: 'person' as const },
  ];
  const hcm = ev('a', figures, { provinces: ['ha-noi', 'ho-chi-minh'], primary: 'ho-chi-minh' });
  const hanoi = ev('b', figures, { provinces: ['ha-noi'], primary: 'ha-noi' });
  const unknown = ev('c', figures, { provinces: ['ha-noi'], primary: null });

  it('two articles mainly about different 2025 units that share a province score lower', () => {
    const none = { ...DEFAULT_PARAMS, primaryConflict: 1 };
    expect(similarity(hcm, hanoi)).toBeCloseTo(similarity(hcm, hanoi, none) * DEFAULT_PARAMS.primaryConflict);
    expect(similarity(hcm, hanoi)).toBe(similarity(hanoi, hcm));
  });

  it('an article with no main province is not penalised', () => {
    expect(similarity(hcm, unknown)).toBe(
      similarity(hcm, unknown, { ...DEFAULT_PARAMS, primaryConflict: 1 }),
    );
  });

  it('stored evidence written before the field existed reads as no main province', () => {
    const { primary: _, ...old } = hanoi;
    expect(StoryEvidenceSchema.parse(old).primary).toBeNull();
  });
});

describe('Approximate values', () => {
  const about = ev('a', [
    { value: 150, unit: 'other', approximate: true },
    { value: 3, unit: 'person' },
  ]);
  const exact = ev('b', [
    { value: 153, unit: 'other' },
    { value: 3, unit: 'person' },
  ]);
  // The approximate rule alone: since session 22 a plain rounding ("150" and "153") weighs as the rounded value
  // (significantRound, significant-round.test.ts); one marked approximate keeps the approximate match's weight.
  const on = { ...DEFAULT_PARAMS, significantRound: 0 };
  const off = { ...on, approximateMatch: 0 };

  it('"more than 150" and "153" agree, in either order, less than the same value would', () => {
    expect(similarity(about, exact, on)).toBeGreaterThan(similarity(about, exact, off));
    expect(similarity(about, exact, on)).toBe(similarity(exact, about, on));
    const same = ev('c', [
      { value: 150, unit: 'other' },
      { value: 3, unit: 'person' },
    ]);
    expect(similarityParts(about, exact, on).shared).toBeLessThan(similarityParts(about, same, on).shared);
  });

  it('not when the value is exact, farther than 10 %, in another unit, or a head count', () => {
    const plain = ev('d', [
      { value: 150, unit: 'other' },
      { value: 3, unit: 'person' },
    ]);
    const far = ev('e', [
      { value: 170, unit: 'other' },
      { value: 3, unit: 'person' },
    ]);
    const kg = ev('f', [
      { value: 150, unit: 'kg', approximate: true },
      { value: 3, unit: 'person' },
    ]);
    const persons = ev('g', [
      { value: 153, unit: 'person' },
      { value: 3, unit: 'person' },
    ]);
    expect(similarity(plain, exact, on)).toBe(similarity(plain, exact, off));
    expect(similarity(about, far, on)).toBe(similarity(about, far, off));
    expect(similarity(kg, persons, on)).toBe(similarity(kg, persons, off));
    // "about 12 dead" and "13 dead": tolls of unrelated events are this close too often.
    const toll = ev('h', [{ value: 12, unit: 'person', approximate: true }]);
    const other = ev('i', [{ value: 13, unit: 'person' }]);
    expect(similarity(toll, other, on)).toBe(similarity(toll, other, off));
  });

  it('"more than 500 weapons" and "532 weapons" agree (6 %)', () => {
    const more = ev('j', [{ value: 500, unit: 'weapon', approximate: true }]);
    const count = ev('k', [{ value: 532, unit: 'weapon' }]);
    expect(similarity(more, count, on)).toBeGreaterThan(similarity(more, count, off));
  });
});

describe('Year-less text dates (session 7)', () => {
  const figures = [
    { value: 135, unit: 'other' as const },
    { value: 500000, unit: 'other' as const },
  ];
  const textDated = { dateSource: 'text' as const, datePrecision: 'day-month' as const };
  const lead = ev('a', figures, { ...textDated, published: '2026-03-27' });
  const background = ev('b', figures, { ...textDated, published: '2026-01-03' });

  it('two first dates read without a year, far apart, lower the score but do not veto', () => {
    expect(similarityParts(lead, background).dateFactor).toBe(DEFAULT_PARAMS.textDateFloor);
    expect(similarity(lead, background)).toBeGreaterThan(0);
    expect(similarity(lead, background, { ...DEFAULT_PARAMS, textDateFloor: 0 })).toBe(0);
  });

  it('a date with its year (metadata, key, or written) still vetoes at that distance', () => {
    const dated = ev('c', figures, { published: '2026-01-03' });
    expect(similarityParts(lead, dated).dateFactor).toBe(0);
    expect(similarityParts({ ...lead, datePrecision: 'day' }, dated).dateFactor).toBe(0);
  });

  it('close dates agree fully as before', () => {
    const near = ev('d', figures, { ...textDated, published: '2026-03-29' });
    expect(similarityParts(lead, near).dateFactor).toBe(1);
  });
});

describe('First amounts (session 7)', () => {
  const kg = (value: number, approximate?: boolean) => ({ value, unit: 'kg' as const, approximate });
  const earlier = ev('a', [kg(19, true), { value: 54, unit: 'other' }], {
    leadAmount: { value: 19, unit: 'kg' },
  });
  // A later seizure whose report repeats the earlier one as background: its own amount comes first.
  const later = ev(
    'b',
    [kg(7.5, true), kg(19, true), { value: 54, unit: 'other' }, { value: 20, unit: 'other' }],
    {
      leadAmount: { value: 7.5, unit: 'kg' },
    },
  );
  const off = { ...DEFAULT_PARAMS, leadAmountConflict: 1 };

  it('a first amount the other side does not give, where it reports that unit, lowers the score', () => {
    expect(similarity(earlier, later)).toBeCloseTo(
      similarity(earlier, later, off) * DEFAULT_PARAMS.leadAmountConflict,
    );
    expect(similarity(later, earlier)).toBe(similarity(earlier, later));
  });

  it('a first amount given rounded, or near an approximate one, is given', () => {
    const rounded = ev('c', [kg(18.9), { value: 54, unit: 'other' }], {
      leadAmount: { value: 18.9, unit: 'kg' },
    });
    expect(similarity(earlier, rounded)).toBe(similarity(earlier, rounded, off));
    const near = ev('d', [kg(20), { value: 54, unit: 'other' }], { leadAmount: { value: 20, unit: 'kg' } });
    expect(similarity(earlier, near)).toBe(similarity(earlier, near, off));
  });

  it('says nothing when the other side reports no amount of that unit', () => {
    const noKg = ev('e', [
      { value: 54, unit: 'other' },
      { value: 20, unit: 'other' },
    ]);
    expect(similarity(later, noKg)).toBe(similarity(later, noKg, off));
  });
});

describe('Tolls that change from report to report (session 8: unsharedHeadCount)', () => {
  const p = (value: number) => ({ value, unit: 'person' as const });
  // A capsizing: the first evening's report and the next day's share the people aboard and part of the toll.
  const evening = ev('a', [p(48), p(53), p(34), p(8), p(21)], { localities: ['quang-ninh/ha-long'] });
  const nextDay = ev('b', [p(48), p(53), p(38), p(11), p(3), p(27)], { localities: ['quang-ninh/ha-long'] });
  const off = { ...DEFAULT_PARAMS, unsharedHeadCount: 1 };

  it('a head count one side gives and the other does not weighs half in the smaller total', () => {
    // Since session 10 head counts weigh little (specificity.ts), so the rule moves the score less.
    expect(similarity(evening, nextDay)).toBeGreaterThan(similarity(evening, nextDay, off));
    expect(similarity(evening, nextDay)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('only between copies that share a toll of 10 or more: a brief sharing a place and "1" gains nothing', () => {
    const brief = ev('c', [{ value: 1, unit: 'other' }, p(15)], { localities: ['quang-ninh/ha-long'] });
    const big = ev('d', [p(1), p(48), p(53), p(38)], { localities: ['quang-ninh/ha-long'] });
    expect(similarity(brief, big)).toBe(similarity(brief, big, off));
  });

  it('other figures than head counts keep their full weight', () => {
    const kg = (value: number) => ({ value, unit: 'kg' as const });
    const x = ev('e', [p(48), kg(120), kg(35)]);
    const y = ev('f', [p(48), kg(120), kg(300)]);
    expect(similarity(x, y)).toBe(similarity(x, y, off));
  });
});

// Session 9: a copy that names only the province or the city says nothing against the other's districts.
describe('Districts against a copy that names none (unmatchedLocalities)', () => {
  const kg = (value: number) => ({ value, unit: 'kg' as const });
  const withDistricts = ev('a', [kg(120), { value: 3, unit: 'person' }], {
    localities: ['quang-tri/huong-hoa', 'quang-tri/khe-sanh', 'quang-tri/lao-bao'],
  });
  // A longer copy (more figures), naming the province only.
  const provinceOnly = ev('b', [
    kg(120),
    { value: 3, unit: 'person' },
    { value: 450, unit: 'other' },
    { value: 77, unit: 'other' },
    { value: 1800, unit: 'other' },
  ]);
  const off = { ...DEFAULT_PARAMS, unmatchedLocalities: 1 };

  it('the districts weigh nothing in the total when the other copy names no district', () => {
    expect(similarity(withDistricts, provinceOnly)).toBeGreaterThan(
      similarity(withDistricts, provinceOnly, off),
    );
  });

  it('between two copies naming districts they weigh fully', () => {
    const other = ev('c', [kg(120)], { localities: ['quang-tri/dong-ha'] });
    expect(similarity(withDistricts, other)).toBe(similarity(withDistricts, other, off));
  });
});

// Session 9: a toll updated between two reports of one event.
describe('Tolls updated between reports (updatedToll)', () => {
  const p = (value: number) => ({ value, unit: 'person' as const });
  const evening = ev('a', [p(9), p(18)], { localities: ['lao-cai/phinh-ho'] });
  const nextDay = ev('b', [p(9), p(19)], { localities: ['lao-cai/phinh-ho'] });
  const off = { ...DEFAULT_PARAMS, updatedToll: 0 };

  it('"18 dead" and "19 dead" match at half weight', () => {
    expect(similarity(evening, nextDay)).toBeGreaterThan(similarity(evening, nextDay, off));
    expect(similarity(evening, nextDay)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('not beyond 10 %, nor below 10, nor for other units', () => {
    const far = ev('c', [p(9), p(22)], { localities: ['lao-cai/phinh-ho'] });
    expect(similarity(evening, far)).toBe(similarity(evening, far, off));
    const small = [ev('d', [p(8)]), ev('e', [p(9)])] as const;
    expect(similarity(...small)).toBe(similarity(...small, off));
    const kg = [ev('f', [{ value: 18, unit: 'kg' }]), ev('g', [{ value: 19, unit: 'kg' }])] as const;
    expect(similarity(...kg)).toBe(similarity(...kg, off));
  });
});

// Session 10: a shared figure weighs by how often articles of this news report such a value in that unit
// (lambdas/stories/specificity.ts), not by its digits alone.
describe('Specific figures (session 10: specificity)', () => {
  const p = (value: number) => ({ value, unit: 'person' as const });
  const kg = (value: number) => ({ value, unit: 'kg' as const });
  const digitsOnly = { ...DEFAULT_PARAMS, specificity: false };

  it('a value is read as its decade, significant digits and mantissa', () => {
    expect(valueClass(22)).toEqual({ decade: 1, digits: 2, mantissa: 22 });
    expect(valueClass(100)).toEqual({ decade: 2, digits: 1, mantissa: 1 });
    expect(valueClass(1_250_000_000)).toEqual({ decade: 9, digits: 3, mantissa: 125 });
    expect(valueClass(0.26316)).toEqual({ decade: -1, digits: 3, mantissa: 26316 });
  });

  it('22 kg weighs more than 21 persons; a 6-digit sum of dong is strong; "1" is weak', () => {
    expect(specificWeight(22, 'kg')).toBeGreaterThan(specificWeight(21, 'person') + 0.5);
    expect(specificWeight(13, 'person')).toBeLessThan(2);
    expect(specificWeight(356_700_000, 'vnd')).toBeGreaterThanOrEqual(3);
    expect(specificWeight(1, 'person')).toBeLessThan(1);
  });

  it('a round value is less specific than a non-round one of its decade, in the same unit', () => {
    expect(specificWeight(100, 'kg')).toBeLessThan(specificWeight(137, 'kg'));
    expect(specificWeight(20, 'person')).toBeLessThan(specificWeight(23, 'person'));
  });

  it('a value whose unit one side could not name weighs as any value: never more than named alike', () => {
    for (const [v, unit] of [
      [22, 'kg'],
      [13, 'person'],
      [356_700_000, 'vnd'],
      [1, 'person'],
    ] as const)
      expect(specificWeight(v, 'any')).toBeLessThanOrEqual(specificWeight(v, unit));
  });

  it('of two pairs alike but for one shared figure, the pair sharing 22 kg scores above the one sharing 21 persons', () => {
    const place = { localities: ['quang-ninh/ha-long'] };
    const seizure = [ev('a', [kg(22), p(3), p(8)], place), ev('b', [kg(22), p(3)], place)] as const;
    const toll = [ev('c', [p(21), p(3), p(8)], place), ev('d', [p(21), p(3)], place)] as const;
    expect(similarity(...seizure)).toBeGreaterThan(similarity(...toll));
    expect(similarity(...seizure)).toBeLessThan(similarity(...seizure, digitsOnly));
  });
});

// Session 10: a copy with an upload date only cannot be parted from anything by the date gate.
describe('Undated copies (session 10: undated)', () => {
  const kg = (value: number) => ({ value, unit: 'kg' as const });
  const dated = ev('a', [kg(22), { value: 12, unit: 'person' }], { localities: ['quang-ninh/ha-long'] });
  const undated = { ...dated, id: 'b', datePrecision: 'none' as const, dateSource: 'upload' as const };

  it('a dated copy against an undated one scores by the undated factor', () => {
    const both = similarity(dated, { ...dated, id: 'c' });
    expect(similarity(dated, undated)).toBeCloseTo(DEFAULT_PARAMS.undated * both, 10);
    expect(DEFAULT_PARAMS.undated).toBeLessThan(1);
  });

  it('two undated copies, like two dated ones, are not lowered', () => {
    const other = { ...undated, id: 'd' };
    expect(similarity(undated, other)).toBe(similarity(dated, { ...dated, id: 'c' }));
  });
});

// Session 10: two reports that share places only (no figure, no person) are two events of one district as
// often as one event: Mong Cai's border post reports a catch every week.
describe('Places only (session 10: placesOnly)', () => {
  const place = { localities: ['quang-ninh/mong-cai', 'quang-ninh/vinh-thuc', 'quang-ninh/van-gia'] };
  const catchOne = ev('a', [{ value: 7, unit: 'vehicle' }], place);
  const catchTwo = ev('b', [{ value: 5, unit: 'vehicle' }], place);
  const off = { ...DEFAULT_PARAMS, placesOnly: 1 };

  it('three shared wards and nothing else score by the places-only factor, below the threshold', () => {
    expect(similarity(catchOne, catchTwo)).toBeCloseTo(
      DEFAULT_PARAMS.placesOnly * similarity(catchOne, catchTwo, off),
      10,
    );
    expect(similarity(catchOne, catchTwo, off)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(catchOne, catchTwo)).toBeLessThan(STORY_THRESHOLD);
  });

  it('a shared figure or person lifts it', () => {
    const sameCatch = ev('c', [{ value: 7, unit: 'vehicle' }], place);
    expect(similarity(catchOne, sameCatch)).toBe(similarity(catchOne, sameCatch, off));
  });
});

// Session 15: two variants measured by leaving one real set out (scripts/story-loso.ts) and left off by
// default (README.md). They stay as parameters so the measurement can be repeated.
describe('Variants measured in session 15, off by default (peopleConflict, unsharedProvinces)', () => {
  const kg = (value: number) => ({ value, unit: 'kg' as const });
  const officerOne = ev('a', [kg(22), { value: 12, unit: 'person' }], { people: ['nguyen van an'] });
  const officerTwo = ev('b', [kg(22), { value: 12, unit: 'person' }], { people: ['tran thi binh'] });

  it('both naming people and sharing none scores by peopleConflict; off, as before', () => {
    const half = { ...DEFAULT_PARAMS, peopleConflict: 0.5 };
    expect(DEFAULT_PARAMS.peopleConflict).toBe(1);
    expect(similarity(officerOne, officerTwo, half)).toBeCloseTo(
      0.5 * similarity(officerOne, officerTwo),
      10,
    );
    const sameOfficer = { ...officerTwo, people: ['nguyen van an'] };
    expect(similarity(officerOne, sameOfficer, half)).toBe(similarity(officerOne, sameOfficer));
  });

  it('a province one side names and the other not weighs unsharedProvinces in its total; off, fully', () => {
    const capital = ev('c', [kg(22)], { provinces: ['ha-noi', 'quang-tri'] });
    const local = ev('d', [kg(22)], { provinces: ['quang-tri'] });
    const none = { ...DEFAULT_PARAMS, unsharedProvinces: 0 };
    expect(DEFAULT_PARAMS.unsharedProvinces).toBe(1);
    // The smaller total is the local copy's either way: only the side naming the capital has one to lose.
    expect(similarity(capital, local, none)).toBe(similarity(capital, local));
    const far = ev('e', [kg(22), kg(7)], { provinces: ['ha-noi', 'quang-tri'] });
    const near = ev('f', [kg(22), kg(7), kg(3)], { provinces: ['quang-tri', 'hue', 'da-nang'] });
    expect(similarity(far, near, none)).toBeGreaterThan(similarity(far, near));
  });
});
