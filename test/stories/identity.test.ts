import { describe, expect, it } from 'vitest';
import {
  BlockIndex,
  blockingKeys,
  blockingSortKey,
  candidateQueries,
  dateAgreement,
  DEFAULT_PARAMS,
  foldName,
  groupStories,
  pickRepresentative,
  similarity,
  storyEvidence,
  STORY_THRESHOLD,
} from '../../lambdas/stories/index.js';
import type { Figure, ProvinceRef } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

const ref = (slug: string, name: string, successor = slug): ProvinceRef => ({
  slug,
  name,
  successor: { slug: successor, name: successor },
});

const ev = evidenceOf;
const fig = (value: number, unit: Figure['unit'] = 'person', count = 1) => ({ value, unit, count });

describe('Function: storyEvidence', () => {
  it('keeps what survives translation: 2025 units, localities by province, folded names, figures as a multiset', () => {
    const figure = (value: number, unit: Figure['unit'], target = false, start = 0): Figure => ({
      value,
      unit,
      topic: 'drugs',
      text: String(value),
      start,
      approximate: false,
      target,
      province: null,
    });
    const e = storyEvidence(
      {
        id: 'a',
        language: 'fr',
        title: 'Saisie de 100 kg de drogue à Thuận An',
        sections: [{ heading: null, paragraphs: ['La police a saisi 100 kg de drogue.'] }],
        provinces: [ref('binh-duong', 'Bình Dương', 'ho-chi-minh')],
        localities: [
          {
            name: 'Thuận An',
            slug: 'thuan-an',
            kind: 'city',
            province: ref('binh-duong', 'Bình Dương', 'ho-chi-minh'),
          },
        ],
        people: [
          { name: 'Sùng Thị Mải', rank: null, role: null },
          { name: 'Sung Thi Mai', rank: 'colonel', role: null },
        ],
        figures: [
          figure(100, 'kg', false, 40),
          figure(100, 'kg', false, 90),
          figure(5, 'person'),
          figure(90, 'percent', true),
          figure(7.5, 'kg', false, 10),
        ],
        textDate: { day: 22, month: 4, year: null, text: '22 avril', start: 0 },
      },
      { published: '2026-04-22', dateSource: 'text' },
    );
    expect(e).toMatchObject({
      provinces: ['ho-chi-minh'],
      localities: ['binh-duong/thuan-an'],
      people: ['sung thi mai'],
      figures: [fig(7.5, 'kg'), fig(100, 'kg', 2), fig(5, 'person')],
      // The first amount in the order of the text, not of the list.
      leadAmount: { value: 7.5, unit: 'kg' },
      datePrecision: 'day-month',
      stage: 'event',
    });
    expect(foldName('Đinh  Tiến-Quân')).toBe('dinh tien quan');
    // A Hindi copy's name is read back to Latin (since session 11); in a script without a romanizer table
    // (Bengali) the vowel signs, combining marks, stay with their letters: the name stays whole.
    expect(foldName('मेजर गुयेन वान हंग'.slice(5))).toBe('nguyen van hung');
    expect(foldName('গুয়েন ভান হুং')).toBe('গুয়েন ভান হুং'.normalize('NFC'));
    // Family names written two ways, one Han character each (session 12): a Latin copy's Võ and a Chinese
    // copy's 武 (read back as Vũ), Huỳnh and Hoàng (黃), are one family name; a given name Võ stays.
    expect(foldName('Võ Văn Hưng')).toBe(foldName('武文雄'));
    expect(foldName('Võ Văn Hưng')).toBe('vu van hung');
    expect(foldName('Huỳnh Văn Tâm')).toBe('hoang van tam');
    expect(foldName('Nguyễn Võ Tâm')).toBe('nguyen vo tam');
  });
});

