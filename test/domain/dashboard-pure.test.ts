import { describe, expect, it } from 'vitest';
import provinces2025 from '../../lambdas/extract/data/provinces-2025.json' with { type: 'json' };
import { provincesOf } from '../../lambdas/shared/provinces.js';
import { articleBody, foldSameLength, highlightSpans } from '../../dashboard/src/body.js';
import { toCsv } from '../../dashboard/src/csv.js';
import { CAPITALS, layoutTiles } from '../../dashboard/src/tiles.js';
import { figure, ref } from './factories.js';

describe('Function: layoutTiles', () => {
  it('gives every province of both schemes its own tile', () => {
    // Act
    const named = layoutTiles(Object.keys(CAPITALS).map((slug) => ({ slug })));
    const units = layoutTiles(provinces2025.units.map((u) => ({ slug: u.slug, members: u.merged })));

    // Assess: every name the API knows but the national bucket has a position; no two tiles share a cell.
    const known = provincesOf('named')
      .map((p) => p.slug)
      .filter((s) => s !== 'national');
    expect(Object.keys(CAPITALS).sort()).toEqual(known.sort());
    for (const tiles of [named, units]) {
      expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(tiles.length);
    }
    expect(named).toHaveLength(64);
    expect(units).toHaveLength(34);
  });

  it('keeps the country’s order: Hà Giang north of Hà Nội north of Cà Mau, Hà Nội west of Hải Phòng', () => {
    // Act
    const tiles = new Map(
      layoutTiles(Object.keys(CAPITALS).map((slug) => ({ slug }))).map((t) => [t.slug, t]),
    );

    // Assess
    expect(tiles.get('ha-giang')!.row).toBeLessThan(tiles.get('ha-noi')!.row);
    expect(tiles.get('ha-noi')!.row).toBeLessThan(tiles.get('ca-mau')!.row);
    expect(tiles.get('ha-noi')!.col).toBeLessThan(tiles.get('hai-phong')!.col);
  });
});

describe('Function: articleBody / highlightSpans', () => {
  const record = {
    title: 'Police seize heroin in Lào Cai',
    sections: [{ heading: null, paragraphs: ['Colonel Nguyễn Văn An said 5 cases were found in Lao Cai.'] }],
    figures: [figure({ value: 5, unit: 'case', topic: 'drugs', text: '5 cases', start: 58 })],
    provinces: [{ ...ref('lao-cai'), name: 'Lào Cai' }],
    localities: [],
    people: [{ name: 'Nguyễn Văn An', rank: 'colonel', role: null }],
  };

  it('rebuilds the body the offsets point into, title line included when the figures say so', () => {
    // Act
    const { body, titleInBody, placed } = articleBody(record);

    // Assess
    expect(titleInBody).toBe(true);
    expect(placed).toBe(1);
    expect(body.slice(58, 65)).toBe('5 cases');
  });

  it('highlights figures at their offsets and names wherever they occur, diacritics ignored', () => {
    // Act
    const { body } = articleBody(record);
    const spans = highlightSpans(record, body);

    // Assess
    expect(spans.map((s) => [s.kind, body.slice(s.start, s.end)])).toEqual([
      ['place', 'Lào Cai'],
      ['person', 'Nguyễn Văn An'],
      ['figure', '5 cases'],
      ['place', 'Lao Cai'],
    ]);
    expect(foldSameLength('Đà Nẵng')).toHaveLength('Đà Nẵng'.length);
  });
});

describe('Function: toCsv', () => {
  it('writes a BOM, CRLF rows and quotes what needs quoting', () => {
    // Act / Assess
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['Hà Nội', 'say "hi", then\nleave'],
          [1.5, null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\nHà Nội,"say ""hi"", then\nleave"\r\n1.5,\r\n');
  });
});
