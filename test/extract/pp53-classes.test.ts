/**
 * Classes of session 53's places helper (pp53), on sentences written for this test:
 * - a Hangul province name glossed in brackets before its type suffix ("쨔빙(Tra Vinh)성 공안") is read as the
 *   province with its type word, as when the suffix follows the name itself (hangul.ts glossedProvinceType);
 * - Urdu writes a Vietnamese đ, d and t with ڈ and ٹ: read as Arabic's د and ت against the curated Arabic
 *   forms ("ڈانانگ", Đà Nẵng; "ٹین سون ناٹ", Tân Sơn Nhất) (text/arabic-letters.ts);
 * - the airports Nội Bài and Tân Sơn Nhất and the city Đồng Hới in the scripts of bn, hi, ar, ko, ja
 *   (data/names-in-scripts.json): a customs story at the airport is the capital's; two airports named in one
 *   list name no story's place;
 * - one sense per name: a district's name the text writes as a storm's ("typhoon Son Tinh") is the storm
 *   again where the text writes it bare; with its type word or its force it still names the district
 *   (named-once.ts);
 * - ur "سے" (from) is no syllable of a name: "پل سے ووون لائی تک" is no Sơn La (lexicon ur notPlaces);
 * - a Hangul district with its force right after its suffix ("깡롱현 경찰이") is the subject, as a province is: under
 *   a "베트남," headline (a nationwide cue) the story stays that district's province (hangul.ts);
 * - th: no name starts with a vowel sign or a mark written after its consonant: the city word "นคร" inside
 *   "ในครั้งนี้" (this time) opens no name (thai.ts);
 * - a national authority's lead names the story national in ar, ur, bn and el too (lexicon nationalBodies: the
 *   Ministry of Public Security, of National Defence, the customs, the traffic safety committee), and a province
 *   named first in the last third of the text after such a lead is a closing example (summarize.ts LATE_EXAMPLE);
 * - a provincial police story in ko, el, it, ur, bn, ar (the unit names its province once, the suspect's home
 *   province is named as often) is the unit's province; a ministry acting over a list of provinces is national.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf } from '../support/primary-choice.js';

describe('Function: findPlaces (pp53 classes)', () => {
  describe('a Hangul province glossed before its type suffix', () => {
    it.each([
      [
        'a gloss no list knows',
        '남성 체포\n어제 쨔빙(Chya Bing)성 공안은 32세 남성을 체포했다고 밝혔다.',
        'tra-vinh',
      ],
      [
        'the Latin gloss',
        '남성 체포\n어제 쨔빙(Tra Vinh)성 깡롱(Cang Long) 지역 경찰이 남성을 체포했다.',
        'tra-vinh',
      ],
    ])('%s', (_what, text, primary) => {
      expect(placeSlugsOf(text, 'ko').primary).toBe(primary);
    });

    it('an ordinary word with a gloss before 성 names nothing', () => {
      expect(
        placeSlugsOf('품질 검사\n제품의 안정(stability)성 검사가 끝났다고 밝혔다.', 'ko').provinces,
      ).toEqual([]);
    });
  });

  describe('Urdu ڈ and ٹ read as Arabic د and ت', () => {
    it.each([
      ['ڈانانگ', 'بس حادثہ\nبس ہنوئی سے ڈانانگ جا رہی تھی کہ کھائی میں گر گئی۔', 'da-nang'],
      ['ٹین سون ناٹ', 'سونا ضبط\nٹین سون ناٹ ہوائی اڈے پر کسٹم حکام نے 2 کلو سونا ضبط کیا۔', 'ho-chi-minh'],
    ])('%s', (_what, text, province) => {
      expect(placeSlugsOf(text, 'ur').provinces).toContain(province);
    });
  });

  describe('airports and Đồng Hới in the scripts', () => {
    it.each([
      ['bn', 'সোনা জব্দ\nনোই বাই আন্তর্জাতিক বিমানবন্দরের কাস্টমস এক যাত্রীর লাগেজে ২ কেজি সোনা পেয়েছে।', 'ha-noi'],
      ['hi', 'बस हादसा\nडोंग होई हाई स्कूल के पूर्व छात्रों की बस पलट गई, 13 की मौत।', 'quang-binh'],
      ['ar', 'ضبط ذهب\nضبطت جمارك مطار نوي باي الدولي كيلوغرامين من الذهب في حقيبة مسافر.', 'ha-noi'],
    ])('%s', (language, text, primary) => {
      expect(placeSlugsOf(text, language).primary).toBe(primary);
    });

    it('two airports in one list name no story place', () => {
      const read = placeSlugsOf('رقابت\nنوئی بائی اور ٹین سون ناٹ ہوائی اڈوں پر نگرانی بڑھا دی گئی۔', 'ur');
      expect(read.localities).toEqual(['noi-bai', 'tan-son-nhat']);
      expect(read.primary).toBeNull();
    });
  });

  describe('Urdu سے opens no name', () => {
    it('a road from a bridge to a street names no province', () => {
      const read = placeSlugsOf(
        'صفائی\nٹریفک پولیس نے پل سے ووون لائی تک سڑک پر بکھرے ہوئے کیل جمع کیے۔',
        'ur',
      );
      expect(read.provinces).not.toContain('son-la');
    });

    it('a province after سے is still read', () => {
      expect(
        placeSlugsOf('منشیات\nپولیس نے لاؤ کائی صوبے سے آنے والے ٹرک سے منشیات ضبط کیں۔', 'ur').provinces,
      ).toContain('lao-cai');
    });
  });

  describe('a Hangul district with its force is the subject', () => {
    it('under a "베트남," headline', () => {
      expect(
        placeSlugsOf('베트남, 남성 체포\n어제 짜빈성 깡롱현 경찰이 남성을 체포했다.', 'ko').primary,
      ).toBe('tra-vinh');
    });

    it('the district named as where it happened is no subject: the headline cue stands', () => {
      expect(
        placeSlugsOf('베트남, 남성 체포\n어제 짜빈성 깡롱현에서 남성이 체포됐다.', 'ko').primary,
      ).toBeNull();
    });
  });

  describe('a Thai type word inside a longer word opens no name', () => {
    it('"ในครั้งนี้" is no Nghệ An', () => {
      expect(
        placeSlugsOf('อุบัติเหตุ\nรถบัสชนกับรถบรรทุก 1 คัน และรถจักรยานยนต์อีก 1 คันในครั้งนี้ มีผู้เสียชีวิต 3 ราย', 'th')
          .provinces,
      ).toEqual([]);
    });

    it('a province after its type word is still read', () => {
      expect(placeSlugsOf('จับกุม\nตำรวจจังหวัดเหงะอาน จับกุมชาย 2 คนในครั้งนี้', 'th').primary).toBe('nghe-an');
    });
  });

  describe("one sense per storm's name", () => {
    it.each([
      [
        'en',
        'Storm hits north\nTyphoon Son Tinh made landfall on Wednesday. Son Tinh is the third storm this year.',
      ],
      ['fi', 'Myrsky\nSon Tinh -taifuuni rantautui keskiviikkona. Son Tinh on jo kolmas trooppinen myrsky.'],
    ])('%s', (language, text) => {
      expect(placeSlugsOf(text, language)).toEqual({ primary: null, provinces: [], localities: [] });
    });

    it('the district with its force is still the district', () => {
      const read = placeSlugsOf(
        'Storm damage\nTropical storm Son Tinh weakened. Police of Son Tinh district said 3 houses collapsed.',
        'en',
      );
      expect(read.primary).toBe('quang-ngai');
      expect(read.localities).toContain('son-tinh');
    });
  });

  describe('a provincial police story and a ministry over a list of provinces', () => {
    it.each([
      [
        'ko',
        '남성 체포\n꽝닌성 공안은 마약을 운반한 혐의로 타이빈성에 거주하는 32세 남성을 체포했다고 밝혔다.',
      ],
      ['ko', '남성 체포\n타이빈성 출신의 32세 남성이 마약을 운반하다가 꽝닌성 공안에 체포됐다.'],
      [
        'el',
        'Σύλληψη υπόπτου\nΗ αστυνομία της επαρχίας Κουάνγκ Νιν συνέλαβε έναν 32χρονο άνδρα από την επαρχία Τάι Μπινχ για μεταφορά ναρκωτικών.',
      ],
      [
        'it',
        'Arrestato un uomo\nUn uomo di 32 anni della provincia di Thai Binh è stato arrestato dalla polizia provinciale di Quang Ninh.',
      ],
      [
        'ur',
        'مشتبہ شخص گرفتار\nکوانگ نین صوبے کی پولیس نے منشیات کی اسمگلنگ کے الزام میں تھائی بن صوبے کے رہائشی ایک 32 سالہ شخص کو گرفتار کر لیا۔',
      ],
      ['bn', 'সন্দেহভাজন গ্রেপ্তার\nথাই বিন প্রদেশের বাসিন্দা এক ব্যক্তিকে কোয়াং নিন প্রদেশের পুলিশ গ্রেপ্তার করেছে।'],
      [
        'ar',
        'القبض على مشتبه به\nألقت شرطة مقاطعة كوانغ نينه القبض على رجل يبلغ من العمر 32 عامًا يقيم في مقاطعة تاي بينه بتهمة تهريب المخدرات.',
      ],
    ])('%s: the unit’s province', (language, text) => {
      const read = placeSlugsOf(text, language);
      expect(read.primary).toBe('quang-ninh');
      expect(read.provinces).toContain('thai-binh');
    });

    it.each([
      [
        'ko',
        '마약 단속\n베트남 공안부는 하노이, 하이퐁, 꽝닌, 응에안 등 여러 성에서 마약 조직을 적발했다고 밝혔다.',
      ],
      [
        'el',
        'Επιχείρηση κατά των ναρκωτικών\nΤο Υπουργείο Δημόσιας Ασφάλειας εξάρθρωσε κυκλώματα στις επαρχίες Κουάνγκ Νιν, Νγκε Αν, Τάνχ Χόα και Χα Τιν.',
      ],
      [
        'it',
        'Operazione antidroga\nIl Ministero della Pubblica Sicurezza ha smantellato reti di spaccio nelle province di Quang Ninh, Nghe An, Thanh Hoa e Ha Tinh.',
      ],
      [
        'ur',
        'منشیات کے خلاف کارروائی\nعوامی سلامتی کی وزارت نے کوانگ نین، نگھے این، تھان ہوا اور ہا تین صوبوں میں منشیات کے گروہوں کو پکڑا۔',
      ],
      [
        'bn',
        'মাদকবিরোধী অভিযান\nজননিরাপত্তা মন্ত্রণালয় কোয়াং নিন, এনগে আন, থান হোয়া এবং হা তিন প্রদেশে মাদক চক্র ভেঙে দিয়েছে।',
      ],
      [
        'ar',
        'حملة على المخدرات\nفككت وزارة الأمن العام شبكات لتهريب المخدرات في مقاطعات كوانغ نينه ونغي آن وثانه هوا وها تينه.',
      ],
    ])('%s: a ministry over a list is national', (language, text) => {
      const read = placeSlugsOf(text, language);
      expect(read.primary).toBeNull();
      expect(read.provinces.length).toBeGreaterThanOrEqual(4);
    });

    it.each([
      [
        'ar',
        'حملة وطنية\nأعلنت وزارة الأمن العام أنها فككت 120 عصابة لتهريب المخدرات خلال العام. وقالت الوزارة إن الحملة شملت جميع أنحاء البلاد. وأضافت أن عدد القضايا ارتفع بنسبة 10 في المئة. وفي وقت سابق، ضبطت الشرطة 20 كيلوغرامًا في مقاطعة كوانغ نينه.',
      ],
      [
        'ur',
        'قومی مہم\nعوامی تحفظ کی وزارت نے بتایا کہ سال کے دوران منشیات کے 120 گروہوں کو توڑا گیا۔ وزارت نے کہا کہ مہم پورے ملک میں چلائی گئی۔ مقدمات کی تعداد میں 10 فیصد اضافہ ہوا۔ اس سے پہلے کوانگ نین صوبے میں پولیس نے 20 کلو منشیات ضبط کیں۔',
      ],
      [
        'el',
        'Εθνική εκστρατεία\nΤο Υπουργείο Δημόσιας Ασφάλειας ανακοίνωσε ότι εξάρθρωσε 120 κυκλώματα ναρκωτικών μέσα στη χρονιά. Το υπουργείο είπε ότι η εκστρατεία κάλυψε όλη τη χώρα. Ο αριθμός των υποθέσεων αυξήθηκε κατά 10 τοις εκατό. Νωρίτερα, η αστυνομία κατέσχεσε 20 κιλά στην επαρχία Κουάνγκ Νιν.',
      ],
      [
        'it',
        'Campagna nazionale\nIl Ministero della Pubblica Sicurezza ha annunciato di aver smantellato 120 bande nel corso dell anno. Il ministero ha detto che la campagna ha coperto tutto il paese. Il numero dei casi è salito del 10 per cento. In precedenza la polizia aveva sequestrato 20 chili nella provincia di Quang Ninh.',
      ],
    ])('%s: a ministry’s report with one late example is national', (language, text) => {
      const read = placeSlugsOf(text, language);
      expect(read.provinces).toEqual(['quang-ninh']);
      expect(read.primary).toBeNull();
    });

    it('a ministry reporting one province’s case leaves it the place (it)', () => {
      expect(
        placeSlugsOf(
          'Il ministero\nIl Ministero della Pubblica Sicurezza ha annunciato che la polizia di Quang Ninh ha sequestrato 20 chili di droga.',
          'it',
        ).primary,
      ).toBe('quang-ninh');
    });
  });
});
