/**
 * Vietnamese names kept in Latin letters inside Korean, Japanese and Chinese text, titled after the name as
 * those languages title their own, spaced from the script around it as typesetters often set Latin words
 * (glued, "会議でNguyễn…", the words are not split: not read yet) (session 23, batch 23: a Korean report naming a deputy prime minister and
 * a coast guard commander so found nobody). Invented sentences, written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

const PLACES = new Set(['ha giang', 'bac ninh']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function officials(body: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank, p.role]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null, string | null]>];

describe('Function: findPeople (Latin names titled after them in Korean, Japanese, Chinese)', () => {
  it.each<Case>([
    [
      'ko',
      '회의에서 Lê Văn Thành 부수상은 국경 관리를 강화하라고 지시했다.',
      [['Lê Văn Thành', null, '부수상']],
    ],
    [
      'ko',
      '지난달 Phạm Quốc Hưng 박닌성 공안청장은 마약 조직을 적발했다고 밝혔다.',
      [['Phạm Quốc Hưng', null, '박닌성 공안청장']],
    ],
    [
      'ko',
      '이번 작전은 Đỗ Minh Khoa 중령이 이끄는 수사팀이 맡았다.',
      [['Đỗ Minh Khoa', 'lieutenant-colonel', null]],
    ],
    // A courtesy honorific alone, and a province named like a family (Hà) before its office: nobody.
    ['ko', '상인 Trịnh Văn Lợi 씨는 시장에서 과일을 판다고 말했다.', []],
    ['ko', '어제 Hà Giang 성 공안청장은 기자회견을 열었다.', []],
    [
      'ja',
      '会議で Nguyễn Thị Hương 副首相は密輸対策の強化を指示した。',
      [['Nguyễn Thị Hương', null, '副首相']],
    ],
    ['ja', '昨日 Nguyễn Văn Bình 首相府の報道官が発表した。', []],
    [
      'zh',
      '据悉， Trần Quốc Bảo 中校表示，边防部队查获了大量走私香烟。',
      [['Trần Quốc Bảo', 'lieutenant-colonel', null]],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
