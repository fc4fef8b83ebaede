/**
 * splitSentences (text/sentences.ts) finds its boundaries by a flagless scan and a lookahead asked only where a
 * stop was found, for speed: it must cut every text exactly where the one Unicode regex it replaced (BOUNDARY,
 * kept here as the reference) cut it. Invented sentences in several scripts, and random strings of the units
 * the pattern reads (stops, quotes, spaces of every kind, line breaks, letters with and without case, astral
 * characters, lone surrogates).
 */
import { describe, expect, it } from 'vitest';
import { splitSentences, type Span } from '../../lambdas/extract/text/sentences.js';
import { isSpaceCode } from '../../lambdas/extract/text/chars.js';

const BOUNDARY = /([.!?…।॥۔؟។៕။]+|;)(["»”’)]?)(\s+)(?=[\p{Lu}\p{Lo}\p{N}«"“(])|(;)(\s+)|\n+/gu;

/** The implementation before session 36, one matchAll of BOUNDARY. */
function reference(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m[0].startsWith('\n') ? m.index : m.index + (m[1] ?? m[4] ?? '').length + (m[2]?.length ?? 0);
    push(start, cut);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const UNITS = [
  '.',
  '!',
  '?',
  '…',
  ';',
  '।',
  '۔',
  '"',
  '»',
  '”',
  '’',
  ')',
  '(',
  '«',
  '“',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u3000',
  'a',
  'é',
  'B',
  'Ž',
  '7',
  '٣',
  '中',
  '한',
  'ก',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  ',',
];

describe('splitSentences cuts where the single regex did', () => {
  it.each([
    'The dam held. Villagers went home; the road stayed shut.\nA second line follows.',
    'Il pleuvait encore... puis le vent tomba. «Rien ne bouge», dit-il. 12 maisons sont détruites.',
    'Abbr. like etc. stay whole. "Quoted." Next one starts here!  And (this) one? Yes.',
    'Cầu bị sập; nhiều xe kẹt lại.  \n\n  câu thường sau dòng trống. Số 5 đến sau.',
    'वर्षा हुई। लोग सुरक्षित हैं। 30 घर गिरे।',
    '洪水が来た。 住民は避難した。 Ok. 😀 emoji after a stop.',
    'semi;"quoted" then; spaced; ;  ;\n;',
  ])('%s', (text) => {
    expect(splitSentences(text)).toEqual(reference(text));
  });

  it('on 20,000 random strings of the units the pattern reads', () => {
    const next = random(36);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 24);
      for (let i = 0; i < n; i++) text += UNITS[Math.floor(next() * UNITS.length)];
      expect(splitSentences(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
