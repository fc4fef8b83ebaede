/**
 * The people stage reads the fold of a name's words as slices of the document's folded body (people/names.ts
 * findNameCandidates, `folded`) instead of folding each capitalised word again: fold maps each code unit
 * alone, so the candidates are the same as with words folded one by one. Texts written for the project, with
 * Vietnamese names with and without their marks, declined Slavic forms, Greek and Ede names, a dotted capital I
 * (whose lower case is longer) and a final sigma (whose lower case depends on the next letter).
 */
import { describe, expect, it } from 'vitest';
import { peopleDataFor } from '../../lambdas/extract/people/language.js';
import { findCandidates } from '../../lambdas/extract/people/candidates.js';
import { findNameCandidates } from '../../lambdas/extract/people/names.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { wordOffsets } from '../../lambdas/extract/text/words.js';

type Case = [language: string, text: string, names: string[]];

describe('name candidates read from the folded body', () => {
  it.each<Case>([
    [
      'vi',
      'Sáng nay, Đại tá Nguyễn Văn Hùng và ông Trần Thị Mai đã đến xã.',
      ['Nguyễn Văn Hùng', 'Trần Thị Mai'],
    ],
    [
      'fr',
      'Le colonel Nguyen Van Hung et Mme Tran Thi Mai ont visité la commune.',
      ['Nguyen Van Hung', 'Tran Thi Mai'],
    ],
    [
      'pl',
      'Pułkownik Nguyen Van Hung rozmawiał z panią Tran Thi Mai w Lao Cai.',
      ['Nguyen Van Hung', 'Tran Thi Mai'],
    ],
    [
      'ru',
      'Полковник Нгуен Ван Хунг встретился с Чан Тхи Май в провинции.',
      ['Нгуен Ван Хунг', 'Чан Тхи Май'],
    ],
    ['uk', 'Полковник передав нагороду Нгуєну Ван Хунгу вчора ввечері.', []],
    ['el', 'Ο συνταγματάρχης Νγκουγιέν Βαν Χουνγκ ΕΠΙΣΚΕΦΘΗΚΕ ΤΟΥΣ ΣΤΡΑΤΙΩΤΕΣ.', []],
    ['en', 'Ksor Hen and Y Thanh Hà Niê Kđăm met İstanbul officers at the post.', []],
    ['en', 'Nothing here names anyone at all, only the weather of the day.', []],
  ])('%s: "%s"', (language, text, names) => {
    const data = peopleDataFor(language);
    const offsets = wordOffsets(text);
    const byWord = findNameCandidates(text, data.families, data.lex.inflectionSuffixes, offsets);
    const bySlice = findNameCandidates(text, data.families, data.lex.inflectionSuffixes, offsets, fold(text));
    expect(bySlice).toEqual(byWord);
    expect(findCandidates(text, offsets, data, fold(text))).toEqual(findCandidates(text, offsets, data));
    for (const name of names) expect(byWord.map((c) => c.name)).toContain(name);
  });

  it('a folded body that is not the fold of the text is read as given (the caller passes the fold)', () => {
    // Arrange: a body whose fold is replaced by one of another family name at the same offsets.
    const data = peopleDataFor('fr');
    const text = 'Le colonel Xxxxxx Van Hung a parlé.';
    const offsets = wordOffsets(text);
    // Act
    const plain = findNameCandidates(text, data.families, data.lex.inflectionSuffixes, offsets);
    const given = findNameCandidates(
      text,
      data.families,
      data.lex.inflectionSuffixes,
      offsets,
      fold(text).replace('xxxxxx', 'nguyen'),
    );
    // Assert: the slice, not a fold of the word, decides whether the first word is a family name.
    expect(plain).toEqual([]);
    expect(given.map((c) => c.start)).toEqual([text.indexOf('Xxxxxx')]);
  });
});
