/**
 * Classes of session 52's stage reader (st52: lambdas/extract/stage/, lexicons/<lang>/stages.json), on
 * sentences written for this test:
 * - a word ending in * inside a multi-word cue is the start of a word, as at a cue's end ("renvoyé* devant":
 *   renvoyés devant; "rinviat* a giudizio"; "возбудил* уголовное дело"); until session 52 the * was read as
 *   a star and such cues never matched (fr, it, ru, es);
 * - a cue found inside a longer cue of another stage counts as the longer one: "передано в суд" (sent to
 *   court) is an indictment though "суд" (court) is a trial cue (ru, id, ro, fr); a trial cue elsewhere in the
 *   lead still counts;
 * - the stage lists the lexicons lacked, from general legal vocabulary: prosecution (ar bn el fa he ta te th
 *   ur), indictment (ar bn hi ms ta te th tl ur), trial (ta te);
 * - the gazetteer's communes and wards know their districts (PlaceEntry.districts), which the story evidence
 *   reads to see one place named at two levels (lambdas/stories/localities.ts).
 */
import { describe, expect, it } from 'vitest';
import { findStage } from '../../lambdas/extract/stage/index.js';
import { gazetteer } from '../../lambdas/extract/places/gazetteer.js';
import { nestedLocalities } from '../../lambdas/stories/index.js';

function stageOf(language: string, title: string, lead: string) {
  return findStage({ language, title, sections: [{ paragraphs: [lead] }] });
}

