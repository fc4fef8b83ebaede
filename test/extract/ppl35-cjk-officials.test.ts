/**
 * Officials in Korean, Japanese and Chinese text read by the shape of a Vietnamese name in the script, whatever
 * the family name: each common family name in its usual transcription, with invented middle and given names,
 * the rank or office before or after it, with or without the body between, the Hangul name spaced or written
 * as one word, the katakana name dotted or spaced. Suspects (an age, an arrest), bodies and places, and names
 * cut after the middle name are none. Sentences written for the purpose.
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

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The sentences, with the name each gives, that do not read as just that official (or as nobody). */
function misses(
  language: string,
  family: readonly string[],
  name: (family: string, i: number) => string[],
  templates: ReadonlyArray<(name: string, i: number) => string>,
  official: boolean,
): string[] {
  const out: string[] = [];
  family.forEach((f, i) => {
    for (const n of name(f, i))
      for (const template of templates) {
        const text = template(n, i);
        const got = names(text, language);
        if (official ? got.length !== 1 || got[0] !== n : got.length !== 0)
          out.push(`${text} → ${got.join('; ')}`);
      }
  });
  return out;
}

const KO_FAMILY = [
  ...['응우옌', '쩐', '레', '팜', '호앙', '후인', '판', '부', '보', '당', '부이', '도', '호', '응오', '즈엉'],
  ...['리', '딘', '찐', '도안', '럼', '마이', '따', '하', '까오', '쩌우', '또', '르엉', '꽉'],
];
const KO_MIDDLE = ['반', '티', '득', '민', '꽝', '흐우', '쑤언', '홍'];
const KO_GIVEN = [
  '뚜언',
  '흥',
  '하이',
  '롱',
  '타인',
  '끄엉',
  '남',
  '썬',
  '빈',
  '쭝',
  '푹',
  '호아',
  '린',
  '비엣',
  '퉁',
];
const KO_BODY = [
  '하띤성 공안국',
  '꽝닌성 경찰청',
  '응에안성 공안국',
  '라오까이성 공안국',
  '꽝찌성 인민위원회',
];
/** The topic particle the name's last syllable calls for: 은 after a final consonant, 는 after a vowel. */
const topic = (w: string): string => ((w.codePointAt(w.length - 1)! - 0xac00) % 28 === 0 ? '는' : '은');
const koNames = (f: string, i: number): string[] => {
  const [m, g] = [pick(KO_MIDDLE, i * 3 + 1), pick(KO_GIVEN, i * 5 + 2)];
  return [`${f} ${m} ${g}`, `${f}${m}${g}`];
};

describe('Function: findPeople (Korean officials, any family name, spaced or one word)', () => {
  it('reads the name with its rank or office before or after it, the body between or not', () => {
    const templates = [
      (n: string, i: number) => `${pick(KO_BODY, i)} 부국장 ${n} 대령은 이날 회의에서 단속 결과를 발표했다.`,
      (n: string) => `이날 회의에서 ${n} 대령은 단속 결과를 발표했다.`,
      (n: string, i: number) => `${n} ${pick(KO_BODY, i)} 부국장은 조직을 적발했다고 말했다.`,
      (n: string) => `회의를 주재한 ${n} 부국장은 단속을 강화하라고 지시했다.`,
      (n: string, i: number) => `${pick(KO_BODY, i)} 부국장 ${n}${topic(n)} 조직을 적발했다고 말했다.`,
      (n: string) => `경찰청장 ${n} 소장은 현장을 점검했다.`,
      (n: string) => `베트남 ${n} 총리는 하노이에서 회의를 주재했다.`,
      (n: string) => `${n} 공안부 장관은 성명을 발표했다.`,
      (n: string) => `국방부 차관인 ${n} 중장은 훈련을 참관했다.`,
      (n: string, i: number) => `${n} 중령(${pick(KO_BODY, i)} 부국장)은 설명했다.`,
    ];
    expect(misses('ko', KO_FAMILY, koNames, templates, true)).toEqual([]);
  });

  it('reads no suspect named with an age or an arrest', () => {
    const templates = [
      (n: string) => `경찰은 ${n}(45) 씨를 밀매 혐의로 체포했다.`,
      (n: string) => `용의자 ${n}(32)${topic(n)} 현장에서 검거됐다.`,
    ];
    expect(misses('ko', KO_FAMILY, koNames, templates, false)).toEqual([]);
  });

  it.each([
    '하띤성 공안국장은 단속 결과를 발표했다.',
    '꽝닌성 인민위원회 부위원장은 현장을 찾았다.',
    '이번 단속에서 응우옌 반 대령은 보고했다.',
    '그는 호아빈시 당위원회 비서로 일했다.',
    '베트남 보건부 장관은 회견을 열었다.',
    '이어 투자계획부 장관이 발표했다.',
    '같은 날 하노이 시장은 밝혔다.',
  ])('reads no official in %s (a body, a place, a name cut short)', (text) => {
    expect(names(text, 'ko')).toEqual([]);
  });
});

