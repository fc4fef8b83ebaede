import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isVietnameseSyllable } from '../../lambdas/extract/people/syllable.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

// A small stand-in gazetteer: the places stage provides the real one.
const PLACES = new Set([
  'ha long',
  'hoang tan',
  'cao bang',
  'ho chi minh',
  'thai binh',
  'ha nam',
  'dam ha',
  'krong pa',
  'ba ria vung tau',
  'buon ma thuot',
]);
const isPlaceName = (name: string) => PLACES.has(fold(name));

describe('Function: findPeople', () => {
  it.each([
    [
      'fr',
      'Le lieutenant-colonel Trinh Van Khoa, chef de la police du district, a présidé la réunion.',
      'Trinh Van Khoa',
      'lieutenant-colonel',
      'chef de la police du district',
    ],
    [
      'fr',
      'La lieutenante-colonelle Dang Thi Hoa a présenté le bilan.',
      'Dang Thi Hoa',
      'lieutenant-colonel',
      null,
    ],
    ['fr', 'Selon le commandant Pham Quoc Viet, la situation reste stable.', 'Pham Quoc Viet', 'major', null],
    ['fr', 'Le général de division Ngo Xuan Lich a visité le poste.', 'Ngo Xuan Lich', 'major-general', null],
    [
      'pl',
      'Zastępca komendanta policji, podpułkownik Vo Minh Tri, otworzył spotkanie.',
      'Vo Minh Tri',
      'lieutenant-colonel',
      'Zastępca komendanta policji',
    ],
    [
      'pl',
      'Nagrody wręczono pułkownikowi Bui Duc Long za wieloletnią służbę.',
      'Bui Duc Long',
      'colonel',
      null,
    ],
    ['pl', 'Spotkanie z pułkownikiem Le Van Thanhem trwało godzinę.', 'Le Van Thanh', 'colonel', null],
    [
      'pl',
      'Generał dywizji Phan Van Giang przemawiał jako pierwszy.',
      'Phan Van Giang',
      'major-general',
      null,
    ],
    [
      'en',
      'Deputy Director of the provincial police, Colonel Hoang Anh Tuan, said the campaign worked.',
      'Hoang Anh Tuan',
      'colonel',
      'Deputy Director of the provincial police',
    ],
    [
      'en',
      'Senior Lieutenant Colonel Duong Van Hai chaired the meeting.',
      'Duong Van Hai',
      'senior lieutenant-colonel',
      null,
    ],
    [
      'de',
      'Oberstleutnant Nguyen Thi Lan, Leiterin der Kriminalpolizei, erklärte die Lage.',
      'Nguyen Thi Lan',
      'lieutenant-colonel',
      'Leiterin der Kriminalpolizei',
    ],
    ['de', 'Laut Generalmajor Tran Van Son ist die Lage ruhig.', 'Tran Van Son', 'major-general', null],
    [
      'es',
      'El teniente coronel Vu Hong Nam, jefe de la policía local, informó de los resultados.',
      'Vu Hong Nam',
      'lieutenant-colonel',
      'jefe de la policía local',
    ],
    [
      'it',
      'Il tenente colonnello Do Quang Minh ha illustrato il piano.',
      'Do Quang Minh',
      'lieutenant-colonel',
      null,
    ],
    [
      'cs',
      'Podplukovník Ly Thanh Binh, velitel okresní policie, potvrdil zadržení.',
      'Ly Thanh Binh',
      'lieutenant-colonel',
      'velitel okresní policie',
    ],
    ['cs', 'Ocenění převzal od plukovníka Lam Quoc Bao.', 'Lam Quoc Bao', 'colonel', null],
    [
      'pt',
      'O tenente-coronel Mai Xuan Truong destacou os resultados.',
      'Mai Xuan Truong',
      'lieutenant-colonel',
      null,
    ],
    [
      'nl',
      'Luitenant-kolonel Ta Dinh Phuc, hoofd van de politie, sprak de deelnemers toe.',
      'Ta Dinh Phuc',
      'lieutenant-colonel',
      'hoofd van de politie',
    ],
    [
      'vi',
      'Thượng tá Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh, phát biểu tại hội nghị.',
      'Nguyễn Văn Bình',
      'senior lieutenant-colonel',
      'Phó Giám đốc Công an tỉnh',
    ],
    [
      'vi',
      'Trung tá Đặng Thị Thu Hà cho biết lực lượng đã triệt phá hai đường dây.',
      'Đặng Thị Thu Hà',
      'lieutenant-colonel',
      null,
    ],
    [
      'vi',
      'Theo thiếu tá Vàng Seo Pao, đội trưởng đội cảnh sát giao thông, tình hình đã ổn định.',
      'Vàng Seo Pao',
      'major',
      'đội trưởng đội cảnh sát giao thông',
    ],
    [
      'es',
      'Según el teniente coronel Y Phôn Niê, jefe del departamento, la red operaba desde marzo.',
      'Y Phôn Niê',
      'lieutenant-colonel',
      'jefe del departamento',
    ],
  ])('[%s] %s', (language, body, name, rank, role) => {
    // Act
    const people = findPeople(doc(body, language), { isPlaceName });

    // Assess
    expect(people).toEqual([{ name, rank, role }]);
  });

  it.each([
    ['fr', 'M. Pham Van Long (quartier de Hoang Tan) a déclaré être satisfait.', 'Pham Van Long', null],
    ['fr', 'Le vice-ministre Hoang Van Khai a félicité les unités.', 'Hoang Van Khai', 'vice-ministre'],
    [
      'en',
      'Comrade Trieu Van Cuong, secretary of the district Party Committee, attended.',
      'Trieu Van Cuong',
      'secretary of the district Party Committee',
    ],
  ])('[%s] finds people without rank: %s', (language, body, name, role) => {
    // Act
    const people = findPeople(doc(body, language), { isPlaceName });

    // Assess
    expect(people).toEqual([{ name, rank: null, role }]);
  });

  it.each([
    ['fr', 'La police de Ha Long a renforcé les patrouilles dans le quartier de Hoang Tan.'],
    ['en', 'Officers from Cao Bang province and Ho Chi Minh City met in Thai Binh.'],
    ['pl', 'Policjanci z prowincji Ha Nam odwiedzili miasto Dam Ha.'],
    ['fr', 'Le Parti et le Comité populaire ont salué le travail. Le Front de la Patrie aussi.'],
    ['vi', 'Đảng Cộng sản Việt Nam lãnh đạo toàn diện.'],
    ['en', 'The ceremony took place on Nguyen Trai Street in the city centre.'],
    ['fr', 'Les enquêteurs sont arrivés à Buôn Ma Thuột hier soir.'],
  ])('[%s] takes no place or common word for a person: %s', (language, body) => {
    // Act
    const people = findPeople(doc(body, language), { isPlaceName });

    // Assess
    expect(people).toEqual([]);
  });

  it.each([
    ['de', 'Oberst Ksor Blơng leitete die Sitzung.', 'Ksor Blơng', 'colonel', null],
    ['de', 'Die Sitzung eröffnete Oberst Ro Mah Hlen.', 'Ro Mah Hlen', 'colonel', null],
    ['es', 'El teniente coronel Rơ Chăm Hlen explicó el plan.', 'Rơ Chăm Hlen', 'lieutenant-colonel', null],
    ['fr', 'Le commandant Kpă Blui a remis les prix.', 'Kpă Blui', 'major', null],
    ['en', 'Captain Siu Hyơk said the patrols would continue.', 'Siu Hyơk', 'captain', null],
    [
      'en',
      'Senior Lieutenant Colonel Ksor H’Hen chaired the meeting.',
      'Ksor H’Hen',
      'senior lieutenant-colonel',
      null,
    ],
    ['vi', 'Thiếu tá Rơ Mah Hlép cho biết lực lượng đã bắt hai đối tượng.', 'Rơ Mah Hlép', 'major', null],
    ['vi', 'Thiếu tá Y Phôn Niê Kdăm cho biết kết quả.', 'Y Phôn Niê Kdăm', 'major', null],
    ['pl', 'Podpułkownik Nay Hmok przewodniczył spotkaniu.', 'Nay Hmok', 'lieutenant-colonel', null],
    [
      'pl',
      'Rozmawialiśmy z podpułkownikiem Ksor Hlenem o patrolach.',
      'Ksor Hlen',
      'lieutenant-colonel',
      null,
    ],
    ['cs', 'Major Ksor Nhen potvrdil zadržení.', 'Ksor Nhen', 'major', null],
    ['it', "Il capitano H'Lan Êban ha spiegato il piano.", "H'Lan Êban", 'captain', null],
    ['pt', 'O capitão Y Blô Adrơng disse que a operação terminou.', 'Y Blô Adrơng', 'captain', null],
    [
      'nl',
      'Kolonel Rah Lan Hieng, hoofd van de verkeerspolitie, sprak.',
      'Rah Lan Hieng',
      'colonel',
      'hoofd van de verkeerspolitie',
    ],
    ['en', 'Comrade Ksor Kdam thanked the officers.', 'Ksor Kdam', null, null],
    ['de', "Frau H'Blin Niê, Leiterin der Abteilung, dankte.", "H'Blin Niê", null, 'Leiterin der Abteilung'],
  ])(
    '[%s] reads a name that is no Vietnamese syllables after a title: %s',
    (language, body, name, rank, role) => {
      // Act
      const people = findPeople(doc(body, language), { isPlaceName });

      // Assess
      expect(people).toEqual([{ name, rank, role }]);
    },
  );

  it.each([
    ['en', 'The Major Crimes Unit took over the case.'],
    ['en', 'Traffic was diverted along Major Road Bridge for two days.'],
    ['en', 'Colonel Commander Team arrived.'],
    ['en', 'Lieutenant Team Main said nothing.'],
    ['en', 'Colonel Ksor Mah Tuan Visits Border Post'],
    ['en', 'Police from Major Krông Pa district met.'],
    ['en', 'Major Ro-Mah Tuan spoke.'],
    ['de', 'Oberst Polizei Direktion Nord meldete neue Fälle.'],
    ['de', 'Der Beamte war Major. Ksor Hen kam später.'],
    ['de', 'Oberst Ksor sagte das.'],
    ['fr', 'Le colonel Ksor Hen Mlô Byă Niê a parlé.'],
    ['vi', 'Thượng tá Chánh Văn phòng Công an tỉnh dự họp.'],
    ['vi', 'Đại tá Phó Giám đốc Công an tỉnh chủ trì.'],
    ['vi', 'Đoàn công tác đến Bà Rịa Vũng Tàu hôm qua.'],
  ])('[%s] takes no capitalised non-name after a title for a person: %s', (language, body) => {
    // Act
    const people = findPeople(doc(body, language), { isPlaceName });

    // Assess
    expect(people).toEqual([]);
  });

  it('keeps the Vietnamese reading of a name a capitalised word follows after a rank', () => {
    // Prepare
    const body = 'Major Tran Van Son Unit sagte, Oberst Kpă Hlen Team auch.';

    // Act
    const people = findPeople(doc(body, 'de'), { isPlaceName });

    // Assess
    expect(people).toEqual([{ name: 'Tran Van Son', rank: 'major', role: null }]);
  });

  it('deduplicates a person named with and without diacritics and keeps the first rank found', () => {
    // Prepare
    const body = 'Đại tá Lê Văn Tám phát biểu.\nLe Van Tam, directeur adjoint, a conclu.';

    // Act
    const people = findPeople(doc(body, 'fr'), { isPlaceName });

    // Assess
    expect(people).toEqual([{ name: 'Lê Văn Tám', rank: 'colonel', role: 'directeur adjoint' }]);
  });

  it('reads people in captions but not the photo credit', () => {
    // Prepare
    const body = 'Konferencja odbyła się w stolicy prowincji.';

    // Act
    const people = findPeople(doc(body, 'pl'), {
      isPlaceName,
      captions: ['Major Truong Van Dat wręczył dyplomy – Zdjęcie: Le Thu'],
    });

    // Assess
    expect(people).toEqual([{ name: 'Truong Van Dat', rank: 'major', role: null }]);
  });
});

