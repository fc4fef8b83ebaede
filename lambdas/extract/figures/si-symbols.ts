/**
 * The symbols of mass written in Latin letters after a number are international: a Russian, Arabic, Urdu or
 * Bengali paper writes "120kg" and "5mg" as an English one does, in a script its own unit words do not share.
 * Every lexicon reads them, unless it lists the symbol itself (with its own unit or factor). A kilogram is the
 * seized mass (`kg`); a milligram is a reading, not a haul (a breath test's "0.113mg/L", a dose): `other`, as
 * the annotators count it.
 */
import type { Unit } from '../../shared/vocabulary.js';

export const SI_SYMBOLS: ReadonlyArray<readonly [symbol: string, unit: Unit]> = [
  ['kg', 'kg'],
  ['mg', 'other'],
];
