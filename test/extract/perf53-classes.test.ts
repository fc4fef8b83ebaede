/**
 * perf53's speed changes, each output-identical: what the faster reading gives must be what the slower one
 * gave. Invented sentences.
 *
 * 1. phraseAt / phraseEndingAt reject a token whose word starts (ends) no exact entry of the WordSet before any
 *    phrase is joined; a set with a stem is read as before.
 * 2. nominativeInText matches a Cyrillic name's forms unit by unit instead of compiling a regex per name.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor, WordSet } from '../../lambdas/extract/figures/lexicon.js';
import { phraseAt, phraseEndingAt } from '../../lambdas/extract/figures/phrases.js';
import { tokenize } from '../../lambdas/extract/figures/tokens.js';
import type { Token } from '../../lambdas/extract/figures/tokens.js';
import { nominativeInText } from '../../lambdas/extract/people/declension.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { escapeRegExp } from '../../lambdas/extract/text/regex.js';

/** phraseAt as it was: every phrase joined and looked up. */
function phraseAtBefore(tokens: readonly Token[], j: number, words: WordSet): number {
  let phrase = '';
  let longest = 0;
  for (let n = 1; n <= words.maxWords; n++) {
    const t = tokens[j + n - 1];
    if (t?.kind !== 'word') break;
    phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
    if (words.has(phrase)) longest = n;
  }
  return longest;
}

/** phraseEndingAt as it was. */
function phraseEndingAtBefore(tokens: readonly Token[], j: number, words: WordSet): number {
  let phrase = '';
  let longest = 0;
  for (let n = 1; n <= words.maxWords && j - n + 1 >= 0; n++) {
    const t = tokens[j - n + 1]!;
    if (t.kind !== 'word') break;
    phrase = n === 1 ? t.text : `${t.text} ${phrase}`;
    if (words.has(phrase)) longest = n;
  }
  return longest;
}

describe('phraseAt and phraseEndingAt tell a token that opens or closes no phrase by its own word', () => {
  const body =
    'Parmi les morts figurent un pêcheur et une touriste ; parmi les blessés, trois enfants. ' +
    'Selon les premiers éléments, environ 40 personnes ont été évacuées vers la ville.';
  const tokens = tokenize(body, fold(body), lexiconFor('fr'));
  const sets = {
    exact: new WordSet(['parmi les morts', 'parmi les blessés', 'environ', 'selon les premiers éléments']),
    // A stem matches a phrase's head whatever its last word: such a set is never filtered.
    stem: new WordSet(['parmi les bless*', 'évacu*', 'la ville']),
  };
  for (const [name, set] of Object.entries(sets)) {
    it(`reads every token as before (${name})`, () => {
      let found = 0;
      for (let j = -1; j <= tokens.length; j++) {
        const at = phraseAt(tokens, j, set);
        expect(at).toBe(phraseAtBefore(tokens, j, set));
        found += at;
        if (j < 0 || j >= tokens.length) continue;
        const ending = phraseEndingAt(tokens, j, set);
        expect(ending).toBe(phraseEndingAtBefore(tokens, j, set));
        found += ending;
      }
      // The sentence holds the sets' phrases: the comparison is not of zeros only.
      expect(found).toBeGreaterThan(4);
    });
  }
  it('finds the multi-word phrase that ends at its last word, and none at a word that ends no entry', () => {
    const last = tokens.findIndex((t) => t.kind === 'word' && t.text === 'morts');
    expect(phraseEndingAt(tokens, last, sets.exact)).toBe(3);
    expect(phraseEndingAt(tokens, last - 1, sets.exact)).toBe(0);
  });
});

/** nominativeInText as it was: one regex with Unicode classes compiled per name. */
function nominativeBefore(text: string, tokens: readonly string[]): string | null {
  const endings = ['ому', 'ему', 'ого', 'его', 'ой', 'ей', 'ою', 'ею', 'ым', 'им', 'ом', 'ем'];
  const endings1 = ['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і'];
  const stemOf = (w: string): string => {
    const low = w.toLowerCase();
    const e = [...endings, ...endings1].find((x) => low.endsWith(x) && w.length - x.length >= 3);
    return e === undefined ? w : w.slice(0, -e.length);
  };
  const yo = (t: string): string => escapeRegExp(t).replace(/[её]/gu, '[её]').replace(/[ЕЁ]/gu, '[ЕЁ]');
  const consonant = /[бвгджзклмнпрстфхцчшщ]/u;
  const stemPattern = (stem: string): string => {
    const low = stem.toLowerCase();
    const n = stem.length;
    return n >= 3 && consonant.test(low.charAt(n - 1)) && consonant.test(low.charAt(n - 2))
      ? `${yo(stem.slice(0, -1))}[еоё]?${escapeRegExp(stem.slice(-1))}`
      : yo(stem);
  };
  const nominativeEnd = /(?:[бвгджзклмнпрстфхцчшщ]|[аяйь]|(?<!ог|ег)о)$/u;
  const pattern = tokens.map((t) => `${stemPattern(stemOf(t))}\\p{Ll}{0,3}`).join('\\s+');
  const read = tokens.join(' ');
  let best: string | null = null;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${pattern}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const words = m[0].split(/\s+/u);
    if (!words.every((w) => nominativeEnd.test(w.toLowerCase()))) continue;
    const form = words.join(' ');
    if (best === null || form.length < best.length) best = form;
  }
  return best === null || best === read ? null : best;
}

describe('nominativeInText reads a declined Cyrillic name as the text writes it in the nominative', () => {
  const texts = [
    'Генеральный консул РФ Тимура Садыкова встретил губернатор. Тимур Садыков отметил успехи.',
    'Встреча с послом Пётром Орловым прошла в Ханое; Петр Орлов заявил о сотрудничестве.',
    'По словам главы Павла Кузнецова, Павел Кузнецов и Павлом Кузнецовым — одно лицо.',
    'Заступника голови Сергія Ткаченка привітав Сергій Ткаченко, а не Сергієм Ткаченком.',
    'Консула Ивана\u0301 Петрова нет, Иван Петровский и Ивана Петров уехали.',
  ];
  const names: string[][] = [
    ['Тимура', 'Садыкова'],
    ['Пётром', 'Орловым'],
    ['Петра', 'Орлова'],
    ['Павла', 'Кузнецова'],
    ['Сергія', 'Ткаченка'],
    ['Ивана', 'Петрова'],
    ['Садыкова'],
  ];
  it('gives what the regex gave, for every name in every text', () => {
    let found = 0;
    for (const text of texts)
      for (const tokens of names) {
        const now = nominativeInText(text, tokens);
        expect(now).toBe(nominativeBefore(text, tokens));
        if (now !== null) found++;
      }
    expect(found).toBeGreaterThan(2);
  });
  it('finds the nominative with ё written as е and the fleeting vowel back', () => {
    expect(nominativeInText(texts[0]!, ['Тимура', 'Садыкова'])).toBe('Тимур Садыков');
    expect(nominativeInText(texts[1]!, ['Пётром', 'Орловым'])).toBe('Петр Орлов');
  });
  it('finds none where the text writes the name in no other form, or a longer word', () => {
    expect(nominativeInText('Консула Тимура Садыкова ждали долго.', ['Тимура', 'Садыкова'])).toBeNull();
    // "Петровский" is another name: the ending read is at most three letters, then no letter.
    expect(nominativeInText(texts[4]!, ['Ивана', 'Петрова'])).toBe(
      nominativeBefore(texts[4]!, ['Ивана', 'Петрова']),
    );
  });
});
