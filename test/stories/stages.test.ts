/**
 * The stage signal (issue 10, product decision of session 8): a story is one report of one event at one stage.
 * A later stage of the same case (prosecution, indictment, trial, verdict, appeal) is another story, even with
 * the same names, place and figures. Spec cases written for this test (not fixture text), in several
 * languages: the stage read from a title and lead (lambdas/extract/stage/, lexicons/<lang>/stages.json), and
 * the similarity's rule that parts copies of different stages (lambdas/stories/similarity.ts).
 */
import { describe, expect, it } from 'vitest';
import { findStage, leadOf } from '../../lambdas/extract/stage/index.js';
import {
  DEFAULT_PARAMS,
  similarity,
  stagesDiffer,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { engineEvidence, evidenceOf } from '../support/story-eval.js';

function stageOf(language: string, title: string, ...paragraphs: string[]) {
  return findStage({ language, title, sections: [{ paragraphs }] });
}

describe('Stage cues: the stage a report is about, read from its title and lead', () => {
  it.each([
    [
      'vi',
      'Bắt giữ hai đối tượng vận chuyển 20 kg ma túy',
      'Công an tỉnh đã bắt quả tang hai người.',
      'event',
    ],
    [
      'vi',
      'Khởi tố 5 bị can vận chuyển ma túy',
      'Cơ quan CSĐT đã ra quyết định khởi tố vụ án.',
      'prosecution',
    ],
    ['vi', 'Truy tố nhóm buôn lậu vàng', 'Viện kiểm sát đã ban hành cáo trạng.', 'indictment'],
    ['vi', 'Xét xử 4 bị cáo buôn ma túy', 'Đại diện VKS đề nghị mức án tử hình với hai bị cáo.', 'trial'],
    ['vi', 'Tuyên án tử hình 3 bị cáo', 'Hôm nay, TAND tỉnh đã tuyên phạt các bị cáo.', 'verdict'],
    ['vi', 'Y án tử hình kẻ buôn ma túy', 'Tòa phúc thẩm bác kháng cáo của bị cáo.', 'appeal'],
    ['en', 'Police seize 20 kg of heroin', 'Two suspects were arrested at the border.', 'event'],
    ['en', 'Police prosecute five over drug ring', 'Police decided to prosecute the case.', 'prosecution'],
    ['en', 'Four go on trial for drug trafficking', 'Prosecutors sought the death penalty.', 'trial'],
    [
      'en',
      'Drug ring leader sentenced to death',
      'The court handed down the sentence on Tuesday.',
      'verdict',
    ],
    ['en', 'Court upholds death sentence on appeal', 'The appellate court rejected the appeal.', 'appeal'],
    ['fr', 'Saisie de 20 kg d’héroïne', 'Deux suspects ont été arrêtés, selon le procès-verbal.', 'event'],
    ['fr', 'Ouverture du procès de quatre trafiquants', 'L’audience se tient à Long An.', 'trial'],
    ['fr', 'Quatre trafiquants condamnés à mort', 'Le tribunal a rendu son verdict.', 'verdict'],
    ['de', 'Polizei stellt 20 kg Heroin sicher', 'Zwei Verdächtige wurden festgenommen.', 'event'],
    ['de', 'Prozess gegen vier Drogenhändler', 'Vor Gericht stehen vier Angeklagte.', 'trial'],
    ['de', 'Drogenhändler zum Tode verurteilt', 'Das Gericht sprach das Urteil.', 'verdict'],
    [
      'es',
      'Comienza el juicio contra cuatro narcotraficantes',
      'El tribunal escuchó a los fiscales.',
      'trial',
    ],
    ['es', 'Condenados a muerte cuatro narcotraficantes', 'La sentencia se leyó el martes.', 'verdict'],
    ['it', 'Condannati a morte quattro trafficanti', 'La sentenza è stata letta martedì.', 'verdict'],
    ['pt', 'Julgamento de quatro traficantes começa', 'O tribunal ouviu a acusação.', 'trial'],
    ['id', 'Empat pengedar narkoba divonis mati', 'Pengadilan menjatuhkan hukuman mati.', 'verdict'],
    ['ru', 'Суд над четырьмя наркоторговцами', 'Подсудимые признали вину.', 'trial'],
    ['ru', 'Наркоторговцы приговорены к смертной казни', 'Суд вынес приговор во вторник.', 'verdict'],
    ['zh', '越南警方缴获20公斤海洛因', '两名嫌疑人被捕。', 'event'],
    ['zh', '四名毒贩被判处死刑', '法院周二宣判。', 'verdict'],
    ['ja', 'ベトナムで麻薬密売の男4人に死刑判決', '裁判所は火曜日に判決を言い渡した。', 'verdict'],
    ['ko', '베트남 마약 밀매범 4명 사형 선고', '법원은 화요일 판결을 내렸다.', 'verdict'],
    ['ko', '베트남 경찰, 헤로인 20㎏ 압수', '용의자 2명을 체포했다.', 'event'],
    ['th', 'ศาลพิพากษาประหารชีวิตผู้ค้ายาเสพติด 4 คน', 'ศาลอ่านคำพิพากษาเมื่อวันอังคาร', 'verdict'],
    [
      'nl',
      'Vier drugshandelaars ter dood veroordeeld',
      'De rechtbank sprak dinsdag het vonnis uit.',
      'verdict',
    ],
    ['pl', 'Czterech przemytników skazanych na śmierć', 'Sąd ogłosił wyrok we wtorek.', 'verdict'],
    ['tr', 'Dört uyuşturucu kaçakçısına idam cezası', 'Mahkeme kararını salı günü açıkladı.', 'verdict'],
    ['uk', 'Чотирьох наркоторговців засуджено', 'Суд оголосив вирок у вівторок.', 'verdict'],
    ['bg', 'Четирима трафиканти осъдени', 'Съдът обяви присъдата във вторник.', 'verdict'],
    ['ar', 'الحكم بالإعدام على أربعة مهربين', 'قضت المحكمة يوم الثلاثاء.', 'verdict'],
    ['ar', 'الشرطة تضبط 20 كيلوغراما من الهيروين', 'واعتقلت مشتبهين اثنين بتهمة التهريب.', 'event'],
    ['he', 'ארבעה סוחרי סמים נידונו למוות', 'בית המשפט גזר את דינם ביום שלישי.', 'verdict'],
    ['fa', 'چهار قاچاقچی به اعدام محکوم شدند', 'دادگاه روز سه‌شنبه حکم را اعلام کرد.', 'verdict'],
    ['bn', 'চার মাদক পাচারকারীর মৃত্যুদণ্ড', 'আদালত মঙ্গলবার রায় ঘোষণা করেছে।', 'verdict'],
  ] as const)('%s: "%s" is about the %s', (language, title, lead, stage) => {
    expect(stageOf(language, title, lead)).toBe(stage);
  });

  // Session 9: the stages of a disaster or a violent death after the event. The search for the missing, and
  // bodies found one by one, are the event; the search over, the funeral and honours, compensation are not.
  it.each([
    [
      'en',
      'Landslide buries 22 soldiers; three bodies recovered',
      'Rescuers search for the missing.',
      'event',
    ],
    ['en', 'Rescuers find all 13 bodies after landslide', 'The last body was found on Thursday.', 'recovery'],
    ['en', 'Search called off for missing fishermen', 'Rescue teams ended the search on Friday.', 'recovery'],
    ['en', 'Funeral held for 13 soldiers killed in landslide', 'Thousands paid tribute in Hue.', 'funeral'],
    ['en', 'Slain officer promoted posthumously', 'The ministry recognised him as a martyr.', 'funeral'],
    ['en', 'Families of crash victims to receive compensation', 'The bus company will pay.', 'compensation'],
    ['en', 'Truck hits villagers on their way to a funeral', 'Nine people were killed.', 'event'],
    [
      'vi',
      'Sạt lở vùi lấp 22 cán bộ, chiến sĩ',
      'Đã tìm thấy 3 thi thể, lực lượng cứu hộ tiếp tục tìm kiếm.',
      'event',
    ],
    ['vi', 'Tìm thấy thi thể cuối cùng trong vụ sạt lở', 'Lực lượng cứu hộ kết thúc tìm kiếm.', 'recovery'],
    [
      'vi',
      'Truy thăng quân hàm cho đại úy công an hy sinh',
      'Bộ Công an đề nghị công nhận liệt sĩ.',
      'funeral',
    ],
    ['vi', 'Xét xử kẻ sát hại đại úy công an', 'Nạn nhân đã được công nhận liệt sĩ.', 'trial'],
    ['fr', 'Glissement de terrain : 22 soldats portés disparus', 'Trois corps ont été retrouvés.', 'event'],
    ['fr', 'Tous les corps retrouvés après le glissement de terrain', 'Fin des recherches.', 'recovery'],
    ['fr', 'Obsèques des 13 soldats', 'Un hommage national leur a été rendu.', 'funeral'],
    ['de', 'Erdrutsch: 22 Soldaten vermisst', 'Helfer bergen drei Tote.', 'event'],
    ['de', 'Suche nach Vermissten eingestellt', 'Alle Leichen wurden geborgen.', 'recovery'],
    ['de', 'Trauerfeier für getötete Soldaten', 'Der Polizist wurde posthum befördert.', 'funeral'],
    ['es', 'Encuentran todos los cuerpos tras el alud', 'Fin de la búsqueda en Quang Tri.', 'recovery'],
    ['es', 'Bus sepultado por un deslizamiento de tierra', 'Murieron cinco personas.', 'event'],
    ['ru', 'Оползень: 22 военных пропали без вести', 'Спасатели нашли три тела.', 'event'],
    ['ru', 'Найдены тела всех пропавших', 'Поиски завершены.', 'recovery'],
    ['ru', 'Похороны погибших военных', 'Их посмертно наградили.', 'funeral'],
    ['zh', '广治省山体滑坡22名官兵失踪,发现12具尸体', '救援人员正在搜寻遇难者。', 'event'],
    ['zh', '13名失踪者遗体15日晚被找到', '搜救工作结束。', 'recovery'],
    ['zh', '越南为遇难官兵举行追悼会', '追授烈士称号。', 'funeral'],
    ['ja', '土砂崩れで兵士22人が行方不明', '3人の遺体が見つかった。', 'event'],
    ['ja', '最後の遺体を発見、捜索を終了', '全員の遺体が収容された。', 'recovery'],
    ['ko', '산사태로 군인 22명 실종', '구조대가 시신 3구를 수습했다.', 'event'],
    ['ko', '마지막 시신 수습, 수색 종료', '모든 시신을 찾았다.', 'recovery'],
    ['ar', 'انهيار أرضي يدفن 22 جنديا', 'عثر رجال الإنقاذ على ثلاث جثث.', 'event'],
    ['ar', 'انتشال جميع الجثث', 'انتهاء عمليات البحث في كوانغ تري.', 'recovery'],
    ['id', 'Tanah longsor timbun 22 tentara', 'Tim SAR menemukan tiga jenazah.', 'event'],
    ['id', 'Semua jenazah ditemukan, pencarian dihentikan', 'Tim gabungan kembali ke posko.', 'recovery'],
    ['th', 'ดินถล่มทับทหาร 22 นาย', 'พบศพแล้ว 3 ราย', 'event'],
    ['th', 'พิธีศพทหารที่เสียชีวิต', 'ประชาชนร่วมไว้อาลัย', 'funeral'],
  ] as const)('%s: "%s" is about the %s', (language, title, lead, stage) => {
    expect(stageOf(language, title, lead)).toBe(stage);
  });

  it('"bị cáo buộc" (accused of) is not "bị cáo" (defendant): an arrest report stays at the event', () => {
    expect(stageOf('vi', 'Bắt đối tượng', 'Đối tượng bị cáo buộc vận chuyển 5 kg ma túy.')).toBe('event');
  });

  it('a later stage named only after the lead does not count: a report recalls or announces others', () => {
    const long = 'Police arrested two men with 20 kg of heroin at the border gate on Monday morning. '.repeat(
      5,
    );
    expect(stageOf('en', 'Police seize heroin', long, 'They will stand trial next year.')).toBe('event');
    expect(leadOf({ language: 'en', title: 't', sections: [{ paragraphs: [long, 'x'] }] })).toBe(
      `t\n${long}`,
    );
  });

  it('a language with a kin file reads it (uk with ru); one with neither has no stage (unknown)', () => {
    expect(stageOf('uk', 'Суд над наркоторговцями', 'Підсудні визнали вину.')).toBe('trial');
    expect(stageOf('sw', 'Wafanyabiashara wa dawa za kulevya wahukumiwa', 'Mahakama ilitoa hukumu.')).toBe(
      null,
    );
  });
});

describe('Similarity: copies of different stages part', () => {
  const common = {
    localities: ['long-an/duc-hoa'],
    people: ['pham trung hieu', 'le thanh nghia'],
    figures: [{ value: 48_000, unit: 'other' as const, count: 1 }],
  };
  const at = (id: string, stage: StoryEvidence['stage'], published = '2024-06-12') =>
    evidenceOf({ id, stage, published, ...common });

  it('a trial and its verdict, with the same defendants, place and figures, are two stories', () => {
    expect(similarity(at('a', 'trial'), at('b', 'trial'))).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(at('a', 'trial'), at('b', 'verdict'))).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(at('a', 'event'), at('b', 'trial'))).toBeLessThan(STORY_THRESHOLD);
  });

  it('the event and its prosecution part only when reported days apart (police announce both at once)', () => {
    expect(stagesDiffer(at('a', 'event'), at('b', 'prosecution', '2024-06-12'))).toBe(false);
    expect(stagesDiffer(at('a', 'event'), at('b', 'prosecution', '2024-06-13'))).toBe(false);
    expect(stagesDiffer(at('a', 'event'), at('b', 'prosecution', '2024-06-18'))).toBe(true);
    expect(stagesDiffer(at('a', 'prosecution'), at('b', 'indictment'))).toBe(true);
    const undated = evidenceOf({ id: 'c', stage: 'prosecution', datePrecision: 'none', ...common });
    expect(stagesDiffer(at('a', 'event', '2024-06-01'), undated)).toBe(false);
  });

  it('a disaster and its later stages part; the recovery and the funeral announced with it only days apart', () => {
    expect(similarity(at('a', 'event'), at('b', 'recovery'))).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(at('a', 'event'), at('b', 'funeral', '2024-06-13'))).toBeLessThan(STORY_THRESHOLD);
    expect(stagesDiffer(at('a', 'recovery'), at('b', 'funeral', '2024-06-13'))).toBe(false);
    expect(stagesDiffer(at('a', 'recovery'), at('b', 'funeral', '2024-06-16'))).toBe(true);
    expect(stagesDiffer(at('a', 'funeral'), at('b', 'compensation'))).toBe(true);
    expect(stagesDiffer(at('a', 'event'), at('b', 'recovery', '2024-06-20'))).toBe(true);
  });

  it('an unknown stage (a language without cues, or evidence stored before stages) never parts', () => {
    expect(stagesDiffer(at('a', null), at('b', 'verdict'))).toBe(false);
    expect(similarity(at('a', null), at('b', 'verdict'))).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('stageConflict 1 turns the rule off', () => {
    const off = { ...DEFAULT_PARAMS, stageConflict: 1 };
    expect(similarity(at('a', 'trial'), at('b', 'verdict'), off)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });
});

describe('Through the engine: translations of one stage join, another stage of the case does not', () => {
  function evidence(id: string, text: string, published: string): StoryEvidence {
    return engineEvidence(id, new TextEncoder().encode(text), published, '2024-07-01T00:00:00.000Z');
  }
  const trialVi = evidence(
    'trial-vi',
    'Xét xử 4 bị cáo trong đường dây buôn 48.000 viên ma túy tổng hợp\n\nNgày 11/6, TAND tỉnh Quảng Trị mở phiên tòa xét xử 4 bị cáo về tội mua bán trái phép chất ma túy tại huyện Hướng Hóa. Theo cáo trạng, nhóm này đã vận chuyển 48.000 viên ma túy tổng hợp và 12,5 kg ma túy đá từ Lào về Việt Nam.',
    '2024-06-11',
  );
  const trialEn = evidence(
    'trial-en',
    'Four go on trial over 48,000 synthetic drug pills\n\nOn June 11, the People’s Court of Quang Tri Province opened the trial of four defendants for illegally trading drugs in Huong Hoa District. They transported 48,000 synthetic drug pills and 12.5 kg of crystal meth from Laos to Vietnam.',
    '2024-06-11',
  );
  const verdictEn = evidence(
    'verdict-en',
    'Four sentenced over 48,000 synthetic drug pills\n\nOn June 18, the People’s Court of Quang Tri Province sentenced four defendants for illegally trading drugs in Huong Hoa District. They transported 48,000 synthetic drug pills and 12.5 kg of crystal meth from Laos to Vietnam.',
    '2024-06-18',
  );

  it('reads the stages', () => {
    expect([trialVi.stage, trialEn.stage, verdictEn.stage]).toEqual(['trial', 'trial', 'verdict']);
  });

  it('the vi and en reports of the trial join; the verdict a week later stays apart from both', () => {
    expect(similarity(trialVi, trialEn)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(trialEn, verdictEn)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(trialVi, verdictEn)).toBeLessThan(STORY_THRESHOLD);
    // Without the stage the verdict would join: the rule, not the rest of the evidence, parts them.
    expect(similarity(trialEn, { ...verdictEn, stage: 'trial' })).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });
});
