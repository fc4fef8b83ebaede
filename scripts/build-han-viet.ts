/**
 * Generates lambdas/extract/data/han-viet.json: the Sino-Vietnamese readings of the Han characters that can
 * spell a Vietnamese place name, so that a locality written in Chinese (演州县, 义禄县) is found by reading its
 * characters (places/han.ts). Source: the Unihan database's kVietnamese field (Unicode, Unicode licence),
 * as Debian's unicode-data package ships it; simplified characters take the readings of the traditional
 * ones they simplify (kSimplifiedVariant). Only readings that are syllables of some gazetteer name are kept,
 * folded (no tone or vowel marks, đ → d), which is how the gazetteer's keys are written.
 *
 *   apt-get install unicode-data && npm run han-viet            regenerate
 *   npm run han-viet -- --check                                 exit 1 if the committed file is stale
 *
 * Output: { about, readings: { "<char>": "reading reading…" } }, characters in code point order.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameWords } from '../lambdas/extract/places/tokens.js';
import { writeOrCheck } from './generated-file.js';

const UNIHAN = process.env.UNIHAN_DIR ?? '/usr/share/unicode';
const dataDir = fileURLToPath(new URL('../lambdas/extract/data/', import.meta.url));
const target = `${dataDir}han-viet.json`;

function unihan(file: string): string[] {
  const plain = `${UNIHAN}/${file}`;
  const text = existsSync(plain)
    ? readFileSync(plain, 'utf8')
    : execFileSync('bzcat', [`${plain}.bz2`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return text.split('\n').filter((l) => l.startsWith('U+'));
}

const char = (cp: string): string => String.fromCodePoint(parseInt(cp.slice(2), 16));

/** Every syllable of a gazetteer name, folded. */
function gazetteerSyllables(): Set<string> {
  const raw = JSON.parse(readFileSync(`${dataDir}gazetteer.json`, 'utf8')) as {
    p: [string, string][];
    d: [string, string, number, string][];
  };
  const out = new Set<string>();
  const add = (name: string): void => nameWords(name).forEach((w) => out.add(w));
  for (const [, name] of raw.p) add(name);
  for (const [name, , , communes] of raw.d) {
    add(name);
    for (const item of communes.split('|')) if (item) add(item.slice(1));
  }
  return out;
}

/**
 * Standard Sino-Vietnamese readings of characters common in place names that Unihan's kVietnamese lacks or
 * gives only a Nôm reading for (北, 寧, 嘉, 春...): written for this file from the standard readings. 义 also
 * stands for nghi and nghệ in the Chinese press (义安 Nghệ An), 政/正 read chánh in southern names (Bình Chánh).
 */
const COMMON: Readonly<Record<string, string>> = {
  春: 'xuân',
  东: 'đông',
  東: 'đông',
  西: 'tây',
  南: 'nam',
  北: 'bắc',
  中: 'trung',
  新: 'tân',
  福: 'phúc',
  德: 'đức',
  安: 'an',
  平: 'bình',
  和: 'hòa',
  兴: 'hưng',
  興: 'hưng',
  隆: 'long',
  龙: 'long',
  龍: 'long',
  山: 'sơn',
  海: 'hải',
  江: 'giang',
  河: 'hà',
  明: 'minh',
  光: 'quang',
  广: 'quảng',
  廣: 'quảng',
  宁: 'ninh',
  寧: 'ninh',
  静: 'tĩnh',
  靜: 'tĩnh',
  清: 'thanh',
  庆: 'khánh',
  慶: 'khánh',
  富: 'phú',
  美: 'mỹ',
  义: 'nghĩa nghi nghệ',
  義: 'nghĩa',
  宜: 'nghi',
  禄: 'lộc',
  祿: 'lộc',
  仁: 'nhân',
  文: 'văn',
  武: 'vũ',
  永: 'vĩnh',
  荣: 'vinh',
  榮: 'vinh',
  长: 'trường',
  長: 'trường',
  嘉: 'gia',
  金: 'kim',
  玉: 'ngọc',
  秀: 'tú',
  胜: 'thắng',
  勝: 'thắng',
  利: 'lợi',
  丰: 'phong',
  豐: 'phong',
  凤: 'phượng',
  鳳: 'phượng',
  桂: 'quế',
  云: 'vân',
  雲: 'vân',
  太: 'thái',
  泰: 'thái',
  石: 'thạch',
  林: 'lâm',
  桥: 'kiều',
  橋: 'kiều',
  寿: 'thọ',
  壽: 'thọ',
  顺: 'thuận',
  順: 'thuận',
  协: 'hiệp',
  協: 'hiệp',
  庄: 'trang',
  莊: 'trang',
  朝: 'triều',
  潮: 'triều',
  演: 'diễn',
  州: 'châu',
  琼: 'quỳnh',
  瓊: 'quỳnh',
  流: 'lưu',
  英: 'anh',
  都: 'đô',
  乐: 'lạc',
  樂: 'lạc',
  香: 'hương',
  华: 'hoa',
  華: 'hoa',
  花: 'hoa',
  化: 'hóa',
  会: 'hội',
  會: 'hội',
  合: 'hợp',
  成: 'thành',
  城: 'thành',
  定: 'định',
  功: 'công',
  公: 'công',
  红: 'hồng',
  紅: 'hồng',
  黄: 'hoàng',
  黃: 'hoàng',
  青: 'thanh',
  天: 'thiên',
  田: 'điền',
  仙: 'tiên',
  先: 'tiên',
  进: 'tiến',
  進: 'tiến',
  全: 'toàn',
  湖: 'hồ',
  胡: 'hồ',
  芽: 'nha',
  潘: 'phan',
  归: 'quy',
  歸: 'quy',
  厚: 'hậu',
  后: 'hậu',
  後: 'hậu',
  前: 'tiền',
  上: 'thượng',
  下: 'hạ',
  高: 'cao',
  溪: 'khê',
  峰: 'phong',
  岭: 'lĩnh',
  嶺: 'lĩnh',
  洲: 'châu',
  沙: 'sa',
  津: 'tân',
  关: 'quan',
  關: 'quan',
  官: 'quan',
  雄: 'hùng',
  国: 'quốc',
  國: 'quốc',
  建: 'kiến',
  昌: 'xương',
  贤: 'hiền',
  賢: 'hiền',
  孝: 'hiếu',
  忠: 'trung',
  信: 'tín',
  勇: 'dũng',
  强: 'cường',
  強: 'cường',
  盛: 'thịnh',
  旺: 'vượng',
  泉: 'tuyền',
  涌: 'dũng',
  宝: 'bảo',
  寶: 'bảo',
  保: 'bảo',
  边: 'biên',
  邊: 'biên',
  奠: 'điện',
  府: 'phủ',
  街: 'cai',
  芒: 'móng',
  政: 'chính chánh',
  正: 'chính chánh',
  塔: 'tháp',
  薄: 'bạc',
  辽: 'liêu',
  遼: 'liêu',
  槟: 'bến',
  岘: 'nẵng',
  港: 'cảng',
  乂: 'nghệ',
};

