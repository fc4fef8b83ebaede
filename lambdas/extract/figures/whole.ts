/**
 * A count of things is a whole number: "979.487 synthetic drug pills" in an English text, "1,250 personas"
 * in a Spanish one are the other convention's thousands separator, not a decimal point. A machine
 * translation keeps the source's digits (Vietnamese groups thousands with a dot) while the language reads
 * that dot as a decimal point; what is counted tells the two apart. A round thousand so misread is a whole
 * number already ("14,000 hektarë" read as 14 where the comma is the decimal mark): no count writes a fraction
 * of three zeros, so those digits too are the group.
 */
import type { Unit } from '../../shared/vocabulary.js';
import type { Candidate } from './count.js';

/** Units that are amounts, not counts: a fraction of a kilogram, a percent or a sum of money is a fraction. */
const AMOUNTS: ReadonlySet<Unit> = new Set<Unit>(['kg', 'percent', 'vnd']);

/**
 * One to three digits, one separator, exactly three digits: the shape of a thousand grouped once. A lone zero
 * leads no group ("0.113mg/L", a breath test's reading, is never 113): its mark is the decimal one.
 */
const ONE_GROUP = /^(?!0[.,])\d{1,3}[.,]\d{3}$/;

/** A group of three zeros after the mark: read as a fraction, it leaves a whole number that still needs the group. */
const ZEROS_AFTER_MARK = /[.,]000$/;

/**
 * The candidate with a fraction read from a lone group of three digits made whole (value × 1000) when it
 * counts things; anything else as it is. `written` is the number as the text writes it.
 */
export function wholeCount(c: Candidate, written: string): Candidate {
  if (AMOUNTS.has(c.unit) || c.currency !== undefined) return c;
  if (!ONE_GROUP.test(written)) return c;
  if (Number.isInteger(c.value) && !ZEROS_AFTER_MARK.test(written)) return c;
  const digits = Number(written.replace(/\D/g, ''));
  // Only a value read straight from the digits (no scale word, no unit factor) is the misread group.
  if (Math.abs(digits / 1000 - c.value) > 1e-9) return c;
  return { ...c, value: digits };
}
