/**
 * How specific a figure is: the weight of a value two articles share is how unlikely an article of another
 * story is to report that value in that unit, -log10 P(value, unit), capped (the similarity's scale: a
 * person's name weighs 4, about one chance in 10,000).
 *
 * P(value, unit) = rate × (1 / mantissa) / Z, from the value's written form:
 *   - its decade (22 and 87 are in the tens, 0.263 kg in the tenths) and its significant digits (100 has one,
 *     22 two, 263 three or more): a class;
 *   - rate: how many distinct values of that class, in that unit family, an article reports on average,
 *     counted on real articles of this news (data/specificity.json, scripts/story-specificity.ts). Head counts
 *     of 10–99 are in almost every disaster's report, kilograms of 10–99 in few: that is the difference
 *     between a shared "21 persons" and a shared "22 kg";
 *   - within a class, Benford's law: a value is as likely as 1 / its mantissa (the integer its significant
 *     digits make: 22 → 22, 1,250,000,000 → 125), normalized over the class (Z). A round value is in the
 *     one-digit class, whose rate says how often reports round.
 * A value one side gives without a unit the engine could name ('other') is weighed in the pooled family
 * ('any': every value whatever its unit), which makes it less specific than the same value named alike.
 */
import table from './data/specificity.json' with { type: 'json' };

/** The unit families with rates of their own; every other unit is a 'count' (cases, vehicles, weapons...). */
export const SPECIFICITY_FAMILIES = ['person', 'kg', 'vnd', 'count', 'other', 'any'] as const;
export type SpecificityFamily = (typeof SPECIFICITY_FAMILIES)[number];

export function familyOf(unit: string): SpecificityFamily {
  return unit === 'person' || unit === 'kg' || unit === 'vnd' || unit === 'other' ? unit : 'count';
}

export interface ValueClass {
  /** floor(log10 |value|): 0 for 1–9, 1 for 10–99, -1 for 0.1–0.99. */
  readonly decade: number;
  /** Significant digits, 3 standing for 3 or more. */
  readonly digits: 1 | 2 | 3;
  /** The integer of the significant digits: 22 for 22 and 0.22, 125 for 1,250,000,000. */
  readonly mantissa: number;
}

export function valueClass(value: number): ValueClass {
  const [digitsPart, exponent] = Math.abs(value).toExponential(11).split('e') as [string, string];
  const significant = digitsPart.replace('.', '').replace(/0+$/, '') || '0';
  return {
    decade: Number(exponent),
    digits: Math.min(3, significant.length) as 1 | 2 | 3,
    mantissa: Math.max(1, Number(significant)),
  };
}

export const classKey = (c: ValueClass): string => `${c.decade}/${c.digits}`;

/** Σ 1/mantissa over a class's mantissas (the ones not ending in 0 with that many digits). */
const NORMALIZER: Readonly<Record<1 | 2 | 3, number>> = {
  1: harmonic(1, 9),
  2: harmonic(10, 99),
  3: harmonic(100, 999),
};

function harmonic(from: number, to: number): number {
  let s = 0;
  for (let k = from; k <= to; k++) if (k < 10 || k % 10 !== 0) s += 1 / k;
  return s;
}

const RATES = table.rates as Readonly<Record<SpecificityFamily, Readonly<Record<string, number>>>>;
/** A class never seen in the sample: as if seen half an article (add-half smoothing). */
const UNSEEN_RATE = 0.5 / table.articles;

/** Weights above this say nothing more: the similarity's scale tops out at a person's name. */
export const SPECIFICITY_CAP = 4;

/** The chance that an article of another story reports this value in this family (not capped at 1). */
export function chanceOf(value: number, family: SpecificityFamily): number {
  const c = valueClass(value);
  const rate = RATES[family][classKey(c)] ?? UNSEEN_RATE;
  return rate / c.mantissa / NORMALIZER[c.digits];
}

/** -log10 of chanceOf, between 0 and SPECIFICITY_CAP. */
export function specificWeight(value: number, family: SpecificityFamily): number {
  return Math.min(SPECIFICITY_CAP, Math.max(0, -Math.log10(chanceOf(value, family))));
}
