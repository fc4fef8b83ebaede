/**
 * People-coverage audit (issue #9: officials on real text nobody wrote rules for). The rank and title words of
 * lexicons/<lang>/people.json grew from each language's own misses, so a rank or an office one language reads is
 * often missing in another. scripts/people-concepts.json lists official ranks (police and army grades) and
 * offices (police, party, state, justice) with the forms each lexicon language's news writes them in; this puts
 * every form beside a Vietnamese name in a short invented sentence of the language, reads it with the engine's own
 * people reader (people/index.ts findPeople) and prints, per concept, the languages that miss it: a rank concept
 * is covered when the name is read with that rank, an office concept when the name is read with a role.
 *
 *   npx tsx scripts/people-concepts.ts            the table of gaps and the counts
 *   npx tsx scripts/people-concepts.ts --all      every concept, covered languages included
 */
import { readFileSync } from 'node:fs';
import { makeDocument } from '../lambdas/extract/index.js';
import { findPeople } from '../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../lambdas/extract/places/index.js';

interface Concept {
  concept: string;
  /** The canonical rank the forms must be read with; absent for an office (read with any role). */
  rank?: string;
  /** Per language, the title as written; "{name}" marks where the name stands (before it when absent). */
  forms: Record<string, string[]>;
  /** Languages whose form is not added on purpose, with the reason. */
  leftOut?: Record<string, string>;
}
export interface PeopleTable {
  languages: string[];
  /** Per language, the Vietnamese name as its press writes it. */
  names: Record<string, string>;
  /** Per language, a sentence around "{phrase}" (the title and the name). */
  sentences: Record<string, string>;
  concepts: Concept[];
}

export interface Probe {
  concept: string;
  language: string;
  form: string;
  sentence: string;
  /** What was read of the name: its rank and role, or null when it was not read as an official. */
  read: { rank: string | null; role: string | null } | null;
}

/** The sentence a form is probed in. */
export function sentenceFor(table: PeopleTable, language: string, form: string): string {
  const name = table.names[language]!;
  const phrase = form.includes('{name}') ? form.replace('{name}', name) : `${form} ${name}`;
  const sentence = table.sentences[language]!.replace('{phrase}', phrase);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** What the people reader makes of the probe's name: null when it lists no official of that name. */
export function readOfficial(table: PeopleTable, language: string, form: string): Probe['read'] {
  const sentence = sentenceFor(table, language, form);
  const people = findPeople(makeDocument(sentence, language), { isPlaceName, isNamesake, isLocalityName });
  const name = table.names[language]!.replace(/[\s·・]/gu, '');
  const p = people.find((x) => x.name.replace(/[\s·・]/gu, '') === name);
  return p ? { rank: p.rank ?? null, role: p.role ?? null } : null;
}

function covered(c: Concept, read: Probe['read']): boolean {
  if (!read) return false;
  return c.rank ? read.rank === c.rank : read.role !== null;
}

/** Forms not read as their concept: gaps, or left out when the concept says why. */
export function auditPeople(table: PeopleTable): { gaps: Probe[]; leftOut: Probe[]; probes: number } {
  const gaps: Probe[] = [];
  const leftOut: Probe[] = [];
  let probes = 0;
  for (const c of table.concepts)
    for (const language of table.languages)
      for (const form of c.forms[language] ?? []) {
        probes++;
        const read = readOfficial(table, language, form);
        if (covered(c, read)) continue;
        const probe = {
          concept: c.concept,
          language,
          form,
          sentence: sentenceFor(table, language, form),
          read,
        };
        (c.leftOut?.[language] ? leftOut : gaps).push(probe);
      }
  return { gaps, leftOut, probes };
}

function shown(read: Probe['read']): string {
  if (!read) return '';
  return `→${read.rank ?? '-'}/${read.role ?? '-'}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = JSON.parse(
    readFileSync(new URL('./people-concepts.json', import.meta.url), 'utf8'),
  ) as PeopleTable;
  const all = process.argv.includes('--all');
  const verbose = process.argv.includes('--sentences');
  const { gaps, leftOut, probes } = auditPeople(table);
  for (const c of table.concepts) {
    const mine = gaps.filter((g) => g.concept === c.concept);
    if (!all && mine.length === 0) continue;
    const missing = mine.map((g) => `${g.language} «${g.form}»${shown(g.read)}`);
    const have = table.languages.filter((l) => !mine.some((g) => g.language === l));
    console.log(
      `${c.concept}${c.rank ? ` (${c.rank})` : ''}: missing ${missing.join(', ') || '-'}${all ? ` | has ${have.join(' ')}` : ''}`,
    );
    if (verbose) for (const g of mine) console.log(`    ${g.sentence}`);
  }
  const byLang = table.languages.map((l) => `${l} ${gaps.filter((g) => g.language === l).length}`);
  console.log(`\ngaps per language: ${byLang.join(', ')}`);
  console.log(`gaps: ${gaps.length} of ${probes} forms (${table.concepts.length} concepts)`);
  console.log(`\nleft out on purpose (${leftOut.length}):`);
  for (const g of leftOut) {
    const why = table.concepts.find((c) => c.concept === g.concept)?.leftOut?.[g.language];
    console.log(`  ${g.concept} ${g.language} «${g.form}»: ${why}`);
  }
}
