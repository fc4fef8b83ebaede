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
import {
  auditForms,
  printAudit,
  type AuditConcept,
  type AuditResult,
  type AuditTable,
} from './concept-audit.js';

interface Concept extends AuditConcept {
  /** The canonical rank the forms must be read with; absent for an office (read with any role). */
  rank?: string;
  /** Per language, the title as written; "{name}" marks where the name stands (before it when absent). */
  forms: Record<string, string[]>;
}
export interface PeopleTable extends AuditTable<Concept> {
  /** Per language, the Vietnamese name as its press writes it. */
  names: Record<string, string>;
  /** Per language, a sentence around "{phrase}" (the title and the name). */
  sentences: Record<string, string>;
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
export function auditPeople(table: PeopleTable): AuditResult<Probe> {
  return auditForms(table, (c, language, form) => {
    const read = readOfficial(table, language, form);
    if (covered(c, read)) return null;
    return { concept: c.concept, language, form, sentence: sentenceFor(table, language, form), read };
  });
}

function shown(read: Probe['read']): string {
  if (!read) return '';
  return `→${read.rank ?? '-'}/${read.role ?? '-'}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = JSON.parse(
    readFileSync(new URL('./people-concepts.json', import.meta.url), 'utf8'),
  ) as PeopleTable;
  const verbose = process.argv.includes('--sentences');
  printAudit(
    table,
    auditPeople(table),
    {
      heading: (c) => `${c.concept}${c.rank ? ` (${c.rank})` : ''}`,
      shown: (g) => shown(g.read),
      detail: (g) => (verbose ? g.sentence : undefined),
    },
    process.argv.includes('--all'),
  );
}
