/**
 * Officials as news outlets write them (Chinese, French and Vietnamese above all, a few shared rules in
 * English, German and Spanish): written for the purpose, as an outlet reporting provincial police news would
 * write them. Each case pins the officials the article schema holds, by name and rank; suspects, defendants,
 * victims and business people are none, and one official named twice (with and without rank, in full and by
 * the given name) is one.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

// A small stand-in gazetteer: the places stage provides the real one.
const PLACES = new Set(['quang ninh', 'ha tinh', 'tan lap', 'mong cai', 'lao cai', 'nghe an', 'quang tri']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function officials(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (Chinese: office before the name, rank after it)', () => {
  it.each<Case>([
    [
      'zh',
      '越南公安部副部长黎国雄中将表示，今年以来全国共破获毒品案件1200起。',
      [['黎国雄', 'lieutenant-general']],
    ],
    ['zh', '据广宁省公安厅厅长丁进军大校介绍，该团伙共有5名成员。', [['丁进军', 'colonel']]],
    ['zh', '芒街国际口岸边防站站长阮文勇中校说，走私分子多在夜间活动。', [['阮文勇', 'lieutenant-colonel']]],
    ['zh', '广治省边防部队司令部副司令员范文明上校表示，搜救工作仍在进行。', [['范文明', 'colonel']]],
    ['zh', '越南边防部队司令黎德泰少将当天视察了老街口岸。', [['黎德泰', 'major-general']]],
    ['zh', '据永隆省公安厅副厅长陈文黄介绍，警方已查获毒品3公斤。', [['陈文黄', null]]],
    ['zh', '交警大队副队长阮氏秋香少校表示，事故造成2人死亡。', [['阮氏秋香', 'major']]],
    [
      'zh',
      '河静省公安厅副厅长黄文明大校在会上通报了案情。黄文明强调，警方将严厉打击此类犯罪。',
      [['黄文明', 'colonel']],
    ],
    ['zh', '越南外交部发言人范秋姮表示，越方正在核实有关情况。', [['范秋姮', null]]],
    ['zh', '边防部队司令黎德泰表示，边境形势总体稳定。', [['黎德泰', null]]],
    ['zh', '该省边防部队指挥部指挥长阮洪峰说，巡逻队已增至12个。', [['阮洪峰', null]]],
    ['zh', '据海防市公安局副局长阮氏金银介绍，涉案金额达50亿越南盾。', [['阮氏金银', null]]],
    ['zh', '人民法院刑事庭庭长吴德胜宣读了判决书。', [['吴德胜', null]]],
    [
      'zh',
      '省公安厅副厅长黎明和刑警处处长阮文和说，案件仍在调查中。',
      [
        ['黎明', null],
        ['阮文和', null],
      ],
    ],
    [
      'zh',
      '出席仪式的有公安部副部长黎国雄中将、广宁省人民委员会主席高祥辉等。',
      [
        ['黎国雄', 'lieutenant-general'],
        ['高祥辉', null],
      ],
    ],
    ['zh', '廣寧省公安廳廳長丁進軍大校表示，警方查獲毒品。', [['丁進軍', 'colonel']]],
    ['zh', '高平省边防部队副指挥长赵德明上校表示，巡逻队抓获2名走私者。', [['赵德明', 'colonel']]],
    ['zh', '老街省公安厅刑警处处长吕文强说，团伙成员已全部落网。', [['吕文强', null]]],
    ['zh', '河江省人民委员会副主席蒋氏兰表示，灾后重建工作正在进行。', [['蒋氏兰', null]]],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });

  it.each<Case>([
    ['zh', '犯罪嫌疑人阮文成（35岁）已被警方刑事拘留。', []],
    ['zh', '被告人黎氏梅因运输毒品罪被判处有期徒刑12年。', []],
    ['zh', '遇难者阮文平的家属已获得慰问金。', []],
    ['zh', '原海防市公安局副局长阮文成因受贿罪被判处10年有期徒刑。', []],
    ['zh', '被告人、原县公安局局长黄文海被判处有期徒刑8年。', []],
    ['zh', '涉嫌受贿的省交通运输厅副厅长陈文龙已被刑事拘留。', []],
    ['zh', '该县人民委员会主席阮文强被逮捕，案件正在调查中。', []],
    ['zh', '广宁省公安厅刑警处处长武文海上校说，嫌疑人陈文龙已被逮捕。', [['武文海', 'colonel']]],
  ])('[%s] a suspect, defendant or victim is none: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (French: rank, then name, then office)', () => {
  it.each<Case>([
    [
      'fr',
      'Selon le colonel Nguyen Van Hai, directeur de la police provinciale de Quang Ninh, 12 suspects ont été arrêtés.',
      [['Nguyen Van Hai', 'colonel']],
    ],
    [
      'fr',
      'Le lieutenant-général Le Quoc Hung, vice-ministre de la Sécurité publique, a présidé la réunion.',
      [['Le Quoc Hung', 'lieutenant-general']],
    ],
    [
      'fr',
      'Selon le vice-ministre Le Quoc Hung, la lutte contre la drogue reste une priorité.',
      [['Le Quoc Hung', null]],
    ],
    [
      'fr',
      'Le lieutenant-colonel Dang Van Tuan, chef adjoint de la police du district, a déclaré que l’enquête continue. Selon M. Tuan, les marchandises venaient de Chine.',
      [['Dang Van Tuan', 'lieutenant-colonel']],
    ],
    [
      'fr',
      'Le général de division Nguyen Minh Duc a remis les distinctions aux policiers.',
      [['Nguyen Minh Duc', 'major-general']],
    ],
    [
      'fr',
      'Selon le vice-président du comité populaire provincial, Tran Van Son, 300 maisons ont été inondées.',
      [['Tran Van Son', null]],
    ],
    [
      'fr',
      'Le chef de la police du district, Nguyen Van Phuc, a annoncé l’arrestation de trois suspects.',
      [['Nguyen Van Phuc', null]],
    ],
    [
      'fr',
      'Le capitaine Vo Van Hieu, de la police de la circulation, a indiqué que le conducteur était ivre.',
      [['Vo Van Hieu', 'captain']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });

  it.each<Case>([
    ['fr', 'Nguyen Van Binh, 35 ans, a été placé en détention provisoire.', []],
    ['fr', 'Le prévenu, Tran Van Long, a été condamné à 12 ans de prison.', []],
    ['fr', 'L’accusé Pham Thi Lan a reconnu les faits devant le tribunal.', []],
    ['fr', 'M. Hoang Van Nam, directeur de la société Minh Phat, a été interpellé pour fraude fiscale.', []],
    ['fr', 'Le dénommé Nguyen Van Tu, chauffeur du camion, a pris la fuite.', []],
    ['fr', 'L’avocat de la défense, Me Tran Van Quang, a demandé une peine plus légère.', []],
    ['fr', 'Le chef du gang, Le Van Tam, a été arrêté à la frontière.', []],
    ['fr', 'Le chef de la bande, Pham Van Hau, dirigeait les passeurs depuis le Laos.', []],
    ['fr', 'La victime, Mme Le Thi Hoa, 62 ans, a été transportée à l’hôpital.', []],
  ])('[%s] no official: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Vietnamese: rank, name, office)', () => {
  it.each<Case>([
    [
      'vi',
      'Đại tá Nguyễn Văn Hải, Giám đốc Công an tỉnh Quảng Ninh, cho biết đã bắt 12 đối tượng.',
      [['Nguyễn Văn Hải', 'colonel']],
    ],
    [
      'vi',
      'Thượng tá Trần Văn Bình, Phó Trưởng Công an huyện, chỉ đạo lực lượng vây bắt.',
      [['Trần Văn Bình', 'senior lieutenant-colonel']],
    ],
    [
      'vi',
      'Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, dự và chỉ đạo hội nghị.',
      [['Lê Quốc Hùng', 'lieutenant-general']],
    ],
    [
      'vi',
      'Ông Nguyễn Văn Sơn – Phó Chủ tịch UBND tỉnh Hà Tĩnh cho biết sẽ hỗ trợ các hộ bị thiệt hại.',
      [['Nguyễn Văn Sơn', null]],
    ],
    [
      'vi',
      'Trung tá Hoàng Văn Long, Trưởng Công an xã Tân Lập, cho biết vụ việc xảy ra lúc 22h. Theo Trung tá Long, đối tượng đã bỏ trốn.',
      [['Hoàng Văn Long', 'lieutenant-colonel']],
    ],
    [
      'vi',
      'Theo Thiếu tướng Đinh Văn Nơi, Giám đốc Công an tỉnh, chuyên án được xác lập từ tháng 3. Thiếu tướng Nơi yêu cầu xử lý nghiêm.',
      [['Đinh Văn Nơi', 'major-general']],
    ],
    [
      'vi',
      'Chủ tịch UBND xã Tân Lập Lê Văn Tùng cho biết, xã đã hỗ trợ gạo cho các hộ dân.',
      [['Lê Văn Tùng', null]],
    ],
    [
      'vi',
      'Trao đổi với phóng viên, Thượng úy Vũ Văn Hiếu, cán bộ Đội CSGT Công an huyện, cho biết tài xế có nồng độ cồn.',
      [['Vũ Văn Hiếu', 'senior lieutenant']],
    ],
    [
      'vi',
      'Thiếu tá Nguyễn Thị Hương, Phó Đội trưởng Đội Cảnh sát hình sự, trực tiếp lấy lời khai.',
      [['Nguyễn Thị Hương', 'major']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });

  it.each<Case>([
    ['vi', 'Đối tượng Nguyễn Văn Tâm (SN 1990, trú tại xã Tân Lập) khai nhận hành vi phạm tội.', []],
    ['vi', 'Bị can Lê Thị Hoa bị khởi tố về tội mua bán trái phép chất ma túy.', []],
    ['vi', 'Bị cáo Trần Văn Nam bị tuyên phạt 12 năm tù.', []],
    ['vi', 'Nạn nhân là anh Phạm Văn Đức (25 tuổi) tử vong tại chỗ.', []],
    ['vi', 'Theo lời khai của Nguyễn Văn Tùng, hắn mua ma túy ở Lào về bán lại.', []],
    ['vi', 'Tàu cá do ông Lê Văn Bảy làm thuyền trưởng bị chìm gần đảo.', []],
    ['vi', 'Ông Nguyễn Văn Hòa, Giám đốc Công ty TNHH Minh Phát, bị bắt vì trốn thuế.', []],
  ])('[%s] no official: %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (shared rules in English, German and Spanish)', () => {
  it.each<Case>([
    [
      'en',
      'Colonel Nguyen Van Hai, director of the Quang Ninh provincial police, said 12 suspects were held.',
      [['Nguyen Van Hai', 'colonel']],
    ],
    ['en', 'The company director, Nguyen Van Hoa, was arrested for tax evasion.', []],
    [
      'de',
      'Oberst Nguyen Van Hai, Direktor der Provinzpolizei, sagte, zwölf Verdächtige seien festgenommen worden.',
      [['Nguyen Van Hai', 'colonel']],
    ],
    ['de', 'Der Verdächtige Le Van Tam (35) wurde in Untersuchungshaft genommen.', []],
    [
      'es',
      'El coronel Nguyen Van Hai, director de la policía provincial, informó de la detención de 12 personas.',
      [['Nguyen Van Hai', 'colonel']],
    ],
    ['es', 'El acusado Pham Van Quy fue condenado a 20 años de prisión.', []],
    ['en', 'The head of the ring, Le Van Tam, fled to Laos before the raid.', []],
    ['es', 'El jefe de la red criminal, Le Van Tam, huyó a Laos.', []],
    ['en', 'Defence lawyer Tran Van Quang asked the court for a lighter sentence.', []],
    ['es', 'El abogado defensor, Tran Van Quang, pidió una pena menor.', []],
    ['de', 'Rechtsanwalt Tran Van Quang forderte eine mildere Strafe.', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
