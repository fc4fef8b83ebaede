/**
 * Chinese copies write Vietnamese family names that are also common words: 文 (Văn, a family name as well as the
 * commonest middle name) and 屈 (Khuất). Read after an office or before a rank they open a name ("主席文廷胜",
 * "副主席屈越雄"); a word they open after an office is none ("文件", a document; "屈服", to yield): no character
 * after them is one of Vietnamese names. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function names(text: string): string[] {
  return findPeople(makeDocument(text, 'zh'), { isPlaceName, isNamesake, isLocalityName }).map((p) => p.name);
}

describe('Function: findPeople (Chinese family names that are also common words)', () => {
  it.each<[string, string]>([
    ['省人民委员会主席文廷胜表示,各地已把居民转移到安全地点。', '文廷胜'],
    ['国家交通安全委员会副主席屈越雄3日透露,假期共发生几十起事故。', '屈越雄'],
    ['文明雄大校介绍说,专案组已经查获大量毒品。', '文明雄'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each<string>([
    '副局长文件指出,各地已把居民转移到安全地点。',
    '副局长屈服表示,各地已把居民转移到安全地点。',
  ])('reads no official in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
