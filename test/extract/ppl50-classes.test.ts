/**
 * Session 50 people classes, each read with sentences written for the purpose: Arabic-script names of four words;
 * an Arabic office whose organisation ends with its place before the holder; a national figure named with an
 * office in a script the gazetteer does not spell him in; an office in apposition that no comma closes; a
 * Russian or Ukrainian name declined with a fleeting vowel.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (an Arabic-script name of four words)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // A middle name second, the phrase closed right after the fourth word by a comma, a stop or a glued "and".
    [
      'ur',
      'تقریب میں کرنل لی تھی ہونگ ہا، صوبائی پولیس کی ڈپٹی ڈائریکٹر نے شرکت کی۔',
      [['لی تھی ہونگ ہا', 'colonel']],
    ],
    ['ar', 'وحضر اللقاء العقيد فام ثي ثانه ها، نائبة مدير الشرطة.', [['فام ثي ثانه ها', 'colonel']]],
    [
      'ar',
      'وحضرت رئيسة اللجنة الشعبية للمقاطعة فام ثي ثانه ها وممثلون عن الإدارات.',
      [['فام ثي ثانه ها', null]],
    ],
    // Three words stay three.
    ['ur', 'تقریب میں کرنل لی وان من نے شرکت کی۔', [['لی وان من', 'colonel']]],
    [
      'ar',
      'وحضر العقيد فام فان هونغ والمقدم لي فان تام.',
      [
        ['فام فان هونغ', 'colonel'],
        ['لي فان تام', 'lieutenant-colonel'],
      ],
    ],
    // A verb ends a Bengali sentence, a comma after it: the fourth word is no name's.
    ['bn', 'কর্নেল ফাম ভ্যান হুং বলেন, অভিযান চলছে।', [['ফাম ভ্যান হুং', 'colonel']]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (an Arabic office whose organisation ends with its place)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['وحضر الاجتماع أمين لجنة الحزب في مقاطعة كوانغ نينه نجوين فان تام.', [['نجوين فان تام', null]]],
    ['وقال رئيس اللجنة الشعبية لمدينة دا نانغ لي تران هوا إن العمل مستمر.', [['لي تران هوا', null]]],
    // The place's words then a clause's: the name after them is nobody the office introduces.
    ['وزار مدير شرطة مقاطعة كوانغ نينه منزل الضحية نجوين فان تام.', []],
  ])('ar: %s lists %j', (text, expected) => {
    expect(people(text, 'ar')).toEqual(expected);
  });
});

describe('Function: findPeople (a national figure named with an office, in any script)', () => {
  it.each<[string, string]>([
    ['ur', 'صدر ہو چی منہ کی تعلیمات پر عمل کرتے ہوئے پولیس نے مہم شروع کی۔'],
    ['fa', 'رئیس جمهور هو شی مین به پلیس آموخت.'],
    ['el', 'Ο Πρόεδρος Χο Τσι Μινχ δίδαξε την αστυνομία.'],
    ['he', "הנשיא הו צ'י מין לימד את המשטרה."],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (an office in apposition that no comma closes)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'vi',
      'Chiều 5.3, ông Trần Văn Bình - Phó Chủ tịch phụ trách UBND huyện Nam Đàn đến trao thưởng cho 2 tập thể và 4 cá nhân thuộc Công an huyện vì đã có thành tích trong việc truy bắt đối tượng.',
      [['Trần Văn Bình', null]],
    ],
    [
      'en',
      'Mr Tran Van Binh, Vice Chairman of the Nam Dan District People’s Committee came to present certificates of merit to two units and four officers of the district police for their work in the recent operation against the drug ring.',
      [['Tran Van Binh', null]],
    ],
    // A courtesy and a long clause without an office stay nobody's.
    [
      'vi',
      'Chiều 5.3, ông Trần Văn Bình - người dân sống gần khu vực đã đến trao tặng quà cho 2 tập thể và 4 cá nhân thuộc Công an huyện vì đã có thành tích.',
      [],
    ],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a declined Cyrillic name with a fleeting vowel)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'ru',
      'Письмо передали через консула РФ в Дананге Павла Смирнова. Павел Смирнов подтвердил.',
      [['Павел Смирнов', null]],
    ],
    [
      'ru',
      'Письмо передали через консула РФ в Дананге Петра Смирнова. Пётр Смирнов подтвердил.',
      [['Пётр Смирнов', null]],
    ],
    // A Ukrainian man's name in -о.
    [
      'uk',
      'Лист передали через консула РФ у Дананге Павла Смирнова. Павло Смирнов підтвердив.',
      [['Павло Смирнов', null]],
    ],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Thai officials: a four-word name, a gloss before the office, an office opening the text)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // A middle name second and the office in apposition right after the fourth word.
    ['พันเอก ฝ่าม ถิ แถ่ง ฮา รองผู้อำนวยการ กล่าวว่า', [['ฝ่าม ถิ แถ่ง ฮา', 'colonel']]],
    ['พันเอก เหงียน วัน หุ่ง กล่าวว่า', [['เหงียน วัน หุ่ง', 'colonel']]],
    // The name glossed in Latin letters between the name and its office.
    ['นายเหงียน วัน หุ่ง (Nguyen Van Hung) รองผู้อำนวยการตำรวจจังหวัด กล่าวว่า', [['เหงียน วัน หุ่ง', null]]],
  ])('th: %s lists %j', (text, expected) => {
    expect(people(text, 'th')).toEqual(expected);
  });

  it('keeps the whole office that opens the text as the role', () => {
    const text = 'รองประธานคณะกรรมการประชาชนจังหวัดกว๋างนิญ นายเหงียน วัน หุ่ง กล่าวว่า';
    const found = findPeople(makeDocument(text, 'th'), { isPlaceName, isNamesake, isLocalityName });
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['เหงียน วัน หุ่ง', 'รองประธานคณะกรรมการประชาชนจังหวัดกว๋างนิญ'],
    ]);
  });
});

describe('Function: findPeople (the head of a volunteer team or a charity is a private person, in more languages)', () => {
  it.each<[string, string]>([
    [
      'vi',
      'Ông Nguyễn Văn Khoa, đội trưởng đội tình nguyện cứu hộ giao thông, cho biết đã hỗ trợ người dân.',
    ],
    ['id', 'Bapak Nguyen Van Khoa, ketua tim relawan penyelamat, mengatakan warga membantu.'],
    ['pl', 'Pan Nguyen Van Khoa, szef grupy wolontariuszy ratowników, powiedział, że mieszkańcy pomogli.'],
    ['ro', 'Domnul Nguyen Van Khoa, șeful unei echipe de voluntari, a spus că localnicii au ajutat.'],
    ['cs', 'Pan Nguyen Van Khoa, vedoucí dobrovolného záchranného týmu, uvedl, že obyvatelé pomohli.'],
    ['th', 'หัวหน้าอาสาสมัครกู้ภัย นายเหงียน วัน ควา กล่าวว่า'],
    ['zh', '志愿者救援队队长阮文科表示，村民提供了帮助。'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it('keeps an official of the commune who speaks of the volunteers', () => {
    expect(people('Ông Nguyễn Văn Khoa, Phó Chủ tịch UBND xã, cho biết đã hỗ trợ người dân.', 'vi')).toEqual([
      ['Nguyễn Văn Khoa', null],
    ]);
  });
});
