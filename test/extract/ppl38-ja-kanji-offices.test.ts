/**
 * Japanese copies that write a Vietnamese official's name in kanji, as Chinese does, with an office of the
 * lexicon after it, the body's words between or not ("…省公安局長", "…副局長", "…署長", "…委員長"): the name is
 * read up to where the office's words begin, never with them. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, 'ja'), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.role,
  ]);
}

describe('Function: findPeople (a kanji-written Vietnamese name before a Japanese office)', () => {
  it.each<[string, string, string]>([
    ['阮德勝省公安局長は21日の会見で摘発の経過を述べた。', '阮德勝', '省公安局長'],
    ['同省公安局の陳明光副局長によると、組織は国境を越えて活動していた。', '陳明光', '副局長'],
    ['地元警察の黎春和署長は住民に注意を呼びかけた。', '黎春和', '署長'],
    ['省人民委員会の范清松委員長は避難の徹底を指示した。', '范清松', '委員長'],
    ['武文進人民委員会委員長は被災地を視察した。', '武文進', '人民委員会委員長'],
  ])('%s gives %s', (text, name, role) => {
    expect(people(text)).toEqual([[name, role]]);
  });

  it.each(['武漢市長は会見した。', '陳文明容疑者は逮捕された。', '国家主席は述べた。'])(
    'reads no official in %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});
