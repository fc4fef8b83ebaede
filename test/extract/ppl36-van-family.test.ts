/**
 * Văn is the commonest middle name and also a family name: "Văn Thị Hoa", "Văn Đình Thắng" are whole names,
 * in Latin text with tone marks or without, in Cyrillic ("Ван", which writes no tone), after a Thai rank
 * ("วัน", three words), while "Nguyễn Văn Nam" keeps Văn as its middle name and "Nguyễn Văn" alone is a name
 * cut short. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function names(text: string, language: string): string[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map(
    (p) => p.name,
  );
}

describe('Function: findPeople (Văn as a family name and as a middle name)', () => {
  it.each<[string, string, string]>([
    [
      'vi',
      'Thượng tá Văn Thị Hoa, Trưởng Công an huyện, cho biết vụ việc đang được điều tra.',
      'Văn Thị Hoa',
    ],
    ['vi', 'Chủ tịch UBND tỉnh Văn Đình Thắng chỉ đạo các sở khắc phục hậu quả.', 'Văn Đình Thắng'],
    ['vi', 'Đại tá Trần Văn Nam, Giám đốc Công an tỉnh, cho biết.', 'Trần Văn Nam'],
    [
      'en',
      'Van Dinh Thang, chairman of the provincial People’s Committee, said repairs would start.',
      'Van Dinh Thang',
    ],
    [
      'de',
      'Oberst Văn Thị Hoa, Vizedirektorin der Provinzpolizei, sagte, die Bande sei zerschlagen.',
      'Văn Thị Hoa',
    ],
    [
      'ru',
      'Председатель народного комитета провинции Ван Динь Тханг заявил, что ремонт начнётся.',
      'Ван Динь Тханг',
    ],
    ['ru', 'Ван Тхи Хоа, заместитель начальника полиции провинции, сообщила о задержании.', 'Ван Тхи Хоа'],
    ['ru', 'Полковник Нгуен Ван Тханг, начальник полиции провинции, сообщил.', 'Нгуен Ван Тханг'],
    ['th', 'พันเอก วัน ดึ๊ก นาม กล่าวในที่ประชุมว่า', 'วัน ดึ๊ก นาม'],
    ['th', 'พันโท วัน ถิ หว่า ชี้แจงว่า', 'วัน ถิ หว่า'],
    ['ja', 'ヴァン・ディン・タン委員長は会見で述べた。', 'ヴァン・ディン・タン'],
  ])('%s: %s gives %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });

  it.each<[string, string]>([
    ['en', 'Colonel Nguyen Van, deputy head of the provincial police, said.'],
    ['ru', 'Полковник Нгуен Ван, заместитель начальника полиции, сообщил.'],
    ['th', 'พันเอก เหงียน วัน กล่าวว่า'],
  ])('%s: %s reads no name cut after Văn', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });
});
