/**
 * People are officials only: spec cases (written for the purpose, in several languages) for the rules that
 * keep private persons out and read officials titled after their names in Japanese, Korean and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

// A small stand-in gazetteer: the places stage provides the real one (which has 하노이, Hà Nội, too).
const PLACES = new Set(['ha tien', 'cam pha', 'lang son', 'mong cai', '하노이']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function people(body: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank, p.role]);
}

describe('Function: findPeople (a private person in one mention is one in all)', () => {
  it.each([
    [
      'vi',
      'Tổ công tác phát hiện ông Lâm Văn Tới, ngụ xã Mỹ Lợi, chở hàng lậu. Ông Lâm Văn Tới khai nhận đã chở thuê.',
    ],
    [
      'vi',
      'Bà Trương Thị Kiều, trú tại phường Cẩm Phả, là chủ lô hàng. Theo bà Trương Thị Kiều, hàng được mua ở chợ.',
    ],
    [
      'fr',
      'M. Dinh Quang Huy, 42 ans, a été interpellé. Selon M. Dinh Quang Huy, la marchandise venait de Chine.',
    ],
    [
      'en',
      'Mr Vo Thanh Sang, 29, was detained at the gate. Mr Vo Thanh Sang told officers he was paid to carry it.',
    ],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it('keeps an official whose rank is given, whatever another mention says', () => {
    const body =
      'Đại tá Lê Quang Vinh, Giám đốc Công an tỉnh, chỉ đạo vụ án. Ông Lê Quang Vinh, 52 tuổi, có 30 năm công tác.';
    expect(people(body, 'vi')).toEqual([['Lê Quang Vinh', 'colonel', 'Giám đốc Công an tỉnh']]);
  });
});

describe('Function: findPeople (a known place after a role ends an organisation name)', () => {
  it.each([
    ['vi', 'Cán bộ Trạm Kiểm soát Biên phòng Cửa khẩu Hà Tiên kiểm đếm tang vật.'],
    ['vi', 'Chiến sĩ Đồn Biên phòng Lạng Sơn tuần tra trên đường biên.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it('still reads a name with a role after it', () => {
    expect(people('Ông Phạm Văn Lực, Chủ tịch UBND xã, cho biết thêm.', 'vi')).toEqual([
      ['Phạm Văn Lực', null, 'Chủ tịch UBND xã'],
    ]);
  });
});

describe('Function: findPeople (courtesy honorifics after a name make no official)', () => {
  it.each([
    ['ja', '火災で自宅を失ったレ・ティ・ホア氏は涙を流した。'],
    ['zh', '火灾烧毁了黎氏花女士的房屋。'],
    ['zh', '记者采访了范文德先生。'],
    ['ko', '화재로 집을 잃은 레 티 화 씨는 눈물을 흘렸다.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it.each([
    ['ja', '省警察署長のレ・ヴァン・ハイ氏は会見で語った。', [['レ・ヴァン・ハイ', null, '署長']]],
    ['zh', '黎文海同志出席了会议。', [['黎文海', null, null]]],
    ['ko', '쩐 반 하이 동지가 회의를 주재했다.', [['쩐 반 하이', null, null]]],
  ])('[%s] keeps an official: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it('keeps a name whose role another mention gives', () => {
    const body =
      '人民委員会のチャン・ヴァン・ミン委員長が現場を訪れた。チャン・ヴァン・ミン氏は住民を励ました。';
    expect(people(body, 'ja')).toEqual([['チャン・ヴァン・ミン', null, '委員長']]);
  });
});

describe('Function: findPeople (an office written after the name in Japanese and Korean)', () => {
  it.each([
    [
      'ja',
      '村人民委員会のグエン・ヴァン・トゥアン委員長は被害を確認した。',
      [['グエン・ヴァン・トゥアン', null, '委員長']],
    ],
    [
      'ja',
      '国境警備隊のファム・ヴァン・ロン隊長によると、密輸は減った。',
      [['ファム・ヴァン・ロン', null, '隊長']],
    ],
    ['ko', '성 인민위원회 응우옌 반 남 위원장은 현장을 방문했다.', [['응우옌 반 남', null, '위원장']]],
    ['ko', '화재 현장에서 레 반 꽝 부국장 대령은 조사를 지시했다.', [['레 반 꽝', 'colonel', '부국장']]],
    ['ko', '응우옌 반 하이 성 공안청장은 기자들에게 밝혔다.', [['응우옌 반 하이', null, '공안청장']]],
    ['ko', '회의에서 팜 티 투 하남성 인민위원회 부위원장은 발언했다.', [['팜 티 투', null, '부위원장']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it.each([
    ['ko', '하노이 시장 선거가 열렸다.'],
    ['ko', '하노이 인민위원회 위원장이 발표했다.'],
  ])('[%s] reads no name from a place before an office: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (a Korean name written as one word before its rank)', () => {
  it.each([
    ['ko', '성 공안 부국장 팜민찐 대령이 회의를 주재했다.', [['팜민찐', 'colonel', '부국장']]],
    [
      'ko',
      '응우옌반훙 중령은 밝혔다. 응우옌 반 훙 중령은 덧붙였다.',
      [['응우옌반훙', 'lieutenant-colonel', null]],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (ranks and offices of the whole field)', () => {
  it.each([
    ['ko', '도 공안 청장 레 반 뚜언 상급 대령이 참석했다.', [['레 반 뚜언', 'senior colonel', '청장']]],
    [
      'ja',
      '省警察副局長のチャン・ミン・ドゥク上佐は述べた。',
      [['チャン・ミン・ドゥク', 'senior lieutenant-colonel', '副局長']],
    ],
    ['zh', '公安部副部長黎國雄少將出席。', [['黎國雄', 'major-general', '副部長']]],
    ['zh', '边防站站长阮文勇中校介绍了情况。', [['阮文勇', 'lieutenant-colonel', '站长']]],
    [
      'ms',
      'Leftenan Jeneral Kanan Luong Tam Quang hadir di majlis itu.',
      [['Luong Tam Quang', 'colonel general', null]],
    ],
    [
      'fr',
      'M. Hoang Van Tuan, commandant du poste frontière de Mong Cai, a présenté le bilan.',
      [['Hoang Van Tuan', null, 'commandant du poste frontière de Mong Cai']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a role before a name never reaches back over another name)', () => {
  it.each([
    [
      'en',
      'Presiding judge Tran Thi Mai read the verdict against Le Van Tam.',
      [['Tran Thi Mai', null, 'Presiding judge']],
    ],
    [
      'fr',
      'Le juge Nguyen Van Tien a prononcé la peine contre Hoang Van Tu.',
      [['Nguyen Van Tien', null, 'juge']],
    ],
    [
      'vi',
      'Chủ tọa phiên tòa Nguyễn Thị Hằng tuyên án đối với Lê Văn Tâm.',
      [['Nguyễn Thị Hằng', null, 'Chủ tọa phiên tòa']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (an office right before a name with no title after it)', () => {
  it.each([
    ['zh', '省公安厅厅长阮文海表示，案件已破获。', [['阮文海', null, '厅长']]],
    ['zh', '边防部队副司令员黎明说，巡逻将加强。', [['黎明', null, '副司令员']]],
    ['ja', '省警察副局長グエン・ヴァン・ハイは会見で語った。', [['グエン・ヴァン・ハイ', null, '副局長']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it.each([
    ['zh', '省人民委员会召开会议。'],
    ['ja', '局長会議が開かれた。'],
  ])('[%s] reads no name where none follows the office: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (an unknown full name after an administrative type word and a role)', () => {
  it.each([
    [
      'vi',
      'Phó Chánh án TAND tỉnh Hoàng Văn Minh chủ trì phiên tòa.',
      [['Hoàng Văn Minh', null, 'Phó Chánh án TAND tỉnh']],
    ],
    ['vi', 'Trưởng Công an xã Đinh Văn Tâm cho biết thêm.', [['Đinh Văn Tâm', null, 'Trưởng Công an xã']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it.each([
    ['vi', 'Cán bộ Công an phường tuần tra trên đường Nguyễn Văn Linh.'],
    ['vi', 'Chủ tịch UBND xã Lạng Sơn cho biết.'],
  ])('[%s] a street or a known place stays a place: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (an investigation is no investigator)', () => {
  it.each([
    [
      'ms',
      'Meneruskan penyiasatan terhadap rangkaian itu, polis menemui dadah yang dibekalkan kepada Ho Van Khanh.',
    ],
    [
      'id',
      'Melanjutkan penyidikan atas jaringan itu, polisi menemukan narkoba yang dipasok kepada Ho Van Khanh.',
    ],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (a name split by a line break, a Han name glossed or titled after it)', () => {
  it.each([
    [
      'en',
      'Deputy Director of the provincial police, Major General Nguyễn Văn\nHùng, said 12 people were arrested.',
      [['Nguyễn Văn Hùng', 'major-general', 'Deputy Director of the provincial police']],
    ],
    [
      'fr',
      'Selon le colonel Tran\nQuoc Tuan, directeur de la police provinciale, 8 suspects ont été arrêtés.',
      // The role after the name is in the next line, a sentence of its own: the name and rank are read.
      [['Tran Quoc Tuan', 'colonel', null]],
    ],
    [
      'zh',
      '交通警察阮长山(Nguyễn Trường Sơn)中校表示,警方截获4名非法入境者。',
      [['阮长山', 'lieutenant-colonel', null]],
    ],
    ['zh', '据省公安厅消息,黎文海副厅长表示,火灾造成3人死亡。', [['黎文海', null, '副厅长']]],
    ['zh', '阮文强主席在会上表示,边防部队查获走私白糖5吨。', [['阮文强', null, '主席']]],
  ])('%s: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it('keeps two names on two lines apart, and an organisation before an office out', () => {
    expect(people('Đại tá Nguyễn Văn Hùng\nNguyễn Thị Lan là nghi phạm.', 'vi').map(([n]) => n)).toContain(
      'Nguyễn Văn Hùng',
    );
    expect(people('越南林业局长表示,森林面积增加。', 'zh')).toEqual([]);
  });
});

describe('Function: findPeople (one official under two spellings)', () => {
  it.each([
    [
      'en',
      'Major General Dinh Van Noi, Director of the provincial police, spoke first. Major General Đinh Văn Nơi said the drugs came from Laos.',
      [['Đinh Văn Nơi', 'major-general', 'Director of the provincial police']],
    ],
    [
      'fr',
      "Le colonel Nguyễn Văn Hải, directeur de la police provinciale, a parlé. Le colonel Nguyen Van Hai a ajouté que l'enquête continue.",
      [['Nguyễn Văn Hải', 'colonel', 'directeur de la police provinciale']],
    ],
  ])('%s: one person, spelt with the diacritics the text gives', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a person rescued, injured or visited is a private person)', () => {
  it.each([
    ['vi', 'Lực lượng cứu hộ đã giải cứu ông Trần Văn Bình cùng 2 cháu nhỏ ra khỏi ngôi nhà bị sập.', []],
    [
      'vi',
      'Đại tá Lê Văn Tuyến thăm hỏi gia đình ông Phạm Văn Hòa, có người bị thương trong vụ cháy.',
      [['Lê Văn Tuyến', 'colonel', null]],
    ],
    ['en', 'Firefighters rescued Mr Nguyen Van Tam and two children from the collapsed house.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe("Function: findPeople (a ship's captain is no officer)", () => {
  it.each([
    ['en', 'Ship captain Tran Van Hoa, 47, and six crew members were brought ashore by the border guards.'],
    ['en', 'The fishing boat with 9 fishermen and captain Le Van Tam on board sank near the island.'],
    ['fr', 'Le capitaine du chalutier, Nguyen Van Lanh, 52 ans, et ses marins ont été secourus.'],
    [
      'es',
      'El capitán Pham Van Quy, de 45 años, y los pescadores fueron rescatados por la guardia fronteriza.',
    ],
  ])('%s: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it('keeps a police captain who speaks for the unit', () => {
    expect(
      people('Captain Nguyen Van Binh, deputy head of the station, said the men were held.', 'en'),
    ).toEqual([['Nguyen Van Binh', 'captain', 'deputy head of the station']]);
  });
});

describe('Function: findPeople (a family name the list lacks, after an honorific)', () => {
  it.each([
    ['vi', 'Ông Giáp Văn Thành, Phó Chủ tịch UBND huyện, cho biết đã bắt giữ 3 xe gỗ.', 'Giáp Văn Thành'],
    ['vi', 'Theo ông Hòa Quang Vinh, Trưởng phòng Tư pháp huyện, hồ sơ đã được chuyển đi.', 'Hòa Quang Vinh'],
  ])('%s: %s', (language, body, name) => {
    expect(people(body, language).map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (a title at the end of the clause before the name, after a verb)', () => {
  it.each([
    [
      'es',
      'Los pescadores fueron rescatados, informó este lunes el jefe de la Guardia Fronteriza provincial, Tran Van Hung.',
      'Tran Van Hung',
      'jefe de la Guardia Fronteriza provincial',
    ],
    [
      'en',
      'The search goes on, said the spokeswoman of the Ministry of Foreign Affairs, Le Thi Thu Hang.',
      'Le Thi Thu Hang',
      'spokeswoman of the Ministry of Foreign Affairs',
    ],
  ])('%s: %s', (language, body, name, role) => {
    expect(people(body, language)).toEqual([[name, null, role]]);
  });

  it('gives no role to a name after a clause that only ends with a private person', () => {
    expect(people('Police arrested the driver of the truck, Nguyen Van Tam, on Monday.', 'en')).toEqual([]);
  });
});