describe('Function: isVietnameseSyllable', () => {
  it.each([
    ['nguyen', true],
    ['phuong', true],
    ['huyen', true],
    ['quoc', true],
    ['anh', true],
    ['police', false],
    ['comite', false],
    ['street', false],
    ['parti', false],
  ])('%s → %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});

describe('Function: findPeople (officials only)', () => {
  const NAMESAKES = new Set(['ho chi minh', 'tran hung dao']);
  const isNamesake = (name: string) => NAMESAKES.has(fold(name));
  const read = (body: string, language: string) =>
    findPeople(doc(body, language), { isPlaceName, isNamesake });

  it.each([
    [
      'en',
      'Deputy Minister Tran Van Son inspected the border post on Monday.',
      'Tran Van Son',
      'Deputy Minister',
    ],
    ['cs', 'Hraniční přechod včera navštívil premiér Le Van Hoa.', 'Le Van Hoa', 'premiér'],
    ['vi', 'Thủ tướng Phạm Văn Hùng yêu cầu các bộ khẩn trương vào cuộc.', 'Phạm Văn Hùng', 'Thủ tướng'],
    [
      'de',
      'Nguyen Van Tai, Leiter der Grenzpolizei, sagte, die Kontrollen würden verstärkt.',
      'Nguyen Van Tai',
      'Leiter der Grenzpolizei',
    ],
    [
      'fr',
      'M. Bui Van Thang, chef du poste frontière, a remercié les habitants.',
      'Bui Van Thang',
      'chef du poste frontière',
    ],
    ['pl', 'Wiceminister Do Van Khanh, szef zespołu, przedstawił wyniki.', 'Do Van Khanh', 'Wiceminister'],
  ])('[%s] keeps an official named by function without rank: %s', (language, body, name, role) => {
    // Act
    const people = read(body, language);

    // Assess
    expect(people).toEqual([{ name, rank: null, role }]);
  });

  it.each([
    ['vi', 'Đối tượng Nguyễn Văn Hùng (SN 1984, trú tại xã Tân Lập) đã bị bắt.'],
    ['vi', 'Lực lượng chức năng đã bắt giữ Trần Văn Bình cùng tang vật.'],
    ['vi', 'Ông Lê Văn Sáu, 65 tuổi, cho biết gia đình đã trình báo công an.'],
    ['vi', 'Anh Phạm Văn Long (30 tuổi) điều khiển xe máy đi về nhà.'],
    ['vi', 'Giám đốc Công ty TNHH Minh Phát Trần Văn Tài bị khởi tố.'],
    ['vi', 'Bà Nguyễn Thị H. (trú tại huyện A) đến trình báo.'],
    ['fr', 'Le suspect Nguyen Van Hung a été placé en garde à vue.'],
    ['fr', 'Les policiers ont interpellé Tran Van Binh, 35 ans, originaire de la province.'],
    ['fr', 'Les enquêteurs ont arrêté Le Van Khoa, né en 1990, à son domicile.'],
    ['en', 'Defendant Le Van Quy pleaded guilty on Tuesday.'],
    ['en', 'Ms. Pham Thi Lan, a resident of the ward, thanked the police.'],
    ['en', 'Police caught Vu Van Dung red-handed with two bags of heroin.'],
    ['en', 'Among those held was Sung Thi Mai (also known as Mai), 26, from a border commune.'],
    ['de', 'Der Tatverdächtige Nguyen Van Hai wurde noch am Abend gefasst.'],
    ['de', 'Die Polizei nahm Tran Van Long (35) in seiner Wohnung fest.'],
    ['pl', 'Podejrzany Nguyen Van Duc trafił do aresztu.'],
    ['pl', 'Policjanci zatrzymali Le Van Tam (35 l.) na przejściu granicznym.'],
    ['es', 'El detenido Nguyen Van Thanh, de 42 años, fue trasladado a la comisaría.'],
    ['it', "L'indagato Tran Van Quang è stato portato in questura."],
    ['cs', 'Obviněný Nguyen Van Nam se k činu přiznal.'],
    ['pt', 'O suspeito Nguyen Van Phuc confessou o crime.'],
    ['nl', 'De verdachte Tran Van Hieu bekende de smokkel.'],
    ['en', 'The raid was led from the border and Nguyen Van An was found at home.'],
    ['en', 'Mr. Tran Van Loc, a farmer in the commune, said the water rose overnight.'],
    ['vi', 'Ông Nguyễn Văn Tám, ngư dân ở xã đảo, cho biết đã cứu được hai người.'],
    ['es', 'El señor Le Van Hung, comerciante del mercado, relató lo ocurrido.'],
  ])('[%s] lists no suspect, victim or private person: %s', (language, body) => {
    // Act
    const people = read(body, language);

    // Assess
    expect(people).toEqual([]);
  });

  it.each([
    ['vi', 'Chủ tịch UBND tỉnh chúc Tết Giáp Thìn các gia đình chính sách.'],
    ['en', 'Deputy Director Nguyen Thi, head of the unit, spoke first.'],
    ['vi', 'Chủ tịch Hồ Chí Minh luôn căn dặn lực lượng công an.'],
    ['en', 'The commander of the police of Ho Chi Minh Cit said nothing more.'],
    ['en', 'Officers celebrated Tet Dinh Dau with the residents.'],
  ])('[%s] takes no lunar year, cut name or national namesake for an official: %s', (language, body) => {
    // Act
    const people = read(body, language);

    // Assess
    expect(people).toEqual([]);
  });

  it.each([
    [
      'vi',
      'Dự hội nghị có Thiếu tướng, PGS.TS Nguyễn Văn Hải, Giám đốc Học viện.',
      { name: 'Nguyễn Văn Hải', rank: 'major-general', role: 'Giám đốc Học viện' },
    ],
    [
      'en',
      'Major General, Associate Professor, Dr. To Van Xo opened the course.',
      { name: 'To Van Xo', rank: 'major-general', role: null },
    ],
    [
      'fr',
      'Le président du Comité populaire provincial, Nguyen Van Duc, a salué le travail des policiers.',
      { name: 'Nguyen Van Duc', rank: null, role: 'président du Comité populaire provincial' },
    ],
    [
      'vi',
      'Ông Lê Văn Cường - Phó Chủ tịch UBND huyện cho biết sẽ hỗ trợ.',
      { name: 'Lê Văn Cường', rank: null, role: 'Phó Chủ tịch UBND huyện' },
    ],
  ])('[%s] reads ranks before academic titles and roles around the name: %s', (language, body, person) => {
    // Act
    const people = read(body, language);

    // Assess
    expect(people).toEqual([person]);
  });

  it.each([
    ['fr', 'Les policiers ont arrêté deux hommes, Tran Van Hai et Le Van Tuan.'],
    ['vi', 'Anh Trần Văn Tí cho biết đã trình báo sự việc.'],
  ])(
    '[%s] takes no role from a clause about an arrest, nor a familiar form of address: %s',
    (language, body) => {
      // Act
      const people = read(body, language);

      // Assess
      expect(people).toEqual([]);
    },
  );

  it('lists an official once when a translation glues a rank syllable to his name', () => {
    // Prepare
    const body =
      'Thuong Ta Nguyen Van Hung chaired the meeting. Later Nguyen Van Hung, head of the police, spoke.';

    // Act
    const people = read(body, 'en');

    // Assess
    expect(people).toEqual([
      { name: 'Nguyen Van Hung', rank: 'senior lieutenant-colonel', role: 'head of the police' },
    ]);
  });

  it('keeps an official with a rank even where the sentence is about an arrest', () => {
    // Prepare
    const body = 'Colonel Tran Van Minh, who arrested the gang, said the case was closed.';

    // Act
    const people = read(body, 'en');

    // Assess
    expect(people).toEqual([{ name: 'Tran Van Minh', rank: 'colonel', role: null }]);
  });
});

describe('Function: findPeople (names in scripts without capitals, title after the name)', () => {
  const people = (body: string, language: string) =>
    findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank, p.role]);

  it.each([
    [
      'zh',
      '会议由省公安厅副厅长陈文海上校主持，阮德明少将出席。',
      [
        ['陈文海', 'colonel', '副厅长'],
        ['阮德明', 'major-general', null],
      ],
    ],
    ['zh', '局长范清同志表示，警方将继续打击毒品犯罪。', [['范清', null, '局长']]],
    [
      'ja',
      '省警察局長のチャン・ヴァン・ハイ氏は記者会見で説明した。',
      [['チャン・ヴァン・ハイ', null, '局長']],
    ],
    ['ja', 'レ・ミン・トゥアン大佐が捜査を指揮した。', [['レ・ミン・トゥアン', 'colonel', null]]],
    [
      'ja',
      'ファム・ヴァン・ドゥク大尉が拳銃を押収した。その後、ファム・ヴァン・ドク大尉は病院に搬送された。',
      [['ファム・ヴァン・ドゥク', 'captain', null]],
    ],
    ['ko', '성 공안청장 쩐 반 하이 대령은 기자회견에서 밝혔다.', [['쩐 반 하이', 'colonel', '청장']]],
    ['ko', '응우옌 티 란 동지가 시상식에 참석했다.', [['응우옌 티 란', null, null]]],
  ])('%s: %s', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it.each([
    ['ja', '警察はグエン・ヴァン・ナム容疑者(31)を逮捕した。'],
    ['zh', '警方逮捕了一名嫌疑人，缴获海洛因三块。'],
    ['ko', '경찰은 마약 밀매 용의자 2명을 체포했다.'],
    ['ja', '村に住むチャン・ティ・ホアさん(1970年生まれ)が拳銃を警察に引き渡した。'],
  ])('%s: names a suspect or a villager with no title, or nobody, and lists no one: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

describe('Function: findPeople (Vietnamese names in Cyrillic)', () => {
  const people = (body: string) => findPeople(doc(body, 'ru'), { isPlaceName }).map((p) => [p.name, p.rank]);

  it.each([
    [
      'Об этом сообщил полковник Нгуен Ван Тхань, начальник полиции провинции.',
      [['Нгуен Ван Тхань', 'colonel']],
    ],
    [
      'По словам подполковника Чан Куок Хунга, следствие продолжается.',
      [['Чан Куок Хунг', 'lieutenant-colonel']],
    ],
    ['Премьер-министр Фам Минь Тинь поручил провести проверку.', [['Фам Минь Тинь', null]]],
  ])('reads the official in "%s"', (body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  it('leaves out a suspect named by shape', () => {
    expect(people('Подозреваемый Ле Ван Хунг задержан полицией с 5 кг героина.')).toEqual([]);
  });
});

describe('Function: findPeople (Vietnamese names in Thai, after a rank)', () => {
  const people = (body: string) => findPeople(doc(body, 'th'), { isPlaceName }).map((p) => [p.name, p.rank]);

  it.each([
    ['พันเอก เหงียน วัน ถั่น ผู้บัญชาการตำรวจจังหวัด กล่าวว่า', [['เหงียน วัน ถั่น', 'colonel']]],
    ['รองผู้บัญชาการตำรวจ พ.ต.อ. เจิ่น ก๊วก ฮุง กล่าวว่า', [['เจิ่น ก๊วก ฮุง', 'colonel']]],
  ])('reads the official in "%s"', (body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  it('leaves out a suspect named with นาย (Mr), which Thai writes for anyone', () => {
    expect(people('ตำรวจจับกุมนาย เล วัน ฮุง พร้อมยาบ้า 500 เม็ด')).toEqual([]);
  });
});

describe('Function: findPeople (Vietnamese names in Indic and Arabic scripts, after a rank)', () => {
  const people = (body: string, language: string) =>
    findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank, p.role]);

  it.each([
    [
      'hi',
      'प्रांतीय पुलिस के निदेशक मेजर जनरल गुयेन वान हंग ने बताया कि जांच जारी है।',
      [['गुयेन वान हंग', 'major-general', 'निदेशक']],
    ],
    ['hi', 'लेफ्टिनेंट कर्नल ट्रान क्वोक तुआन ने जांच का नेतृत्व किया।', [['ट्रान क्वोक तुआन', 'lieutenant-colonel', null]]],
    [
      'bn',
      'প্রাদেশিক পুলিশের পরিচালক কর্নেল নগুয়েন ভান হুং জানিয়েছেন যে তদন্ত চলছে।',
      [['নগুয়েন ভান হুং', 'colonel', 'পরিচালক']],
    ],
    ['ta', 'மாகாண காவல்துறை இயக்குநர் கர்னல் நுயென் வான் ஹங் தெரிவித்தார்.', [['நுயென் வான் ஹங்', 'colonel', 'இயக்குநர்']]],
  ])('%s: reads the official in "%s"', (language, body, expected) => {
    expect(people(body, language)).toEqual(expected);
  });

  it.each([
    ['وأكد اللواء تران فان دونغ أن التحقيق مستمر.', [['تران فان دونغ', 'major-general', null]]],
    ['قال العقيد نجوين فان هونغ، مدير الشرطة، إن 12 شخصا اعتقلوا.', [['نجوين فان هونغ', 'colonel', null]]],
    ['وقال السيد لي فان هونغ إنه بريء.', []],
  ])('ar: "%s"', (body, expected) => {
    expect(people(body, 'ar')).toEqual(expected);
  });

  it('leaves out a suspect named with श्री (Mr), written for anyone', () => {
    expect(people('पुलिस ने श्री ले वान हंग को 500 गोलियों के साथ गिरफ्तार किया।', 'hi')).toEqual([]);
  });

  it('reads a rank after a word that is no family name as no name', () => {
    expect(people('मेजर ध्यानचंद स्टेडियम में कार्यक्रम हुआ।', 'hi')).toEqual([]);
  });
});

describe('Function: findPeople (Russian senior ranks, declined)', () => {
  it.each([
    ['По словам старшего генерал-лейтенанта Чан Куок То, операция прошла успешно.', 'colonel general'],
    ['Старший генерал-лейтенант Чан Куок То посетил место происшествия.', 'colonel general'],
    ['Как сообщил старший подполковник Чан Куок То, задержаны 5 человек.', 'senior lieutenant-colonel'],
  ])('"%s": %s', (body, rank) => {
    expect(findPeople(doc(body, 'ru'), { isPlaceName }).map((p) => p.rank)).toEqual([rank]);
  });
});

describe('Function: findPeople (a role ending in a declined place word, then its holder)', () => {
  it.each([
    [
      'ru',
      'Председатель народного комитета провинции Нгуен Ван Хунг посетил пострадавших.',
      [['Нгуен Ван Хунг', 'Председатель народного комитета провинции']],
    ],
    [
      'ru',
      'Глава полиции провинции Ле Ван Тхань сообщил о задержании.',
      [['Ле Ван Тхань', 'Глава полиции провинции']],
    ],
    [
      'uk',
      'Міністр громадської безпеки Ле Ван Тхань заявив, що розслідування триває.',
      [['Ле Ван Тхань', 'Міністр громадської безпеки']],
    ],
  ])('%s: "%s"', (language, body, expected) => {
    expect(findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.role])).toEqual(expected);
  });

  it('keeps a two-word place after a place word and a preposition a place', () => {
    expect(
      findPeople(doc('M. Le Van Tam, président du Comité du quartier de Cam Thinh, a déclaré.', 'fr'), {
        isPlaceName,
      }).map((p) => p.name),
    ).toEqual(['Le Van Tam']);
  });
});
