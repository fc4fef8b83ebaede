/**
 * perf50's speed changes, each output-identical: what the faster reading gives must be what the slower one
 * gave. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { thaiBoundaries, thaiGluedWordStarts } from '../../lambdas/extract/places/scripts.js';

/** thaiGluedWordStarts as it was: each position's first segment read over the rest of the line. */
function gluedStartsOverLine(
  body: string,
  start: number,
  end: number,
  boundaries: ReadonlySet<number>,
): number[] {
  const nl = body.indexOf('\n', end);
  const to = nl < 0 ? body.length : nl;
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const out: number[] = [];
  for (let k = start + 1; k < end; k++) {
    if (boundaries.has(k)) continue;
    const first = segmenter.segment(body.slice(k, to))[Symbol.iterator]().next().value;
    if (first === undefined) continue;
    const wordEnd = k + first.segment.length;
    if (!boundaries.has(wordEnd)) continue;
    let crosses = false;
    for (let b = k + 1; b < wordEnd && !crosses; b++) crosses = boundaries.has(b);
    if (crosses) out.push(k);
  }
  return out;
}

const PHRASES = [
  'ตำรวจจังหวัดบิ่ญเตินกำลังตรวจค้น',
  'เจ้าหน้าที่จังหวัดกวางตรีจับกุมผู้ต้องหา',
  'ชาวบ้านนครกานเทอพบยาเสพติด',
  'ทหารจังหวัดฮาติญช่วยเหลือชาวประมง',
];

describe('thaiGluedWordStarts reads each position up to the first space after the run', () => {
  it('finds the starts the whole line gave, whatever follows the space', () => {
    const lines = [
      PHRASES.join(' '),
      `${PHRASES[0]} ${PHRASES[1]}\n${PHRASES[2]}${PHRASES[3]}`,
      PHRASES.join(''),
      `${PHRASES[0]} 12 คน ${PHRASES[3]} (Hà Tĩnh) ${PHRASES[1]}`,
      `${PHRASES[2]}  ${PHRASES[1]}`,
    ];
    let compared = 0;
    for (const body of lines) {
      for (let start = 0; start < body.length; start++) {
        let end = start;
        while (end < body.length && end - start < 20 && /[\u0e01-\u0e4e-]/.test(body[end]!)) end++;
        if (end - start < 2) continue;
        const boundaries = thaiBoundaries(body, start, end);
        const expected = gluedStartsOverLine(body, start, end, boundaries);
        expect([...thaiGluedWordStarts(body, start, end, boundaries)]).toEqual(expected);
        compared += expected.length;
      }
    }
    // The lines hold names the segmenter cuts: the comparison is not of empty sets only.
    expect(compared).toBeGreaterThan(0);
  });
});