describe('Function: similarity', () => {
  const base = ev({
    id: 'a',
    localities: ['quang-tri/huong-hoa'],
    people: ['nguyen van long'],
    figures: [fig(100, 'kg'), fig(5), fig(48000, 'other')],
  });

  // Identical evidence scores W / (W + smoothing): below 1, higher the more there is to agree on.
  const same = similarity(base, { ...base, id: 'z' });

  it('is highest for the same evidence, and symmetric', () => {
    const copy = { ...base, id: 'b', language: 'de' };
    expect(same).toBeGreaterThan(STORY_THRESHOLD);
    expect(similarity(base, copy)).toBe(same);
    const other = ev({ id: 'c', figures: [fig(100, 'kg'), fig(3)] });
    expect(similarity(base, other)).toBe(similarity(other, base));
  });

  it('matches a value whose unit one side could not name, and a specific value more when both name its unit', () => {
    const copy = ev({ id: 'b', figures: [fig(100, 'other'), fig(5, 'other'), fig(48000, 'other')] });
    const withUnits = ev({ id: 'c', figures: [fig(100, 'kg'), fig(5), fig(48000, 'other')] });
    expect(similarity(copy, withUnits)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(withUnits, { ...withUnits, id: 'z' })).toBeGreaterThan(similarity(copy, withUnits));
    // "5 persons" named alike weighs more than a bare 5 (persons are one family of values, any value
    // another, larger: specificity.ts), but neither lets a brief reach the threshold.
    const small = ev({ id: 'd', figures: [fig(5)] });
    const bare = similarity(small, { ...small, id: 'e', figures: [fig(5, 'other')] });
    expect(similarity(small, { ...small, id: 'e' })).toBeGreaterThan(bare);
    expect(similarity(small, { ...small, id: 'e' })).toBeLessThan(STORY_THRESHOLD);
  });

  it('weighs a copy that names no place less, and two different amounts of one unit', () => {
    const placed = { ...base, id: 'b', localities: [] };
    const placeless = { ...placed, id: 'c', provinces: [] };
    const unweighed = similarity(placed, placeless, { ...DEFAULT_PARAMS, placeless: 1 });
    expect(similarity(placed, placeless)).toBeCloseTo(DEFAULT_PARAMS.placeless * unweighed, 10);
    expect(DEFAULT_PARAMS.placeless).toBeLessThan(1);
    const otherKg = { ...base, id: 'e', figures: [fig(12, 'kg'), fig(5), fig(48000, 'other')] };
    const noKg = { ...base, id: 'f', figures: [fig(5), fig(48000, 'other')] };
    expect(similarity(base, otherKg)).toBeLessThan(similarity(base, noKg));
  });

  it('is 0 across provinces that do not meet, and across dates three weeks apart', () => {
    expect(similarity(base, { ...base, id: 'b', provinces: ['nghe-an'] })).toBe(0);
    expect(similarity(base, { ...base, id: 'b', published: '2024-07-03' })).toBe(0);
    expect(similarity(base, { ...base, id: 'b', published: '2024-06-19' })).toBe(same);
  });

  it('compares a guessed-year date by day and month only, and ignores an upload date', () => {
    const guessed = { ...base, id: 'b', published: '2026-06-14', datePrecision: 'day-month' as const };
    expect(dateAgreement(base, guessed)).toBe(1);
    const uploaded = { ...base, id: 'c', published: '2026-11-29', datePrecision: 'none' as const };
    expect(dateAgreement(base, uploaded)).toBe(1);
  });

  it('does not join two seizures in one province on one day that share only small numbers', () => {
    const other = ev({
      id: 'b',
      localities: ['quang-tri/dakrong'],
      figures: [fig(5), fig(12, 'kg'), fig(4000, 'other')],
    });
    expect(similarity(base, other)).toBeLessThan(STORY_THRESHOLD);
  });

  it('lets a short copy be covered by a long one, but not on one shared small figure', () => {
    const excerpt = ev({ id: 'b', figures: [fig(100, 'kg'), fig(48000, 'other')] });
    expect(similarity(base, excerpt)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    const brief = ev({ id: 'c', figures: [fig(5)] });
    expect(similarity(base, brief)).toBeLessThan(STORY_THRESHOLD);
  });
});

describe('Function: pickRepresentative', () => {
  it('takes the copy with most distinct figures, then most evidence, then the smallest id', () => {
    const a = ev({ id: 'b', figures: [fig(1), fig(2)] });
    const b = ev({ id: 'c', figures: [fig(1), fig(2), fig(3)] });
    const c = ev({ id: 'a', figures: [fig(1), fig(2)], people: ['le van a'] });
    expect(pickRepresentative([a, b, c])?.id).toBe('c');
    expect(pickRepresentative([a, c])?.id).toBe('a');
    expect(pickRepresentative([c, { ...c, id: '0' }])?.id).toBe('0');
  });
});

describe('Blocking', () => {
  it('writes locality, name, specific-figure and province keys; small numbers get none', () => {
    const e = ev({
      id: 'x',
      localities: ['quang-tri/huong-hoa'],
      people: ['nguyen van long'],
      figures: [fig(5), fig(2.5, 'kg'), fig(48000, 'other')],
    });
    expect(blockingKeys(e)).toEqual([
      'L#quang-tri/huong-hoa',
      'N#nguyen van long',
      'F#48000',
      'F#2.5',
      'P#quang-tri',
      'Y#quang-tri/huong-hoa#06',
    ]);
    expect(blockingSortKey(e)).toBe('D#2024-06-12#x');
    expect(blockingSortKey({ ...e, datePrecision: 'day-month' })).toBe('M#06-12#2024#x');
    expect(blockingSortKey({ ...e, datePrecision: 'none' })).toBe('U#2024-06-12#x');
    // The locality-in-a-month key is a dated article's only: it is what a day-month copy finds it by.
    expect(blockingKeys({ ...e, datePrecision: 'day-month' })).not.toContain('Y#quang-tri/huong-hoa#06');
  });

  it('a dated article reads its keys within the date window (and the undated part of name and figure keys)', () => {
    const e = ev({ id: 'x', localities: ['quang-tri/huong-hoa'], people: ['le van a'] });
    expect(candidateQueries(e)).toEqual([
      { key: 'L#quang-tri/huong-hoa', from: 'D#2024-05-22', to: 'D#2024-07-03#\uffff' },
      { key: 'L#quang-tri/huong-hoa', from: 'M#05-22', to: 'M#07-03#\uffff' },
      { key: 'N#le van a', from: 'D#2024-05-22', to: 'D#2024-07-03#\uffff' },
      { key: 'N#le van a', from: 'M#05-22', to: 'M#07-03#\uffff' },
      { key: 'N#le van a', from: 'U#', to: 'U#\uffff' },
      { key: 'P#quang-tri', from: 'D#2024-05-28', to: 'D#2024-06-27#\uffff' },
      {
        key: 'P#quang-tri',
        from: 'M#05-28',
        to: 'M#06-27#\uffff',
        nearDay: { day: '2024-06-12', days: 15 },
      },
    ]);
  });

  it('an undated article reads its names and figures whole, its localities and (since session 21) provinces among the undated of ±21 upload days', () => {
    const e = ev({
      id: 'x',
      localities: ['quang-tri/huong-hoa'],
      people: ['le van a'],
      datePrecision: 'none',
    });
    expect(candidateQueries(e)).toEqual([
      { key: 'L#quang-tri/huong-hoa', from: 'U#2024-05-22', to: 'U#2024-07-03#\uffff' },
      { key: 'N#le van a' },
      { key: 'P#quang-tri', from: 'U#2024-05-22', to: 'U#2024-07-03#\uffff' },
    ]);
  });

  it('two undated copies sharing only a district meet when uploaded within the window, in either order', () => {
    const a = ev({ id: 'a', localities: ['hai-duong/kim-thanh'], datePrecision: 'none' });
    const b = { ...a, id: 'b', published: '2024-06-30' };
    const late = { ...a, id: 'c', published: '2024-08-30' };
    for (const [older, newer] of [
      [a, b],
      [b, a],
    ] as const) {
      const index = new BlockIndex();
      index.add(older);
      expect(index.candidates(newer)).toEqual([older.id]);
    }
    const index = new BlockIndex();
    index.add(a);
    expect(index.candidates(late)).toEqual([]);
  });

  it('a day-month article reads its localities by day of the year, in any year, and its other keys whole', () => {
    const e = ev({
      id: 'x',
      published: '2026-12-28',
      datePrecision: 'day-month',
      localities: ['quang-tri/huong-hoa'],
      people: ['le van a'],
    });
    expect(candidateQueries(e)).toEqual([
      { key: 'L#quang-tri/huong-hoa', from: 'M#12-07', to: 'M#12-31#\uffff' },
      { key: 'L#quang-tri/huong-hoa', from: 'M#01-01', to: 'M#01-18#\uffff' },
      { key: 'Y#quang-tri/huong-hoa#12' },
      { key: 'Y#quang-tri/huong-hoa#01' },
      { key: 'N#le van a' },
      { key: 'P#quang-tri', from: 'M#12-13', to: 'M#12-31#\uffff' },
      { key: 'P#quang-tri', from: 'M#01-01', to: 'M#01-12#\uffff' },
      { key: 'P#quang-tri', from: 'D#2026-12-13', to: 'D#2027-01-12#\uffff' },
      { key: 'P#quang-tri', from: 'D#2025-12-13', to: 'D#2026-01-12#\uffff' },
    ]);
  });

  it('a copy whose text date has no year meets a dated copy of another year through a locality alone', () => {
    const dated = ev({
      id: 'a',
      published: '2020-01-09',
      localities: ['ha-noi/my-duc'],
      provinces: ['ha-noi'],
    });
    const yearless = ev({
      id: 'b',
      published: '2026-01-10',
      dateSource: 'text',
      datePrecision: 'day-month',
      localities: ['ha-noi/my-duc'],
      provinces: ['ha-noi'],
    });
    const otherMonth = { ...yearless, id: 'c', published: '2026-04-10' };
    for (const [older, newer] of [
      [dated, yearless],
      [yearless, dated],
    ] as const) {
      const index = new BlockIndex();
      index.add(older);
      index.add(otherMonth);
      expect(index.candidates(newer)).toEqual([older.id]);
    }
  });

  it('finds candidates through shared keys only: no article outside them is read', () => {
    const index = new BlockIndex();
    const a = ev({ id: 'a', figures: [fig(48000, 'other')] });
    const farAway = ev({ id: 'b', published: '2023-01-01', figures: [fig(48000, 'other')] });
    const otherProvince = ev({
      id: 'c',
      provinces: ['nghe-an'],
      localities: ['nghe-an/vinh'],
      figures: [fig(7000, 'other')],
    });
    const undatedCopy = ev({
      id: 'd',
      datePrecision: 'none',
      published: '2026-11-29',
      provinces: [],
      figures: [fig(48000)],
    });
    for (const e of [farAway, otherProvince, undatedCopy]) index.add(e);
    expect(index.candidates(a)).toEqual(['d']);
    expect(index.stats().itemsRead).toBe(1);
  });

  it('groups are the same whatever the input order, and name their languages', () => {
    const a = ev({ id: 'a', language: 'fr', figures: [fig(100, 'kg'), fig(48000, 'other')] });
    const b = ev({ id: 'b', language: 'vi', figures: [fig(100, 'kg'), fig(48000, 'other'), fig(5)] });
    const c = ev({ id: 'c', provinces: ['nghe-an'], figures: [fig(100, 'kg'), fig(48000, 'other')] });
    const one = groupStories([a, b, c]).stories;
    expect(groupStories([c, b, a]).stories).toEqual(one);
    expect(one).toEqual([
      { id: 'b', representative: 'b', members: ['a', 'b'], languages: ['fr', 'vi'] },
      { id: 'c', representative: 'c', members: ['c'], languages: ['en'] },
    ]);
  });
});
