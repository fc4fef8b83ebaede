/**
 * The holdout measures text the engine was never tuned on only if no holdout file is a tuning file again: two
 * collectors once took the same page at the same time (holdout r1555 and tuning r1536, session 22; found and
 * withdrawn in session 27). Each holdout text is compared with every tuning text by their sets of 6-character
 * pieces (whitespace folded): the share of the smaller set found in the other. Copies of one story in two
 * languages share little; a re-publication in one language shares most. The highest share between the sets when
 * this test was written: 0.46 (two Vietnamese reports of one kind of event). A very short text can pass the limit
 * with the stock phrases of its kind alone; such a pair, read by the lead and found to be two stories, is listed
 * in READ_APART with what tells them apart, and stays excused only while both files exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'test/fixtures/real';
const PIECE = 6;
const MAX_SHARE = 0.6;

const READ_APART: Record<string, string> = {
  // Session 49: a 259-character teaser of a drug bust (its lead sentence only) against a long report of another.
  'r1661_vi_cao_bang.txt ~ r2770_vi_ha_nam.txt':
    'Cao Bằng, 10 April, case 221C, 3 suspects, 40 cakes of heroin; Hà Nam, 25-30 September 2020, one man, 5 kg of ice, 6,000 pills, 2 cakes: only the stock phrases of a joint operation with the drug police department are shared',
};

function pieces(text: string): Set<string> {
  const flat = text.replace(/\s+/g, ' ');
  const out = new Set<string>();
  for (let i = 0; i + PIECE <= flat.length; i++) out.add(flat.slice(i, i + PIECE));
  return out;
}

function texts(set: string): { file: string; pieces: Set<string> }[] {
  const dir = join(ROOT, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, pieces: pieces(readFileSync(join(dir, file), 'utf8')) }));
}

describe('real articles: the holdout holds no tuning text', () => {
  it(`no holdout text shares more than ${MAX_SHARE} of its ${PIECE}-character pieces with a tuning text`, () => {
    const tuning = texts('tuning');
    const where = new Map<string, number[]>();
    tuning.forEach((t, i) => {
      for (const p of t.pieces) {
        const list = where.get(p);
        if (list) list.push(i);
        else where.set(p, [i]);
      }
    });
    const close: string[] = [];
    for (const h of texts('holdout')) {
      const shared = new Uint32Array(tuning.length);
      for (const p of h.pieces) for (const i of where.get(p) ?? []) shared[i]!++;
      shared.forEach((n, i) => {
        const share = n / Math.min(h.pieces.size, tuning[i]!.pieces.size);
        const pair = `${h.file} ~ ${tuning[i]!.file}`;
        if (share > MAX_SHARE && !(pair in READ_APART)) close.push(`${pair}: ${share.toFixed(2)}`);
      });
    }
    expect(close, close.join('\n')).toEqual([]);
  });

  it('every pair excused as read apart names two files of the sets', () => {
    const holdout = new Set(texts('holdout').map((t) => t.file));
    const tuning = new Set(texts('tuning').map((t) => t.file));
    for (const pair of Object.keys(READ_APART)) {
      const [h, t] = pair.split(' ~ ');
      expect(holdout.has(h!) && tuning.has(t!), pair).toBe(true);
    }
  });
});
