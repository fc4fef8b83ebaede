/**
 * What evidence the pairs of copies left apart lack (session 19): every pair of copies of one real story (the
 * five tuning sets) that the grouping leaves in different stories, with every gap that holds (a pair may have
 * several), counted per set. Unlike story-classes.ts (one class per pair) it counts the evidence each lever
 * would need: an undated copy; values within 10 % but not equal (updated tolls, roundings, "about"); a value and
 * its thousandfold (a scale word not read); names on one side only; a copy with at most one figure; no value
 * in common. `npx tsx scripts/story-gaps.ts [--pairs]`
 */
import { parseArgs } from 'node:util';
import { groupStories, similarity, type StoryEvidence } from '../lambdas/stories/index.js';
import { loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';

const { values } = parseArgs({ options: { pairs: { type: 'boolean' } } });

const near = (x: number, y: number): boolean => x !== y && Math.abs(x - y) <= 0.1 * Math.max(x, y);
const compatible = (u: string, v: string): boolean => u === v || u === 'other' || v === 'other';
/** "2.4" and "2,400", "200" and "200,000": one side read the scale word, the other did not. */
const scaled = (x: number, y: number): boolean =>
  [1e3, 1e6, 1e9].some((k) => Math.abs(x * k - y) <= 0.01 * y || Math.abs(y * k - x) <= 0.01 * x);

function gapsOf(a: StoryEvidence, b: StoryEvidence): { gaps: string[]; notes: string[] } {
  const gaps: string[] = [];
  const notes: string[] = [];
  const aValues = new Set(a.figures.map((f) => f.value));
  const bValues = new Set(b.figures.map((f) => f.value));
  if (a.datePrecision === 'none' || b.datePrecision === 'none') gaps.push('an undated copy');
  let heads = false;
  let other = false;
  let scale = false;
  for (const f of a.figures)
    for (const g of b.figures) {
      if (bValues.has(f.value) || aValues.has(g.value)) continue;
      if (near(f.value, g.value) && compatible(f.unit, g.unit) && Math.max(f.value, g.value) >= 10) {
        if (f.unit === 'person' || g.unit === 'person') heads = true;
        else other = true;
        notes.push(`${f.value} ${f.unit} ~ ${g.value} ${g.unit}`);
      }
      if (f.value !== g.value && scaled(f.value, g.value)) {
        scale = true;
        notes.push(`${f.value} ${f.unit} × ${g.value} ${g.unit}`);
      }
    }
  if (heads || other) gaps.push('values within 10 % but not equal');
  if (heads) gaps.push('  of them head counts');
  if (other) gaps.push('  of them other units');
  if (scale) gaps.push('a value and its thousandfold');
  if ((a.people.length === 0) !== (b.people.length === 0)) gaps.push('names on one side only');
  if (a.figures.length <= 1 || b.figures.length <= 1) gaps.push('a copy with at most one figure');
  if (!a.figures.some((f) => bValues.has(f.value))) gaps.push('no value in common');
  return { gaps, notes };
}

const counts = new Map<string, Map<string, number>>();
const names = TUNING_STORY_SETS.map((s) => s.name);
for (const { name, root } of TUNING_STORY_SETS) {
  const articles = loadRealStories(root);
  const truth = new Map(articles.map((r) => [r.evidence.id, r.story]));
  const predicted = new Map<string, string>();
  for (const s of groupStories(articles.map((r) => r.evidence)).stories)
    for (const m of s.members) predicted.set(m, s.id);
  const evidence = articles.map((r) => r.evidence);
  for (let i = 0; i < evidence.length; i++)
    for (let j = i + 1; j < evidence.length; j++) {
      const [a, b] = [evidence[i]!, evidence[j]!];
      if (truth.get(a.id) !== truth.get(b.id) || predicted.get(a.id) === predicted.get(b.id)) continue;
      const { gaps, notes } = gapsOf(a, b);
      for (const gap of ['pairs left apart', ...gaps]) {
        const row = counts.get(gap) ?? counts.set(gap, new Map()).get(gap)!;
        row.set(name, (row.get(name) ?? 0) + 1);
      }
      if (values.pairs)
        console.log(
          `${name} ${similarity(a, b).toFixed(3)} ${a.id} ~ ${b.id} [${gaps.join('; ')}] ${notes.join(', ')}`,
        );
    }
}
console.log(`| gap | ${names.map((n) => `\`${n}\``).join(' | ')} | all |`);
console.log(`| --- | ${names.map(() => '---').join(' | ')} | --- |`);
for (const [gap, row] of counts) {
  const cells = names.map((n) => row.get(n) ?? 0);
  console.log(`| ${gap.trim()} | ${cells.join(' | ')} | ${cells.reduce((x, y) => x + y, 0)} |`);
}
