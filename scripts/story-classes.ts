/**
 * Why copies of one story are left apart: every pair of copies of a real story (the five tuning sets) that
 * the grouping leaves in different stories, with one class (the first that applies, in the order below) and
 * every flag that holds, then the counts. `npx tsx scripts/story-classes.ts [--pairs] [--copies]`
 * --copies lists every copy of those pairs that reads no place, figure or name, or is a brief, with what its
 * evidence holds: the findings for the engine (a language without a lexicon, a place or name it misses).
 */
import { parseArgs } from 'node:util';
import {
  dateAgreement,
  groupStories,
  similarityParts,
  stagesDiffer,
  type StoryEvidence,
} from '../lambdas/stories/index.js';
import { loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';

const { values } = parseArgs({
  options: { pairs: { type: 'boolean' }, copies: { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(
    'npx tsx scripts/story-classes.ts [--pairs] [--copies]: counts by class; --pairs prints every pair left apart, --copies the thin copies among them',
  );
  process.exit(0);
}

/** Head counts of 10 or more: the tolls that change between reports. */
const tolls = (e: StoryEvidence): number[] =>
  e.figures.filter((f) => f.unit === 'person' && f.value >= 10).map((f) => f.value);
/**
 * Pieces of evidence the similarity weighs beyond the province: figures, officials, the names the text writes
 * in any script (text-names.ts; an official is counted once) and localities. Before session 49 the names were not counted,
 * so a copy whose only evidence was a suspect's name was "almost nothing".
 */
const size = (e: StoryEvidence): number =>
  e.figures.length + new Set([...e.people, ...e.names, ...e.scriptNames]).size + e.localities.length;
/** A copy whose engine read no place, no figure and no name: a language without a lexicon, or a reading gap. */
const readsNothing = (e: StoryEvidence): boolean =>
  e.provinces.length === 0 &&
  e.figures.length === 0 &&
  e.people.length === 0 &&
  e.names.length === 0 &&
  e.scriptNames.length === 0;
const NOTHING = 'one copy reads no place, figure or name (no lexicon, or the engine misses them)';
const BRIEF = 'one copy is a brief (a place and at most one figure or name)';

function flagsOf(a: StoryEvidence, b: StoryEvidence): string[] {
  const flags: string[] = [];
  const shared = a.figures.filter((f) => b.figures.some((g) => g.value === f.value));
  if (a.provinces.length === 0 || b.provinces.length === 0) flags.push('province on one side only');
  if (a.primary && b.primary && a.primary !== b.primary) flags.push('main provinces differ');
  if (dateAgreement(a, b) < 1) flags.push('dates more than 7 days apart');
  if (a.datePrecision === 'none' || b.datePrecision === 'none') flags.push('an undated copy');
  if ((a.people.length === 0) !== (b.people.length === 0)) flags.push('names on one side only');
  else if (a.people.length > 0 && !a.people.some((p) => b.people.includes(p))) flags.push('names differ');
  if ((a.localities.length === 0) !== (b.localities.length === 0)) flags.push('localities on one side only');
  else if (a.localities.length > 0 && !a.localities.some((l) => b.localities.includes(l)))
    flags.push('localities differ');
  if (a.figures.length > 0 && b.figures.length > 0 && shared.length === 0) flags.push('no figure shared');
  if (shared.length > 0 && shared.every((f) => f.unit === 'person')) flags.push('only head counts shared');
  const [ta, tb] = [tolls(a), tolls(b)];
  if (ta.some((x) => !tb.includes(x)) && tb.some((x) => !ta.includes(x))) flags.push('tolls differ');
  return flags;
}

function classOf(a: StoryEvidence, b: StoryEvidence, flags: readonly string[]): string {
  const parts = similarityParts(a, b);
  const shared = a.figures.filter((f) => b.figures.some((g) => g.value === f.value)).length;
  if (!parts.provincesMeet) return 'gate: provinces differ';
  if (parts.dateFactor === 0) return 'gate: dates too far apart';
  if (stagesDiffer(a, b)) return 'gate: stages differ';
  if (readsNothing(a) || readsNothing(b)) return NOTHING;
  if (size(a) <= 1 || size(b) <= 1) return BRIEF;
  if (flags.includes('names on one side only')) return 'an official named on one side only';
  if (flags.includes('tolls differ') && shared <= 1) return 'tolls differ (updated, another agency)';
  if (shared === 0) return 'no figure shared (other amounts, other scales)';
  if (flags.includes('localities on one side only')) return 'a locality on one side only';
  return 'too little shared (small head counts and a province)';
}

const classes = new Map<string, number>();
const flagCounts = new Map<string, number>();
/** The thin copies of the pairs in the two classes above (--copies), by set and id. */
const thin = new Map<string, string>();
const describe = (e: StoryEvidence): string =>
  `${e.language}: provinces [${e.provinces.join(', ')}], localities [${e.localities.join(', ')}], ` +
  `figures [${e.figures.map((f) => `${f.value} ${f.unit}`).join(', ')}], ` +
  `names [${[...new Set([...e.people, ...e.names, ...e.scriptNames])].join(', ')}], text numbers [${e.text.numbers.join(', ')}]`;
for (const { name, root } of TUNING_STORY_SETS) {
  const real = loadRealStories(root);
  const truth = new Map(real.map((r) => [r.evidence.id, r.story]));
  const storyOf = new Map<string, string>();
  for (const s of groupStories(real.map((r) => r.evidence)).stories)
    for (const m of s.members) storyOf.set(m, s.id);
  for (let i = 0; i < real.length; i++)
    for (let j = i + 1; j < real.length; j++) {
      const [a, b] = [real[i]!.evidence, real[j]!.evidence];
      if (truth.get(a.id) !== truth.get(b.id) || storyOf.get(a.id) === storyOf.get(b.id)) continue;
      const flags = flagsOf(a, b);
      const cls = classOf(a, b, flags);
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      if (cls === NOTHING || cls === BRIEF)
        for (const e of [a, b])
          if (cls === NOTHING ? readsNothing(e) : size(e) <= 1) thin.set(`${name} ${e.id}`, describe(e));
      for (const f of flags) flagCounts.set(f, (flagCounts.get(f) ?? 0) + 1);
      if (values.pairs)
        console.log(
          `${name} ${similarityParts(a, b).score.toFixed(3)} ${a.id} ~ ${b.id}: ${cls} [${flags.join('; ')}]`,
        );
    }
}
const table = (m: Map<string, number>): string =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `  ${n}  ${k}`)
    .join('\n');
if (values.copies) for (const [id, what] of [...thin].sort()) console.log(`${id}  ${what}`);
console.log(
  `pairs left apart, by class:\n${table(classes)}\nflags (a pair may have several):\n${table(flagCounts)}`,
);
