import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  cueTextOf,
  FiguresLexiconSchema,
  lexiconFor,
} from '../../lambdas/extract/figures/lexicon.js';
import { findCues } from '../../lambdas/extract/figures/topic.js';
import { LEXICONS } from '../../lambdas/extract/lexicons/index.generated.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import { topScript } from '../../lambdas/extract/language/script.js';
import { seeded } from '../support/random.js';

function dataOf(language: string) {
  return FiguresLexiconSchema.parse(LEXICONS[language]?.['figures']);
}

describe('Function: cueTextOf', () => {
  it('keeps the length and ASCII, marks each non-ASCII letter (astral ones on both units, lone surrogates not)', () => {
    // Prepare
    const lex = lexiconFor('fr');
    const text = 'a\u00e9 \u00ab\u00a0x\u2019 \u{1d400}\u{1f600}\x02\u0301\u0142\ud835x\udc00';

    // Act
    const skeleton = cueTextOf(text, lex);

    // Assess
    expect(lex.cueText).toBe('skeleton');
    expect(skeleton).toBe('a\x02 \u00ab\u00a0x\u2019 \x02\x02\u{1f600}\x01\u0301\x02\ud835x\udc00');
  });

  it('leaves the folded text as it is for a lexicon read with \\p{L}', () => {
    // Prepare
    const lex = compileLexicon('fr', dataOf('fr'), { unicodeCues: true });

    // Act + Assess
    expect(lex.cueText).toBe('folded');
    expect(cueTextOf('a\u00e9', lex)).toBe('a\u00e9');
  });
});

/**
 * Languages whose cue words are written folded in the Latin script: their cues can be read on the skeleton
 * (those written with their diacritics are read on the lower-cased text).
 */
const LATIN_CUES = LANGUAGES.filter((l) => {
  const data = dataOf(l);
  return (
    !data.cuesKeepDiacritics &&
    topScript([...Object.values(data.topics).flat(), ...data.target].join(' ')) === 'Latin'
  );
});

describe('Function: findCues (cues written with their diacritics)', () => {
  const lex = lexiconFor('vi');
  const cuesOf = (text: string) =>
    findCues(cueTextOf(fold(text), lex, text), lex, [{ start: 0, end: text.length }]).map((h) => ({
      topic: h.topic,
      text: text.slice(h.start, h.end),
    }));

  it('reads the lower-cased text, so a word is not taken for the cue its folded form equals (nor a case file for paperwork)', () => {
    // Act
    const hits = cuesOf(
      'Anh Văn Đông đi trên tuyến đường ven biển, bà con nông dân được thông báo, công an hoàn thiện hồ sơ vụ án.',
    );

    // Assess
    expect(lex.cueText).toBe('lower');
    expect(hits).toEqual([]);
  });

  it('finds the cues themselves, in either case and either tone placement (hóa / hoá)', () => {
    // Act
    const hits = cuesOf('Vận động người dân giao nộp đạn dược; Tuyên dương tổ số hoá dữ liệu.');

    // Assess
    expect(hits).toEqual([
      { topic: 'propaganda', text: 'Vận động' },
      { topic: 'population', text: 'người dân' },
      { topic: 'weapons', text: 'đạn dược' },
      { topic: 'awards', text: 'Tuyên dương' },
      { topic: 'administration', text: 'số hoá' },
      { topic: 'administration', text: 'dữ liệu' },
    ]);
  });
});

describe('Function: findCues', () => {
  it('reads a cue phrase across spaces but never across a line break of a range of several lines', () => {
    // Prepare: the topic cues' spaces match any whitespace, as findCues reads one line at a time.
    const lex = lexiconFor('fr');
    const cuesOf = (text: string) =>
      findCues(cueTextOf(fold(text), lex), lex, [{ start: 0, end: text.length }]).map((h) =>
        text.slice(h.start, h.end),
      );

    // Act + Assess
    expect(cuesOf('Ils parlent de trafic de stupéfiants au port.')).toContain('trafic de stupéfiants');
    for (const gap of ['\n', ' \n ', '\u00a0\n'])
      expect(cuesOf(`Ils parlent de trafic${gap}de stupéfiants au port.`)).toEqual(['stupéfiants']);
  });

  it('reads the cues of languages in other scripts on the folded text, with \\p{L}', () => {
    const others = LANGUAGES.filter((l) => !LATIN_CUES.includes(l) && !dataOf(l).cuesKeepDiacritics);
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((l) => lexiconFor(l).cueText)).toEqual(others.map(() => 'folded'));
  });

  it.each(LATIN_CUES.map((l) => [l]))(
    'finds the same cues and goals on the skeleton as \\p{L} finds on the folded text (%s)',
    (language) => {
      // Prepare: texts made of the language's own cue words glued to letters of every kind, digits, marks,
      // spaces and line breaks, where a wrong letter test in the skeleton would move or lose a hit.
      const data = dataOf(language);
      const fast = compileLexicon(language, data);
      const general = compileLexicon(language, data, { unicodeCues: true });
      const cues = [...Object.values(data.topics).flat(), ...data.target].map((c) =>
        fold(c).replace(/\*$/, ''),
      );
      const glue = [
        '',
        ' ',
        '  ',
        '\n',
        '\u00a0',
        'x',
        '\u00e9',
        '\u0142',
        '\u{1d400}',
        '\u{1f600}',
        '\ud835',
        '\udc00',
        '\u0301',
        '7',
        '\x02',
        "'",
        '-',
        ',',
      ];
      const random = seeded(language.charCodeAt(0) * 31 + language.charCodeAt(1));
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const texts = Array.from({ length: 300 }, () =>
        Array.from({ length: 12 }, () => pick(glue) + (random() < 0.6 ? pick(cues) : '') + pick(glue)).join(
          '',
        ),
      );

      // Act
      const differences = texts.filter((text) => {
        const whole = [{ start: 0, end: text.length }];
        const a = findCues(cueTextOf(text, fast), fast, whole);
        const b = findCues(text, general, whole);
        const goalA = fast.target?.exec(cueTextOf(text, fast))?.index;
        const goalB = general.target?.exec(text)?.index;
        return JSON.stringify(a) !== JSON.stringify(b) || goalA !== goalB;
      });

      // Assess
      expect(fast.cueText).toBe('skeleton');
      expect(differences).toEqual([]);
    },
  );
});
