/**
 * Topic classes of batch tp52 (vi, ur), on sentences written for this test:
 * - ur "اسمگل" / "سمگل" (smuggle, the verb stem before کرنا: "اسمگل کرنے والے", those who smuggled) is a
 *   smuggling cue as "اسمگلنگ" is; human trafficking ("انسانی اسمگلنگ") stays an offence (crime);
 * - vi "đâm vào xe", "đâm vào ô tô", "đâm vào đuôi" (crashed into a vehicle, into its rear) tell a road crash
 *   (traffic), as "tông vào" does; "đâm" alone is a stabbing (crime);
 * - ja "装っ", "装い" (posing as) and "名乗" (calling oneself) pass one off as another: impersonation, which
 *   beside a phone or a transfer tells a scam (cyber) with no fraud word, not merely a channel; alone
 *   (investigators posing as customers) it is no cue;
 * - people named by their police unit ("2 officers of the traffic police", "2 cán bộ thuộc Phòng CSGT") take
 *   an award or a talk told before them in their clause as their topic, as people with no cue do: the unit
 *   says who they are, not what was done with them (topic.ts topicAt; vi, en). With no such activity the
 *   unit's topic stays;
 * - money written right after an offence ("phá vụ trộm 40 tỷ đồng", cracked a theft of 40 billion) is the sum
 *   the offence took: crime, whatever award its clause tells; money given as the award stays awards.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (tp52 classes)', () => {
  describe('ur: the verb stem of smuggling is a smuggling cue', () => {
    itReadsEach(
      [
        ['ur', 'سرحدی محافظوں نے سرحد پار سگریٹ اسمگل کرنے والے 5 افراد کو پکڑ لیا۔', [[5, 'smuggling']]],
        ['ur', 'کسٹم حکام کے مطابق گروہ نے 7 ٹرکوں میں کپڑا سمگل کیا تھا۔', [[7, 'smuggling']]],
        // Human trafficking stays an offence.
        ['ur', 'انسانی اسمگلنگ کے الزام میں 3 افراد کو گرفتار کر لیا گیا۔', [[3, 'crime']]],
      ],
      valueAndTopic,
    );
  });

  describe('vi: a vehicle crashing into another tells a road crash', () => {
    itReadsEach(
      [
        ['vi', 'Xe tải đâm vào xe khách trên quốc lộ làm 4 người chết tại chỗ.', [[4, 'traffic']]],
        ['vi', 'Chiếc xe máy đâm vào đuôi một xe buýt khiến 2 người bị thương.', [[2, 'traffic']]],
        ['vi', 'Tài xế say rượu lái xe đâm vào ô tô đang đỗ, 3 người nhập viện.', [[3, 'traffic']]],
        // A stabbing is no crash.
        ['vi', 'Đối tượng dùng dao đâm vào bụng 1 thanh niên rồi bỏ trốn.', [[1, 'crime']]],
      ],
      valueAndTopic,
    );
  });

  describe('ja: posing as someone is impersonation', () => {
    itReadsEach(
      [
        ['ja', '男らは警察官を装って高齢者20人に電話をかけ、現金を送金させた。', [[20, 'cyber']]],
        ['ja', '銀行員を名乗る男から電話があり、住民3人が口座に振り込んだ。', [[3, 'cyber']]],
        // Investigators posing as customers, with no phone nor transfer: no scam.
        ['ja', '捜査員は客を装って店に入り、従業員2人を逮捕した。', [[2, 'crime']]],
      ],
      valueAndTopic,
    );
  });

  describe('people named by their police unit take the award told before them', () => {
    itReadsEach(
      [
        [
          'vi',
          'Giám đốc Công an tỉnh trao giấy khen cho 2 cán bộ thuộc Phòng Cảnh sát giao thông vì đã trả lại tài sản cho người đánh rơi.',
          [[2, 'awards']],
        ],
        [
          'en',
          'The provincial director presented awards to 4 officers of the traffic police for their courage.',
          [[4, 'awards']],
        ],
        // No activity before them: the unit's topic stays.
        [
          'vi',
          'Có 3 cán bộ Cảnh sát PCCC bị thương khi tham gia chữa cháy tại một nhà xưởng.',
          [[3, 'fire']],
        ],
        ['en', 'Yesterday 5 officers of the traffic police checked trucks on the highway.', [[5, 'traffic']]],
      ],
      valueAndTopic,
    );
  });

  describe('money right after an offence is the sum it took', () => {
    itReadsEach(
      [
        [
          'vi',
          'Đội Cảnh sát hình sự được tặng Bằng khen vì đã phá vụ trộm 3 tỷ đồng tại một cửa hàng vàng.',
          [[3_000_000_000, 'crime']],
        ],
        // The award's own money, no offence right before it.
        ['vi', 'Tỉnh trao thưởng 50 triệu đồng cho ban chuyên án đã phá vụ trộm.', [[50_000_000, 'awards']]],
      ],
      valueAndTopic,
    );
  });
});
