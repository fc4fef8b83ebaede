/**
 * Rules session 30 (e30p) added for officials the construct × language matrix (e30p-matrix.test.ts) found
 * unread, each with sentences invented for the purpose and the names the rule must not read.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function people(body: string, language: string): Array<[string, string | null]> {
  const doc: Document = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPeople(doc, { isPlaceName, isNamesake, isLocalityName }).map((p) => [p.name, p.rank]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (Japanese: suspects and defendants the official acts on are not the official)', () => {
  it.each<Case>([
    ['ja', 'ホアン・バン・ミン大佐は容疑者5人を逮捕した。', [['ホアン・バン・ミン', 'colonel']]],
    ['ja', '省人民検察院のダオ・ティ・ラン検事は被告らに懲役20年を求刑した。', [['ダオ・ティ・ラン', null]]],
    ['ja', 'ヴォー・ミン・ドゥック局長は容疑者の男を取り調べている。', [['ヴォー・ミン・ドゥック', null]]],
    ['ja', 'ホアン・バン・ミン少佐は収賄の疑いで逮捕された。', []],
    ['ja', 'チャン・バン・タイ容疑者は警察に拘束された。', []],
    ['ja', 'ファン・バン・コア中尉が運転する車が横転した。', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Korean: a rank in brackets after the office)', () => {
  it.each<Case>([
    [
      'ko',
      '라오까이성 공안 도 반 타이 청장(소장)은 마약 20㎏을 압수했다고 밝혔다.',
      [['도 반 타이', 'major-general']],
    ],
    ['ko', '국경수비대 팜 민 꽝 사령관(대령)이 현장을 점검했다.', [['팜 민 꽝', 'colonel']]],
    ['ko', '공안부 보 반 끄엉 차관(중장)은 회의를 주재했다.', [['보 반 끄엉', 'lieutenant-general']]],
    // A bracket after the office that holds no rank gives none; a company head stays out.
    ['ko', '하띤성 공안 도 반 타이 청장(54)은 말했다.', [['도 반 타이', null]]],
    ['ko', '화물회사 쩐 반 떤 사장(대령 출신)이 체포됐다.', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Chinese: a name is never cut after its middle name)', () => {
  it.each<Case>([
    ['zh', '少校阮氏菊带领民警赶到现场。', [['阮氏菊', 'major']]],
    ['zh', '中校黎文竹在会上介绍了案情。', [['黎文竹', 'lieutenant-colonel']]],
    ['zh', '据报道，少校阮氏。', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Vietnamese: a rank between a province and the name, no comma)', () => {
  it.each<Case>([
    [
      'vi',
      'Phó Giám đốc Công an tỉnh Hà Giang Thượng tá Lò Văn Pấu kiểm tra hiện trường.',
      [['Lò Văn Pấu', 'senior lieutenant-colonel']],
    ],
    [
      'vi',
      'Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lạng Sơn Thiếu tướng Nông Văn Kiên dự lễ.',
      [['Nông Văn Kiên', 'major-general']],
    ],
    [
      'vi',
      'Trưởng Công an TP Hà Tĩnh Trung tá Phan Đình Khải cho biết vụ cháy đã được dập tắt.',
      [['Phan Đình Khải', 'lieutenant-colonel']],
    ],
    // A name whose first words are a place's ("Đinh Văn", a town) keeps its last word.
    ['vi', 'Đại tá Đinh Văn Quế chỉ đạo lực lượng truy bắt.', [['Đinh Văn Quế', 'colonel']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Latin scripts: a rank in brackets right after the name)', () => {
  it.each<Case>([
    [
      'en',
      'The raid was led by Do Van Thai (lieutenant colonel), deputy head of the drug police.',
      [['Do Van Thai', 'lieutenant-colonel']],
    ],
    [
      'fr',
      'Pham Minh Quang (colonel), chef de la police des frontières, a confirmé la saisie.',
      [['Pham Minh Quang', 'colonel']],
    ],
    [
      'es',
      'Vo Van Cuong (coronel), jefe de la policía fronteriza, confirmó la incautación.',
      [['Vo Van Cuong', 'colonel']],
    ],
    // A bracket that holds no rank gives none.
    ['en', 'Do Van Thai (left), head of the drug police, inspects the haul.', [['Do Van Thai', null]]],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Thai: the deputy prefix glued before an office)', () => {
  it.each<Case>([
    ['th', 'นายโด วัน ไท รองผู้ว่าราชการจังหวัดลาวกาย เดินทางไปตรวจพื้นที่น้ำท่วม', [['โด วัน ไท', null]]],
    ['th', 'นายฝ่าม มินห์ กวาง รองโฆษกตำรวจ กล่าวว่ามีผู้ถูกจับกุม 4 คน', [['ฝ่าม มินห์ กวาง', null]]],
    // The deputy head of a gang is no official.
    ['th', 'นายโด วัน ไท รองหัวหน้าแก๊งลักลอบขนของ ถูกควบคุมตัว', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});
