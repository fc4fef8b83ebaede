/**
 * Districts, communes and wards written in Thai, Lao or Khmer after their type word ("อำเภอ", "ตำบล", "ເມືອງ",
 * "ស្រុក"), which no curated list spells: read by the Thai sound key and the vowel key like the provinces are,
 * as localities of a province the text names, or, for a district-level unit alone of its name, as its province
 * when the text places nothing in any province (provinces named only as a person's home do not count). An
 * address's district and province after a residence phrase are the person's home. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { primaryOf } from '../support/primary-choice.js';

function localitiesOf(body: string, language: string): string[] {
  const found = findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language });
  return found.localities.map((l) => `${l.slug}@${l.province.slug}`);
}

describe('Function: findPlaces (localities written in Thai, Lao and Khmer)', () => {
  it.each([
    ['th', 'ตำรวจจังหวัดเตยนิญ ตรวจค้นบ้านหลังหนึ่งในตำบลอันถั่น และยึดยาเสพติดได้จำนวนมาก', 'an-thanh@tay-ninh'],
    ['th', 'รถบรรทุกพลิกคว่ำที่อำเภอนิญซาง จังหวัดไหเซือง เมื่อเช้าวันนี้', 'ninh-giang@hai-duong'],
    ['lo', 'ເຈົ້າໜ້າທີ່ຕຳຫຼວດແຂວງໄຫ່ເຢືອງ ໄດ້ກວດກາລົດຢູ່ເມືອງນິງຢາງ ໃນຕອນເຊົ້າ', 'ninh-giang@hai-duong'],
  ])('%s: reads the locality in a province the text names (%s)', (language, body, expected) => {
    // Act
    const found = localitiesOf(body, language);

    // Assert
    expect(found).toContain(expected);
  });

  it.each([
    ['th', 'ตำรวจอำเภอทามเดา จับกุมผู้ต้องหาสามคนพร้อมยาเสพติด เมื่อคืนนี้', 'vinh-phuc'],
    ['km', 'ប៉ូលិសស្រុកតាំដាវ បានចាប់ខ្លួនជនសង្ស័យបីនាក់ កាលពីយប់មិញ', 'vinh-phuc'],
  ])(
    '%s: a district alone of its name, no province named, is its province (%s)',
    (language, body, expected) => {
      // Act
      const primary = primaryOf(body, language);

      // Assert
      expect(primary).toBe(expected);
    },
  );

  it("th: a province named only as the driver's home does not keep the district where the crash was from counting", () => {
    // Arrange
    const body = 'คนขับรถ อาศัยอยู่ในตำบลเตินฟอง อำเภอนิญซาง จังหวัดไหเซือง ขับรถตกเหวที่อำเภอทามเดา มีผู้บาดเจ็บสิบคน';

    // Act
    const primary = primaryOf(body, 'th');

    // Assert
    expect(primary).toBe('vinh-phuc');
  });

  it.each([
    ['th', 'ฝนตกหนักในอำเภอนี้ตลอดทั้งสัปดาห์ และตำบลใกล้เคียงก็น้ำท่วม'],
    ['th', 'นักท่องเที่ยวเดินทางไปอำเภอแม่สาย จังหวัดเชียงราย ในช่วงวันหยุด'],
  ])(
    '%s: a type word before an ordinary word or a Thai place reads no Vietnamese locality',
    (language, body) => {
      // Act
      const found = localitiesOf(body, language);

      // Assert
      expect(found).toEqual([]);
    },
  );
});
