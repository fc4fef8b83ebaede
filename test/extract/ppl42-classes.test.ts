/**
 * Session 42's people classes, sentences written for the purpose: a harm word binds to the person harmed, not
 * to every name of its sentence (the official who visits or speaks of the injured stays listed); a source
 * word before a title names the speaker; harm and act words in Czech, Slovak, Polish, Italian, Portuguese,
 * Dutch, Indonesian, Thai, Hindi, Bengali and Tamil; Korean charge words (an officer arrested, charged or
 * dismissed is a defendant); Russian bare генерал; Thai special colonel; Korean 준장; a Japanese
 * katakana name written as one word (family, Văn or Thị, given name).
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

describe('Function: findPeople (a harm word binds to the person harmed)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // The visitor acts; the harm word before the other name is that name's attribute.
    ['ru', 'Полковник Чан Ван Лам навестил раненого майора Во Динь Фука.', [['Чан Ван Лам', 'colonel']]],
    ['ru', 'Полковник Чан Ван Лам навестил раненого сотрудника в госпитале.', [['Чан Ван Лам', 'colonel']]],
    ['uk', 'Полковник Чан Ван Лам провідав пораненого бійця.', [['Чан Ван Лам', 'colonel']]],
    ['pl', 'Pułkownik Tran Van Lam odwiedził rannego kapitana Vo Dinh Phuca.', [['Tran Van Lam', 'colonel']]],
    [
      'it',
      'Il colonnello Tran Van Lam ha visitato il capitano ferito Vo Dinh Phuc.',
      [['Tran Van Lam', 'colonel']],
    ],
    [
      'id',
      'Kolonel Tran Van Lam menjenguk anggota yang terluka di rumah sakit.',
      [['Tran Van Lam', 'colonel']],
    ],
    // The harm word right after the first name is its own, not the later speaker's.
    [
      'ru',
      'Майор Во Динь Фук погиб, полковник Чан Ван Лам возглавил расследование.',
      [['Чан Ван Лам', 'colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a source word before the title names the speaker)', () => {
  it.each<[string, string]>([
    ['ru', 'По словам полковника Чан Ван Лама, двое прохожих получили ранения.'],
    ['ru', 'Как сообщил полковник Чан Ван Лам, один человек погиб.'],
    ['uk', 'За словами полковника Чан Ван Лама, двоє людей загинули.'],
    ['en', 'According to Colonel Tran Van Lam, two passers-by were injured.'],
  ])('%s: %s keeps the colonel', (language, text) => {
    expect(people(text, language)).toEqual([[expect.any(String), 'colonel']]);
  });

  it('a source word before another clause does not save the harmed officer after it', () => {
    expect(people('Свидетели сообщили, что майор Во Динь Фук погиб на месте.', 'ru')).toEqual([]);
  });
});

describe('Function: findPeople (harm and act words in more languages)', () => {
  it.each<[string, string]>([
    ['cs', 'Kapitán Tran Van Lam byl zraněn a převezen do nemocnice.'],
    ['sk', 'Kapitán Tran Van Lam bol pri zásahu zranený.'],
    ['pl', 'Kapitan Tran Van Lam został ranny podczas pościgu.'],
    ['it', 'Il capitano Tran Van Lam è rimasto ferito durante il controllo.'],
    ['pt', 'O capitão Tran Van Lam ficou ferido durante a operação.'],
    ['nl', 'Kapitein Tran Van Lam raakte gewond bij de achtervolging.'],
    ['id', 'Kapten Tran Van Lam tewas saat mengejar pelaku.'],
    ['th', 'ร้อยตำรวจเอก ตรัน วัน ลาม ได้รับบาดเจ็บสาหัส'],
    ['hi', 'कप्तान त्रान वान लाम घायल हो गए।'],
    ['bn', 'ক্যাপ্টেন ত্রান ভ্যান লাম আহত হন।'],
    ['ta', 'கேப்டன் லே வான் தான் காயமடைந்தார்.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string]>([
    ['cs', 'Plukovník Tran Van Lam uvedl, že dva strážníci byli zraněni.'],
    ['sk', 'Plukovník Tran Van Lam povedal, že dvaja strážnici boli zranení.'],
    ['pl', 'Pułkownik Tran Van Lam powiedział, że dwóch funkcjonariuszy zostało rannych.'],
    ['it', 'Il colonnello Tran Van Lam ha detto che due agenti sono rimasti feriti.'],
    ['pt', 'O coronel Tran Van Lam disse que dois agentes ficaram feridos.'],
    ['nl', 'Kolonel Tran Van Lam zei dat twee agenten gewond raakten.'],
    ['id', 'Kolonel Tran Van Lam mengatakan dua petugas terluka.'],
    ['th', 'พันเอก ตรัน วัน ลาม กล่าวว่า มีเจ้าหน้าที่บาดเจ็บสองนาย'],
    ['hi', 'कर्नल त्रान वान लाम ने कहा कि दो सिपाही घायल हो गए।'],
    ['bn', 'কর্নেল ত্রান ভ্যান লাম বলেন, দুই সিপাহি আহত হয়েছেন।'],
    ['ta', 'கர்னல் லே வான் தான் கூறுகையில், இரண்டு காவலர்கள் காயமடைந்தனர்.'],
  ])('%s: %s keeps the colonel', (language, text) => {
    expect(people(text, language)).toEqual([[expect.any(String), 'colonel']]);
  });
});

describe('Function: findPeople (Korean charge words, passive only)', () => {
  it.each<string>([
    '쩐 반 람 중령은 뇌물 수수 혐의로 구속됐다.',
    '쩐 반 람 소령은 지난달 징계를 받았다.',
    '쩐 반 람 대위가 직위해제됐다.',
  ])('%s lists no one', (text) => {
    expect(people(text, 'ko')).toEqual([]);
  });

  it.each<string>(['쩐 반 람 대령은 밀수범 두 명을 체포했다.', '쩐 반 람 대령은 체포된 밀수범을 조사했다.'])(
    '%s keeps the colonel who arrests',
    (text) => {
      expect(people(text, 'ko')).toEqual([['쩐 반 람', 'colonel']]);
    },
  );
});

describe('Function: findPeople (rank ladders)', () => {
  it.each<[string, string, string]>([
    ['ru', 'Генерал Чан Ван Лам провёл совещание.', 'general'],
    ['ru', 'Совещание прошло под руководством генерала Чан Ван Лама.', 'general'],
    ['ru', 'Генерал-майор Чан Ван Лам провёл совещание.', 'major-general'],
    ['uk', 'Генерал Чан Ван Лам провів нараду.', 'general'],
    ['th', 'พันเอกพิเศษ ตรัน วัน ลาม กล่าวว่า', 'senior colonel'],
    ['th', 'พ.ต.อ.พิเศษ ตรัน วัน ลาม กล่าวว่า', 'senior colonel'],
    ['th', 'พันเอก ตรัน วัน ลาม กล่าวว่า', 'colonel'],
    ['ko', '쩐 반 람 준장은 훈련 결과를 밝혔다.', 'brigadier-general'],
  ])('%s: %s', (language, text, rank) => {
    expect(people(text, language).map(([, r]) => r)).toEqual([rank]);
  });
});

describe('Function: findPeople (a katakana name written as one word)', () => {
  function roles(text: string): Array<[string, string | null, string | null]> {
    return findPeople(makeDocument(text, 'ja'), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
      p.name,
      p.rank,
      p.role,
    ]);
  }

  it.each<[string, Array<[string, string | null, string | null]>]>([
    ['国境警備隊のチャンバンロン中佐は記者団に述べた。', [['チャンバンロン', 'lieutenant-colonel', null]]],
    ['ファムティトゥー課長は対策を説明した。', [['ファムティトゥー', null, '課長']]],
    // Katakana words that only start like a family name, with no middle name after it: no one.
    ['チャンス大佐は述べた。', []],
    ['ファンクラブ会長は述べた。', []],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
