/**
 * Topic-cue audit (issue #9: topics on real text nobody wrote rules for). The topic cues of each lexicon
 * (figures.json `topics`, `offences`, `fraud`, `accidents`...) grew from each language's own misses, so a cue
 * one language has is often missing in another. scripts/topic-concepts.json lists the concepts each topic's
 * news uses (drugs: heroin, drug users, rehabilitation; disasters: floods, landslides; offences: theft,
 * gambling...) with the form each lexicon language's news writes them in; this reads every form with the
 * engine's own figure reader (figures/index.ts extractFigures) on a short sentence that names the form and
 * one count of cases (the language's `probe`, `{cue}` replaced by the form), and prints, per concept, the
 * languages whose figure does not get the concept's topic, then the gap counts per language and in all.
 * The probe's default topic is crime, so a crime concept's form must also be read as a crime cue itself.
 *
 *   npx tsx scripts/topic-concepts.ts            the table of gaps and the counts
 *   npx tsx scripts/topic-concepts.ts --all      every concept, covered languages included
 */
import { readFileSync } from 'node:fs';
import type { Topic } from '../lambdas/shared/vocabulary.js';
import { extractFigures } from '../lambdas/extract/figures/index.js';
import { cueTextOf, lexiconFor } from '../lambdas/extract/figures/lexicon.js';
import { DEFAULT_TOPIC, findCues } from '../lambdas/extract/figures/topic.js';
import { makeDocument } from '../lambdas/extract/index.js';
import { writtenWithoutMarks } from '../lambdas/extract/text/vietnamese.js';
import {
  auditForms,
  printAudit,
  type AuditConcept,
  type AuditResult,
  type AuditTable,
} from './concept-audit.js';

interface Concept extends AuditConcept {
  topic: Topic;
  /** Why the forms are what they are (a word left out in every language, say). */
  note?: string;
  /** A phrase that must name no topic (notCues): the probe keeps its default, read from no cue. */
  notCue?: boolean;
}
export interface TopicTable extends AuditTable<Concept> {
  /** Per language, a sentence with one count (12) and the place of the cue, `{cue}`. */
  probes: Record<string, string>;
}

/** The topic the engine gives the probe's one figure once the form is put in, or null when it reads none. */
export function topicOf(table: TopicTable, language: string, form: string): string | null {
  const text = table.probes[language]!.replace('{cue}', form);
  const figure = extractFigures(makeDocument(text, language), []).find((f) => f.value === 12);
  return figure ? figure.topic : null;
}

/**
 * Whether the form is itself read as a cue of the topic in the probe: a cue hit of that topic inside the
 * form's span. The probe's figure gets the default topic (crime) with no cue at all, so for a crime concept
 * the figure's topic cannot tell a cue from an unread word; the hit can (rv29: 358 forms could not fail).
 */
export function formIsCue(table: TopicTable, language: string, form: string, topic: string): boolean {
  const probe = table.probes[language]!;
  const doc = makeDocument(probe.replace('{cue}', form), language);
  // As extractFigures does: a text typed without marks is read with the folded cues.
  const marked = lexiconFor(language);
  const lex = marked.unmarked && writtenWithoutMarks(doc.body) ? marked.unmarked : marked;
  const at = probe.indexOf('{cue}');
  const end = at + form.length;
  const all = { start: 0, end: doc.body.length };
  return findCues(cueTextOf(doc.folded, lex, doc.body), lex, [all], all).some(
    (h) => h.topic === topic && h.start < end && h.end > at,
  );
}

export interface Gap {
  concept: string;
  topic: Topic;
  language: string;
  form: string;
  read: string | null;
}

/** Forms whose figure does not get the concept's topic: gaps, or left out when the concept says why. */
export function auditTopics(table: TopicTable): AuditResult<Gap> {
  return auditForms(table, (c, language, form) => {
    const read = topicOf(table, language, form);
    // The default topic needs the form's own cue: without it the probe reads crime all the same.
    if (
      read === c.topic &&
      (c.topic !== DEFAULT_TOPIC || c.notCue || formIsCue(table, language, form, c.topic))
    )
      return null;
    return { concept: c.concept, topic: c.topic, language, form, read };
  });
}

export function loadTopicTable(): TopicTable {
  return JSON.parse(readFileSync(new URL('./topic-concepts.json', import.meta.url), 'utf8')) as TopicTable;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = loadTopicTable();
  const shown = (g: Gap) => `→${g.read ?? 'no figure'}`;
  printAudit(
    table,
    auditTopics(table),
    { heading: (c) => `${c.concept} (${c.topic})`, shown, shownLeftOut: shown },
    process.argv.includes('--all'),
  );
}
