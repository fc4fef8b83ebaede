/**
 * How far apart in days the pairs near the threshold are: every pair of the five real tuning sets scoring at
 * least --floor, copies of one story (T) and of two (F), above the threshold (hi) or below (lo), counted by the
 * days between their dates (U: an undated copy, M<n>: a year-less one, compared by day of the year). Says
 * whether a lever of the date (a closer agreement, a day read for undated copies) would separate the copies
 * left apart from the look-alikes. `npx tsx scripts/story-near.ts [--floor 0.25] [--pairs]`
 */
import { parseArgs } from 'node:util';
import { dayNumber, similarity, STORY_THRESHOLD, type StoryEvidence } from '../lambdas/stories/index.js';
import { loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';

const { values } = parseArgs({
  options: {
    floor: { type: 'string', default: '0.25' },
    pairs: { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log('npx tsx scripts/story-near.ts [--floor 0.25] [--pairs]: near pairs by days apart');
  process.exit(0);
}
const floor = Number(values.floor);

/** Days between two copies as the date gate reads them, or U / M<n>. */
function apart(a: StoryEvidence, b: StoryEvidence): string {
  if (a.datePrecision === 'none' || b.datePrecision === 'none') return 'U';
  if (a.datePrecision === 'day' && b.datePrecision === 'day')
    return String(Math.abs(dayNumber(a.published) - dayNumber(b.published)));
  // By day of the year (in a leap year, so 29 February has its day): the year of a year-less date is a guess.
  const doy = (d: string): number => dayNumber(`2000${d.slice(4)}`);
  const diff = Math.abs(doy(a.published) - doy(b.published));
  return `M${Math.min(diff, 366 - diff)}`;
}

/** Bins of days: 0–1 (one report), 2–7 (the date factor's full band), 8+, U, M0–1, M2+. */
function bin(days: string): string {
  if (days === 'U') return 'U';
  const year = days.startsWith('M');
  const n = Number(year ? days.slice(1) : days);
  const band = n <= 1 ? '0-1' : n <= 7 ? '2-7' : '8+';
  return year ? `M${band}` : band;
}

const counts = new Map<string, number>();
for (const { name, root } of TUNING_STORY_SETS) {
  const real = loadRealStories(root);
  for (let i = 0; i < real.length; i++)
    for (let j = i + 1; j < real.length; j++) {
      const [a, b] = [real[i]!.evidence, real[j]!.evidence];
      const score = similarity(a, b);
      if (score < floor) continue;
      const same = real[i]!.story === real[j]!.story;
      const days = apart(a, b);
      const key = `${same ? 'T' : 'F'} ${score >= STORY_THRESHOLD ? 'hi' : 'lo'} ${bin(days)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (values.pairs && (!same || score < STORY_THRESHOLD))
        console.log(name, same ? 'T' : 'F', score.toFixed(3), days, a.id, b.id, a.stage, b.stage);
    }
}
console.log(`pairs scoring ≥ ${floor}, by days apart (T: one story, F: two; hi: ≥ ${STORY_THRESHOLD}):`);
for (const [key, n] of [...counts].sort()) console.log(`  ${key}  ${n}`);
