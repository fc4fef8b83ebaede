/**
 * npx tsx bench/thai-line.ts — places/scripts.ts thaiGluedWordStarts on one long line of invented Thai, as the
 * line grows: the name after each type word ("จังหวัด", province) is read at each of its letters, and a reading
 * whose cost grows with the rest of the line (it once segmented the line from there to its end) shows as a
 * time per name that grows with the line; a linear one keeps it flat. Fastest of --rounds runs (default 5).
 */
import { performance } from 'node:perf_hooks';
import { thaiBoundaries, thaiGluedWordStarts } from '../lambdas/extract/places/scripts.js';

const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 5;

// A type word before a name no province has, glued to the word after it, then a clause.
const PHRASES = [
  'ตำรวจจังหวัดบิ่ญเตินกำลังตรวจค้นรถยนต์',
  'เจ้าหน้าที่จังหวัดเติงลานจับกุมผู้ต้องหาสองคน',
  'ชาวบ้านจังหวัดมึงฮวาพบยาเสพติดในไร่',
  'ทหารจังหวัดเกิ่นโด่ยช่วยเหลือชาวประมง',
];
const TYPE = 'จังหวัด';
const MAX_NAME = 20;
const lineOf = (n: number): string =>
  Array.from({ length: n }, (_, i) => PHRASES[i % PHRASES.length]).join(' ');

/** Every name's run after a type word of `line`, read as places/thai.ts reads it; how many starts it found. */
function readAll(line: string): number {
  let found = 0;
  for (let w = line.indexOf(TYPE); w >= 0; w = line.indexOf(TYPE, w + 1)) {
    const start = w + TYPE.length;
    let end = start;
    while (end < line.length && end - start < MAX_NAME && /[\u0e01-\u0e4e-]/.test(line[end]!)) end++;
    found += thaiGluedWordStarts(line, start, end, thaiBoundaries(line, start, end)).size;
  }
  return found;
}

readAll(lineOf(8));
console.log('names  chars  fastest ms  ms per name  starts');
for (const n of [25, 50, 100, 200, 400, 800]) {
  const line = lineOf(n);
  let best = Infinity;
  let starts = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    starts = readAll(line);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `${String(n).padStart(5)}  ${String(line.length).padStart(5)}  ${best.toFixed(1).padStart(10)}  ${(best / n).toFixed(3).padStart(11)}  ${String(starts).padStart(6)}`,
  );
}
