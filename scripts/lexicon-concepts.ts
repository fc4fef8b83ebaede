/**
 * Lexicon-coverage audit (issue #9: figures on real text nobody wrote rules for). The holdout's commonest miss
 * is a count before a counted noun the language's lexicon lacks, while another language has it: the lexicons
 * grew from each language's own misses. scripts/lexicon-concepts.json lists counted-noun concepts (persons by
 * status or occupation, fates, weapons, vehicles) with the forms a number takes before them in each
 * noun-counting lexicon language; this reads every form with the engine's own unit matcher (figures/read.ts
 * matchUnit on the language's compiled lexicon) and prints, per concept, the languages that lack it or read it
 * as another unit, then the gap counts per language and in all.
 *
 *   npx tsx scripts/lexicon-concepts.ts            the table of gaps and the counts
 *   npx tsx scripts/lexicon-concepts.ts --all      every concept, covered languages included
 */
import { readFileSync } from 'node:fs';
import { lexiconFor } from '../lambdas/extract/figures/lexicon.js';
import { matchUnit } from '../lambdas/extract/figures/read.js';
import { tokenize } from '../lambdas/extract/figures/tokens.js';
import { fold } from '../lambdas/extract/text/fold.js';
import {
  auditForms,
  printAudit,
  type AuditConcept,
  type AuditResult,
  type AuditTable,
} from './concept-audit.js';

interface Concept extends AuditConcept {
  unit: string;
}
type Table = AuditTable<Concept>;

/** The unit the language's lexicon reads for a form written after a number, or null when it reads none. */
export function unitOf(language: string, form: string): string | null {
  const lex = lexiconFor(language);
  const text = `5 ${form}`;
  const tokens = tokenize(text, fold(text), lex);
  const at = tokens.findIndex((t) => t.kind === 'word');
  if (at < 0) return null;
  // Words matched as written come first, as in figures/read.ts (vi "kẻ", "xuồng": folding makes them other words).
  const written = lex.unitsAsWritten?.get(text.slice(tokens[at]!.start, tokens[at]!.end));
  if (written) return written.unit;
  const m = matchUnit(tokens, at, lex);
  // A form read by its first words is read as the engine reads it: "5 xe taxi" counts vehicles by "xe".
  return m ? m.entry.unit : null;
}

export interface Gap {
  concept: string;
  unit: string;
  language: string;
  form: string;
  read: string | null;
}

/** Forms not read as their concept's unit: gaps, or left out when the concept says why. */
export function auditConcepts(table: Table): AuditResult<Gap> {
  return auditForms(table, (c, language, form) => {
    const read = unitOf(language, form);
    return read === c.unit ? null : { concept: c.concept, unit: c.unit, language, form, read };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = JSON.parse(
    readFileSync(new URL('./lexicon-concepts.json', import.meta.url), 'utf8'),
  ) as Table;
  printAudit(
    table,
    auditConcepts(table),
    { heading: (c) => `${c.concept} (${c.unit})`, shown: (g) => (g.read ? `→${g.read}` : '') },
    process.argv.includes('--all'),
  );
}
