/**
 * Session 45, places by class (pp45). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { thaiSoundKey, vietnameseThaiKeys } from '../../lambdas/extract/places/phonetic-thai.js';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Thai: ต writes an unaspirated t, never th', () => {
  it('keys ต apart from ท and ถ: a Vietnamese t gives both, th only the aspirated class', () => {
    expect(vietnameseThaiKeys('Bình Tân')).toContain(thaiSoundKey('บิ่ญเติน'));
    expect(vietnameseThaiKeys('Bình Thuận')).not.toContain(thaiSoundKey('บิ่ญเติน'));
    expect(vietnameseThaiKeys('Bình Thuận')).toContain(thaiSoundKey('บิ่ญถ่วน'));
    // English-led spellings write t with ท: still Tây Ninh, as ไตนิญ is.
    expect(vietnameseThaiKeys('Tây Ninh')).toContain(thaiSoundKey('ไทนิญ'));
    expect(vietnameseThaiKeys('Tây Ninh')).toContain(thaiSoundKey('ไตนิญ'));
  });

  it('does not read a name spelt with ต as a province whose name has th', () => {
    const found = placesOf('ตำรวจจังหวัดบิ่ญเตินจับกุมชายสองคนในคดีลักทรัพย์', 'th');
    expect(found.provinces).not.toContain('binh-thuan');
  });

  it('still reads a province whose th is written ถ or ท', () => {
    expect(placesOf('ตำรวจจังหวัดบิ่ญถ่วนจับกุมชายสองคนในคดีลักทรัพย์', 'th').primary).toBe('binh-thuan');
    expect(placesOf('ตำรวจจังหวัดเตยนิญจับกุมชายสองคนในคดีลักทรัพย์', 'th').primary).toBe('tay-ninh');
  });
});

describe('Arabic script: Huế written هيو / ہیو, read beside its type word only', () => {
  it('reads Urdu ہیو and Arabic هيو with a city or province type word as Huế', () => {
    expect(placesOf('ہیو شہر کی پولیس نے چوری کے الزام میں تین افراد کو گرفتار کیا۔', 'ur').primary).toBe(
      'hue',
    );
    expect(placesOf('صوبہ ہیو میں ایک بس کھائی میں گر گئی۔', 'ur').primary).toBe('hue');
    expect(placesOf('اعتقلت شرطة مدينة هيو ثلاثة أشخاص بتهمة السرقة.', 'ar').primary).toBe('hue');
  });

  it('does not read the three letters bare: Hiếu is a given name, and they sit inside other words', () => {
    expect(placesOf('پولیس نے نگوین وان ہیو کو گرفتار کیا۔', 'ur').provinces).toEqual([]);
    expect(placesOf('درجنوں سپاہیوں کو روانہ کیا گیا۔', 'ur').provinces).toEqual([]);
  });
});
