/**
 * Officials named in scripts other than Latin (session 14, issue 9): ranks before a transliterated Vietnamese
 * name in Bengali and Devanagari, where a family name is spelled with the dental or the retroflex letter
 * ("দুয়ং"/"ডুয়ং", Dương; "टो"/"टू", Tô); Ukrainian syllables ending "нх" ("Тханх", Thành); Khmer ranks,
 * written fused with "លោក" (Mr) before a name in Latin letters; and Japanese and Chinese officers who are
 * the drivers, passengers or suspects of the story, named with their rank but no official of it. Invented
 * sentences, written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

const PLACES = new Set(['kien giang', 'an giang', 'lao cai', 'nghe an']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function officials(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (Bengali and Hindi family names, dental or retroflex)', () => {
  it.each<Case>([
    ['bn', 'কর্নেল ডুয়ং মিন হাই জানান, দলটি ১২ জনকে আটক করেছে।', [['ডুয়ং মিন হাই', 'colonel']]],
    ['bn', 'মেজর জেনারেল তো ভ্যান লং সভায় বক্তব্য রাখেন।', [['তো ভ্যান লং', 'major-general']]],
    ['bn', 'লেফটেন্যান্ট কর্নেল ডিন কং থান বলেন, তদন্ত চলছে।', [['ডিন কং থান', 'lieutenant-colonel']]],
    [
      'hi',
      'लेफ्टिनेंट जनरल टो वान हाई ने बताया कि 12 लोगों को गिरफ्तार किया गया।',
      [['टो वान हाई', 'lieutenant-general']],
    ],
    ['hi', 'कर्नल त्रिन्ह मिन्ह डुक ने बैठक की अध्यक्षता की।', [['त्रिन्ह मिन्ह डुक', 'colonel']]],
    ['hi', 'मेजर दोआन वान बिन्ह के अनुसार, पुलिस ने 5 किलो हेरोइन जब्त की।', [['दोआन वान बिन्ह', 'major']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Khmer ranks before a name in Latin letters)', () => {
  it.each<Case>([
    [
      'km',
      'លោកវរសេនីយ៍ឯក Tran Van Hai នាយករងនគរបាលខេត្ត An Giang បានថ្លែងថា ជនសង្ស័យ ៥នាក់ត្រូវបានចាប់ខ្លួន។',
      [['Tran Van Hai', 'colonel']],
    ],
    ['km', 'ឧត្តមសេនីយ៍ត្រី Le Minh Duc បានអញ្ជើញចូលរួមក្នុងពិធីនេះ។', [['Le Minh Duc', 'major-general']]],
    [
      'km',
      'លោកវរសេនីយ៍ទោ Pham Quoc Bao បានប្រកាសលទ្ធផលនៃការស៊ើបអង្កេត។',
      [['Pham Quoc Bao', 'lieutenant-colonel']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Ukrainian names spelling the -nh coda letter for letter)', () => {
  it.each<Case>([
    [
      'uk',
      'Майор Чан Тханх Лонг повідомив, що поліція затримала 4 підозрюваних.',
      [['Чан Тханх Лонг', 'major']],
    ],
    ['uk', 'Перевірку очолив капітан Ле Ван Ханх з відділу поліції.', [['Ле Ван Ханх', 'captain']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Japanese officers who are drivers, passengers or suspects)', () => {
  it.each<Case>([
    ['ja', '交通警察隊のレ・ヴァン・フン大尉が運転する車がバイクと衝突した。', []],
    ['ja', '車には同僚のチャン・ミン・ドゥック少尉が同乗していた。', []],
    ['ja', '元警察官のファム・ヴァン・ロン少佐が収賄の疑いで逮捕された。', []],
    [
      'ja',
      'ゲアン省警察のグエン・ヴァン・ハイ大佐は、運転手の男を逮捕したと述べた。',
      [['グエン・ヴァン・ハイ', 'colonel']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Chinese officers arrested, charged or at the wheel)', () => {
  it.each<Case>([
    ['zh', '原公安局副局长、中校陈文龙因涉嫌受贿被逮捕。', []],
    ['zh', '中校黎文海因涉嫌受贿被逮捕。', []],
    ['zh', '据悉，少校黎明德酒后驾驶摩托车撞倒一名行人。', []],
    ['zh', '交警大队中尉阮文强驾驶的汽车与一辆卡车相撞。', []],
    ['zh', '广宁省公安厅厅长、大校阮文明说，司机已被逮捕。', [['阮文明', 'colonel']]],
    ['zh', '广宁省公安厅厅长、大校阮文明表示司机已被逮捕。', [['阮文明', 'colonel']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
