/**
 * Session 25, people: two classes of officials named in scripts without capitals.
 *
 * - A language without a people file of its own that reads its kin's (kinship.json: Nepali and Marathi read
 *   Hindi's) also reads the Vietnamese names of the kin's script: a Devanagari name after a rank or an office.
 *   A suspect named the same way stays out.
 * - Thai writes the courtesy title (นาย, นาง, นางสาว) between an office and the name, glued to the name or
 *   spaced: the office vouches for the name after it; the courtesy title alone, or after a gang's or a
 *   suspect's word, vouches for nobody.
 *
 * Sentences written for the purpose.
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

describe('Function: findPeople (names in the script of a kin language, Thai courtesy titles after an office)', () => {
  it.each([
    ['ne', 'कर्नल गुयेन वान लोङ अनुसन्धान जारी रहेको बताउनुभयो।', 'गुयेन वान लोङ', 'colonel'],
    ['ne', 'मेजर जनरल त्रान वान होआ घटनास्थलमा पुग्नुभयो।', 'त्रान वान होआ', 'major-general'],
    ['mr', 'कर्नल गुयेन वान लॉन्ग यांनी सांगितले की तपास सुरू आहे.', 'गुयेन वान लॉन्ग', 'colonel'],
    ['mr', 'मेजर जनरल त्रान वान होआ यांनी पाहणी केली.', 'त्रान वान होआ', 'major-general'],
    ['th', 'ผู้อำนวยการตำรวจจังหวัด นายเหงียน วัน ลอง กล่าวว่าการสอบสวนยังดำเนินต่อไป', 'เหงียน วัน ลอง', null],
    ['th', 'ผู้อำนวยการตำรวจจังหวัด นาย เหงียน วัน ลอง กล่าวว่าการสอบสวนยังดำเนินต่อไป', 'เหงียน วัน ลอง', null],
    ['th', 'รองนายกรัฐมนตรี นายเจิ่น ฮอง ฮา เดินทางไปตรวจพื้นที่น้ำท่วม', 'เจิ่น ฮอง ฮา', null],
  ])('%s: %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });

  it.each([
    ['ne', 'संदिग्ध गुयेन वान लोङ पक्राउ परे।'],
    ['mr', 'आरोपी गुयेन वान लॉन्ग याला अटक करण्यात आली.'],
    ['th', 'นายเหงียน วัน ลอง ถูกจับกุมพร้อมยาเสพติด'],
    ['th', 'หัวหน้าแก๊ง นายเหงียน วัน ลอง ถูกจับกุม'],
    ['th', 'ผู้ต้องหา นายเหงียน วัน ลอง ถูกจับกุม'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
