/**
 * Session 26 (b26p), people in scripts without capitals, on sentences written for the project:
 * - Korean glosses a Vietnamese name in Latin letters before its rank ("쩐 반 하이(Trần Văn Hải) 중령"), as
 *   Chinese does: the Hangul name is read before the gloss;
 * - Japanese names a Vietnamese minister by the ministry and 相 after the name ("…建設相");
 * - Arabic may end the office's organisation with a comma, the name in apposition after it
 *   ("رئيس الوزراء الفيتنامي، فام ...").
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (glosses, ministers, apposition)', () => {
  it.each([
    [
      'ko',
      '국경수비대의 쩐 반 하이(Trần Văn Hải) 중령은 단속을 강화하겠다고 말했다.',
      '쩐 반 하이',
      'lieutenant-colonel',
    ],
    ['ko', '합동 단속이 필요하다고 레 민 뚜언(Lê Minh Tuấn) 대령이 설명했다.', '레 민 뚜언', 'colonel'],
    ['ja', 'グエン・ヴァン・ナム建設相は記者会見で計画を説明した。', 'グエン・ヴァン・ナム', null],
    ['ja', '現場にはチャン・ホン・ハー交通運輸相も駆けつけた。', 'チャン・ホン・ハー', null],
    ['ar', 'وقال وزير الأمن العام الفيتنامي، تو لام، إن الحملة ستستمر.', 'تو لام', null],
    ['ar', 'وزار رئيس الوزراء الفيتنامي، فام مينه تشين، المستشفى.', 'فام مينه تشين', null],
  ])('%s: %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });
});
