/**
 * The shared frame of the lexicon-coverage audits (scripts/lexicon-concepts.ts, people-concepts.ts,
 * topic-concepts.ts): a table of concepts with the forms each language writes them in, every form probed by the
 * engine, and what is not read as its concept sorted into gaps, or left out when the concept says why. Each audit
 * brings only its probe and how it shows a reading.
 */

export interface AuditConcept {
  concept: string;
  forms: Record<string, string[]>;
  /** Languages whose form is not added on purpose, with the reason. */
  leftOut?: Record<string, string>;
}

export interface AuditTable<C extends AuditConcept> {
  languages: string[];
  concepts: C[];
}

export interface AuditGap {
  concept: string;
  language: string;
  form: string;
}

export interface AuditResult<G> {
  gaps: G[];
  leftOut: G[];
  probes: number;
}

/** Every form of every concept probed: `miss` gives the gap record, or null when the form is read as its concept. */
export function auditForms<C extends AuditConcept, G extends AuditGap>(
  table: AuditTable<C>,
  miss: (c: C, language: string, form: string) => G | null,
): AuditResult<G> {
  const gaps: G[] = [];
  const leftOut: G[] = [];
  let probes = 0;
  for (const c of table.concepts)
    for (const language of table.languages)
      for (const form of c.forms[language] ?? []) {
        probes++;
        const gap = miss(c, language, form);
        if (gap) (c.leftOut?.[language] ? leftOut : gaps).push(gap);
      }
  return { gaps, leftOut, probes };
}

export interface AuditReport<C extends AuditConcept, G extends AuditGap> {
  /** The concept's line head ("persons (person)"). */
  heading: (c: C) => string;
  /** What was read instead, after the form ("→vehicle"). */
  shown: (g: G) => string;
  /** The same after a form left out on purpose (none by default). */
  shownLeftOut?: (g: G) => string;
  /** Lines printed under a gap (the probe sentence). */
  detail?: (g: G) => string | undefined;
}

/** The audit's table on stdout: per concept the languages that miss it (`all`: and those that have it), the counts. */
export function printAudit<C extends AuditConcept, G extends AuditGap>(
  table: AuditTable<C>,
  { gaps, leftOut, probes }: AuditResult<G>,
  report: AuditReport<C, G>,
  all: boolean,
): void {
  for (const c of table.concepts) {
    const mine = gaps.filter((g) => g.concept === c.concept);
    if (!all && mine.length === 0) continue;
    const missing = mine.map((g) => `${g.language} «${g.form}»${report.shown(g)}`);
    const have = table.languages.filter((l) => !mine.some((g) => g.language === l));
    console.log(
      `${report.heading(c)}: missing ${missing.join(', ') || '-'}${all ? ` | has ${have.join(' ')}` : ''}`,
    );
    for (const g of mine) {
      const line = report.detail?.(g);
      if (line !== undefined) console.log(`    ${line}`);
    }
  }
  const byLang = table.languages.map((l) => `${l} ${gaps.filter((g) => g.language === l).length}`);
  console.log(`\ngaps per language: ${byLang.join(', ')}`);
  console.log(`gaps: ${gaps.length} of ${probes} forms (${table.concepts.length} concepts)`);
  console.log(`\nleft out on purpose (${leftOut.length}):`);
  for (const g of leftOut) {
    const why = table.concepts.find((c) => c.concept === g.concept)?.leftOut?.[g.language];
    console.log(`  ${g.concept} ${g.language} «${g.form}»${report.shownLeftOut?.(g) ?? ''}: ${why}`);
  }
}