const JA_FAMILY = [
  ...[
    'グエン',
    'チャン',
    'レー',
    'ファム',
    'ホアン',
    'フイン',
    'ファン',
    'ヴー',
    'ヴォー',
    'ダン',
    'ブイ',
    'ドー',
  ],
  ...['ホー', 'ゴー', 'ズオン', 'リー', 'ディン', 'チン', 'ドアン', 'ラム', 'マイ', 'ター', 'ハー', 'カオ'],
  ...['チャウ', 'トー', 'ルオン', 'クアック'],
];
const JA_MIDDLE = ['ヴァン', 'バン', 'ティ', 'ドゥック', 'ミン', 'クアン', 'フー', 'スアン'];
const JA_GIVEN = [
  'トゥアン',
  'フン',
  'ハイ',
  'ロン',
  'タイン',
  'クオン',
  'ナム',
  'ソン',
  'ビン',
  'チュン',
  'リン',
];
const JA_BODY = ['ハティン省警察局', 'クアンニン省公安局', 'ゲアン省人民委員会', 'ラオカイ省警察', '国防省'];
const jaNames = (f: string, i: number): string[] => {
  const [m, g] = [pick(JA_MIDDLE, i * 3 + 1), pick(JA_GIVEN, i * 5 + 2)];
  return [`${f}・${m}・${g}`, `${f} ${m} ${g}`, `${f}\u3000${m}\u3000${g}`];
};

describe('Function: findPeople (Japanese officials, the katakana name dotted or spaced)', () => {
  it('reads the name with its rank or office before or after it, the body between or not', () => {
    const templates = [
      (n: string, i: number) => `${pick(JA_BODY, i)}の${n}副局長は、組織を摘発したと述べた。`,
      (n: string, i: number) => `${pick(JA_BODY, i)}副局長の${n}大佐は記者会見で明らかにした。`,
      (n: string) => `会見で${n}大佐は捜査の結果を説明した。`,
      (n: string) => `${n}首相は21日、ハノイで会議を開いた。`,
      (n: string) => `${n}公安相は声明を発表した。`,
      (n: string, i: number) => `${pick(JA_BODY, i)}の${n}中佐によると、容疑者は逃走した。`,
      (n: string) => `国防次官の${n}少将が視察した。`,
      (n: string) => `副局長${n}氏は取材に応じた。`,
    ];
    expect(misses('ja', JA_FAMILY, jaNames, templates, true)).toEqual([]);
  });

  it('reads no suspect or defendant', () => {
    const templates = [
      (n: string) => `警察は${n}容疑者（45）を逮捕した。`,
      (n: string) => `${n}被告（32）に懲役10年の判決が言い渡された。`,
    ];
    expect(misses('ja', JA_FAMILY, jaNames, templates, false)).toEqual([]);
  });
});

