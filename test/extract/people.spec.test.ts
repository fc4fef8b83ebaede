/**
 * Data-driven people spec: test/extract/spec/people/<lang>.json holds sentences written for the purpose in
 * the ways this news names officials (rank + full name, office + name, name + comma + office, a name in
 * parentheses after an office, two officials joined by "and", an official quoted, a name in the script of
 * the language) and the people it names who are none (a suspect with age and home, a victim, a defendant,
 * a street or school named after a person, a company, a name cut short by the excerpt). Each case lists
 * every official expected, by name and rank, with the real place gazetteer. A case the engine does not
 * handle yet carries "unsupported": "<reason>" and runs as an expected failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

const CaseSchema = z.object({
  class: z.string().min(1),
  text: z.string().min(1),
  officials: z.array(z.tuple([z.string().min(1), z.string().nullable()])),
  unsupported: z.string().optional(),
});
const SpecSchema = z.object({ language: z.string().length(2), cases: z.array(CaseSchema).min(12) });
type Case = z.infer<typeof CaseSchema>;

const folder = new URL('./spec/people/', import.meta.url);
const specs = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => SpecSchema.parse(JSON.parse(readFileSync(new URL(f, folder), 'utf8'))));

/** The officials read from a sentence, by name and rank, sorted (the order of the record is not the claim). */
function officialsOf(text: string, language: string): Array<[string, string | null]> {
  const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });
  return people.map((p): [string, string | null] => [p.name, p.rank]).sort();
}

function assess(c: Case, language: string): void {
  expect(officialsOf(c.text, language)).toEqual([...c.officials].sort());
}

describe('Function: findPeople (spec data)', () => {
  describe.each(specs.map((s) => [s.language, s] as const))('Language: %s', (language, spec) => {
    const cases = spec.cases.map((c) => [`${c.class}: ${c.text}`, c] as const);
    const supported = cases.filter(([, c]) => !c.unsupported);
    const unsupported = cases.filter(([, c]) => c.unsupported);
    it.each(supported)('%s', (_title, c) => assess(c, language));
    if (unsupported.length > 0)
      it.fails.each(unsupported)('unsupported yet: %s', (_t, c) => assess(c, language));
  });
});
