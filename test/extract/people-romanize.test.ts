/**
 * Vietnamese names written in other scripts, read back to their folded Latin form (lambdas/extract/people/
 * romanize.ts). The expected forms are the transcription conventions' own (Kontsevich for Russian, the
 * Japanese press's katakana, the Korean National Institute's Hangul orthography, Sino-Vietnamese readings),
 * shown on the names of national leaders as those conventions write them: none of them is in a story fixture.
 */
import { describe, expect, it } from 'vitest';
import { romanizeVietnameseName } from '../../lambdas/extract/people/romanize.js';
import { foldName } from '../../lambdas/stories/evidence.js';

describe('romanizeVietnameseName', () => {
  it.each([
    ['Нгуен Тан Зунг', 'nguyen tan dung'],
    ['Чыонг Тан Шанг', 'truong tan sang'],
    ['Нгуен Суан Фук', 'nguyen xuan phuc'],
    ['Зыонг Ван Минь', 'duong van minh'],
    ['Хюинь Тхи Тхюи', 'huynh thi thuy'],
    ['Фан Ван Кхай', 'phan van khai'],
  ])('Cyrillic (Kontsevich) %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it.each([
    ['グエン・フー・チョン', 'nguyen phu trong'],
    ['ヴォー・グエン・ザップ', 'vo nguyen giap'],
    ['ファム・ミン・チン', 'pham minh chinh'],
    ['グエン・ティ・キム・ガン', 'nguyen thi kim ngan'],
    ['ヴオン・ディン・フエ', 'vuong dinh hue'],
    ['チャン・ダイ・クアン', 'tran dai quang'],
    // Japanese writes -anh as -ain (タイン), and Văn with バ as often as with ヴァ.
    ['ホアン・バン・タイン', 'hoang van thanh'],
  ])('katakana %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it.each([
    ['응우옌 쑤언 푹', 'nguyen xuan phuc'],
    ['팜 민 찐', 'pham minh chinh'],
    ['또 럼', 'to lam'],
    ['보 반 트엉', 'vo van thuong'],
    ['쩐 다이 꽝', 'tran dai quang'],
    ['호앙 반 타인', 'hoang van thanh'],
  ])('Hangul %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it.each([
    ['阮富仲', 'nguyen phu trong'],
    ['范明正', 'pham minh chinh'],
    ['苏林', 'to lam'],
    ['陈大光', 'tran dai quang'],
  ])('Han (Sino-Vietnamese readings) %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it.each([
    ['เหงียน ซวน ฟุก', 'nguyen xuan phuc'],
    ['ฝ่าม มิญ จิ๊ญ', 'pham minh chinh'],
    // Tone marks vary between outlets: the syllable is read without them.
    ['เหงียน วัน ล็อง', 'nguyen van long'],
    ['เหงียน วัน ลอง', 'nguyen van long'],
  ])('Thai %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  // The Hindi press writes Vietnamese names from their English spelling: the inherent vowel (हंग) is Hùng's u,
  // ā (कांग) an English short o, and Nguyễn's ng- is often dropped (गुयेन) or written with a half न.
  it.each([
    ['गुयेन फू ट्रोंग', 'nguyen phu trong'],
    ['फाम मिन्ह चिन्ह', 'pham minh chinh'],
    ['तो लाम', 'to lam'],
    ['वो वान थुओंग', 'vo van thuong'],
    ['गुयेन शुआन फुक', 'nguyen xuan phuc'],
    ['वो गुयेन जियाप', 'vo nguyen giap'],
    ['न्गुयेन तान दुंग', 'nguyen tan dung'],
    ['ट्रुओंग कांग हंग', 'truong cong hung'],
    ['फ़ान वान खाई', 'phan van khai'],
    // Spelled from the English letters' sounds: "To" as टू, "An" as एन, X by its letter name एक्स (session 14).
    ['टू वान एक्सुआन', 'to van xuan'],
    ['ले एन खांग', 'le an khang'],
    ['वू वान हंग', 'vu van hung'],
    // English short a written with the ai sign ("Tan" टैन, "Thanh" थैन्ह), where ai makes no name syllable (session 49).
    ['ले वान टैन', 'le van tan'],
    ['गुयेन थैन्ह लॉन्ग', 'nguyen thanh long'],
    ['फाम वान है', 'pham van hai'],
  ])('Devanagari %s → %s', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it('leaves Latin names to folding, and gives up on a unit it cannot read', () => {
    expect(romanizeVietnameseName('Nguyễn Văn Long')).toBeNull();
    expect(romanizeVietnameseName('阮文𠀋')).toBeNull();
    expect(romanizeVietnameseName('เหงียน วัน สมชาย')).toBeNull();
    expect(romanizeVietnameseName('गुयेन वान ४२')).toBeNull();
  });

  it('makes a name in another script and its Latin form one name in the story evidence', () => {
    expect(foldName('Нгуен Ван Лонг')).toBe(foldName('Nguyễn Văn Long'));
    expect(foldName('グエン・ヴァン・ロン')).toBe(foldName('Nguyễn Văn Long'));
    expect(foldName('응우옌 반 롱')).toBe(foldName('Nguyễn Văn Long'));
    expect(foldName('阮文龙')).toBe(foldName('Nguyễn Văn Long'));
    expect(foldName('गुयेन वान लॉन्ग')).toBe(foldName('Nguyễn Văn Long'));
  });
});