const ZH_FAMILY = [
  ...[
    '阮',
    '陈',
    '黎',
    '范',
    '黄',
    '潘',
    '武',
    '邓',
    '裴',
    '杜',
    '胡',
    '吴',
    '杨',
    '李',
    '丁',
    '郑',
    '段',
    '林',
  ],
  ...['梅', '谢', '何', '高', '周', '苏', '梁', '郭'],
];
const ZH_MIDDLE = ['文', '氏', '德', '明', '光', '友', '春', '红'];
// Given names Vietnamese write with characters the first table lacked (达 Đạt, 鹏 Bằng, 杰 Kiệt...) and others.
const ZH_GIVEN = [
  '达',
  '鹏',
  '杰',
  '峰',
  '隆',
  '刚',
  '诚',
  '骏',
  '俊',
  '兴',
  '海',
  '龙',
  '成',
  '强',
  '南',
  '山',
];
const ZH_BODY = ['河静省公安厅', '广宁省公安厅', '义安省人民委员会', '老街省边防部队', '国防部'];
const zhNames = (f: string, i: number): string[] => [
  `${f}${pick(ZH_MIDDLE, i * 3 + 1)}${pick(ZH_GIVEN, i * 5 + 2)}`,
];

describe('Function: findPeople (Chinese officials, given names of any common character)', () => {
  it('reads the name with its rank or office before or after it, the body between or not', () => {
    const templates = [
      (n: string, i: number) => `${pick(ZH_BODY, i)}副厅长${n}上校表示，警方已捣毁该团伙。`,
      (n: string, i: number) => `${pick(ZH_BODY, i)}副厅长、上校${n}表示，警方已捣毁该团伙。`,
      (n: string) => `会上，${n}上校介绍了案件情况。`,
      (n: string, i: number) => `${pick(ZH_BODY, i)}厅长${n}说，案件仍在调查中。`,
      (n: string) => `${n}副局长表示，警方将加强巡查。`,
      (n: string) => `越南政府总理${n}主持召开会议。`,
      (n: string) => `${n}总理当天在河内主持会议。`,
      (n: string) => `国防部副部长${n}中将出席了仪式。`,
      (n: string) => `据少将${n}介绍，部队已完成任务。`,
    ];
    expect(misses('zh', ZH_FAMILY, zhNames, templates, true)).toEqual([]);
  });

  it('reads no suspect named with an age or an arrest', () => {
    const templates = [
      (n: string) => `犯罪嫌疑人${n}（45岁）因涉嫌贩毒被逮捕。`,
      (n: string) => `警方抓获了${n}，男，32岁。`,
    ];
    expect(misses('zh', ZH_FAMILY, zhNames, templates, false)).toEqual([]);
  });
});

describe('Function: findPeople (a courtesy after the name, the office in brackets after it)', () => {
  it.each<[string, string, string]>([
    ['ko', '부이 득 롱 씨(꽝닌성 공안국 부국장)는 기자들에게 설명했다.', '부국장'],
    ['ko', '당 티 호아 씨(응에안성 인민위원회 부위원장)가 회의를 열었다.', '부위원장'],
    ['ja', 'ドー・ミン・ソン氏（ゲアン省人民委員会副委員長）は会見で述べた。', '副委員長'],
    ['ja', 'リー バン タイン氏（クアンニン省公安局副局長）は取材に応じた。', '副局長'],
    ['zh', '郭明达先生（广宁省公安厅副厅长）在会上表示，案件已经侦破。', '副厅长'],
  ])('%s: %s gives the office', (language, text, role) => {
    const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });
    expect(people.map((p) => p.role)).toEqual([role]);
  });

  it.each<[string, string]>([
    ['ko', '부이 득 롱 씨(45)는 현장에서 체포됐다.'],
    ['ko', '부이 득 롱 씨(전 꽝닌성 공안국 부국장)는 기소됐다.'],
    ['ja', 'ドー・ミン・ソン氏（52）は逮捕された。'],
    ['ja', 'ドー・ミン・ソン氏（元ゲアン省警察局副局長）は起訴された。'],
  ])('%s: %s gives no official', (language, text) => {
    const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });
    expect(people.filter((p) => p.role !== null || p.rank !== null)).toEqual([]);
  });
});
