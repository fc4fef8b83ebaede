/**
 * Intl.Segmenter costs tens of microseconds a call in Thai, Lao, Khmer and Burmese, so the spans already
 * segmented are remembered for the body being read (places/scripts.ts thaiBoundaries, figures/segmented.ts
 * wordsOf). What is remembered must be what segmenting anew gives, and must not outlive its body: another body,
 * even one of the same length, is segmented afresh. Invented Thai and Khmer sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { thaiBoundaries } from '../../lambdas/extract/places/scripts.js';
import { spanMemo } from '../../lambdas/extract/text/memo.js';

/** The boundaries thaiBoundaries gave before it remembered them: the line's ends and every segment's start. */
function fresh(body: string, start: number, end: number): Set<number> {
  const from = body.lastIndexOf('\n', start) + 1;
  const nl = body.indexOf('\n', end);
  const to = nl < 0 ? body.length : nl;
  const out = new Set<number>([from, to]);
  for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(body.slice(from, to)))
    out.add(from + s.index);
  return out;
}

const FIRST = 'ตำรวจจังหวัดเชียงรายจับกุมผู้ต้องหาสองคน\nเจ้าหน้าที่จังหวัดลำปางตรวจค้นรถยนต์สามคัน';
// The same length as FIRST, other words: a remembered span of FIRST would be wrong here.
const SECOND = 'ทหารเรือจังหวัดภูเก็ตช่วยเหลือชาวประมงสองคน\nชาวบ้านจังหวัดน่านพบช้างป่าสามตัวในไร่ข้าวโพด';

describe('thaiBoundaries remembers the lines of the body it reads', () => {
  it('gives what segmenting anew gives, asked again, across lines and after another body', () => {
    const second = SECOND.slice(0, FIRST.length);
    expect(second.length).toBe(FIRST.length);
    const spans: Array<[number, number]> = [
      [0, 5],
      [12, 20],
      [0, 5],
      [FIRST.indexOf('\n') + 3, FIRST.indexOf('\n') + 9],
      [30, FIRST.indexOf('\n') + 4],
    ];
    for (const body of [FIRST, second, FIRST, `${FIRST} `]) {
      for (const [start, end] of spans) {
        expect([...thaiBoundaries(body, start, end)].sort((a, b) => a - b)).toEqual(
          [...fresh(body, start, end)].sort((a, b) => a - b),
        );
      }
    }
  });
});

describe('segmented figures read the same, whatever was read before', () => {
  const texts = [
    'ตำรวจภูธรจังหวัดเชียงรายแถลงว่า เจ้าหน้าที่จับกุมผู้ต้องหาสองคนพร้อมยาบ้า 5000 เม็ด ในหมู่ 5 ตำบลเวียง ' +
      'ผู้ต้องหาได้รับบาดเจ็บ 2 คน และราคาเพิ่มขึ้นร้อยละ 15',
    'ប៉ូលិសខេត្តកំពតបានចាប់ខ្លួនបុរសម្នាក់ និងរឹបអូសបានថ្នាំញៀន ៣ កញ្ចប់ ក្នុងភូមិ ២ ឃុំកំពង់ក្រែង ' + 'ហើយមនុស្សពីរនាក់បានរងរបួស',
  ];
  it('gives the same article alone, twice, and after another text', () => {
    const alone = texts.map((t) => JSON.stringify(extractArticle(Buffer.from(t))));
    for (let round = 0; round < 2; round++)
      for (const [k, t] of texts.entries())
        expect(JSON.stringify(extractArticle(Buffer.from(t)))).toBe(alone[k]);
    for (const [k, t] of [...texts.entries()].reverse())
      expect(JSON.stringify(extractArticle(Buffer.from(t)))).toBe(alone[k]);
  });
});

describe('spanMemo (text/memo.ts) keeps one document and context at a time', () => {
  it('computes a span once per document and context, and afresh after either changes', () => {
    const memo = spanMemo<string>();
    let computed = 0;
    const ask = (doc: string, context: string, start: number, end: number): string =>
      memo(doc, context, start, end, () => {
        computed++;
        return `${context}:${doc.slice(start, end)}`;
      });
    expect(ask('abcdef', 'th', 1, 3)).toBe('th:bc');
    expect(ask('abcdef', 'th', 1, 3)).toBe('th:bc');
    expect(computed).toBe(1);
    // Another context (a language) over the same document: computed again, not the first one's value.
    expect(ask('abcdef', 'lo', 1, 3)).toBe('lo:bc');
    // Another document of the same length: its own span, never the last document's.
    expect(ask('uvwxyz', 'lo', 1, 3)).toBe('lo:vw');
    // Back to the first: it was forgotten when the second came.
    expect(ask('abcdef', 'lo', 1, 3)).toBe('lo:bc');
    expect(computed).toBe(4);
  });
});