describe('Function: findStage (st52 classes)', () => {
  describe('a word ending in * inside a cue is the start of a word', () => {
    it.each([
      ['fr', 'Trafic de cocaïne', 'Les quatre passeurs ont été renvoyés devant la justice.', 'indictment'],
      ['it', 'Traffico di droga', 'I sei membri della banda sono stati rinviati a giudizio.', 'indictment'],
      ['ru', 'Контрабанда золота', 'Полиция возбудила уголовное дело против двоих мужчин.', 'prosecution'],
      ['es', 'Naufragio en el río', 'Dos días después, los pescadores fueron hallados muertos.', 'recovery'],
      // The word must start where the cue does, and the words after it must follow.
      ['fr', 'Trafic de cocaïne', 'Un passeur a été renvoyé dans son pays devant sa famille.', 'event'],
      ['ru', 'Контрабанда золота', 'Полиция возбудила интерес к делу о контрабанде.', 'event'],
    ])('%s: %s / %s → %s', (language, title, lead, stage) => {
      expect(stageOf(language, title, lead)).toBe(stage);
    });
  });

  describe('a cue inside a longer cue of another stage counts as the longer one', () => {
    it.each([
      ['ru', 'Дело о наркотиках', 'Уголовное дело в отношении пятерых мужчин передано в суд.', 'indictment'],
      ['id', 'Kasus narkoba', 'Berkas perkara tiga tersangka dilimpahkan ke pengadilan.', 'indictment'],
      ['ro', 'Trafic de droguri', 'Cei cinci bărbați au fost trimiși în judecată.', 'indictment'],
      [
        'fr',
        'Trafic de cocaïne',
        'Les quatre passeurs seront renvoyés devant le tribunal correctionnel.',
        'indictment',
      ],
      // A trial cue of its own, outside the longer cue, still tells the trial.
      ['ru', 'Дело о наркотиках', 'Дело передано в суд, и суд начал слушания в понедельник.', 'trial'],
      ['id', 'Kasus narkoba', 'Berkas dilimpahkan ke pengadilan; sidang perdana digelar hari ini.', 'trial'],
    ])('%s: %s / %s → %s', (language, title, lead, stage) => {
      expect(stageOf(language, title, lead)).toBe(stage);
    });
  });

  describe('the stage lists the lexicons lacked', () => {
    it.each([
      ['ar', 'قضية مخدرات', 'قررت الشرطة توجيه تهم الاتجار بالمخدرات إلى ثلاثة أشخاص.', 'prosecution'],
      ['ar', 'قضية مخدرات', 'أصدرت النيابة لائحة اتهام بحق خمسة رجال.', 'indictment'],
      ['bn', 'মাদক মামলা', 'পুলিশ তিনজনের বিরুদ্ধে মামলা দায়ের করেছে।', 'prosecution'],
      ['bn', 'মাদক মামলা', 'তদন্ত শেষে পুলিশ অভিযোগপত্র জমা দিয়েছে।', 'indictment'],
      ['el', 'Υπόθεση ναρκωτικών', 'Η αστυνομία άσκησε δίωξη σε τρεις άνδρες.', 'prosecution'],
      ['fa', 'پرونده مواد مخدر', 'پلیس برای سه نفر پرونده کیفری تشکیل داد.', 'prosecution'],
      ['he', 'פרשת סמים', 'שלושה חשודים הועמדו לדין בגין סחר בסמים.', 'prosecution'],
      ['hi', 'ड्रग्स मामला', 'पुलिस ने पांच लोगों के खिलाफ आरोप पत्र दाखिल किया।', 'indictment'],
      ['ms', 'Kes dadah', 'Polis menyerahkan kertas pertuduhan terhadap lima lelaki.', 'indictment'],
      ['ta', 'போதைப்பொருள் வழக்கு', 'போலீசார் மூன்று பேர் மீது வழக்குப் பதிவு செய்தனர்.', 'prosecution'],
      ['ta', 'போதைப்பொருள் வழக்கு', 'காவல்துறை குற்றப்பத்திரிகை தாக்கல் செய்தது.', 'indictment'],
      ['ta', 'போதைப்பொருள் வழக்கு', 'இந்த வழக்கு நீதிமன்றத்தில் இன்று தொடங்கியது.', 'trial'],
      ['te', 'మాదకద్రవ్యాల కేసు', 'పోలీసులు ముగ్గురిపై కేసు నమోదు చేశారు.', 'prosecution'],
      ['te', 'మాదకద్రవ్యాల కేసు', 'పోలీసులు ఛార్జిషీట్ దాఖలు చేశారు.', 'indictment'],
      ['te', 'మాదకద్రవ్యాల కేసు', 'ఈ కేసులో కోర్టు విచారణ ప్రారంభమైంది.', 'trial'],
      ['th', 'คดียาเสพติด', 'ตำรวจแจ้งข้อหาผู้ต้องสงสัยสามคน', 'prosecution'],
      ['th', 'คดียาเสพติด', 'อัยการสั่งฟ้องผู้ต้องหาห้าคน', 'indictment'],
      ['tl', 'Kaso ng droga', 'Isinakdal ng piskalya ang limang suspek.', 'indictment'],
      ['ur', 'منشیات کا کیس', 'پولیس نے تین افراد کے خلاف مقدمہ درج کر لیا۔', 'prosecution'],
      ['ur', 'منشیات کا کیس', 'پولیس نے پانچ افراد کے خلاف چارج شیٹ جمع کرا دی۔', 'indictment'],
      // An arrest told with none of them is the event.
      ['th', 'คดียาเสพติด', 'ตำรวจจับกุมผู้ต้องสงสัยสามคนพร้อมยาบ้า', 'event'],
      ['ta', 'போதைப்பொருள் பறிமுதல்', 'போலீசார் மூவரை கைது செய்தனர்.', 'event'],
      ['te', 'మాదకద్రవ్యాల స్వాధీనం', 'పోలీసులు ముగ్గురిని అరెస్టు చేశారు.', 'event'],
    ])('%s: %s / %s → %s', (language, title, lead, stage) => {
      expect(stageOf(language, title, lead)).toBe(stage);
    });
  });
});

describe('Gazetteer: a commune or ward knows its districts (st52)', () => {
  it('lists the district of a ward, and the story evidence nests them by it', () => {
    const [phucXa] = gazetteer().byKey.get('phuc xa') ?? [];
    expect(phucXa?.districts).toEqual(['ba-dinh']);
    expect(nestedLocalities('ha-noi/phuc-xa', 'ha-noi/ba-dinh')).toBe(true);
    // A district names no district of its own, and a ward is not in another district.
    const [baDinh] = gazetteer().byKey.get('ba dinh') ?? [];
    expect(baDinh?.districts).toBeUndefined();
    expect(nestedLocalities('ha-noi/phuc-xa', 'ha-noi/hoan-kiem')).toBe(false);
  });

  it('a name two districts of one province give their communes is one entry listing both', () => {
    const twin = [...gazetteer().byKey.values()].flat().find((e) => (e.districts?.length ?? 0) > 1);
    expect(twin).toBeDefined();
    const province = gazetteer().provinces[twin!.province]!.slug;
    for (const d of twin!.districts!)
      expect(nestedLocalities(`${province}/${twin!.slug}`, `${province}/${d}`)).toBe(true);
  });
});
