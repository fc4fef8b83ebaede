/**
 * Vietnamese names in Latin letters glued to the Japanese, Chinese or Korean words around them (session 32):
 * "議長であるTrần Văn Bình副首相は", "据悉，Lê Quốc Bảo中校表示". The word scan read each glued run as one
 * word, so the name was never found; cut where Latin letters meet another script (people/latin-in-script.ts,
 * latinRunsApart), it is titled as a spaced one is. Invented sentences, written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

const isPlaceName = (name: string) => fold(name) === 'bac ninh';

function officials(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (Latin names glued to Han, kana or Hangul)', () => {
  it.each<Case>([
    ['ja', '式典で委員長であるTrần Văn Bình副首相は、事故の防止を指示した。', [['Trần Văn Bình', null]]],
    ['ja', '捜査を率いたLê Minh Tuấn大佐によると、容疑者は逃走した。', [['Lê Minh Tuấn', 'colonel']]],
    [
      'zh',
      '据悉，Phạm Quốc Bảo中校表示，边防部队查获了走私香烟。',
      [['Phạm Quốc Bảo', 'lieutenant-colonel']],
    ],
    ['ko', '회의에서 Đỗ Văn Khoa중령이 수사 결과를 발표했다.', [['Đỗ Văn Khoa', 'lieutenant-colonel']]],
    // A courtesy honorific alone makes no official; a place glued to its title is no person.
    ['ja', '市場で商人のTrịnh Văn Lợi氏は果物を売っていると話した。', []],
    ['ja', '昨日Bac Ninh省の警察が発表した。', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
