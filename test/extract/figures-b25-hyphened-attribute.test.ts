/**
 * A number joined by a hyphen to the word after it, right after another number, is an attribute of each thing
 * the first number counts (its weight, size, height): "ten one-kilogram gold bars" counts ten things, no
 * kilogram. Sentences written for the project; a hyphened measure alone ("a 50-kilogram bag") keeps its
 * measure, and a vehicle's capacity ("a 5-tonne truck") stays no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (text: string) =>
  extractFigures(documentOf(text, 'en'), []).map((f) => [f.value, f.unit] as const);

describe('a hyphened attribute after a count', () => {
  it.each([
    ['The storm flattened 40 two-storey houses along the river.', 40, 'other'],
    ['Customs agents found 12 five-litre cans of petrol in the boat.', 12, 'other'],
    ['Rangers seized six two-metre logs of rosewood.', 6, 'other'],
  ])('%s', (text, value, unit) => {
    const got = read(text);
    expect(got).toContainEqual([value, unit]);
    expect(got).toHaveLength(1);
  });
  it('the attribute is no measure of its own', () => {
    const got = read('Officers seized 8 ten-kilogram sacks of fertiliser.');
    expect(got.filter(([, u]) => u === 'kg')).toEqual([]);
    expect(got).toContainEqual([8, 'other']);
  });
  it('a hyphened measure alone still measures, a capacity still counts nothing', () => {
    expect(read('Police found a 50-kilogram bag of heroin.')).toContainEqual([50, 'kg']);
    expect(read('A 5-tonne truck overturned on the pass.')).toEqual([]);
  });
});
