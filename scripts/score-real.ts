/**
 * Scores the engine on a real-article set and prints one line per language and per language group (with and
 * without a lexicon), with every miss. `--record <label>` appends the reading, dated and with the commit, to
 * test/fixtures/real/READINGS.md: the log the issue asks for, so no reading is ever lost or rewritten.
 *
 *   npx tsx scripts/score-real.ts holdout --record "after figures fixes"
 *   npx tsx scripts/score-real.ts tuning --only '^r8[4-9]' --misses   (one batch of additions, e.g. to see
 *   whether a change moves articles it was not written from)
 *   npx tsx scripts/score-real.ts tuning --digits 4   (the rows to 4 decimals, to see a change of one figure)
 *   npx tsx scripts/score-real.ts tuning --primary hand   (the primary province by the hand rules of
 *   places/summarize.ts instead of the engine's default, the fitted model of places/primary-model.ts)
 */
import { execSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { Command } from 'commander';
import { LANGUAGES } from '../lambdas/shared/vocabulary.js';
import { scoreSet, subset, type ScoredSet } from '../test/support/gold-set.js';
import { DEFAULT_PRIMARY_CHOICE, type PrimaryChoice } from '../lambdas/extract/places/summarize.js';

const lexicon = new Set<string>(LANGUAGES);

function line(name: string, set: ScoredSet, digits = 2): string {
  const s = set.score;
  const n = set.gold.articles.length;
  const f = (x: number) => x.toFixed(digits);
  return `| ${name} | ${n} | ${f(s.language)} | ${f(s.primary)} | ${f(s.figureRecall)} | ${f(s.figurePrecision)} | ${f(s.topicAccuracy)} | ${f(s.peopleRecall)} | ${f(s.peoplePrecision)} |`;
}

const program = new Command()
  .argument('<set>', 'tuning or holdout (test/fixtures/real/<set>)')
  .option('--record <label>', 'append the reading to test/fixtures/real/READINGS.md')
  .option('--misses', 'print every miss and extra')
  .option('--digits <n>', 'decimals of the printed (and recorded) table', '2')
  .option('--only <pattern>', 'score only the articles whose file name matches this regular expression')
  .option(
    '--primary <how>',
    "primary province by the hand rules, the fitted model, or both (ranked: the hand rules say whether, the model which); default: the engine's",
    DEFAULT_PRIMARY_CHOICE,
  )
  .action(
    (
      name: string,
      opts: { record?: string; misses?: boolean; only?: string; primary: string; digits: string },
    ) => {
      if (!['model', 'hand', 'ranked'].includes(opts.primary))
        throw new Error('--primary: hand, model or ranked');
      if (opts.only !== undefined && opts.record !== undefined)
        throw new Error('--record logs whole sets only: leave out --only');
      const whole = scoreSet(`test/fixtures/real/${name}.gold.json`, `test/fixtures/real/${name}`, {
        primary: opts.primary as PrimaryChoice,
      });
      const only = opts.only === undefined ? undefined : new RegExp(opts.only, 'u');
      const set = only ? subset(whole, (g) => only.test(g.file)) : whole;
      const digits = Number(opts.digits);
      if (!Number.isInteger(digits) || digits < 0 || digits > 6) throw new Error('--digits: 0 to 6');
      const languages = [...new Set(set.gold.articles.map((g) => g.language))].sort();
      const rows = [
        '| articles | n | language | primary | fig recall | fig precision | topic | people recall | people precision |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        line('all', set, digits),
        line(
          'lexicon languages',
          subset(set, (g) => lexicon.has(g.language)),
          digits,
        ),
        line(
          'other languages',
          subset(set, (g) => !lexicon.has(g.language)),
          digits,
        ),
        ...languages.map((l) =>
          line(
            l,
            subset(set, (g) => g.language === l),
            digits,
          ),
        ),
      ];
      console.log(rows.join('\n'));
      if (opts.misses) console.log(set.report);
      if (opts.record) {
        const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
        const dirty = execSync('git status --porcelain -- lambdas', { encoding: 'utf8' }).trim()
          ? ' (+ uncommitted engine changes)'
          : '';
        const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
        const how = opts.primary === DEFAULT_PRIMARY_CHOICE ? '' : ` · primary: ${opts.primary}`;
        appendFileSync(
          'test/fixtures/real/READINGS.md',
          `\n## ${when} UTC · ${name} · engine at ${commit}${dirty}${how} · ${opts.record}\n\n${rows.join('\n')}\n`,
        );
      }
    },
  );

program.parse();