function build(): string {
  const syllables = gazetteerSyllables();
  const readings = new Map<string, Set<string>>();
  for (const line of unihan('Unihan_Readings.txt')) {
    const [cp, field, value] = line.split('\t');
    if (field !== 'kVietnamese' || !cp || !value) continue;
    // The final i and y of a syllable are one sound written two ways (Mỹ, mỉ): keep both spellings.
    const folded = value
      .split(/\s+/)
      .flatMap((r) => nameWords(r))
      .flatMap((r) => [r, r.replace(/i$/, 'y'), r.replace(/y$/, 'i')])
      .filter((r, k, all) => syllables.has(r) && all.indexOf(r) === k);
    if (folded.length > 0) readings.set(char(cp), new Set(folded));
  }
  for (const [ch, written] of Object.entries(COMMON)) {
    const list = readings.get(ch) ?? new Set<string>();
    for (const folded of nameWords(written)) if (syllables.has(folded)) list.add(folded);
    if (list.size > 0) readings.set(ch, list);
  }
  for (const line of unihan('Unihan_Variants.txt')) {
    const [cp, field, value] = line.split('\t');
    if (field !== 'kSimplifiedVariant' || !cp || !value) continue;
    const own = readings.get(char(cp));
    if (!own) continue;
    for (const v of value.split(/\s+/)) {
      const simplified = char(v.split('<')[0]!);
      const list = readings.get(simplified) ?? new Set<string>();
      own.forEach((r) => list.add(r));
      readings.set(simplified, list);
    }
  }
  const sorted = [...readings].sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!);
  const body = Object.fromEntries(sorted.map(([c, set]) => [c, [...set].join(' ')]));
  const simplified = simplifiedForms();
  return `${JSON.stringify(
    {
      about:
        'GENERATED by scripts/build-han-viet.ts from Unihan kVietnamese and kSimplifiedVariant (Unicode licence; Debian unicode-data 15.0.0): Sino-Vietnamese readings of Han characters, folded, kept when a gazetteer name has that syllable; and the simplified form of each traditional character whose simplified form is in a Chinese name of names-in-scripts.json or a topic cue of lexicons/zh/figures.json. See SOURCES.md.',
      readings: body,
      simplified,
    },
    null,
    0,
  )}\n`;
}

/**
 * The topic cue words of the Chinese figures lexicon (topics, offences, units' names, fraud and its channels,
 * accidents, vessels, words that are no cue, goal words): written simplified, and read against a text in
 * traditional characters through its simplified form (figures/lexicon.ts cueTextOf).
 */
function chineseCueWords(): string[] {
  const lex = JSON.parse(readFileSync(`${dataDir}../lexicons/zh/figures.json`, 'utf8')) as Record<
    string,
    unknown
  >;
  const keys = [
    'topics',
    'offences',
    'instruments',
    'agencies',
    'fraud',
    'channels',
    'accidents',
    'vessels',
    'mines',
    'notCues',
    'target',
  ];
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
  return keys.flatMap((k) => strings(lex[k]));
}

/**
 * Traditional character → its simplified form (kSimplifiedVariant), for the simplified characters of the
 * curated Chinese names and of the Chinese topic cues: a text in traditional characters (頭頓, 義安; 災害) is
 * read through them against the names and cues as listed (头顿, 义安; 灾害). One unit for one unit: offsets
 * stay those of the text.
 */
function simplifiedForms(): Record<string, string> {
  const names = JSON.parse(readFileSync(`${dataDir}names-in-scripts.json`, 'utf8')) as {
    entries: { zh?: string[] }[];
  };
  const wanted = new Set(
    [...names.entries.flatMap((e) => e.zh ?? []), ...chineseCueWords()].flatMap((n) => [...n]),
  );
  const out: [string, string][] = [];
  for (const line of unihan('Unihan_Variants.txt')) {
    const [cp, field, value] = line.split('\t');
    if (field !== 'kSimplifiedVariant' || !cp || !value) continue;
    const traditional = char(cp);
    const forms = value.split(/\s+/).map((v) => char(v.split('<')[0]!));
    const simple = forms.find((f) => f !== traditional && wanted.has(f));
    if (simple === undefined || traditional.length !== 1 || simple.length !== 1) continue;
    out.push([traditional, simple]);
  }
  out.sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!);
  return Object.fromEntries(out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeOrCheck(target, build(), 'npm run han-viet');
}
