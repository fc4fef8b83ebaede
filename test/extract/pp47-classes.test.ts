/**
 * Session 47, places by class (pp47). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('a district-level type word before the one district-level unit of its name', () => {
  it('reads "<name> City" and "città di <name>" as the city, though communes elsewhere share the name', () => {
    // Hạ Long is Quảng Ninh's city; a commune and a township of that spelling lie in other units.
    for (const [text, language] of [
      ['Traffic police of Ha Long City fined 12 drivers on Sunday.', 'en'],
      ['La polizia della città di Ha Long ha multato 12 automobilisti.', 'it'],
      ['Die Polizei der Stadt Ha Long hat 12 Fahrer bestraft.', 'de'],
    ] as const) {
      const found = placesOf(text, language);
      expect(found.primary).toBe('quang-ninh');
      expect(found.localities).toContain('ha-long');
    }
  });

  it('leaves a commune-level type word to the provinces the text names', () => {
    expect(placesOf('La polizia del comune di Ha Long ha multato 12 automobilisti.', 'it').primary).toBe(
      null,
    );
  });
});

describe('Urdu: a bare province name before a postposition of place', () => {
  it('reads a two-word name of three consonants before میں, کے or سے', () => {
    expect(placesOf('پولیس نے ہا تین میں دو افراد کو گرفتار کیا۔', 'ur').primary).toBe('ha-tinh');
    expect(placesOf('تھانہ ہوا کے ایک گاؤں میں سیلاب آیا۔', 'ur').primary).toBe('thanh-hoa');
    expect(placesOf('ہا نام سے آنے والا ٹرک الٹ گیا۔', 'ur').provinces).toContain('ha-nam');
  });

  it('does not read the same words bare, nor ordinary words before a postposition', () => {
    expect(placesOf('پولیس نے ہا تین اور دو افراد کو گرفتار کیا۔', 'ur').provinces).toEqual([]);
    expect(placesOf('اس کیس میں دو افراد کو گرفتار کیا گیا۔', 'ur').provinces).toEqual([]);
    expect(placesOf('انہوں نے کہا کہ وہ اس بات سے واقف ہیں۔', 'ur').provinces).toEqual([]);
  });
});

describe('German "Bezirk": a district or a ward, as the provinces named say', () => {
  it('reads the ward of a named province before a district of the name elsewhere', () => {
    const found = placesOf(
      'Der Verdächtige wohnt im Bezirk My Xuyen, Stadt Long Xuyen. Die Polizei nahm ihn am Montag fest.',
      'de',
    );
    expect(found.primary).toBe('an-giang');
    expect(found.provinces).not.toContain('soc-trang');
  });

  it('still reads the one district of the name where no named province has a ward of it', () => {
    expect(placesOf('Im Bezirk Thanh Binh brannte am Dienstag eine Scheune ab.', 'de').primary).toBe(
      'dong-thap',
    );
    expect(placesOf('Die Polizei des Bezirks My Xuyen nahm zwei Männer fest.', 'de').primary).toBe(
      'soc-trang',
    );
  });
});

describe('a name inside short quotation marks that hold more than it', () => {
  it('is a word of an account, a boat or a firm, not a place', () => {
    expect(
      placesOf('Er lernte im Mai über ein Konto namens "Hue Linh" eine Frau kennen.', 'de').provinces,
    ).toEqual([]);
    expect(placesOf("মার্চ মাসে তিনি 'হুয়ে লিন' নামে একটি অ্যাকাউন্টের সাথে পরিচিত হন।", 'bn').provinces).toEqual(
      [],
    );
    const boat = placesOf('Tàu cá “Hải Phòng 09” bị chìm, ngư dân được lực lượng ở Quảng Ninh cứu.', 'vi');
    expect(boat.provinces).toEqual(['quang-ninh']);
  });

  it('keeps a place named in a quotation of speech, short ones in a script without spaces too', () => {
    expect(placesOf('男は「ダナンの友人に頼まれて荷物を運んだ」と話した。', 'ja').provinces).toEqual([
      'da-nang',
    ]);
    expect(
      placesOf('“We found the drugs in a house in Quang Ninh and arrested its owner,” an officer said.', 'en')
        .primary,
    ).toBe('quang-ninh');
  });
});

describe('Khmer forms of the tourist towns a report may name alone', () => {
  it('reads a town after its type word, with its province, in a text that names no province', () => {
    const found = placesOf('ប៉ូលីសក្រុងសាប៉ា បានចាប់ខ្លួនជនសង្ស័យពីរនាក់ កាលពីម្សិលមិញ។', 'km');
    expect(found.primary).toBe('lao-cai');
    expect(found.localities).toEqual(['sa-pa']);
    expect(placesOf('ភ្ញៀវទេសចរបីនាក់បានលង់ទឹកនៅក្រុងញ៉ាត្រាង។', 'km').primary).toBe('khanh-hoa');
  });
});
