/**
 * Numeral systems and word orders of languages read with a small lexicon (session 20, fresh batch 20's
 * classes of misses), each with sentences written for the project as a news outlet would write them:
 * - Indic fractions before a number: hi "साढ़े", "सवा", "पौने", bn "সাড়ে", ur "ساڑھے" (a half or a quarter over
 *   the whole, before its scale word is applied), and bn's abbreviated hundred "৯শ’";
 * - a number mixing words and digits across a joiner written apart (fa "پنج هزار و 900"), and fa's hundreds;
 * - counts whose persons or fate are said before a bare number (ar "وجرح 11"; sw "watu 15", "wengine 34"),
 *   and Swahili's scale words before their multiplier ("dola milioni 6") and words of time before a number;
 * - Mongolian counts, households and dates (a month written "10 дугаар сар" is no figure);
 * - murder verbs before an article that counts the person murdered (pt "assassinou uma pessoa");
 * - Khmer's one-person word "ម្នាក់" (one and the classifier of persons), not "ម្នាក់ឯង" (alone);
 * - lexicon gaps that made a later count of persons a repeat of an earlier count of things: tr tolls ("ölü
 *   sayısı 56'ya yükseldi", the death toll rose to 56), uk clients ("3 клієнти");
 * - Urdu weapons with Hindi's words (Hindustani in the other script): bombs, hand grenades, rifles, knives.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [number, string][]];

function check(cases: Case[]): void {
  it.each(cases)('%s: %s', (language, text, want) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toEqual(want);
  });
}

describe('Indic fractions before a number, and the abbreviated hundred', () => {
  check([
    ['hi', 'पुलिस ने तस्करों से साढ़े 12 हजार गोलियां जब्त कीं।', [[12500, 'other']]],
    ['hi', 'बाढ़ से सवा लाख लोग प्रभावित हुए।', [[125000, 'person']]],
    ['hi', 'आरोपी के पास से पौने 3 किलो हेरोइन मिली।', [[2.75, 'kg']]],
    ['hi', 'पुलिस ने साढ़े तीन किलो अफीम बरामद की।', [[3.5, 'kg']]],
    ['bn', 'ঘূর্ণিঝড়ে সাড়ে ১২ হাজার ঘরবাড়ি ক্ষতিগ্রস্ত হয়েছে।', [[12500, 'other']]],
    ['bn', 'অভিযানে আড়াই কেজি হেরোইন জব্দ করা হয়েছে।', [[2.5, 'kg']]],
    ['bn', 'চক্রটি ৭শ’ কোটি ভিয়েতনামি ডং আত্মসাৎ করেছে।', [[7000000000, 'vnd']]],
    ['bn', 'পুলিশ ৩শ’ জনকে জিজ্ঞাসাবাদ করেছে।', [[300, 'person']]],
    ['ur', 'سیلاب سے ساڑھے 4 ہزار گھر تباہ ہو گئے۔', [[4500, 'other']]],
    ['ur', 'پولیس نے سوا 2 کلو ہیروئن برآمد کی۔', [[2.25, 'kg']]],
  ]);
});

describe('Numbers mixing words and digits across a joiner; Persian hundreds', () => {
  check([
    ['fa', 'سیل به سه هزار و 400 خانه آسیب زد.', [[3400, 'other']]],
    ['fa', 'طوفان دو هزار و پانصد خانه را ویران کرد.', [[2500, 'other']]],
    ['fa', 'در این حادثه سیصد و بیست خانه تخریب شد.', [[320, 'other']]],
    ['ar', 'أتلف الحريق ثلاثة آلاف و 500 منزل.', [[3500, 'other']]],
    ['en', 'The storm damaged three thousand and 400 houses.', [[3400, 'other']]],
  ]);
});

describe('Persons or their fate said before a bare number; Swahili scales and time words before a number', () => {
  check([
    [
      'ar',
      'قتل شخصان وجرح 7 في حادث سير على الطريق السريع.',
      [
        [2, 'person'],
        [7, 'person'],
      ],
    ],
    ['ar', 'أصيب 4 في الحريق الذي اندلع في المصنع.', [[4, 'person']]],
    ['sw', 'Watu 12 wamepoteza maisha katika mafuriko.', [[12, 'person']]],
    [
      'sw',
      'Mafuriko yameua watu 90 na wengine 34 hawajulikani walipo katika wiki mbili zilizopita.',
      [
        [90, 'person'],
        [34, 'person'],
      ],
    ],
    ['sw', 'Ajali hiyo iliwajeruhi watu watatu.', [[3, 'person']]],
    ['sw', 'Polisi walikamata watu wasiopungua 9 kwa wizi.', [[9, 'person']]],
    ['sw', 'Mafuriko yamesababisha hasara ya zaidi ya dola milioni 6.', [[6000000, 'other']]],
    ['sw', 'Polisi walikamata watu elfu mbili.', [[2000, 'person']]],
    ['sw', 'Mwaka 2024 mvua kubwa ilinyesha kwa siku 5.', []],
  ]);
});

describe('Mongolian counts, households and dates', () => {
  check([
    [
      'mn',
      'Үерийн улмаас 12 хүн амиа алдаж, 7 хүн гэмтэж бэртсэн байна.',
      [
        [12, 'person'],
        [7, 'person'],
      ],
    ],
    ['mn', 'Цагдаа 3 сэжигтнийг баривчилжээ.', [[3, 'person']]],
    ['mn', 'Шуурганы улмаас 2 500 айл өрх цахилгаангүй болжээ.', [[2500, 'household']]],
    ['mn', 'Гурван хүн сураггүй алга болжээ.', [[3, 'person']]],
    ['mn', 'Осол 2024 оны 10 дугаар сарын 5-нд гарсан.', []],
  ]);
});

describe('Murder verbs before an article count the person murdered', () => {
  check([
    ['pt', 'O suspeito assassinou uma pessoa e fugiu de mota.', [[1, 'person']]],
    [
      'pt',
      'Dois homens foram presos por assassinar uma pessoa.',
      [
        [2, 'person'],
        [1, 'person'],
      ],
    ],
    ['es', 'El hombre asesinó a una mujer en su casa.', [[1, 'person']]],
    ['fr', 'Le suspect a assassiné un policier à Hanoi.', [[1, 'person']]],
    ['it', 'Il giovane ha assassinato una donna.', [[1, 'person']]],
    ['en', 'The gang murdered a shopkeeper last week.', [[1, 'person']]],
    ['ro', 'Suspectul a asasinat o femeie.', [[1, 'person']]],
  ]);
});

describe('Khmer one person written as one word', () => {
  check([
    ['km', 'ប៉ូលិសបានចាប់ខ្លួនបុរសម្នាក់ នៅក្នុងភូមិ។', [[1, 'person']]],
    ['km', 'ស្ត្រីម្នាក់បានស្លាប់ក្នុងគ្រោះថ្នាក់ចរាចរណ៍។', [[1, 'person']]],
    ['km', 'គាត់បានធ្វើដំណើរតែម្នាក់ឯងទៅកាន់ខេត្ត។', []],
    ['km', 'ពួកគេម្នាក់ៗត្រូវបានសួរចម្លើយ។', []],
  ]);
});

describe('Tolls and nouns of persons that a repeated count must not lose', () => {
  check([
    ['tr', "Depremde ölü sayısı 23'e yükseldi.", [[23, 'person']]],
    [
      'tr',
      "Kazada can kaybı 7'ye çıktı, 12 kişi yaralandı.",
      [
        [7, 'person'],
        [12, 'person'],
      ],
    ],
    [
      'uk',
      'У кафе перебували 5 клієнтів і 2 працівники.',
      [
        [5, 'person'],
        [2, 'person'],
      ],
    ],
    ['uk', 'Поліція опитала 12 клієнтів банку.', [[12, 'person']]],
  ]);
});

describe('Urdu weapons as Hindi names them', () => {
  check([
    [
      'ur',
      'پولیس نے چار دستی بم اور 3 رائفلیں برآمد کیں۔',
      [
        [4, 'weapon'],
        [3, 'weapon'],
      ],
    ],
    [
      'ur',
      'ملزم کے قبضے سے 2 پستول اور 5 بم ملے۔',
      [
        [2, 'weapon'],
        [5, 'weapon'],
      ],
    ],
    ['ur', 'حملہ آوروں سے 3 چاقو برآمد ہوئے۔', [[3, 'weapon']]],
  ]);
});
