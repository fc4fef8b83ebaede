/**
 * Place classes of session 38 (pp38), on sentences written for this test:
 * - a province's name in lower case and without its marks right after a province's or city's type word and
 *   its preposition ("provincia di quang ninh", "province de son la", "provincia de lao cai") is that province,
 *   in the languages read with word tokens (it fr es pt en); the same words without a type word before them,
 *   or one lower-case word after it ("provincia di questa"), name none;
 * - a name of the curated list in Hangul, kana or Han written with a space or a middle dot inside it, beside a
 *   type word ("하이즈 엉성", "巴地·头顿省"), is that province (ko zh; ja "ハイ・ズオン省" was read already); the same split
 *   name with no type word beside it (a person's name, "하이즈 엉 씨") names none;
 * - a name in quotes right after its force or type word (شرطة "ها تينه", the police of "Hà Tĩnh"; « » too)
 *   is that force's province, the article's subject, when every province is named once (ar).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { PRIMARY } from '../support/primary-choice.js';

/** The provinces and the primary province the engine reads in `text`. */
function placesOf(text: string): { provinces: string[]; primary: string | null } {
  const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
  if (!r.ok) throw new Error(r.rejection.message);
  return {
    provinces: r.article.provinces.map((p) => p.slug),
    primary: r.article.primaryProvince?.slug ?? null,
  };
}

const LOWER_CASE: Array<[string, string, string]> = [
  [
    'it',
    'quang-ninh',
    'Le forti piogge della settimana hanno allagato decine di case nella provincia di quang ninh. La polizia ha evacuato i residenti e ha chiuso due strade.',
  ],
  [
    'fr',
    'son-la',
    'Des pluies torrentielles ont emporté trois ponts dans la province de son la. La police a évacué les habitants et fermé la route nationale pendant deux jours.',
  ],
  [
    'es',
    'lao-cai',
    'Las lluvias intensas de la semana causaron corrimientos de tierra en la provincia de lao cai. La policía evacuó a los vecinos y cerró dos carreteras.',
  ],
  [
    'pt',
    'ha-giang',
    'As chuvas fortes da semana provocaram deslizamentos de terra na província de ha giang. A polícia retirou os moradores e fechou duas estradas.',
  ],
  [
    'en',
    'thanh-hoa',
    'Heavy rain this week flooded dozens of homes in the province of thanh hoa. Police evacuated residents and closed two roads to traffic.',
  ],
];

const NOT_NAMES: Array<[string, string]> = [
  [
    'it',
    'Le forti piogge hanno allagato la provincia di questa regione e la gente di son la si è detta preoccupata per le strade.',
  ],
  [
    'en',
    'Heavy rain flooded the province of the north, and police said the son la family had left their home before dawn.',
  ],
];

describe('pp38: a province name in lower case after its type word', () => {
  it.each(LOWER_CASE)('%s: names %s', (_lang, slug, text) => {
    const r = placesOf(text);
    expect(r.provinces).toContain(slug);
    expect(r.primary).toBe(slug);
  });
  it.each(NOT_NAMES)(
    '%s: lower-case words without a type word before them name no province',
    (_lang, text) => {
      expect(placesOf(text).provinces).toEqual([]);
    },
  );
});

const SPACED: Array<[string, string, string]> = [
  [
    'ko',
    'hai-duong',
    '2월 3일, 하이즈 엉성 경찰은 창고에서 난 불을 끄던 경찰관 두 명이 다쳤다고 밝혔다. 경찰은 불이 난 원인을 조사하고 있다.',
  ],
  [
    'ko',
    'khanh-hoa',
    '칸 호아성 경찰은 어제 밤 마약을 운반하던 남성 두 명을 체포했다고 밝혔다. 이들은 조사를 받고 있다.',
  ],
  [
    'ja',
    'hai-duong',
    'ハイ・ズオン省の警察は3日、倉庫の火事を消していた警察官2人がけがをしたと発表した。警察は火事の原因を調べている。',
  ],
  ['zh', 'ba-ria-vung-tau', '巴地·头顿省警方3日表示，一间仓库发生火灾，两名警察受伤。警方正在调查起火原因。'],
];

describe('pp38: a name in Hangul, kana or Han with a space or middle dot inside it', () => {
  it.each(SPACED)('%s: names %s beside its type word', (_lang, slug, text) => {
    const r = placesOf(text);
    expect(r.provinces).toContain(slug);
    expect(r.primary).toBe(slug);
  });
  it('ko: the split name with no type word beside it names no province', () => {
    expect(placesOf('하이즈 엉 씨는 어제 베트남 경찰관 두 명을 만났다고 밝혔다.').provinces).toEqual([]);
  });
});

const QUOTED: Array<[string, string]> = [
  [
    'ar "',
    'انقلبت حافلة كانت متجهة من العاصمة هانوي إلى "دا نانج" وسط فيتنام صباح اليوم. وذكرت شرطة "ها تينه" أن السبب هو انفجار إطار أمامي.',
  ],
  [
    'ar «»',
    'انقلبت حافلة كانت متجهة من العاصمة هانوي إلى «دا نانج» وسط فيتنام صباح اليوم. وذكرت شرطة «ها تينه» أن السبب هو انفجار إطار أمامي.',
  ],
];

describe('pp38: a quoted name after its force in Arabic script', () => {
  it.each(QUOTED)('%s: the quoted province of the police is the primary', (_lang, text) => {
    const r = placesOf(text);
    expect(r.provinces).toContain('ha-tinh');
    expect(r.primary).toBe('ha-tinh');
  });
});
