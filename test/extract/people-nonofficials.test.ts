/**
 * People are officials only: spec cases, written for the purpose in several languages as an outlet would
 * write them, for names the record must not list (citizens named with a courtesy title alone, reporters,
 * places and units named after national figures, one official under two spellings) and for officials it
 * must keep. The real gazetteer decides places here, as it does in the engine.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

function people(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (Vietnamese "ông", "bà" and academic titles alone make no official)', () => {
  it.each([
    ['vi', 'Ông Nguyễn Văn Tùng cho biết khi phát hiện cháy, gia đình đã gọi cứu hỏa.'],
    ['vi', 'Bà Trần Thị Liên kể lại, lúc đó bà đang nấu cơm thì nghe tiếng nổ lớn.'],
    ['vi', 'Theo lời kể của ông Vi Văn Mạnh, ngọn lửa bùng lên rất nhanh.'],
    ['vi', 'Công an huyện đã triệu tập ông Phan Văn Lộc đến làm việc.'],
    ['vi', 'Ông Lưu Quang Hà, chủ nhà, cho biết ngôi nhà vừa xây xong.'],
    ['vi', 'TS. Lê Văn Hùng, chuyên gia về ma túy, nhận định loại ma túy này rất nguy hiểm.'],
    ['vi', 'Chiếc xe máy do ông Đinh Công Thành điều khiển va chạm với xe tải.'],
    ['vi', 'Bà Hà Thị Nga rất mừng khi nhận lại tài sản bị mất.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it.each([
    [
      'vi',
      'Ông Hoàng Văn Tiến, Tổng cục trưởng Tổng cục Hải quan, chủ trì hội nghị. Ông Hoàng Văn Tiến nhấn mạnh yêu cầu.',
      [['Hoàng Văn Tiến', null]],
    ],
    ['vi', 'Lãnh đạo Công an huyện, ông Bế Văn Lâm cho biết đã bắt giữ 3 đối tượng.', [['Bế Văn Lâm', null]]],
    ['vi', 'Đồng chí Lương Văn Phúc phát biểu chỉ đạo tại hội nghị.', [['Lương Văn Phúc', null]]],
    [
      'en',
      'Mr Ha Van Son, secretary of the commune Party Committee, said the case was reported. Mr Ha Van Son added that patrols continue.',
      [['Ha Van Son', null]],
    ],
    [
      'fr',
      'M. Hoang Van Tuan, commandant du poste frontière, a présenté le bilan.',
      [['Hoang Van Tuan', null]],
    ],
  ])('[%s] keeps an official with an office: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe("Function: findPeople (a private person's word one word into the apposition)", () => {
  it.each([
    ['en', 'Mr Pham Van Toan, a local resident, said he heard a loud explosion.'],
    ['en', 'Mr Tran Van Duc, a local fisherman, said the boat sank in minutes.'],
    ['fr', 'M. Vu Van Hai, un ancien détenu, a reconnu les faits.'],
    ['es', 'El señor Tran Van Binh, un joven agricultor, contó que el agua subió.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (a reporter or a business title is no office)', () => {
  it.each([
    ['vi', 'Phóng viên Báo Công an nhân dân Lê Văn Hùng ghi nhận tại hiện trường.'],
    ['en', 'Mr Tran Quoc Bao, director of Hai Long Co., Ltd., said the firm had paid its taxes.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (a unit or a place named after a national figure)', () => {
  it.each([
    ['vi', 'Hiệu trưởng Trường THPT Nguyễn Trãi cho biết học sinh đã được đưa về nhà.'],
    ['vi', 'Chỉ huy Đồn Biên phòng Lý Thường Kiệt đã báo cáo vụ việc.'],
    ['vi', 'Cán bộ Trạm Kiểm lâm Võ Thị Sáu tuần tra khu rừng.'],
    ['vi', 'Trưởng Công an phường Hoàng Văn Thụ cho biết vụ việc đang được xác minh.'],
    ['vi', 'Chủ tịch UBND phường Phan Bội Châu cho biết đã hỗ trợ các hộ dân.'],
    ['vi', 'Giáo viên chủ nhiệm lớp của Trường THCS Lê Quý Đôn đã có mặt.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it('still reads an unknown full name after an administrative word and a role', () => {
    expect(people('Phó Chánh án TAND tỉnh Hoàng Văn Minh đọc bản án.', 'vi')).toEqual([
      ['Hoàng Văn Minh', null],
    ]);
  });
});

describe('Function: findPeople (a name joined by a preposition to the organisation a role names)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'pt',
      'O capitão Tran Van Minh, comandante da Estação de Guarda de Fronteira de Ha Tien, afirmou.',
      [['Tran Van Minh', 'captain']],
    ],
    [
      'pt',
      'O tenente Pham Van Duc, chefe do Posto Internacional de Le Thanh, informou.',
      [['Pham Van Duc', 'lieutenant']],
    ],
    [
      'es',
      'El mayor Tran Van Minh, jefe adjunto del Puesto Fronterizo de Cau Treo, declaró.',
      [['Tran Van Minh', 'major']],
    ],
    [
      'fr',
      'Le capitaine Le Van Hai, chef du poste frontière de Na Meo, a déclaré.',
      [['Le Van Hai', 'captain']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (one official under two spellings)', () => {
  it.each([
    [
      'vi',
      'Theo ông Nguyễn Văn Quý, Trưởng Công an xã, vụ việc đã được xử lý. Ông Nguyễn Văn Quí cho biết thêm.',
      [['Nguyễn Văn Quý', null]],
    ],
    [
      'en',
      'Mr Nguyen Van Quy, head of the commune police, said the case was handled. Mr Nguyen Van Qui added that patrols continue.',
      [['Nguyen Van Quy', null]],
    ],
    [
      'vi',
      'Thiếu tá Đỗ Văn Kỳ, Phó Trưởng Công an huyện, chỉ đạo. Thiếu tá Đỗ Văn Kì cho biết thêm.',
      [['Đỗ Văn Kỳ', 'major']],
    ],
    [
      'en',
      'Major Nguyen Van Quy led the raid. Major Nguyen Van Qui said two suspects fled.',
      [['Nguyen Van Quy', 'major']],
    ],
    [
      'ar',
      'قال الملازم نجوين ثانه تونج إن النار انتشرت. وأضاف الملازم نجوين ثانه تونغ أن فريقه أنقذ امرأة.',
      [['نجوين ثانه تونج', 'lieutenant']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a role before an abbreviated honorific the splitter took for a full stop)', () => {
  it.each([
    [
      'fr',
      'Selon le chef de la police du district, M. Pham Van Long, la situation est sous contrôle.',
      'chef de la police du district',
    ],
    [
      'en',
      'According to the head of the district police, Mr. Pham Van Long, the situation is under control.',
      'head of the district police',
    ],
    ['fr', 'Le maire M. Pham Van Long a déclaré être satisfait.', 'maire'],
  ])('[%s] %s', (language, body, role) => {
    expect(findPeople(doc(body, language), { isPlaceName }).map((p) => p.role)).toEqual([role]);
  });
});

describe('Function: findPeople (a former official is no official of the article)', () => {
  it.each([
    ['vi', 'Nguyên Chủ tịch UBND xã Lê Văn Thắng bị khởi tố về tội tham ô tài sản.'],
    ['vi', 'Cựu Thiếu tướng Phạm Văn Dũng bị truy tố về tội nhận hối lộ.'],
    ['en', 'Former district chairman Nguyen Van Thanh was prosecuted for embezzlement.'],
    ['en', 'Mr Tran Van Luc, former deputy director of the Department of Natural Resources, was arrested.'],
    ['en', 'Former Major General Pham Van Dung was indicted on Friday.'],
    ['fr', 'M. Tran Van Luc, ancien directeur adjoint du service, a été arrêté.'],
    ['de', 'Der ehemalige Vizeminister Tran Van Son wurde angeklagt.'],
    ['vi', 'Ông Nguyễn Văn Chính, cán bộ hưu trí, cho biết ông phát hiện khói lúc 2 giờ sáng.'],
    ['vi', 'Ông Trần Văn Lâm, cán bộ đã nghỉ hưu, kể lại sự việc.'],
    ['en', 'Retired colonel Nguyen Van Chinh said he saw smoke at 2 a.m.'],
  ])('[%s] %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });

  it.each([
    [
      'vi',
      'Đại tá Nguyễn Văn Hưng, nguyên Giám đốc Công an tỉnh, chia sẻ kinh nghiệm.',
      [['Nguyễn Văn Hưng', 'colonel']],
    ],
    [
      'vi',
      'Nguyên nhân vụ cháy đang được làm rõ, ông Trần Văn Bình, Phó Chủ tịch UBND xã cho biết.',
      [['Trần Văn Bình', null]],
    ],
  ])('[%s] keeps a serving official: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });
});
