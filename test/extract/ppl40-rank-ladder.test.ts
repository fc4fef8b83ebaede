/**
 * Session 40: the whole ladder of police, army and border-guard ranks in the people lexicons (the Korean and
 * Japanese police grades a translation may give a Vietnamese officer, the non-commissioned and junior ranks of
 * ru/uk, el, hi, bn, ur), Chinese 上校 and 上尉 read as Chinese readers read them (colonel, captain: the real
 * tuning gold's convention), Ukrainian spellings of Vietnamese family names, and a one-word Hangul name before a
 * Korean police grade read as a Korean officer's. Sentences written for the purpose.
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

describe('Function: findPeople (police ranks of Korea and Japan after the name)', () => {
  it.each<[string, string, string, string]>([
    ['ko', '호찌민시 경찰청 쩐 반 하이 총경은 기자들에게 밝혔다.', '쩐 반 하이', 'colonel'],
    ['ko', '레 반 호아 경정이 사건 경위를 설명했다.', '레 반 호아', 'lieutenant-colonel'],
    ['ko', '응우옌 반 남 경감은 검문소에서 단속을 지휘했다.', '응우옌 반 남', 'major'],
    ['ko', '팜 민 뚜언 경위는 순찰대를 이끌었다.', '팜 민 뚜언', 'lieutenant'],
    ['ko', '응우옌 반 꽝 경무관은 회의에서 강조했다.', '응우옌 반 꽝', 'brigadier-general'],
    ['ja', '省警察のブイ・ヴァン・タイ警部が記者会見で説明した。', 'ブイ・ヴァン・タイ', 'captain'],
    ['ja', 'グエン・ヴァン・ナム警部補は現場で指揮を執った。', 'グエン・ヴァン・ナム', 'lieutenant'],
    ['ja', 'チャン・ヴァン・ハイ警視は記者団に語った。', 'チャン・ヴァン・ハイ', 'major'],
    ['ja', '交通警察隊のレ・ヴァン・ホア巡査部長が検問を指揮した。', 'レ・ヴァン・ホア', 'sergeant'],
    [
      'ja',
      'レ・ヴァン・タン曹長とグエン・ヴァン・ナム伍長が表彰された。',
      'レ・ヴァン・タン',
      'senior sergeant',
    ],
    [
      'ja',
      'レ・ヴァン・タン曹長とグエン・ヴァン・ナム伍長が表彰された。',
      'グエン・ヴァン・ナム',
      'corporal',
    ],
  ])('%s: %s gives %s, %s', (language, text, name, rank) => {
    expect(people(text, language)).toContainEqual([name, rank]);
  });
});

describe('Function: findPeople (Chinese 上校 and 上尉 as Chinese readers read them)', () => {
  it.each<[string, string, string]>([
    ['省公安厅副厅长黎文海上校表示，案件仍在调查中。', '黎文海', 'colonel'],
    ['边防站副站长阮文明上尉表示，巡逻队查获香烟500条。', '阮文明', 'captain'],
    // The Sino-Vietnamese 大校 (Đại tá) stays a colonel.
    ['省公安厅厅长陈文强大校主持了会议。', '陈文强', 'colonel'],
  ])('%s gives %s, %s', (text, name, rank) => {
    expect(people(text, 'zh')).toContainEqual([name, rank]);
  });
});

describe('Function: findPeople (non-commissioned and junior ranks)', () => {
  it.each<[string, string, string, string]>([
    ['ru', 'Старшина Нгуен Ван Хунг задержал нарушителя на границе.', 'Нгуен Ван Хунг', 'senior sergeant'],
    ['ru', 'Младший сержант Чан Ван Нам остановил грузовик.', 'Чан Ван Нам', 'corporal'],
    ['uk', 'Молодший сержант Чан Ван Нам затримав порушника.', 'Чан Ван Нам', 'corporal'],
    [
      'el',
      'Ο ανθυπολοχαγός Φαμ Βαν Χαϊ δήλωσε ότι η έρευνα συνεχίζεται.',
      'Φαμ Βαν Χαϊ',
      'second lieutenant',
    ],
    ['el', 'Ο επιλοχίας Τραν Βαν Ναμ μίλησε στους δημοσιογράφους.', 'Τραν Βαν Ναμ', 'senior sergeant'],
    ['el', 'Ο δεκανέας Λε Βαν Μπιν συνέλαβε τον οδηγό.', 'Λε Βαν Μπιν', 'corporal'],
    ['hi', 'सेकंड लेफ्टिनेंट गुयेन वान हंग ने कहा कि जांच जारी है।', 'गुयेन वान हंग', 'second lieutenant'],
    ['hi', 'सीनियर सार्जेंट त्रान वान नाम ने ट्रक को रोका।', 'त्रान वान नाम', 'senior sergeant'],
    ['bn', 'সিনিয়র সার্জেন্ট ত্রান ভান নাম ট্রাকটি থামান।', 'ত্রান ভান নাম', 'senior sergeant'],
    ['ur', 'سیکنڈ لیفٹیننٹ نگوین وان ہنگ نے کہا کہ تحقیقات جاری ہیں۔', 'نگوین وان ہنگ', 'second lieutenant'],
    ['ur', 'سینئر سارجنٹ تران وان نام نے ٹرک کو روکا۔', 'تران وان نام', 'senior sergeant'],
  ])('%s: %s gives %s, %s', (language, text, name, rank) => {
    expect(people(text, language)).toContainEqual([name, rank]);
  });
});

describe('Function: findPeople (Ukrainian spellings of Vietnamese family names)', () => {
  it.each<[string, string]>([
    ['Президент Лионг Куонг підписав указ про нагородження.', 'Лионг Куонг'],
    ['Голова комітету Зионг Ван Тхань відкрив засідання.', 'Зионг Ван Тхань'],
    ['Заступник міністра Чионг Ван Нам відвідав провінцію.', 'Чионг Ван Нам'],
  ])('%s gives %s', (text, name) => {
    expect(people(text, 'uk').map(([n]) => n)).toContain(name);
  });
});

describe('Function: findPeople (a Korean police rank after a one-word name is a Korean officer)', () => {
  it.each(['부산경찰청 하성민 총경은 브리핑에서 밝혔다.', '하성민 경감은 수사 결과를 발표했다.'])(
    'reads no official in %s',
    (text) => {
      expect(people(text, 'ko')).toEqual([]);
    },
  );

  it('reads the Vietnamese name written syllable by syllable', () => {
    expect(people('하띤성 경찰 하 반 민 경감은 수사 결과를 발표했다.', 'ko')).toEqual([
      ['하 반 민', 'major'],
    ]);
  });
});
