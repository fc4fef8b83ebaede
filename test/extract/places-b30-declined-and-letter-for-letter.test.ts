/**
 * Session 30: a declined two-word province whose last word keeps two letters without its case ending
 * (Finnish "Nghe Anin", Hungarian "Nghe Anban", Estonian "Nghe Ani"), and Serbian and Macedonian Cyrillic
 * spelling a name letter for letter from its Latin form (Лао Цаи with ц for c, Ха Гијанг with the glide
 * written), and Persian, Arabic and Urdu quoting a name after its type word («هوا بین»). Sentences written
 * for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function provinces(text: string): string[] {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? result.article.provinces.map((p) => p.slug) : [];
}

describe('Function: extractArticle (a declined name whose last word keeps two letters)', () => {
  it.each([
    [
      'Poliisi pidätti kolme epäiltyä Nghe Anin maakunnassa maanantaina, kertoi paikallinen media.',
      ['nghe-an'],
    ],
    ['Poliisi pidätti kolme epäiltyä Nghe Anissa maanantaina, kertoi paikallinen media.', ['nghe-an']],
    [
      'A rendőrség hétfőn három gyanúsítottat tartóztatott le Nghe Anban, közölte a helyi sajtó, és a nyomozás folytatódik.',
      ['nghe-an'],
    ],
    [
      'Eesti: politsei pidas esmaspäeval Nghe Ani provintsis kinni kolm kahtlusalust, teatas kohalik meedia.',
      ['nghe-an'],
    ],
    // Negative: a declined country name is no province.
    ['Vietnamin poliisi pidätti kolme epäiltyä maanantaina, kertoi paikallinen media.', []],
  ] as const)('%s', (text, expected) => {
    expect(provinces(text)).toEqual(expected);
  });
});

describe('Function: extractArticle (South Slavic Cyrillic spelt letter for letter)', () => {
  it.each([
    [
      'Полиција у провинцији Лао Цаи ухапсила је осам осумњичених за трговину дрогом у понедељак.',
      ['lao-cai'],
    ],
    [
      'Полиција у провинцији Ха Гијанг ухапсила је осам осумњичених за трговину дрогом у понедељак.',
      ['ha-giang'],
    ],
    [
      'Полицијата во провинцијата Лао Цаи уапси осум осомничени за трговија со дрога во понеделникот.',
      ['lao-cai'],
    ],
    [
      'Полицијата во провинцијата Ха Гијанг уапси осум осомничени за трговија со дрога во понеделникот.',
      ['ha-giang'],
    ],
    // Russian transcriptions still read.
    ['Полиция провинции Лао Цай задержала восемь подозреваемых в понедельник.', ['lao-cai']],
    ['Полиция провинции Ха Гианг задержала восемь подозреваемых в понедельник.', ['ha-giang']],
    // Negative: a Serbian word with ц after a type word is no province.
    ['Полиција у провинцији Цео дан трага за осумњиченима за трговину дрогом.', []],
  ] as const)('%s', (text, expected) => {
    expect(provinces(text)).toEqual(expected);
  });
});

describe('Function: extractArticle (Arabic-script name quoted after its type word)', () => {
  it.each([
    [
      'در استان «هوا بین» واقع در شمال ویتنام پلیس سه مظنون را دستگیر کرد و تحقیقات ادامه دارد.',
      ['hoa-binh'],
    ],
    ['ألقت الشرطة في مقاطعة «هوا بينه» شمال فيتنام القبض على ثلاثة مشتبه بهم يوم الاثنين.', ['hoa-binh']],
    ['پولیس نے صوبہ “ہوا بنہ” میں تین مشتبہ افراد کو گرفتار کر لیا، مقامی میڈیا نے بتایا۔', ['hoa-binh']],
    // Negative: a quoted company name is no province.
    ['شرکت «ویتنام» در استان اعلام کرد که سه کارگر زخمی شدند و پلیس تحقیق می‌کند.', []],
  ] as const)('%s', (text, expected) => {
    expect(provinces(text)).toEqual(expected);
  });
});
