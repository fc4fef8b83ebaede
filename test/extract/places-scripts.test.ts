import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { PRIMARY } from '../support/primary-choice.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

describe('Function: findPlaces (names in other scripts)', () => {
  it.each([
    ['zh', '广宁省公安厅日前破获一起走私案,抓获嫌疑人三名。', 'quang-ninh'],
    ['zh', '据河静省警方消息,该团伙长期在边境地区活动。', 'ha-tinh'],
    ['zh', '胡志明市公安局侦破一起网络诈骗案件。', 'ho-chi-minh'],
    ['zh', '廣寧省公安廳破獲一起走私案。', 'quang-ninh'],
    ['ja', 'クアンニン省警察は密輸組織を摘発したと発表した。', 'quang-ninh'],
    ['ja', 'ホーチミン市の公安当局は詐欺事件の容疑者を逮捕した。', 'ho-chi-minh'],
    ['ko', '꽝닌성 공안은 밀수 조직을 적발했다고 밝혔다.', 'quang-ninh'],
    ['ko', '다낭시 경찰은 사기 사건 용의자를 체포했다.', 'da-nang'],
    ['th', 'ตำรวจจังหวัดกว๋างนิญจับกุมแก๊งลักลอบขนสินค้า', 'quang-ninh'],
    ['th', 'ตำรวจนครโฮจิมินห์ได้จับกุมผู้ต้องสงสัยคดีฉ้อโกง', 'ho-chi-minh'],
    ['ru', 'Полиция провинции Куангнинь задержала участников контрабандной группы.', 'quang-ninh'],
    [
      'ru',
      'Полиция Хошимина задержала подозреваемых в мошенничестве. В Хошимине продолжается следствие.',
      'ho-chi-minh',
    ],
    ['ar', 'أعلنت شرطة مقاطعة كوانغ نينه عن ضبط شحنة مهربة في ميناء المقاطعة.', 'quang-ninh'],
    ['ar', 'ألقت الشرطة في هانوي القبض على ثلاثة مشتبه بهم وتواصل التحقيق في هانوي.', 'ha-noi'],
    ['hi', 'दा नांग शहर की पुलिस ने धोखाधड़ी के मामले में दो लोगों को गिरफ्तार किया।', 'da-nang'],
    ['km', 'ហាណូយ៖ នគរបាលក្រុងហៃផុងបានចាប់ខ្លួនជនសង្ស័យពីរនាក់នៅក្រុងហៃផុង។', 'hai-phong'],
    ['ta', 'ஹோ சி மின் நகரில் காவல்துறையினர் போதைப்பொருள் கும்பலைக் கைது செய்தனர்.', 'ho-chi-minh'],
    ['bn', 'লাও কাই প্রাদেশিক পুলিশ সীমান্তে দুই ব্যক্তিকে গ্রেপ্তার করেছে; মামলাটি লাও কাইতে তদন্তাধীন।', 'lao-cai'],
    ['hi', 'हनोई 14 मई (वार्ता) वियतनाम के क्वांग निन्ह प्रांत में पुलिस ने तस्करी का भंडाफोड़ किया।', 'quang-ninh'],
  ])('%s: "%s" is about %s', (language, body, slug) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.primaryProvince?.slug).toBe(slug);
  });

  it.each([
    ['zh', '和平与发展是时代的主题,太平洋地区的合作日益密切。'],
    ['zh', '河南省郑州市举行了一场会议。'.replace('河南省', '中国中部') + '河南的天气很好。'],
    ['ja', 'ハノイスタイルのカフェが東京で人気だ。'],
    ['ko', '그 후에 회의가 열렸다.'],
    ['th', 'เว้นแต่จะมีการแจ้งล่วงหน้า'],
    // "هاني" (a given name) starts like هانوي; "लाओस" (Laos) starts like लाओ काई.
    ['ar', 'قالت هاني إن الاجتماع سيعقد في القاهرة.'],
    ['hi', 'लाओस की सीमा पर एक बैठक हुई।'],
  ])('%s: "%s" names no province', (language, body) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.provinces).toEqual([]);
  });

  it.each([
    ['zh', '芽庄市警方在下龙市附近查获一批货物,案件发生在广宁省。', ['ha-long@quang-ninh']],
    ['ja', 'ダラットでの事件について、ラムドン省警察が捜査している。', ['da-lat@lam-dong']],
    ['ru', 'Пограничники Монгкай задержали груз в провинции Куангнинь.', ['mong-cai@quang-ninh']],
  ])('%s: "%s" names its localities', (language, body, expected) => {
    // Act
    const localities = findPlaces(doc(body, language), [], PRIMARY).localities.map(
      (l) => `${l.slug}@${l.province.slug}`,
    );

    // Assess
    for (const l of expected) expect(localities).toContain(l);
  });
});
