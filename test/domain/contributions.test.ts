import { describe, expect, it } from 'vitest';
import { contributions, delta, type Contribution } from '../../lambdas/metrics/contributions.js';
import { toString } from '../../lambdas/shared/decimal.js';
import { article, figure, ref } from './factories.js';

/** "pk|sk" → { counter: "value" } for readable assertions. */
function table(items: Iterable<Contribution>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const { key, counters } of items) {
    out[`${key.pk}|${key.sk}`] = Object.fromEntries(
      Object.entries(counters).map(([k, v]) => [k, toString(v)]),
    );
  }
  return out;
}

/**
 * An item's counters as table() prints them: its figures (and their sum, on a topic × unit item), counted
 * in one article and one story: '1' when the article adds them, '-1' when it takes them away.
 */
function counted({ once = '1', ...ofFigures }: { sum?: string; figures: string; once?: '1' | '-1' }) {
  return { ...ofFigures, articles: once, stories: once };
}

describe('Function: contributions', () => {
  it('attributes figures to the primary province in both schemes', () => {
    // Prepare
    const a = article({
      figures: [
        figure({ value: 3 }),
        figure({ value: 2.5 }),
        figure({ value: 7, unit: 'kg', topic: 'drugs' }),
      ],
    });

    // Act
    const items = table(contributions(a).values());

    // Assess
    expect(items).toEqual({
      'PROVINCE#named#alpha-province|TOTAL': counted({ figures: '3' }),
      'PROVINCES#named|alpha-province': counted({ figures: '3' }),
      'PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person': counted({ sum: '5.5', figures: '2' }),
      'PROVINCE#named#alpha-province|TOPIC#drugs#UNIT#kg': counted({ sum: '7', figures: '1' }),
      'PROVINCE#2025#omega-province|TOTAL': counted({ figures: '3' }),
      'PROVINCES#2025|omega-province': counted({ figures: '3' }),
      'PROVINCE#2025#omega-province|TOPIC#crime#UNIT#person': counted({ sum: '5.5', figures: '2' }),
      'PROVINCE#2025#omega-province|TOPIC#drugs#UNIT#kg': counted({ sum: '7', figures: '1' }),
      'LANGUAGES|fr': { articles: '1' },
    });
  });

  it.each([
    ['from the article refs', [ref('beta-province', 'omega-province')], 'beta-province', 'omega-province'],
    ['from the directory when refs miss it', [], 'ha-giang', 'tuyen-quang'],
    ['as itself when nobody knows it', [], 'gamma-province', 'gamma-province'],
  ])('resolves a figure province successor %s', (_name, provinces, named, successor) => {
    // Prepare
    const a = article({ provinces, figures: [figure({ province: named })] });

    // Act
    const items = table(contributions(a).values());

    // Assess
    expect(items[`PROVINCE#named#${named}|TOPIC#crime#UNIT#person`]).toEqual(
      counted({ sum: '1', figures: '1' }),
    );
    expect(items[`PROVINCE#2025#${successor}|TOPIC#crime#UNIT#person`]).toEqual(
      counted({ sum: '1', figures: '1' }),
    );
    // The primary province still counts the article, with no figures of its own.
    expect(items['PROVINCE#named#alpha-province|TOTAL']).toEqual({ articles: '1', stories: '1' });
  });

  it('merges provinces that share a successor into one 2025 bucket', () => {
    // Prepare
    const a = article({
      primaryProvince: ref('ha-giang', 'tuyen-quang'),
      figures: [figure({ value: 2 }), figure({ value: 3, province: 'tuyen-quang' })],
    });

    // Act
    const items = table(contributions(a).values());

    // Assess
    expect(items['PROVINCE#2025#tuyen-quang|TOTAL']).toEqual(counted({ figures: '2' }));
    expect(items['PROVINCE#2025#tuyen-quang|TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '5', figures: '2' }),
    );
    expect(items['PROVINCE#named#ha-giang|TOTAL']).toEqual(counted({ figures: '1' }));
    expect(items['PROVINCE#named#tuyen-quang|TOTAL']).toEqual(counted({ figures: '1' }));
  });

  it('puts a national article in the national bucket', () => {
    // Prepare
    const a = article({ primaryProvince: null, language: 'de', figures: [figure({ value: 4 })] });

    // Act
    const items = table(contributions(a).values());

    // Assess
    expect(Object.keys(items).sort()).toEqual([
      'LANGUAGES|de',
      'PROVINCE#2025#national|TOPIC#crime#UNIT#person',
      'PROVINCE#2025#national|TOTAL',
      'PROVINCE#named#national|TOPIC#crime#UNIT#person',
      'PROVINCE#named#national|TOTAL',
      'PROVINCES#2025|national',
      'PROVINCES#named|national',
    ]);
  });
});

describe('Function: delta', () => {
  it('of an insert is the whole contribution', () => {
    // Prepare
    const a = article({ figures: [figure({ value: 9 })] });

    // Act / Assess
    expect(table(delta(undefined, a))).toEqual(table(contributions(a).values()));
  });

  it('of a remove is the negated contribution', () => {
    // Prepare
    const a = article({ figures: [figure({ value: 9 })] });

    // Act
    const items = table(delta(a, undefined));

    // Assess
    expect(items['PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '-9', figures: '-1', once: '-1' }),
    );
    expect(items['LANGUAGES|fr']).toEqual({ articles: '-1' });
  });

  it('of a modify holds only what changed', () => {
    // Prepare
    const before = article({ figures: [figure({ value: 0.1 }), figure({ value: 5, unit: 'case' })] });
    const after = article({
      version: 2,
      figures: [figure({ value: 0.3 }), figure({ value: 5, unit: 'case' })],
    });

    // Act
    const items = table(delta(before, after));

    // Assess
    expect(items).toEqual({
      'PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person': { sum: '0.2' },
      'PROVINCE#2025#omega-province|TOPIC#crime#UNIT#person': { sum: '0.2' },
    });
  });

  it('moves a figure between provinces', () => {
    // Prepare
    const before = article({ figures: [figure({ value: 2 })] });
    const after = article({ version: 2, figures: [figure({ value: 2, province: 'ha-giang' })] });

    // Act
    const items = table(delta(before, after));

    // Assess
    expect(items['PROVINCE#named#alpha-province|TOTAL']).toEqual({ figures: '-1' });
    expect(items['PROVINCE#named#ha-giang|TOTAL']).toEqual(counted({ figures: '1' }));
    expect(items['PROVINCE#2025#tuyen-quang|TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '2', figures: '1' }),
    );
    expect(items['LANGUAGES|fr']).toBeUndefined();
  });

  it('is sorted by key, so a change always splits into the same chunks', () => {
    // Prepare
    const a = article({ figures: [figure({ province: 'zeta' }), figure({ province: 'beta' })] });

    // Act
    const keys = delta(undefined, a).map(({ key }) => `${key.pk}\u0000${key.sk}`);

    // Assess
    expect(keys).toEqual([...keys].sort());
  });
});

describe('Function: contributions of a story copy', () => {
  it('counts a copy that does not represent its story as an article, without its figures or a story', () => {
    // Prepare
    const copy = article({
      storyRepresentative: false,
      figures: [figure({ value: 3 }), figure({ value: 4 })],
    });

    // Act
    const items = table(contributions(copy).values());

    // Assess
    expect(items['PROVINCE#named#alpha-province|TOTAL']).toEqual({ articles: '1' });
    expect(items['PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person']).toEqual({ articles: '1' });
    expect(items['LANGUAGES|fr']).toEqual({ articles: '1' });
  });

  it('moves totals by exactly the difference between two copies when the representative changes', () => {
    // Prepare: copy one represented the story with 3 persons; copy two (5 persons) takes over.
    const oneBefore = article({ id: '1'.repeat(32), figures: [figure({ value: 3 })] });
    const oneAfter = { ...oneBefore, version: 2, storyRepresentative: false };
    const twoBefore = article({
      id: '2'.repeat(32),
      language: 'de',
      storyRepresentative: false,
      figures: [figure({ value: 5 })],
    });
    const twoAfter = { ...twoBefore, version: 2, storyRepresentative: true };

    // Act
    const one = table(delta(oneBefore, oneAfter));
    const two = table(delta(twoBefore, twoAfter));

    // Assess: one story, its figures now copy two's; the articles counts do not move.
    expect(one['PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person']).toEqual({
      sum: '-3',
      figures: '-1',
      stories: '-1',
    });
    expect(two['PROVINCE#named#alpha-province|TOPIC#crime#UNIT#person']).toEqual({
      sum: '5',
      figures: '1',
      stories: '1',
    });
    expect(one['LANGUAGES|fr']).toBeUndefined();
  });
});

describe('Function: contributions, by month', () => {
  it('adds month items beside the all-time ones, in both schemes, for a dated article', () => {
    // Prepare
    const a = article({
      published: '2024-06-02',
      figures: [figure({ value: 3 }), figure({ value: 4 }), figure({ value: 1, unit: 'kg', topic: 'drugs' })],
    });

    // Act
    const items = table(contributions(a).values());

    // Assess
    expect(items['PROVINCE#named#alpha-province|MONTH#2024-06#TOTAL']).toEqual(counted({ figures: '3' }));
    expect(items['PROVINCE#named#alpha-province|MONTH#2024-06#TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '7', figures: '2' }),
    );
    expect(items['PROVINCE#2025#omega-province|MONTH#2024-06#TOPIC#drugs#UNIT#kg']).toEqual(
      counted({ sum: '1', figures: '1' }),
    );
    const monthly = Object.keys(items).filter((k) => k.includes('|MONTH#'));
    expect(monthly).toHaveLength(6);
  });

  it('adds none for an undated article (a record written before dates)', () => {
    // Act
    const items = table(contributions(article({ figures: [figure()] })).values());

    // Assess
    expect(Object.keys(items).some((k) => k.includes('MONTH#'))).toBe(false);
  });

  it('moves every figure between months, exactly, when published changes, and nothing else', () => {
    // Prepare
    const figures = [figure({ value: 2 }), figure({ value: 0.1, province: 'ha-giang' })];
    const before = article({ published: '2024-01-31', figures });
    const after = article({ version: 2, published: '2024-02-01', figures });

    // Act
    const items = table(delta(before, after));

    // Assess
    expect(Object.keys(items).every((k) => k.includes('|MONTH#'))).toBe(true);
    expect(items['PROVINCE#named#alpha-province|MONTH#2024-01#TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '-2', figures: '-1', once: '-1' }),
    );
    expect(items['PROVINCE#named#ha-giang|MONTH#2024-02#TOPIC#crime#UNIT#person']).toEqual(
      counted({ sum: '0.1', figures: '1' }),
    );
    expect(items['PROVINCE#2025#tuyen-quang|MONTH#2024-02#TOTAL']).toEqual(counted({ figures: '1' }));
  });

  it('moves nothing when the day changes within the month', () => {
    // Prepare
    const before = article({ published: '2024-01-02', figures: [figure()] });

    // Act / Assess
    expect(delta(before, { ...before, version: 2, published: '2024-01-30' })).toEqual([]);
  });
});
